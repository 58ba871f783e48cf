// ROS: "Debe tener entre 8 y 20 caracteres" (the portal's login form; applied to the password, decision 0205).
// Beyond the portal's length, what NIST SP 800-63B asks a verifier to refuse: passwords that are repetitive or
// among the commonly used ones (the list is the caller's: the domain holds no dictionary).
import { reglaIncumplida } from '../comun/errores';

export const CONTRASENA_MINIMO = 8;
export const CONTRASENA_MAXIMO = 20;
/** Fewer different characters than this (case aside) is a repetition such as `aaaaaaa1` or `abababab1`. */
export const CONTRASENA_CARACTERES_DISTINTOS = 5;

export interface OpcionesDeContrasena {
  /** The account's user name: the password may not contain it. */
  readonly usuario?: string;
  /** Whether the password is one of the most common ones (compared case aside). */
  readonly esComun?: (contrasena: string) => boolean;
}

/** Spanish reasons why a password breaks the policy; empty when it complies. */
export function problemasDeContrasena(contrasena: string, opciones: OpcionesDeContrasena = {}): string[] {
  const problemas: string[] = [];
  const caracteres = [...contrasena];
  if (caracteres.length < CONTRASENA_MINIMO || caracteres.length > CONTRASENA_MAXIMO) {
    problemas.push(`Debe tener entre ${CONTRASENA_MINIMO} y ${CONTRASENA_MAXIMO} caracteres.`);
  }
  if (!/\p{L}/u.test(contrasena) || !/\p{Nd}/u.test(contrasena)) problemas.push('Debe contener al menos una letra y un dígito.');
  if (/[\p{Cc}\p{Cf}]/u.test(contrasena)) problemas.push('No puede contener caracteres de control.');
  if (/[\p{White_Space}\p{Zs}]/u.test(contrasena)) problemas.push('No puede contener espacios.');
  if (new Set([...contrasena.toLowerCase()]).size < CONTRASENA_CARACTERES_DISTINTOS) {
    problemas.push(`Debe tener al menos ${CONTRASENA_CARACTERES_DISTINTOS} caracteres distintos (no un mismo carácter repetido).`);
  }
  const usuario = opciones.usuario?.trim().toLowerCase();
  if (usuario && usuario.length >= 3 && contrasena.toLowerCase().includes(usuario)) problemas.push('No puede contener el nombre de usuario.');
  if (opciones.esComun?.(contrasena)) problemas.push('Es una de las contraseñas más usadas; elija otra.');
  return problemas;
}

/**
 * Throws the 422 refusal `contrasena-invalida` naming `campo` (contrasena by default, contrasenaNueva when a user
 * changes theirs), with every reason in the message.
 */
export function validarContrasena(contrasena: unknown, opciones: OpcionesDeContrasena & { readonly campo?: string } = {}): void {
  const campo = opciones.campo ?? 'contrasena';
  const problemas = typeof contrasena === 'string' ? problemasDeContrasena(contrasena, opciones) : ['Es obligatoria.'];
  if (problemas.length > 0) {
    const cual = campo === 'contrasenaNueva' ? 'La contraseña nueva' : 'La contraseña';
    throw reglaIncumplida('contrasena-invalida', `${cual} no cumple la política: ${problemas.join(' ')} (${campo})`, campo);
  }
}
