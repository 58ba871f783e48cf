// CHP art. 39: contributions are paid in national currency; accepted means are cash, certified or cashier's
// cheques and payments via Internet as the Reglamento describes. Card payments in months without interest (ROS
// page) reach the Treasury as Internet payments.

export type MedioDePago = 'efectivo' | 'cheque-certificado' | 'cheque-de-caja' | 'pago-por-internet';

export const MEDIOS_DE_PAGO: readonly MedioDePago[] = ['efectivo', 'cheque-certificado', 'cheque-de-caja', 'pago-por-internet'];

export const FUNDAMENTO_MEDIOS_DE_PAGO = 'CHP art. 39';

export function esMedioDePagoAceptado(valor: unknown): valor is MedioDePago {
  return typeof valor === 'string' && (MEDIOS_DE_PAGO as readonly string[]).includes(valor);
}
