// The registry's pages (ROS): home, agency log-in, registrations and own account (password change), citizen's consultation, catalog and
// printable payment order. Static HTML plus one script that calls the API; no data is rendered on the server.
// Their Content-Security-Policy (own scripts and styles only) is the one every response gets (http/encabezados.ts).
import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { acceso, consulta, cuenta, derechos, inicio, ordenDePago, servicios } from './contenido';
import { CSS, JS } from './recursos';

const HTML = 'text/html; charset=utf-8';

const PAGINAS = { inicio: inicio(), acceso: acceso(), servicios: servicios(), cuenta: cuenta(), consulta: consulta(), derechos: derechos(), ordenDePago: ordenDePago() };

@ApiExcludeController()
@Controller()
export class PaginasController {
  @Get()
  @Header('content-type', HTML)
  inicio() {
    return PAGINAS.inicio;
  }

  @Get('dependencias/acceso')
  @Header('content-type', HTML)
  acceso() {
    return PAGINAS.acceso;
  }

  @Get('dependencias/servicios')
  @Header('content-type', HTML)
  @Header('cache-control', 'no-store')
  servicios() {
    return PAGINAS.servicios;
  }

  @Get('dependencias/cuenta')
  @Header('content-type', HTML)
  @Header('cache-control', 'no-store')
  cuenta() {
    return PAGINAS.cuenta;
  }

  @Get('consulta')
  @Header('content-type', HTML)
  consulta() {
    return PAGINAS.consulta;
  }

  @Get('derechos')
  @Header('content-type', HTML)
  derechos() {
    return PAGINAS.derechos;
  }

  @Get('orden-de-pago')
  @Header('content-type', HTML)
  ordenDePago() {
    return PAGINAS.ordenDePago;
  }

  @Get('recursos/registro.css')
  @Header('content-type', 'text/css; charset=utf-8')
  css() {
    return CSS;
  }

  @Get('recursos/registro.js')
  @Header('content-type', 'text/javascript; charset=utf-8')
  js() {
    return JS;
  }
}
