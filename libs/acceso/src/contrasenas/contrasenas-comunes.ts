// The most common passwords (zxcvbn's maintained list, ~49,000 from public breaches), compared case aside: a
// password on it is refused at creation and change (issue 9, item 15; NIST SP 800-63B 5.1.1.2). Loaded on first
// use, so a process that never sets a password does not decompress it.
import { dictionary } from '@zxcvbn-ts/language-common';

let comunes: ReadonlySet<string> | undefined;

export function esContrasenaComun(contrasena: string): boolean {
  comunes ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return comunes.has(contrasena.toLowerCase());
}
