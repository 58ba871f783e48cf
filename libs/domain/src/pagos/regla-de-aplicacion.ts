// CHP arts. 50-51 and 42 V: the order in which a payment covers the parts of a debt, kept as data.
// Each rank lists the conceptos it covers and the article that puts them there; `aplicarPago` reads it.

/** The parts (conceptos) a crédito fiscal can be made of (CHP art. 6 last ¶, arts. 42 V, 48, 50, 113). */
export const CONCEPTOS_DE_ADEUDO = [
  'gastos-de-ejecucion',
  'gastos-extraordinarios',
  'multa',
  'recargos',
  'recargos-por-mora',
  'recargos-por-prorroga',
  'indemnizacion-cheque',
  'contribucion',
] as const;

export type ConceptoDeAdeudo = (typeof CONCEPTOS_DE_ADEUDO)[number];

export interface RangoDeAplicacion {
  readonly conceptos: readonly ConceptoDeAdeudo[];
  readonly fundamento: string;
}

export interface ReglaDeAplicacion {
  readonly nombre: string;
  readonly fundamento: string;
  /**
   * `periodo`: the oldest period is covered in full (in the order of `rangos`) before the next one
   * (CHP arts. 51 and 42 V, decision 0101). `concepto`: each rank across all periods, oldest first.
   */
  readonly prioridad: 'periodo' | 'concepto';
  readonly rangos: readonly RangoDeAplicacion[];
}

/** CHP art. 50 with art. 51 (oldest periods first): the default rule for any payment outside a convenio. */
export const REGLA_ART_50: ReglaDeAplicacion = {
  nombre: 'Orden general de aplicación de pagos',
  fundamento: 'CHP arts. 50 y 51',
  prioridad: 'periodo',
  rangos: [
    // Art. 113 counts the extraordinary costs among the gastos de ejecución (decision 0101).
    { conceptos: ['gastos-de-ejecucion', 'gastos-extraordinarios'], fundamento: 'CHP art. 50 I' },
    { conceptos: ['multa'], fundamento: 'CHP art. 50 II' },
    { conceptos: ['recargos', 'recargos-por-mora', 'recargos-por-prorroga'], fundamento: 'CHP art. 50 III' },
    { conceptos: ['indemnizacion-cheque'], fundamento: 'CHP art. 50 IV' },
    { conceptos: ['contribucion'], fundamento: 'CHP art. 50 V' },
  ],
};

/** CHP art. 42 V: payments made while a pago a plazos is in force, always to the oldest period first. */
export const REGLA_ART_42_V: ReglaDeAplicacion = {
  nombre: 'Orden de aplicación durante el pago a plazos',
  fundamento: 'CHP art. 42 V',
  prioridad: 'periodo',
  rangos: [
    { conceptos: ['recargos-por-prorroga'], fundamento: 'CHP art. 42 V a' },
    { conceptos: ['recargos-por-mora'], fundamento: 'CHP art. 42 V b' },
    { conceptos: ['multa'], fundamento: 'CHP art. 42 V c 1' },
    { conceptos: ['gastos-extraordinarios'], fundamento: 'CHP art. 42 V c 2' },
    { conceptos: ['gastos-de-ejecucion'], fundamento: 'CHP art. 42 V c 3' },
    { conceptos: ['recargos'], fundamento: 'CHP art. 42 V c 4' },
    { conceptos: ['indemnizacion-cheque'], fundamento: 'CHP art. 42 V c 5' },
    { conceptos: ['contribucion'], fundamento: 'CHP art. 42 V d' },
  ],
};
