// Issue 9, items 7 and 8: hostile input sent to EVERY operation of the OpenAPI document, anonymously and with the
// session of each kind of user: ~40 KB of nested JSON, a NUL (and other control characters, a lone UTF-16
// surrogate) in each text field of a well-formed body, in each path parameter and in the query, URLs whose %XX
// escapes are not UTF-8 (`%ZZ`, `%C0%AE`) and path parameters over 100 characters. Never a 500; every refusal is
// application/problem+json in Spanish; the edge's refusals are 400 (414 for the long parameter) naming the field.
// Before the fix: nested bodies overflowed validation (500) on every operation with a body, a NUL reached
// PostgreSQL (500), and bad URLs and long parameters got Fastify's English JSON.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Response as Respuesta } from 'light-my-request';
import { crearAppDePrueba } from '../support/app';
import { camposDeTexto, conCampo, operaciones, rutaCon, type DocumentoOpenApi, type Operacion } from '../support/openapi';
import { cliente } from './registro.support';

const ANIDADO = '['.repeat(20_000) + ']'.repeat(20_000);
const ESPANOL = /[áéíóúñ¿]|\b(El|La|Los|Las|Un|Una|No|Ya|Su|Inicie|Demasiadas|debe|puede|del)\b/;
const INGLES = /\b(must|should|property|is not|invalid|exceed(s|ing)?|Cannot|not found|Unauthorized|Forbidden|Bad Request|Internal)\b/i;
const CON_CUERPO = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

interface Caso {
  readonly op: Operacion;
  readonly nombre: string;
  readonly url: string;
  readonly payload?: string;
  /** What the edge must answer, when the case reaches it for sure. */
  readonly espera?: { status: number; codigo: string; campo?: string };
}

function casos(op: Operacion): Caso[] {
  const lista: Caso[] = [];
  const url = rutaCon(op, {});
  const conCuerpo = CON_CUERPO.has(op.metodo);
  const primero = op.cuerpo ? Object.keys(op.cuerpo)[0] : undefined;
  const anidado = (campo: string | undefined) => (campo ? `{${JSON.stringify(campo)}:${ANIDADO}}` : ANIDADO);
  for (const campo of [undefined, primero]) {
    lista.push({ op, nombre: `JSON anidado en ${campo ?? 'el cuerpo'}`, url, payload: anidado(campo), espera: conCuerpo ? { status: 400, codigo: 'anidamiento-excesivo', campo: campo ?? 'cuerpo' } : undefined });
  }
  if (op.cuerpo) {
    for (const campo of camposDeTexto(op.cuerpo)) {
      for (const [nombre, sufijo, codigo] of [['NUL', '\u0000', 'caracter-de-control'], ['ESC', '\u001b', 'caracter-de-control'], ['sustituto', '\ud800', 'texto-mal-formado']]) {
        const payload = JSON.stringify(conCampo(op.cuerpo, campo, `LD-21${sufijo}x`));
        lista.push({ op, nombre: `${nombre} en ${campo}`, url, payload, espera: conCuerpo ? { status: 400, codigo, campo } : undefined });
      }
    }
    lista.push({ op, nombre: 'NUL en el nombre de un campo', url, payload: JSON.stringify({ ...op.cuerpo, 'x\u0000': 1 }), espera: conCuerpo ? { status: 400, codigo: 'caracter-de-control' } : undefined });
  }
  for (const p of op.enRuta) {
    for (const valor of ['%00', 'RO-2026%00-1', '%0a']) lista.push({ op, nombre: `${valor} en el parámetro ${p}`, url: rutaCon(op, { [p]: valor }), espera: { status: 400, codigo: 'caracter-de-control', campo: p } });
    for (const valor of ['%ZZ', '%C0%AE', 'a%E0%A4%A']) lista.push({ op, nombre: `${valor} en el parámetro ${p}`, url: rutaCon(op, { [p]: valor }), espera: { status: 400, codigo: 'direccion-invalida', campo: 'ruta' } });
    lista.push({ op, nombre: `parámetro ${p} de 200 caracteres`, url: rutaCon(op, { [p]: 'a'.repeat(200) }), espera: { status: 414, codigo: 'parametro-demasiado-largo', campo: 'ruta' } });
  }
  for (const q of [...op.enConsulta, 'extra']) {
    lista.push({ op, nombre: `NUL en la consulta ${q}`, url: `${url}?${q}=a%00b`, espera: { status: 400, codigo: 'caracter-de-control', campo: q } });
  }
  lista.push({ op, nombre: '%ZZ al final de la ruta', url: `${url}%ZZ` }, { op, nombre: '%C0%AE en la consulta', url: `${url}?q=%C0%AE&limite=%ZZ` });
  return lista;
}

describe('hostile input to every operation of the OpenAPI document (issue 9, items 7 and 8)', () => {
  let app: NestFastifyApplication;
  let identidades: Array<[string, Record<string, string>]>;
  let lista: Caso[];
  const resumen = new Map<number, number>();

  beforeAll(async () => {
    app = await crearAppDePrueba();
    const t = await cliente(app).prepararUsuarios();
    identidades = [
      ['anónimo', {}],
      ['admin', { authorization: `Bearer ${t.admin}` }],
      ['dependencia', { authorization: `Bearer ${t.sgg}` }],
      ['banco', { authorization: `Bearer ${t.banco}` }],
    ];
    const documento = await app.inject({ method: 'GET', url: '/api/docs/openapi.json', headers: identidades[1][1] });
    expect(documento.statusCode).toBe(200);
    // Log-out last: an earlier one would end the session the other cases use.
    const ops = operaciones(documento.json<DocumentoOpenApi>()).sort((a, b) => Number(a.metodo === 'DELETE') - Number(b.metodo === 'DELETE'));
    expect(ops.length).toBeGreaterThan(20);
    lista = ops.flatMap(casos);
  });

  afterAll(async () => {
    process.stdout.write(`entradas hostiles: ${[...resumen.values()].reduce((a, b) => a + b, 0)} solicitudes; por estado ${JSON.stringify(Object.fromEntries(resumen))}\n`);
    await app?.close();
  });

  const enviar = (c: Caso, encabezados: Record<string, string>): Promise<Respuesta> =>
    app.inject({
      method: c.op.metodo,
      url: c.url,
      headers: c.payload === undefined ? encabezados : { ...encabezados, 'content-type': 'application/json' },
      payload: c.payload,
    });

  const fallas = (c: Caso, quien: string, r: Respuesta): string[] => {
    resumen.set(r.statusCode, (resumen.get(r.statusCode) ?? 0) + 1);
    const donde = `${quien} ${c.op.metodo} ${c.op.ruta} · ${c.nombre}: ${r.statusCode} ${r.body.slice(0, 160)}`;
    if (r.statusCode >= 500) return [`500: ${donde}`];
    if (r.statusCode < 400) return c.espera ? [`aceptada: ${donde}`] : [];
    const problemas: string[] = [];
    if (!String(r.headers['content-type']).startsWith('application/problem+json')) problemas.push(`no es problem+json: ${donde}`);
    let p: { status?: number; detail?: string; codigo?: string; campo?: string } = {};
    try {
      p = JSON.parse(r.body);
    } catch {
      return [...problemas, `cuerpo no JSON: ${donde}`];
    }
    if (p.status !== r.statusCode) problemas.push(`status del problema distinto: ${donde}`);
    if (!ESPANOL.test(p.detail ?? '') || INGLES.test(p.detail ?? '')) problemas.push(`no está en español: ${donde}`);
    if (c.espera && (r.statusCode !== c.espera.status || p.codigo !== c.espera.codigo || (c.espera.campo !== undefined && p.campo !== c.espera.campo))) {
      problemas.push(`esperaba ${c.espera.status} ${c.espera.codigo} ${c.espera.campo ?? ''}: ${donde}`);
    }
    return problemas;
  };

  it.each(['anónimo', 'admin', 'dependencia', 'banco'])('as %s: no 500, every refusal Spanish problem+json naming the field', async (quien) => {
    const encabezados = identidades.find(([n]) => n === quien)![1];
    const problemas: string[] = [];
    for (const c of lista) problemas.push(...fallas(c, quien, await enviar(c, encabezados)));
    expect(problemas).toEqual([]);
  });

  it('the class-validator message for a nested object that is not one is Spanish and names the field', async () => {
    // A new session: the cases above ended with a log-out.
    const banco = await cliente(app).entrar('banco.sureste');
    const r = await app.inject({ method: 'POST', url: '/api/pagos', headers: { authorization: `Bearer ${banco}` }, payload: { contribuyente: 'Gloria' } });
    expect(r.statusCode).toBe(400);
    const p = r.json();
    expect(p.errores).toContainEqual({ campo: 'contribuyente', mensaje: 'El campo contribuyente debe ser un objeto con sus propios campos' });
    expect(JSON.stringify(p)).not.toMatch(/nested property|must be/);
  });

  it('JSON nested 32 levels deep (the body included) still reaches validation; one level more is refused at the edge', async () => {
    const profundo = (n: number) => '{"claveDerecho":"LD-21-III-a","cantidad":1,"x":' + '['.repeat(n) + ']'.repeat(n) + '}';
    const a31 = await app.inject({ method: 'POST', url: '/api/ordenes-de-pago', headers: { 'content-type': 'application/json' }, payload: profundo(31) });
    expect(a31.json()).toMatchObject({ status: 400, codigo: 'validacion', campo: 'x' });
    const a32 = await app.inject({ method: 'POST', url: '/api/ordenes-de-pago', headers: { 'content-type': 'application/json' }, payload: profundo(32) });
    expect(a32.json()).toMatchObject({ status: 400, codigo: 'anidamiento-excesivo', campo: 'x' });
  });
});
