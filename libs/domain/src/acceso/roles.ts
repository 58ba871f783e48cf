// ROS: only the state agencies register services; banks report payments; the Secretaría's staff collects,
// audits and directs. Who may send which command (the API guard applies it; decision 0205).
import { accesoDenegado } from '../comun/errores';

export type Rol = 'dependencia' | 'banco' | 'cobranza' | 'auditor' | 'direccion' | 'admin';

export const ROLES: readonly Rol[] = ['dependencia', 'banco', 'cobranza', 'auditor', 'direccion', 'admin'];

export function esRol(valor: unknown): valor is Rol {
  return typeof valor === 'string' && (ROLES as readonly string[]).includes(valor);
}

/** `publico`: anyone, logged in or not (ROS: citizens consult and pick a derecho to pay). */
export const PERMISOS_POR_COMANDO = {
  EmitirOrdenDePago: 'publico',
  RecibirPago: ['banco'],
  RegistrarServicio: ['dependencia'],
  EmitirConstanciaDeNoPrestacion: ['dependencia'],
  EmitirOrdenDeAutorizacionDeCobro: ['dependencia'],
  SolicitarDevolucion: ['cobranza'],
  RegistrarPagoDeDiferencia: ['banco', 'cobranza'],
} as const satisfies Record<string, 'publico' | readonly Rol[]>;

export type ComandoConPermiso = keyof typeof PERMISOS_POR_COMANDO;

export function puedeEjecutar(rol: Rol | null, comando: ComandoConPermiso): boolean {
  const permitido: 'publico' | readonly Rol[] = PERMISOS_POR_COMANDO[comando];
  return permitido === 'publico' || (rol !== null && permitido.includes(rol));
}

/** Throws the 403 refusal `rol-sin-permiso` when the role may not send the command. */
export function exigirPermiso(rol: Rol | null, comando: ComandoConPermiso): void {
  if (!puedeEjecutar(rol, comando)) {
    throw accesoDenegado('rol-sin-permiso', `El rol ${rol ?? 'anónimo'} no puede ejecutar ${comando}.`, 'rol');
  }
}
