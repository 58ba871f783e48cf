// The text of each page, written in our own words from what the Finanzas portal says of the registry (ROS)
// and what LD arts. 5-6 require.
import { AVISO_DE_PRIVACIDAD, pagina } from './plantilla';

export const inicio = () =>
  pagina({
    titulo: 'Registro de Otorgamiento de Servicios',
    id: 'inicio',
    cuerpo: `
<p>Cuando una dependencia del Gobierno del Estado le presta un servicio por el que la ley cobra un derecho (un acta,
una certificación, una licencia, un análisis de laboratorio), primero se paga el derecho y después se presta el servicio.
Este registro une las dos cosas: cada dependencia anota aquí qué servicio otorgó y con qué recibo oficial se pagó,
y usted puede comprobar en línea que su pago existe y si el servicio ya se le otorgó.</p>
<h2>¿Quién hace qué?</h2>
<ul>
<li><strong>Usted</strong> busca el derecho en el <a href="/derechos">catálogo</a>, obtiene su
<a href="/orden-de-pago">orden de pago</a> con la línea de captura y paga en el banco o en ventanilla.</li>
<li><strong>El banco</strong> informa el pago y la Secretaría emite el recibo oficial con su folio.</li>
<li><strong>La dependencia</strong> presta el servicio solamente contra un recibo pagado y lo anota en este registro.
Solo las dependencias del Estado, con su usuario y contraseña, pueden registrar servicios, y cada recibo sirve para un
único servicio.</li>
<li><strong>Usted</strong> puede <a href="/consulta">consultar</a> su pago y el estado de su trámite con el folio del
recibo y su RFC o CURP.</li>
</ul>
<h2>Si no recibió el servicio</h2>
<p>Si pagó y la dependencia no le prestó el servicio, ella puede emitir una constancia de no prestación para que
solicite la devolución de lo pagado. Si la tarifa cambió antes de que se le prestara, la dependencia puede autorizar
el cobro de la diferencia y sus accesorios, siempre que el pago sea del ejercicio en curso o del anterior
(Ley de Derechos, art. 6).</p>`,
  });

export const acceso = () =>
  pagina({
    titulo: 'Acceso de dependencias',
    id: 'acceso',
    cuerpo: `
<p>Este acceso es solo para el personal de las dependencias del Gobierno del Estado que registra los servicios que
otorga. Si usted desea revisar un pago, use la <a href="/consulta">consulta de pagos</a>.</p>
<section aria-labelledby="instrucciones">
<h2 id="instrucciones">Instrucciones</h2>
<ol>
<li>Escriba su nombre de usuario.</li>
<li>Escriba su contraseña de acceso.</li>
<li>Oprima el botón <strong>Enviar</strong>.</li>
</ol>
</section>
<form id="form-acceso" novalidate>
<p><label for="usuario">Usuario</label><br>
<input id="usuario" name="usuario" autocomplete="username" required minlength="3" maxlength="40"></p>
<p><label for="contrasena">Contraseña</label><br>
<input id="contrasena" name="contrasena" type="password" autocomplete="current-password" required minlength="8" maxlength="20" aria-describedby="ayuda-contrasena"><br>
<small id="ayuda-contrasena">Debe tener entre 8 y 20 caracteres.</small></p>
<p><button type="submit">Enviar</button></p>
<p id="mensaje" role="alert" aria-live="assertive"></p>
</form>
${AVISO_DE_PRIVACIDAD}`,
  });

export const servicios = () =>
  pagina({
    titulo: 'Servicios otorgados por la dependencia',
    id: 'servicios',
    cuerpo: `
<p id="sesion" aria-live="polite">Verificando la sesión…</p>
<p><a href="/dependencias/cuenta">Cambiar mi contraseña</a> <button type="button" id="salir">Cerrar sesión</button></p>
<section aria-labelledby="nuevo">
<h2 id="nuevo">Registrar un servicio otorgado</h2>
<p>Anote el servicio que su dependencia prestó y el recibo oficial con que se pagó. El recibo debe estar pagado, ser del
mismo derecho y no haberse usado antes.</p>
<form id="form-servicio" novalidate>
<p><label for="folioRecibo">Folio del recibo oficial</label><br>
<input id="folioRecibo" name="folioRecibo" required placeholder="RO-2026-00000123-7" pattern="RO-\\d{4}-\\d{8}-[0-9X]"></p>
<p><label for="claveDerecho">Derecho (clave del catálogo de su dependencia)</label><br>
<input id="claveDerecho" name="claveDerecho" required list="derechos-de-la-dependencia"><datalist id="derechos-de-la-dependencia"></datalist></p>
<p><label for="fechaOtorgamiento">Fecha en que se otorgó</label><br>
<input id="fechaOtorgamiento" name="fechaOtorgamiento" type="date" required></p>
<p><label for="receptorNombre">Nombre de quien recibió el servicio</label><br>
<input id="receptorNombre" name="receptorNombre" required minlength="2" maxlength="250"></p>
<p><label for="receptorIdentificacion">Identificación presentada (opcional)</label><br>
<input id="receptorIdentificacion" name="receptorIdentificacion" maxlength="120"></p>
<p><button type="submit">Registrar servicio</button></p>
<p id="mensaje" role="alert" aria-live="assertive"></p>
</form>
</section>
<section aria-labelledby="lista">
<h2 id="lista">Registros de la dependencia</h2>
<table>
<caption>Servicios, constancias de no prestación y órdenes de autorización de cobro, del más reciente al más antiguo</caption>
<thead><tr><th scope="col">Folio del recibo</th><th scope="col">Acto</th><th scope="col">Derecho</th><th scope="col">Fecha</th><th scope="col">Receptor o motivo</th><th scope="col">Registró</th></tr></thead>
<tbody id="registros"></tbody>
</table>
</section>`,
  });

export const cuenta = () =>
  pagina({
    titulo: 'Mi cuenta',
    id: 'cuenta',
    cuerpo: `
<p id="sesion" aria-live="polite">Verificando la sesión…</p>
<p><a href="/dependencias/servicios">Volver a los servicios de la dependencia</a></p>
<section aria-labelledby="cambio">
<h2 id="cambio">Cambiar mi contraseña</h2>
<ol>
<li>Escriba su contraseña actual.</li>
<li>Escriba la contraseña nueva dos veces: de 8 a 20 caracteres, con al menos una letra y un dígito, distinta de la actual.</li>
<li>Oprima el botón <strong>Cambiar contraseña</strong>. Sus sesiones abiertas en otros equipos se cerrarán; ésta sigue abierta.</li>
</ol>
<form id="form-cuenta" novalidate>
<p><label for="contrasenaActual">Contraseña actual</label><br>
<input id="contrasenaActual" name="contrasenaActual" type="password" autocomplete="current-password" required minlength="8" maxlength="20"></p>
<p><label for="contrasenaNueva">Contraseña nueva</label><br>
<input id="contrasenaNueva" name="contrasenaNueva" type="password" autocomplete="new-password" required minlength="8" maxlength="20" aria-describedby="ayuda-nueva"><br>
<small id="ayuda-nueva">Debe tener entre 8 y 20 caracteres.</small></p>
<p><label for="contrasenaConfirmacion">Repita la contraseña nueva</label><br>
<input id="contrasenaConfirmacion" name="contrasenaConfirmacion" type="password" autocomplete="new-password" required minlength="8" maxlength="20"></p>
<p><button type="submit">Cambiar contraseña</button></p>
<p id="mensaje" role="alert" aria-live="assertive"></p>
</form>
</section>`,
  });

export const consulta = () =>
  pagina({
    titulo: 'Consulta de pagos y servicios',
    id: 'consulta',
    cuerpo: `
<p>Con el folio de su recibo oficial y el RFC o la CURP que aparece en él, consulte el pago de su derecho y si la
dependencia ya le otorgó el servicio.</p>
<form id="form-consulta" novalidate>
<p><label for="folio">Folio del recibo oficial</label><br>
<input id="folio" name="folio" required placeholder="RO-2026-00000123-7"></p>
<p><label for="identificador">RFC o CURP</label><br>
<input id="identificador" name="identificador" required minlength="12" maxlength="18" autocomplete="off"></p>
<p><button type="submit">Consultar</button></p>
<p id="mensaje" role="alert" aria-live="assertive"></p>
</form>
<section id="resultado" hidden aria-labelledby="titulo-resultado">
<h2 id="titulo-resultado">Su pago</h2>
<dl id="datos"></dl>
</section>
${AVISO_DE_PRIVACIDAD}`,
  });

export const derechos = () =>
  pagina({
    titulo: 'Catálogo de derechos',
    id: 'derechos',
    cuerpo: `
<p>Las tarifas de la Ley de Derechos del Estado de Chiapas vigentes, por dependencia. Busque el servicio y obtenga su
orden de pago; al derecho se suma el 6 % del Adicional para el Desarrollo Económico y Social, salvo las excepciones de ley.</p>
<form id="form-derechos" role="search">
<p><label for="q">Buscar</label><br><input id="q" name="q" type="search" maxlength="100" placeholder="acta de nacimiento"></p>
<p><label for="dependencia">Dependencia</label><br><select id="dependencia" name="dependencia"><option value="">Todas</option></select></p>
<p><button type="submit">Buscar</button></p>
</form>
<p id="mensaje" role="status" aria-live="polite"></p>
<table>
<caption>Resultados</caption>
<thead><tr><th scope="col">Clave</th><th scope="col">Servicio</th><th scope="col">Tarifa</th><th scope="col">Dependencia</th><th scope="col"><span class="oculto">Acción</span></th></tr></thead>
<tbody id="resultados"></tbody>
</table>`,
  });

export const ordenDePago = () =>
  pagina({
    titulo: 'Orden de pago de derechos',
    id: 'orden-de-pago',
    cuerpo: `
<form id="form-orden" class="no-imprimir" novalidate>
<p><label for="claveDerecho">Clave del derecho</label><br><input id="claveDerecho" name="claveDerecho" required placeholder="LD-21 Bis-II-a">
<a href="/derechos">Buscar en el catálogo</a></p>
<p><label for="cantidad">Cantidad</label><br><input id="cantidad" name="cantidad" type="number" min="1" value="1" required></p>
<p><button type="submit">Obtener orden de pago</button></p>
<p id="mensaje" role="alert" aria-live="assertive"></p>
</form>
<section id="orden" hidden aria-labelledby="titulo-orden">
<h2 id="titulo-orden">Orden de pago <span id="serie"></span></h2>
<p class="linea">Línea de captura: <strong id="lineaDeCaptura"></strong></p>
<dl id="importes"></dl>
<p>Pague el importe exacto en el banco o en una oficina recaudadora a más tardar el <strong id="vigencia"></strong>.
Conserve su recibo oficial: la dependencia le prestará el servicio contra él, y con su folio podrá consultar el trámite.</p>
<p class="no-imprimir"><button type="button" id="imprimir">Imprimir</button></p>
</section>`,
  });
