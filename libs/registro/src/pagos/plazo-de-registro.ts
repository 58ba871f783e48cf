// Decision 0207: how many business days a bank has to post a payment after receiving the money. Three unless
// REGISTRO_DIAS_HABILES_PARA_REGISTRAR_PAGO says otherwise; a value that is not a whole number from 0 to 30 stops
// the start-up rather than silently reopening past collection.
export const DIAS_HABILES_PARA_REGISTRAR_PAGOS = 3;

export function diasHabilesParaRegistrarPagos(env: NodeJS.ProcessEnv): number {
  const texto = env.REGISTRO_DIAS_HABILES_PARA_REGISTRAR_PAGO;
  if (texto === undefined || texto === '') return DIAS_HABILES_PARA_REGISTRAR_PAGOS;
  const n = Number(texto);
  if (!Number.isInteger(n) || n < 0 || n > 30) {
    throw new Error(`REGISTRO_DIAS_HABILES_PARA_REGISTRAR_PAGO inválido: ${texto} (un entero de 0 a 30)`);
  }
  return n;
}
