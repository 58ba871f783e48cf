// A citizen consults a payment with the receipt's folio and the RFC or CURP printed on it, and whether the
// agency granted the service.
import { $, api, error, mensaje, pesos } from '../comun.js';
import { dato } from '../componentes.js';

const ESTADOS = {
  'sin-otorgar': 'Pagado; el servicio aún no se registra como otorgado',
  'otorgado': 'Servicio otorgado',
  'constancia-de-no-prestacion': 'La dependencia hizo constar que no prestó el servicio',
  'devolucion-solicitada': 'Devolución solicitada',
  'orden-de-autorizacion-de-cobro': 'Cobro de diferencia autorizado',
  'diferencia-pagada': 'Diferencia pagada',
};

$('form-consulta').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  $('resultado').hidden = true;
  const url = '/api/consulta?folio=' + encodeURIComponent($('folio').value.trim()) + '&identificador=' + encodeURIComponent($('identificador').value.trim());
  const r = await api('GET', url);
  if (!r.ok) { mensaje(error(r)); return; }
  mensaje('');
  mostrar(r.datos);
  $('resultado').hidden = false;
});

function mostrar(x) {
  const dl = $('datos');
  dl.textContent = '';
  dato(dl, 'Folio', x.folio);
  dato(dl, 'Contribuyente', x.contribuyente);
  dato(dl, 'Fecha de pago', x.fechaPago);
  dato(dl, 'Derecho', x.derecho.clave + (x.derecho.descripcion ? ' · ' + x.derecho.descripcion : ''));
  dato(dl, 'Derecho pagado', pesos(x.importeDerecho));
  dato(dl, 'Adicional', pesos(x.adicional));
  if (x.salvamentos !== '0.00') dato(dl, 'Salvamentos y servicios médicos', pesos(x.salvamentos));
  dato(dl, 'Total pagado', pesos(x.importeTotal));
  dato(dl, 'Delegación de Finanzas', x.delegacion.clave + ' · ' + (x.delegacion.nombre || ''));
  dato(dl, 'Estado del servicio', ESTADOS[x.servicio.estado] || x.servicio.estado);
  if (x.servicio.otorgado) dato(dl, 'Otorgado', x.servicio.fechaOtorgamiento + ' por ' + x.servicio.dependencia.nombre);
}
