// The one place that names the flujo of a formato de pago: `formato-de-pago-{numero}`. Its PagoRecibido is
// recorded there too, so a formato is paid once (as an orden's línea is).
export function flujoDeFormatoDePago(numero: number): string {
  return `formato-de-pago-${numero}`;
}
