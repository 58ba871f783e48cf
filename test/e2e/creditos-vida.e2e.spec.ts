// Issue 11, item 5 through HTTP: a whole life — determined → notified → exigible (by the sweep endpoint) →
// requerimiento → embargo → avalúo → remate → paid from the proceeds with the surplus returned — with every gasto
// of CHP art. 113 and the application order of art. 50 checked to the centavo, as the API answers them (the
// figures are printed: they go in the closing note). The loaded tables are the real ones (libs/parametros).
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { crearAppDePrueba } from '../support/app';
import { preparar } from './creditos.support';

const ID = 'CF-2025-0001';
const url = (resto = '') => `/api/creditos/${ID}${resto}`;

describe('créditos: una vida completa por HTTP hasta el remate (issue 11)', () => {
  let app: NestFastifyApplication;
  let p: Awaited<ReturnType<typeof preparar>>;
  const cifras: Record<string, unknown> = {};

  beforeAll(async () => {
    app = await crearAppDePrueba();
    p = await preparar(app);
  });
  afterAll(async () => {
    console.log(`Cifras de la vida completa, como las respondió la API:\n${JSON.stringify(cifras, null, 1)}`);
    await app?.close();
  });

  it('determinado y notificado en persona: plazo de pago del art. 37 con el calendario cargado (Semana Santa inhábil)', async () => {
    const d = await p.determinar(ID);
    expect(d).toMatchObject({ etapa: 'determinado', duplicado: false, eventos: [{ tipo: 'CreditoDeterminado', importeHistorico: '10000.00', fundamento: 'CHP art. 37 I' }] });
    const n = await p.exito(url('/notificaciones'), { medio: 'personal', fecha: '2025-03-03' });
    cifras.notificacion = n.eventos[0];
    expect(n.eventos[0]).toMatchObject({ fechaNotificacion: '2025-03-03', fechaSurteEfectos: '2025-03-04', fechaLimitePago: '2025-04-16', fechaLimiteImpugnacion: '2025-04-16' });
    const repetida = await p.escribir(url('/notificaciones'), { medio: 'personal', fecha: '2025-03-03' });
    expect([repetida.status, repetida.body.eventos]).toEqual([200, []]);
    const c = (await p.leer(url('?fecha=2025-03-10'))).body;
    expect(c).toMatchObject({ etapa: 'notificado', exigible: false, firme: false, fechaLimitePago: '2025-04-16', proximoPlazo: { fecha: '2025-04-16', articulo: 'CHP art. 37 I' } });
    expect(c.relojes).toMatchObject({ prescripcion: { vence: null }, caducidad: { vence: '2029-06-18' } });
  });

  it('exigible y firme por el barrido del primer día hábil tras el plazo; barrer otra vez no emite nada', async () => {
    const antes = await p.barrer('2025-04-18');
    expect(antes.eventos).toEqual([]);
    const b = await p.barrer('2025-04-21');
    cifras.barrido = b;
    expect(b.eventos.map((e: { tipo: string; fecha: string }) => [e.tipo, e.fecha])).toEqual([['CreditoExigible', '2025-04-21'], ['CreditoFirme', '2025-04-21']]);
    expect((await p.barrer('2025-04-21')).eventos).toEqual([]);
    const c = (await p.leer(url('?fecha=2025-04-21'))).body;
    expect(c).toMatchObject({ etapa: 'exigible', exigible: true, firme: true, exigibleDesde: '2025-04-21', relojes: { prescripcion: { vence: '2030-04-22', inicioDelComputo: '2025-04-21' } } });
  });

  it('requerimiento, embargo, avalúo y convocatoria: cada diligencia causa sus gastos (CHP art. 113: 2 %, mínimo $370)', async () => {
    const req = await p.exito(url('/pae/requerimientos'), { fecha: '2025-05-06' });
    const emb = await p.exito(url('/pae/embargos'), { fecha: '2025-05-06', bienes: [{ tipo: 'muebles', descripcion: 'Camioneta pick-up 2019' }] });
    const ava = await p.exito(url('/pae/avaluos'), { fecha: '2025-06-02', perito: 'Ing. Ramón Pérez', valor: '90000.00' });
    const con = await p.exito(url('/pae/remates'), { fechaConvocatoria: '2025-06-03', fechaPublicacion: '2025-06-04', fechaRemate: '2025-06-20' });
    cifras.pae = [req, emb, ava, con].map((r) => r.eventos);
    expect([req.etapa, emb.etapa, ava.etapa, con.etapa]).toEqual(['requerido', 'embargado', 'valuado', 'convocado-a-remate']);
    const gastos = [...req.eventos, ...emb.eventos].filter((e: { tipo: string }) => e.tipo === 'GastosDeEjecucionCausados');
    expect(gastos.map((g: Record<string, string>) => [g.diligencia, g.base, g.importe])).toEqual([['requerimiento', expect.any(String), '370.00'], ['embargo', expect.any(String), '370.00']]);
    expect(con.eventos[0]).toMatchObject({ base: '90000.00', posturaLegal: '60000.00' });
    const adeudo = (await p.leer(url('/adeudo?fecha=2025-06-20'))).body;
    cifras.adeudoAlRemate = { factorActualizacion: adeudo.factorActualizacion, actualizacion: adeudo.actualizacion, recargos: adeudo.recargos, gastosDeEjecucion: adeudo.gastosDeEjecucion, multas: adeudo.multas, total: adeudo.total, advertencias: adeudo.advertencias };
    expect(adeudo).toMatchObject({ gastosDeEjecucion: '740.00', multas: '0.00' });
    const c = (await p.leer(url('?fecha=2025-06-10'))).body;
    expect(c.proximoPlazo).toEqual({ fecha: '2025-06-20', articulo: 'CHP art. 145', descripcion: 'celebración del remate' });
  });

  it('rematado: el producto paga gastos, recargos y contribución en el orden del art. 50 y el excedente vuelve al deudor (art. 166)', async () => {
    const r = await p.exito(url('/pae/remates/resultado'), { fecha: '2025-06-20', postor: 'Comercializadora del Soconusco', postura: '61000.00', deposito: '9000.00' });
    cifras.remate = r.eventos;
    expect(r.etapa).toBe('pagado');
    expect(r.eventos.map((e: { tipo: string }) => e.tipo)).toEqual(['Rematado', 'GastosDeEjecucionCausados', 'PagoAplicado', 'CreditoPagado']);
    const pago = r.eventos[2];
    // Owed on 20 Jun 2025: $10,000.00 × factor 1.0061 = $10,061.00 (actualización $61.00 inside the contribution),
    // recargos $443.69, and three gastos of $370.00 (2 % of each base is below the minimum): $11,614.69.
    expect(cifras.adeudoAlRemate).toMatchObject({ factorActualizacion: '1.0061', actualizacion: '61.00', recargos: '443.69', gastosDeEjecucion: '740.00', total: '11244.69' });
    expect(r.eventos[1]).toMatchObject({ diligencia: 'remate', base: '10504.69', calculado: '210.09', importe: '370.00', ajuste: 'minimo' });
    expect(pago.partes.map((x: Record<string, string>) => [x.concepto, x.contribucion, x.aplicado, x.pendiente, x.fundamento])).toEqual([
      ['gastos-de-ejecucion', 'requerimiento-2025-05-06-1', '370.00', '0.00', 'CHP art. 50 I'],
      ['gastos-de-ejecucion', 'embargo-2025-05-06-2', '370.00', '0.00', 'CHP art. 50 I'],
      ['gastos-de-ejecucion', 'remate-2025-06-20-3', '370.00', '0.00', 'CHP art. 50 I'],
      ['recargos', 'recargos', '443.69', '0.00', 'CHP art. 50 III'],
      ['contribucion', 'principal', '10061.00', '0.00', 'CHP art. 50 V'],
    ]);
    expect(pago).toMatchObject({
      origen: 'producto-de-remate', importe: '61000.00', totalAplicado: '11614.69', remanente: '49385.31', totalPendiente: '0.00', historicoExtinguido: '10000.00', fundamento: 'CHP arts. 161, 50 y 166',
    });
    const c = (await p.leer(url('?fecha=2025-07-01'))).body;
    cifras.creditoFinal = { etapa: c.etapa, saldoPorConcepto: c.saldoPorConcepto, extinguidoPor: c.extinguidoPor, pagos: c.pagos };
    expect(c).toMatchObject({ etapa: 'pagado', saldoPorConcepto: { total: '0.00' } });
    const eventos = (await p.leer(url('/eventos'), p.t.auditor)).body.eventos;
    expect(eventos.map((e: { tipo: string }) => e.tipo)).toContain('PagoAplicado');
    expect(eventos[0].actor).toMatchObject({ userId: 'cobranza', role: 'cobranza' });
    expect(eventos.find((e: { tipo: string }) => e.tipo === 'CreditoExigible').actor).toMatchObject({ userId: 'admin', role: 'admin' });
  });
});
