// The one place that names the flujo of the payment of a línea de captura: `pago-de-derecho-{lineaDeCaptura}`.
export function flujoDePagoDeDerecho(lineaDeCaptura: string): string {
  return `pago-de-derecho-${lineaDeCaptura}`;
}
