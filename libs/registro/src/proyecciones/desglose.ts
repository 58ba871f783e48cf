// The breakdown of what a derecho's payment carries, the same in every read model that keeps it: the derecho
// itself, the adicional (CHP art. 265) and the salvamentos (CHP art. 261 D), as NUMERIC (never a float).
export const COLUMNAS_DEL_DESGLOSE = `importe_derecho NUMERIC(18,2) NOT NULL,
      adicional NUMERIC(18,2) NOT NULL,
      salvamentos NUMERIC(18,2) NOT NULL`;
