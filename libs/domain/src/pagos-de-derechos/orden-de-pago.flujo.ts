// The one place that names the flujo of an orden de pago: `orden-de-pago-{serie}`.
export function flujoDeOrdenDePago(serie: number | string): string {
  return `orden-de-pago-${serie}`;
}
