// ROS: "Debe tener entre 8 y 20 caracteres" (the portal's login form; applied to the password, decision 0205).
import { valorInvalido } from '../comun/errores';

export const CONTRASENA_MINIMO = 8;
export const CONTRASENA_MAXIMO = 20;

/** Spanish reasons why a password breaks the policy; empty when it complies. */
export function problemasDeContrasena(contrasena: string, usuario?: string): string[] {
  const problemas: string[] = [];
  const caracteres = [...contrasena];
  if (caracteres.length < CONTRASENA_MINIMO || caracteres.length > CONTRASENA_MAXIMO) {
    problemas.push(`Debe tener entre ${CONTRASENA_MINIMO} y ${CONTRASENA_MAXIMO} caracteres.`);
  }
  if (!/\p{L}/u.test(contrasena) || !/\p{Nd}/u.test(contrasena)) problemas.push('Debe contener al menos una letra y un dígito.');
  if (/[\p{Cc}\p{Cf}]/u.test(contrasena)) problemas.push('No puede contener caracteres de control.');
  if (contrasena !== contrasena.trim()) problemas.push('No puede empezar ni terminar con espacios.');
  if (usuario && usuario.trim().length >= 3 && contrasena.toLowerCase().includes(usuario.trim().toLowerCase())) {
    problemas.push('No puede contener el nombre de usuario.');
  }
  return problemas;
}

/** Throws the 400 refusal `contrasena-invalida` naming `contrasena`, with every reason in the message. */
export function validarContrasena(contrasena: unknown, usuario?: string): void {
  if (typeof contrasena !== 'string') throw valorInvalido('contrasena-invalida', 'La contraseña es obligatoria (contrasena).', 'contrasena');
  const problemas = problemasDeContrasena(contrasena, usuario);
  if (problemas.length > 0) throw valorInvalido('contrasena-invalida', `La contraseña no cumple la política: ${problemas.join(' ')} (contrasena)`, 'contrasena');
}
