// The derecho the registry's specs pay: a marriage at the Registro Civil (LD art. 21 Bis II a), $1,700.00 plus the
// 6 % adicional (CHP art. 265), ordered on serie 123. One copy, so the order, the payment and the receipt agree.
export const LINEA_DE_CAPTURA_123 = '07000000012322810000018020051';

/** Derecho, quantity and breakdown as the order, the payment and the receipt each carry them (totals aside). */
export const DESGLOSE_DE_MATRIMONIO = {
  claveDerecho: 'LD-21Bis-II-a',
  cantidad: 1,
  importeDerecho: '1700.00',
  adicional: '102.00',
  salvamentos: '0.00',
};

/** Orden de pago 123 for that marriage, issued on 2 March 2026 (each spec adds its agency, validity and token). */
export const ORDEN_123 = {
  serie: 123,
  lineaDeCaptura: LINEA_DE_CAPTURA_123,
  ...DESGLOSE_DE_MATRIMONIO,
  tarifa: '1700.00',
  total: '1802.00',
  exentoDeAdicional: false,
  fundamentoAdicional: 'CHP art. 265',
  fechaEmision: '2026-03-02',
};
