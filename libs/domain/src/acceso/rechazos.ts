// 403 refusals of the access rules that carry details (errores.ts's `accesoDenegado` has no `detalles`).
import { RechazoDeDominio } from '../comun/errores';

export const rechazoAcceso = (codigo: string, mensaje: string, campo: string, detalles: Record<string, unknown>) =>
  new RechazoDeDominio('acceso', codigo, mensaje, campo, undefined, detalles);
