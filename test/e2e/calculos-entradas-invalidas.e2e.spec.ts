// POST /api/calculos/adeudo with bad input, over HTTP on the whole application: every refusal is a 400 (malformed)
// or 422 (a rule of the law, CHP arts. 43-45, cannot be applied) application/problem+json in Spanish that names
// the field, never a 500, and nothing is written to the store.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { crearAppDePrueba } from '../support/app';

const URL = '/api/calculos/adeudo';
const VALIDO = { importe: '1000.00', fechaLimitePago: '2023-03-17', fechaPago: '2025-06-02' };

interface Caso {
  readonly nombre: string;
  readonly cuerpo: unknown;
  readonly status: 400 | 422;
  readonly campo: string;
  readonly codigo?: string;
}

const CASOS: Caso[] = [
  { nombre: 'sin importe', cuerpo: { fechaLimitePago: '2023-03-17', fechaPago: '2025-06-02' }, status: 400, campo: 'importe' },
  { nombre: 'sin fechaLimitePago', cuerpo: { importe: '1000.00', fechaPago: '2025-06-02' }, status: 400, campo: 'fechaLimitePago' },
  { nombre: 'sin fechaPago', cuerpo: { importe: '1000.00', fechaLimitePago: '2023-03-17' }, status: 400, campo: 'fechaPago' },
  { nombre: 'un objeto vacío', cuerpo: {}, status: 400, campo: 'importe' },
  { nombre: 'un importe numérico', cuerpo: { ...VALIDO, importe: 1000 }, status: 400, campo: 'importe' },
  { nombre: 'un importe nulo', cuerpo: { ...VALIDO, importe: null }, status: 400, campo: 'importe' },
  { nombre: 'un importe objeto', cuerpo: { ...VALIDO, importe: { pesos: 1000 } }, status: 400, campo: 'importe' },
  { nombre: 'una fecha de pago booleana', cuerpo: { ...VALIDO, fechaPago: true }, status: 400, campo: 'fechaPago' },
  { nombre: 'una fecha límite en arreglo', cuerpo: { ...VALIDO, fechaLimitePago: ['2023-03-17'] }, status: 400, campo: 'fechaLimitePago' },
  { nombre: 'el 30 de febrero', cuerpo: { ...VALIDO, fechaLimitePago: '2023-02-30' }, status: 400, campo: 'fechaLimitePago', codigo: 'fecha-invalida' },
  { nombre: 'el 29 de febrero de un año no bisiesto', cuerpo: { ...VALIDO, fechaPago: '2025-02-29' }, status: 400, campo: 'fechaPago', codigo: 'fecha-invalida' },
  { nombre: 'el mes 13', cuerpo: { ...VALIDO, fechaPago: '2025-13-01' }, status: 400, campo: 'fechaPago', codigo: 'fecha-invalida' },
  { nombre: 'el año 0000', cuerpo: { ...VALIDO, fechaLimitePago: '0000-01-01' }, status: 400, campo: 'fechaLimitePago', codigo: 'fecha-invalida' },
  { nombre: 'una fecha en formato dd/mm/aaaa', cuerpo: { ...VALIDO, fechaPago: '02/06/2025' }, status: 400, campo: 'fechaPago' },
  { nombre: 'una fecha con hora', cuerpo: { ...VALIDO, fechaPago: '2025-06-02T10:00:00Z' }, status: 400, campo: 'fechaPago' },
  { nombre: 'un importe negativo', cuerpo: { ...VALIDO, importe: '-5.00' }, status: 400, campo: 'importe' },
  { nombre: 'un importe con fracción de centavo', cuerpo: { ...VALIDO, importe: '10.001' }, status: 400, campo: 'importe' },
  { nombre: 'un importe en notación científica', cuerpo: { ...VALIDO, importe: '1e5' }, status: 400, campo: 'importe' },
  { nombre: 'un importe NaN', cuerpo: { ...VALIDO, importe: 'NaN' }, status: 400, campo: 'importe' },
  { nombre: 'un importe con espacios', cuerpo: { ...VALIDO, importe: ' 1000.00' }, status: 400, campo: 'importe' },
  { nombre: 'un importe de más de quince dígitos enteros', cuerpo: { ...VALIDO, importe: '9999999999999999999999.99' }, status: 400, campo: 'importe' },
  { nombre: 'un tipo desconocido', cuerpo: { ...VALIDO, tipo: 'impuesto' }, status: 400, campo: 'tipo' },
  { nombre: 'un tipo numérico', cuerpo: { ...VALIDO, tipo: 5 }, status: 400, campo: 'tipo' },
  { nombre: 'un campo que no existe', cuerpo: { ...VALIDO, moneda: 'MXN' }, status: 400, campo: 'moneda' },
  { nombre: 'lo pagado en tiempo mayor que el importe', cuerpo: { ...VALIDO, importePagadoEnTiempo: '2000.00' }, status: 400, campo: 'importePagadoEnTiempo', codigo: 'pago-mayor-al-importe' },
  { nombre: 'lo pagado en tiempo negativo', cuerpo: { ...VALIDO, importePagadoEnTiempo: '-1.00' }, status: 400, campo: 'importePagadoEnTiempo' },
  { nombre: 'un arreglo JSON', cuerpo: [VALIDO], status: 400, campo: 'cuerpo', codigo: 'cuerpo-no-es-objeto' },
  { nombre: 'un arreglo JSON vacío', cuerpo: [], status: 400, campo: 'cuerpo', codigo: 'cuerpo-no-es-objeto' },
  { nombre: 'un número JSON', cuerpo: 42, status: 400, campo: 'cuerpo', codigo: 'cuerpo-no-es-objeto' },
  { nombre: 'una cadena JSON', cuerpo: 'hola', status: 400, campo: 'cuerpo', codigo: 'cuerpo-no-es-objeto' },
  { nombre: 'null', cuerpo: null, status: 400, campo: 'cuerpo', codigo: 'cuerpo-no-es-objeto' },
  // CHP art. 43: the INPC table starts in 1969; a period before it cannot be updated.
  { nombre: 'un vencimiento anterior al primer INPC', cuerpo: { ...VALIDO, fechaLimitePago: '1900-03-17', fechaPago: '1901-06-03' }, status: 422, campo: 'fechaLimitePago', codigo: 'inpc-no-disponible' },
  // CHP art. 44: no Ley de Ingresos rate is registered before 2017 nor after 2026.
  { nombre: 'una mora que empieza antes de la primera tasa de recargos', cuerpo: { ...VALIDO, fechaLimitePago: '2016-11-10', fechaPago: '2017-02-01' }, status: 422, campo: 'fechaLimitePago', codigo: 'parametro-no-vigente' },
  { nombre: 'un pago muy posterior al último INPC y a la última tasa', cuerpo: { ...VALIDO, fechaPago: '2090-06-02' }, status: 422, campo: 'fechaPago', codigo: 'parametro-no-vigente' },
  { nombre: 'un pago el 31 de diciembre de 9999', cuerpo: { ...VALIDO, fechaPago: '9999-12-31' }, status: 422, campo: 'fechaPago', codigo: 'parametro-no-vigente' },
  { nombre: 'un vencimiento y un pago en el año 9999', cuerpo: { ...VALIDO, fechaLimitePago: '9999-12-30', fechaPago: '9999-12-31' }, status: 422, campo: 'fechaLimitePago' },
];

const ESPANOL = /El campo|El cuerpo|La solicitud|Tipo de contenido|no es JSON|[áéíóúñ]/;

describe('POST /api/calculos/adeudo con entradas inválidas (CHP arts. 43-45)', () => {
  let app: NestFastifyApplication;
  let cabezaInicial: number;

  const cabeza = async (): Promise<number> => (await app.inject({ method: 'GET', url: '/salud' })).json().almacen.posicionCabeza;

  const esProblemaEnEspanol = (r: { statusCode: number; headers: Record<string, unknown>; json: () => Record<string, unknown> }) => {
    expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    const p = r.json();
    expect(p.status).toBe(r.statusCode);
    expect(p.detail).toMatch(ESPANOL);
    return p;
  };

  beforeAll(async () => {
    app = await crearAppDePrueba();
    cabezaInicial = await cabeza();
  });

  afterAll(async () => {
    await app?.close();
  });

  it.each(CASOS)('responde $status con problem+json en español que nombra $campo ante $nombre', async (caso) => {
    const r = await app.inject({ method: 'POST', url: URL, headers: { 'content-type': 'application/json' }, payload: JSON.stringify(caso.cuerpo) });
    expect(r.statusCode).toBe(caso.status);
    const p = esProblemaEnEspanol(r);
    expect(p.campo).toBe(caso.campo);
    expect(String(p.detail)).toContain(caso.campo === 'cuerpo' ? 'El cuerpo' : caso.campo);
    if (caso.codigo) expect(p.codigo).toBe(caso.codigo);
    if (caso.status === 422) expect(p.fundamento).toMatch(/^CHP art\. 4[34]$/);
  });

  it('responde 400 en español a un cuerpo vacío declarado como JSON', async () => {
    const r = await app.inject({ method: 'POST', url: URL, headers: { 'content-type': 'application/json' }, payload: '' });
    expect(r.statusCode).toBe(400);
    expect(esProblemaEnEspanol(r).detail).toMatch(/JSON/);
  });

  it('responde 400 nombrando el cuerpo cuando la solicitud no trae cuerpo', async () => {
    const r = await app.inject({ method: 'POST', url: URL });
    expect(r.statusCode).toBe(400);
    expect(esProblemaEnEspanol(r)).toMatchObject({ campo: 'cuerpo', codigo: 'cuerpo-no-es-objeto' });
  });

  it('responde 400 en español a un JSON mal formado y a uno con __proto__', async () => {
    for (const payload of ['{"importe":', '{"importe":"1000.00","__proto__":{"x":1}}']) {
      const r = await app.inject({ method: 'POST', url: URL, headers: { 'content-type': 'application/json' }, payload });
      expect(r.statusCode).toBe(400);
      expect(esProblemaEnEspanol(r).detail).toBe('El cuerpo de la solicitud no es JSON válido.');
    }
  });

  it('responde 400 nombrando el cuerpo a un JSON enviado como text/plain', async () => {
    const r = await app.inject({ method: 'POST', url: URL, headers: { 'content-type': 'text/plain' }, payload: JSON.stringify(VALIDO) });
    expect(r.statusCode).toBe(400);
    expect(esProblemaEnEspanol(r)).toMatchObject({ campo: 'cuerpo', codigo: 'cuerpo-no-es-objeto' });
  });

  it('responde 415 en español, no el JSON en inglés de Fastify, a un tipo de contenido que no acepta', async () => {
    const r = await app.inject({ method: 'POST', url: URL, headers: { 'content-type': 'application/xml' }, payload: '<adeudo/>' });
    expect(r.statusCode).toBe(415);
    expect(esProblemaEnEspanol(r)).toMatchObject({ detail: 'Tipo de contenido no admitido: envíe application/json.', instance: URL });
  });

  it('responde 413 en español a un cuerpo de más de un megabyte', async () => {
    const r = await app.inject({ method: 'POST', url: URL, headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ ...VALIDO, importe: '1'.repeat(1_100_000) }) });
    expect(r.statusCode).toBe(413);
    expect(esProblemaEnEspanol(r).detail).toBe('La solicitud es demasiado grande.');
  });

  it('calcula con exactitud el mayor importe admitido, 999,999,999,999,999.99, sin perder un centavo', async () => {
    const r = await app.inject({ method: 'POST', url: URL, payload: { ...VALIDO, importe: '999999999999999.99' } });
    expect(r.statusCode).toBe(200);
    const b = r.json();
    expect(b).toMatchObject({ importe: '999999999999999.99', factorActualizacion: '1.0903', actualizacion: '90300000000000.00', importeActualizado: '1090299999999999.99' });
    expect(typeof b.total).toBe('string');
  });

  it('CHP art. 43 ¶2: un pago en 9999 con la mora de 2017 dentro de las tasas usa el último INPC publicado y lo advierte', async () => {
    const r = await app.inject({ method: 'POST', url: URL, payload: { ...VALIDO, fechaLimitePago: '2017-03-17', fechaPago: '9999-12-31' } });
    expect(r.statusCode).toBe(200);
    const b = r.json();
    expect(b.mesesDeMora).toBe(60);
    expect(b.advertencias.some((a: string) => /INPC/.test(a))).toBe(true);
  });

  it('CHP art. 21: un pago anterior a la fecha límite no es un error: es oportuno y no causa actualización ni recargos', async () => {
    const r = await app.inject({ method: 'POST', url: URL, payload: { ...VALIDO, fechaLimitePago: '2025-06-02', fechaPago: '2023-03-17' } });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ actualizacion: '0.00', recargos: '0.00', total: '1000.00', mesesDeMora: 0 });
    expect(r.json().desglose.map((d: { concepto: string }) => d.concepto)).toContain('Pago oportuno');
  });

  it('ninguna de estas solicitudes escribió un evento', async () => {
    expect(await cabeza()).toBe(cabezaInicial);
  });
});
