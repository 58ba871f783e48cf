// Style sheet and script of the pages. The script only calls the API and writes what it answers with
// textContent; amounts stay strings (thousands separators are added to the text, never through a number).

export const CSS = `
:root { font-family: system-ui, sans-serif; line-height: 1.5; color: #1b1b1b; background: #fff; }
body { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
header { border-bottom: 3px solid #6b1e3a; margin-bottom: 1rem; }
.institucion { margin: .5rem 0 0; font-size: .9rem; }
.sistema { margin: 0; font-size: 1.3rem; font-weight: bold; color: #6b1e3a; }
nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1rem; }
a { color: #0b4f8a; }
a:focus, button:focus, input:focus, select:focus { outline: 3px solid #f2a900; outline-offset: 2px; }
input, select, button { font-size: 1rem; padding: .4rem; }
input { min-width: 18rem; max-width: 100%; }
button { background: #6b1e3a; color: #fff; border: 0; border-radius: 4px; padding: .5rem 1.2rem; cursor: pointer; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
th, td { border: 1px solid #999; padding: .3rem .5rem; text-align: left; vertical-align: top; }
caption { text-align: left; font-weight: bold; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dt { font-weight: bold; }
dd { margin: 0; }
[role=alert]:not(:empty), .error { color: #9b0000; font-weight: bold; }
.exito { color: #0a5d00; font-weight: bold; }
.linea strong { font-family: monospace; font-size: 1.3rem; letter-spacing: .1rem; }
.saltar { position: absolute; left: -999px; } .saltar:focus { left: 1rem; top: 1rem; background: #fff; }
.oculto { position: absolute; left: -999px; }
footer { border-top: 1px solid #ccc; margin-top: 2rem; font-size: .9rem; }
@media print { nav, footer, .no-imprimir, .saltar { display: none; } body { max-width: none; } }
`;

export const JS = `'use strict';
(function () {
  var $ = function (id) { return document.getElementById(id); };
  var pesos = function (t) {
    if (t === null || t === undefined) return '';
    var p = String(t).split('.');
    return '$' + p[0].replace(/\\B(?=(\\d{3})+(?!\\d))/g, ',') + '.' + ((p[1] || '') + '00').slice(0, 2);
  };
  // The legal date is Chiapas's (America/Mexico_City, the server's Reloj), not the browser's zone: between 00:00
  // and 06:00 UTC a browser on UTC would date the act tomorrow and the server refuses a future date.
  var hoy = function () { return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date()); };
  // Writes carry the page's CSRF token: the server refuses a write authenticated only by the session cookie.
  var csrf = null;
  async function api(metodo, url, cuerpo) {
    var encabezados = cuerpo ? { 'content-type': 'application/json' } : {};
    if (metodo !== 'GET') { csrf = csrf || (await (await fetch('/api/csrf', { credentials: 'same-origin' })).json()).token; encabezados['x-csrf-token'] = csrf; }
    var r = await fetch(url, { method: metodo, credentials: 'same-origin', headers: encabezados, body: cuerpo ? JSON.stringify(cuerpo) : undefined });
    var datos = null;
    try { datos = await r.json(); } catch (e) { datos = null; }
    return { status: r.status, ok: r.ok, datos: datos };
  }
  function error(r) {
    var d = r.datos || {};
    var texto = d.detail || 'No se pudo completar la operación.';
    if (d.errores && d.errores.length > 1) texto += ' ' + d.errores.slice(1).map(function (e) { return e.mensaje; }).join('. ');
    return texto;
  }
  function mensaje(texto, clase) { var m = $('mensaje'); m.textContent = texto; m.className = clase || ''; }
  function fila(tbody, celdas) {
    var tr = document.createElement('tr');
    celdas.forEach(function (c) { var td = document.createElement('td'); if (c instanceof Node) td.appendChild(c); else td.textContent = c == null ? '' : String(c); tr.appendChild(td); });
    tbody.appendChild(tr);
  }
  function dato(dl, nombre, valor) {
    var dt = document.createElement('dt'); dt.textContent = nombre; var dd = document.createElement('dd'); dd.textContent = valor; dl.appendChild(dt); dl.appendChild(dd);
  }
  var ESTADOS = {
    'sin-otorgar': 'Pagado; el servicio aún no se registra como otorgado',
    'otorgado': 'Servicio otorgado',
    'constancia-de-no-prestacion': 'La dependencia hizo constar que no prestó el servicio',
    'devolucion-solicitada': 'Devolución solicitada',
    'orden-de-autorizacion-de-cobro': 'Cobro de diferencia autorizado',
    'diferencia-pagada': 'Diferencia pagada'
  };
  var ACTOS = { 'servicio-otorgado': 'Servicio otorgado', 'constancia-de-no-prestacion': 'Constancia de no prestación', 'orden-de-autorizacion-de-cobro': 'Orden de autorización de cobro' };

  var paginas = {
    acceso: function () {
      $('form-acceso').addEventListener('submit', async function (ev) {
        ev.preventDefault();
        var usuario = $('usuario').value.trim(), contrasena = $('contrasena').value;
        if (!usuario) { mensaje('Escriba su nombre de usuario.'); $('usuario').focus(); return; }
        if (contrasena.length < 8 || contrasena.length > 20) { mensaje('La contraseña debe tener entre 8 y 20 caracteres.'); $('contrasena').focus(); return; }
        var r = await api('POST', '/api/sesiones', { usuario: usuario, contrasena: contrasena });
        if (r.ok) { location.href = '/dependencias/servicios'; return; }
        mensaje(error(r));
      });
    },
    servicios: async function () {
      var s = await api('GET', '/api/sesiones/actual');
      if (!s.ok) { location.href = '/dependencias/acceso'; return; }
      if (s.datos.rol !== 'dependencia') { $('sesion').textContent = 'Su usuario (' + s.datos.usuario + ', rol ' + s.datos.rol + ') no registra servicios: esta sección es de las dependencias.'; }
      else { $('sesion').textContent = 'Sesión de ' + s.datos.nombre + ' (' + s.datos.usuario + '), dependencia ' + s.datos.dependencia + '.'; }
      $('fechaOtorgamiento').value = hoy();
      $('salir').addEventListener('click', async function () { await api('DELETE', '/api/sesiones'); location.href = '/dependencias/acceso'; });
      if (s.datos.dependencia) {
        var d = await api('GET', '/api/derechos?limite=200&dependencia=' + encodeURIComponent(s.datos.dependencia));
        (d.datos && d.datos.derechos || []).forEach(function (l) { var o = document.createElement('option'); o.value = l.clave; o.label = l.clave + ' · ' + l.descripcionCompleta.slice(0, 90); $('derechos-de-la-dependencia').appendChild(o); });
      }
      async function listar() {
        var r = await api('GET', '/api/servicios');
        var tbody = $('registros'); tbody.textContent = '';
        if (!r.ok) { fila(tbody, [error(r)]); return; }
        r.datos.registros.forEach(function (x) {
          fila(tbody, [x.folioRecibo, ACTOS[x.tipo] || x.tipo, x.claveDerecho, x.fecha, x.receptor ? x.receptor.nombre : (x.motivo || pesos(x.importe)), x.registradoPor]);
        });
        if (r.datos.registros.length === 0) fila(tbody, ['Su dependencia aún no tiene registros.']);
      }
      await listar();
      $('form-servicio').addEventListener('submit', async function (ev) {
        ev.preventDefault();
        var cuerpo = {
          folioRecibo: $('folioRecibo').value.trim().toUpperCase(),
          claveDerecho: $('claveDerecho').value.trim(),
          fechaOtorgamiento: $('fechaOtorgamiento').value,
          receptor: { nombre: $('receptorNombre').value.trim() }
        };
        var ident = $('receptorIdentificacion').value.trim();
        if (ident) cuerpo.receptor.identificacion = ident;
        var r = await api('POST', '/api/servicios', cuerpo);
        if (r.status === 201) { mensaje('Servicio registrado con el recibo ' + r.datos.folioRecibo + '.', 'exito'); $('form-servicio').reset(); $('fechaOtorgamiento').value = hoy(); }
        else if (r.status === 200) { mensaje('Ese mismo registro ya existía; no se registró nada nuevo.', 'exito'); }
        else if (r.status === 401) { location.href = '/dependencias/acceso'; return; }
        else mensaje(error(r));
        await listar();
      });
    },
    cuenta: async function () {
      var s = await api('GET', '/api/sesiones/actual');
      if (!s.ok) { location.href = '/dependencias/acceso'; return; }
      $('sesion').textContent = 'Sesión de ' + s.datos.nombre + ' (' + s.datos.usuario + ').';
      $('form-cuenta').addEventListener('submit', async function (ev) {
        ev.preventDefault();
        var actual = $('contrasenaActual').value, nueva = $('contrasenaNueva').value;
        if (actual.length < 8 || actual.length > 20) { mensaje('La contraseña actual debe tener entre 8 y 20 caracteres.'); $('contrasenaActual').focus(); return; }
        if (nueva.length < 8 || nueva.length > 20) { mensaje('La contraseña nueva debe tener entre 8 y 20 caracteres.'); $('contrasenaNueva').focus(); return; }
        if (nueva !== $('contrasenaConfirmacion').value) { mensaje('La confirmación no coincide con la contraseña nueva.'); $('contrasenaConfirmacion').focus(); return; }
        var r = await api('PUT', '/api/sesiones/actual/contrasena', { contrasenaActual: actual, contrasenaNueva: nueva });
        if (r.status === 204) { $('form-cuenta').reset(); mensaje('Su contraseña se cambió. Úsela la próxima vez que inicie sesión.', 'exito'); return; }
        if (r.status === 401) { location.href = '/dependencias/acceso'; return; }
        mensaje(error(r));
      });
    },
    consulta: function () {
      $('form-consulta').addEventListener('submit', async function (ev) {
        ev.preventDefault();
        $('resultado').hidden = true;
        var url = '/api/consulta?folio=' + encodeURIComponent($('folio').value.trim()) + '&identificador=' + encodeURIComponent($('identificador').value.trim());
        var r = await api('GET', url);
        if (!r.ok) { mensaje(error(r)); return; }
        mensaje('');
        var x = r.datos, dl = $('datos'); dl.textContent = '';
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
        $('resultado').hidden = false;
      });
    },
    derechos: async function () {
      var deps = await api('GET', '/api/dependencias');
      (deps.datos || []).forEach(function (d) { var o = document.createElement('option'); o.value = d.id; o.textContent = d.nombre; $('dependencia').appendChild(o); });
      async function buscar() {
        var url = '/api/derechos?limite=100&q=' + encodeURIComponent($('q').value) + ($('dependencia').value ? '&dependencia=' + encodeURIComponent($('dependencia').value) : '');
        var r = await api('GET', url);
        var tbody = $('resultados'); tbody.textContent = '';
        if (!r.ok) { mensaje(error(r)); return; }
        mensaje(r.datos.total + ' resultado(s).');
        r.datos.derechos.forEach(function (l) {
          var enlace = document.createElement('a');
          enlace.href = '/orden-de-pago?clave=' + encodeURIComponent(l.clave);
          enlace.textContent = 'Orden de pago';
          var tarifa = l.tarifa ? pesos(l.tarifa) + (l.unidadDeCobro ? ' por ' + l.unidadDeCobro : '') : (l.porcentaje ? l.porcentaje + ' % de ' + l.basePorcentaje : '');
          fila(tbody, [l.clave, l.descripcionCompleta, tarifa, l.dependencia, l.tarifa ? enlace : '']);
        });
      }
      $('form-derechos').addEventListener('submit', function (ev) { ev.preventDefault(); buscar(); });
      await buscar();
    },
    'orden-de-pago': async function () {
      function mostrar(o) {
        $('serie').textContent = 'núm. ' + o.serie;
        $('lineaDeCaptura').textContent = o.lineaDeCaptura.replace(/(\\d{4})(?=\\d)/g, '$1 ');
        var dl = $('importes'); dl.textContent = '';
        dato(dl, 'Derecho', o.claveDerecho + (o.descripcion ? ' · ' + o.descripcion : ''));
        dato(dl, 'Cantidad', String(o.cantidad));
        dato(dl, 'Importe del derecho', pesos(o.importeDerecho));
        dato(dl, 'Adicional (CHP art. 265)', o.exentoDeAdicional ? 'Exento (' + o.fundamentoAdicional + ')' : pesos(o.adicional));
        if (o.salvamentos !== '0.00') dato(dl, 'Salvamentos y servicios médicos', pesos(o.salvamentos));
        dato(dl, 'Total a pagar', pesos(o.total));
        dato(dl, 'Emitida', o.fechaEmision);
        if (o.pagada) dato(dl, 'Pagada', o.fechaPago + ' con el recibo ' + o.folioRecibo);
        $('vigencia').textContent = o.fechaVigencia;
        $('orden').hidden = false;
      }
      var params = new URLSearchParams(location.search);
      if (params.get('clave')) $('claveDerecho').value = params.get('clave');
      if (params.get('serie')) { var r0 = await api('GET', '/api/ordenes-de-pago/' + encodeURIComponent(params.get('serie')) + '?token=' + encodeURIComponent(params.get('token') || '')); if (r0.ok) mostrar(r0.datos); else mensaje(error(r0)); }
      $('imprimir').addEventListener('click', function () { window.print(); });
      $('form-orden').addEventListener('submit', async function (ev) {
        ev.preventDefault();
        var r = await api('POST', '/api/ordenes-de-pago', { claveDerecho: $('claveDerecho').value.trim(), cantidad: Number($('cantidad').value) });
        if (!r.ok) { $('orden').hidden = true; mensaje(error(r)); return; }
        mensaje('');
        history.replaceState(null, '', r.datos.enlace);
        mostrar(r.datos);
      });
    }
  };
  var p = paginas[document.body.dataset.pagina];
  if (p) p();
})();
`;
