// The one place that names the flujo of what an agency did with a recibo oficial. Its prefix keeps the word of
// the first version (`servicio-otorgado-{folio}`): the name is stored in the log, only the event type was renamed
// (ServicioRegistrado -> ServicioRegistrado, upcast on read).
export function flujoDeServicio(folioRecibo: string): string {
  return `servicio-otorgado-${folioRecibo}`;
}
