// Issue 11, item 2, through HTTP: a formato de pago for some of a taxpayer's credits, posted by a bank through the
// same POST /api/pagos as a derecho, applied to the credits oldest first (CHP arts. 50-51) to the centavo; a short
// payment leaves the newer credit open; an overpayment is saldo a favor (art. 53); a retry changes nothing.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { EjecutorDeComandos, type ContextoDeComando } from '@tesoreria/command-handling';
import { AplicarPagoDeFormato, estadoDeCuenta, estadoDelCredito, proyeccionCuentaDelCredito } from '@tesoreria/creditos';
import {
  Dec, adeudoALaFecha, crearDeciderDeCredito, flujoDeCredito, flujoDeFormatoDePago, leerLineaDeFormato, sumarDias, vigenciaMaxima,
  type ComandoDeCredito, type EntornoDeCredito, type PagoAplicado,
} from '@tesoreria/domain';
import { PgliteDatabase, type EventStore, type RecordedEvent } from '@tesoreria/event-store';
import { PARAMETROS } from '@tesoreria/parametros/nest/parametros.module';
import type { Parametros } from '@tesoreria/parametros';
import { RELOJ } from '@tesoreria/registro/nest/tokens';
import { EVENT_STORE } from '../../apps/api/src/plataforma/tokens';
import { crearTablas, reconstruir } from '../../libs/creditos/test/proyeccion-de-prueba';
import { crearAppDePrueba } from '../support/app';
import { cliente } from './registro.support';

const RFC = 'GOHG800101AB1';
const actor = { userId: 'prueba', role: 'cobranza', dependencia: null };

describe('Créditos: formato de pago, pago en banco y aplicación (issue 11, item 2)', () => {
  let app: NestFastifyApplication;
  let api: ReturnType<typeof cliente>;
  let store: EventStore;
  let t: Awaited<ReturnType<ReturnType<typeof cliente>['prepararUsuarios']>>;
  let entorno: EntornoDeCredito;
  let hoy: string;
  let norte: string;
  let n = 0;

  beforeAll(async () => {
    app = await crearAppDePrueba();
    api = cliente(app);
    store = app.get(EVENT_STORE);
    const p = app.get<Parametros>(PARAMETROS);
    entorno = { calendario: p.calendario, tablasDeAdeudo: p.tablasDeAdeudo, montosDeGastosDeEjecucion: p.montosDeGastosDeEjecucion };
    hoy = app.get(RELOJ).hoy();
    t = await api.prepararUsuarios();
    await api.pedir({ method: 'POST', url: '/api/usuarios', token: t.admin, payload: { usuario: 'banco.norte', nombre: 'Banco del Norte', rol: 'banco', institucion: 'Banco del Norte', contrasena: 'Chiapas2026' } });
    norte = await api.entrar('banco.norte');
  });
  afterAll(async () => app?.close());

  const contexto = (fechaEfecto: string): ContextoDeComando => ({ actor, correlationId: `prueba-${++n}`, fechaEfecto });
  const ejecutar = (creditoId: string, comando: ComandoDeCredito, fecha: string) =>
    app.get(EjecutorDeComandos).ejecutar({ flujo: flujoDeCredito(creditoId), decider: crearDeciderDeCredito(entorno), comando, contexto: contexto(fecha) });
  /** A liquidated credit notified by estrados on 2025-03-03: due 2025-04-25, exigible from 2025-04-28. */
  const credito = async (periodo: string, importeHistorico: string, rfc = RFC) => {
    const creditoId = `CF-${periodo}-${++n}`;
    await ejecutar(creditoId, { type: 'DeterminarCredito', data: {
      creditoId, origen: 'liquidacion', descripcion: 'Impuesto sobre nóminas omitido', periodo, importeHistorico, delegacion: 'XI',
      fechaDeterminacion: '2025-02-20', fechaDelHecho: '2024-06-17', contribuyente: { rfc, nombre: 'Gloria Hernández García' },
    } } as ComandoDeCredito, '2025-02-20');
    await ejecutar(creditoId, { type: 'PracticarNotificacion', data: { creditoId, medio: 'estrados', fecha: '2025-03-03' } } as ComandoDeCredito, '2025-03-03');
    return creditoId;
  };
  const formato = (payload: Record<string, unknown>, token?: string) => api.pedir({ method: 'POST', url: '/api/formatos-de-pago', token, payload });
  const pagar = (f: { lineaDeCaptura: string; total: string }, referenciaBancaria: string, banco = t.banco, fechaPago = hoy) => api.pedir({
    method: 'POST', url: '/api/pagos', token: banco,
    payload: { lineaDeCaptura: f.lineaDeCaptura, referenciaBancaria, contribuyente: { rfc: RFC, nombre: 'Gloria Hernández García' }, fechaPago, importe: f.total, medioDePago: 'efectivo', delegacion: 'XI' },
  });
  const hechos = async (creditoId: string) => (await store.readStream(flujoDeCredito(creditoId))).filter((e) => ['PagoAplicado', 'CreditoPagado'].includes(e.type));
  const aplicado = (e: RecordedEvent) => e.data as unknown as PagoAplicado['data'];

  it('a formato for two credits, paid by the bank: both paid, oldest first, each concept to the centavo', async () => {
    const nuevo = await credito('2024-08', '5000.00');
    const viejo = await credito('2024-05', '10000.00');
    const f = await formato({ rfc: RFC, creditos: [nuevo, viejo], fechaVigencia: hoy }, t.cobranza);
    expect(f.status).toBe(201);
    expect(f.body.creditos.map((c: { creditoId: string }) => c.creditoId)).toEqual([viejo, nuevo]);
    expect(leerLineaDeFormato(f.body.lineaDeCaptura)).toMatchObject({ numero: f.body.numero, importe: f.body.total, fechaVigencia: hoy });
    expect(new Dec(f.body.creditos[0].conceptos.recargos).gt(0)).toBe(true);
    expect(f.body.advertencias.length).toBeGreaterThan(0); // provisional Chiapas recargos rate (decision 0008)

    const r = await pagar(f.body, 'BSE-F-1');
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ duplicado: false, importeTotal: f.body.total, paga: { tipo: 'formato-de-pago', numeroDeFormato: f.body.numero, creditos: [viejo, nuevo] } });
    for (const c of f.body.creditos) {
      const [pago, pagado] = await hechos(c.creditoId);
      const d = aplicado(pago!);
      expect(pagado?.type).toBe('CreditoPagado');
      expect(d).toMatchObject({ pagoId: r.body.folio, importe: c.total, totalAplicado: c.total, totalPendiente: '0.00', remanente: '0.00', fundamento: 'CHP arts. 50 y 51' });
      const parte = (concepto: string) => d.partes.find((p) => p.concepto === concepto)?.aplicado;
      expect(parte('recargos')).toBe(c.conceptos.recargos);
      expect(parte('contribucion')).toBe(new Dec(c.conceptos.historicoPendiente).plus(c.conceptos.actualizacion).toFixed(2));
    }
    const [pViejo] = await hechos(viejo), [pNuevo] = await hechos(nuevo);
    expect(pViejo!.position).toBeLessThan(pNuevo!.position);
    expect(new Dec(aplicado(pViejo!).importe).plus(aplicado(pNuevo!).importe).toFixed(2)).toBe(f.body.total);
    // The payment status as the cobranza area reads it: both credits, oldest first, the whole amount applied.
    const estado = await api.pedir({ method: 'GET', url: `/api/pagos-de-creditos/${r.body.folio}`, token: t.cobranza });
    expect(estado.status).toBe(200);
    expect(estado.body).toMatchObject({ pagoId: r.body.folio, importeRecibido: f.body.total, totalAplicado: f.body.total, remanente: '0.00', estado: 'aplicado' });
    expect(estado.body.aplicaciones.map((a: { creditoId: string }) => a.creditoId)).toEqual([viejo, nuevo]);
    expect((await api.pedir({ method: 'GET', url: '/api/pagos-de-creditos/RO-0000-00000000-0', token: t.cobranza })).body).toMatchObject({ status: 404, codigo: 'pago-no-encontrado' });
    expect((await api.pedir({ method: 'GET', url: `/api/pagos-de-creditos/${r.body.folio}`, token: t.banco })).status).toBe(403);
  });

  it('a short payment (a gasto caused after the formato) covers the older credit and leaves the newer open, applied in the legal order', async () => {
    const viejo = await credito('2023-01', '2000.00');
    const nuevo = await credito('2023-02', '3000.00');
    const f = (await formato({ rfc: RFC, creditos: [viejo, nuevo], fechaVigencia: hoy }, t.cobranza)).body;
    await ejecutar(nuevo, { type: 'BarrerVencimientos', data: { creditoId: nuevo, fechaEfecto: hoy } }, hoy);
    await ejecutar(nuevo, { type: 'PracticarRequerimiento', data: { creditoId: nuevo, fecha: hoy } }, hoy);
    const r = await pagar(f, 'BSE-F-2');
    expect(r.status).toBe(201);
    const [pv, cerrado] = await hechos(viejo);
    expect(cerrado?.type).toBe('CreditoPagado');
    expect(aplicado(pv!).totalPendiente).toBe('0.00');
    const abiertos = await hechos(nuevo);
    expect(abiertos.map((e) => e.type)).toEqual(['PagoAplicado']);
    const d = aplicado(abiertos[0]!);
    // CHP art. 50: gastos de ejecución first, then recargos, then the contribution; the rest stays owed.
    expect(d.partes.map((p) => p.concepto)).toEqual(['gastos-de-ejecucion', 'recargos', 'contribucion']);
    expect(d.partes[0]!.pendiente).toBe('0.00');
    expect(d.partes[1]!.pendiente).toBe('0.00');
    expect(new Dec(d.totalPendiente).equals(d.partes[0]!.adeudado)).toBe(true);
    const estado = await estadoDelCredito(store, nuevo);
    expect(estado.extincion).toBeNull();
    expect(adeudoALaFecha(estado, hoy, entorno.tablasDeAdeudo).total).toBe(d.totalPendiente);
  });

  it('an overpayment (paid before the validity date the amount was computed for) is the taxpayer\'s saldo a favor', async () => {
    const c = await credito('2022-06', '8000.00', 'MAPJ800101AB2');
    // The first day of this month on which the amount owed grows (a month of mora ends, CHP art. 44): a formato valid
    // to then, paid today, pays more than is owed today.
    const antes = await estadoDelCredito(store, c);
    const alDia = (fecha: string) => new Dec(adeudoALaFecha(antes, fecha, entorno.tablasDeAdeudo).total);
    let vigencia = hoy;
    while (vigencia < vigenciaMaxima(hoy) && alDia(vigencia).equals(alDia(hoy))) vigencia = sumarDias(vigencia, 1);
    if (alDia(vigencia).equals(alDia(hoy))) return; // no month of mora ends between today and the month's end
    const f = (await formato({ rfc: 'MAPJ800101AB2', creditos: [c], fechaVigencia: vigencia }, t.cobranza)).body;
    const r = await pagar(f, 'BSE-F-3');
    expect(r.status).toBe(201);
    const d = aplicado((await hechos(c))[0]!);
    const debido = alDia(hoy).toFixed(2);
    expect(d.remanente).toBe(new Dec(f.total).minus(debido).toFixed(2));
    expect(new Dec(d.remanente).gt(0)).toBe(true);
    expect((await estadoDelCredito(store, c)).saldoAFavor).toBe(d.remanente);
    // The estado de cuenta (its read model rebuilt from this log) shows it as the taxpayer's saldo a favor.
    const db = await PgliteDatabase.open();
    await crearTablas(db, proyeccionCuentaDelCredito);
    await reconstruir(db, proyeccionCuentaDelCredito, (await store.readAll({ after: 0, limit: 100_000 })).filter((e) => e.streamId.startsWith('credito-')));
    const cuenta = await estadoDeCuenta(db, { rfc: 'MAPJ800101AB2' }, hoy, { entorno, version: 'prueba' });
    await db.close();
    expect(cuenta).toMatchObject({ saldoAFavor: d.remanente, totales: { total: '0.00' } });
  });

  it('posted twice: one PagoRecibido, one folio, one application; another bank\'s same reference text pays its own formato', async () => {
    const c = await credito('2021-01', '1000.00');
    const f = (await formato({ rfc: RFC, creditos: [c], fechaVigencia: hoy }, t.cobranza)).body;
    const primero = await pagar(f, 'REF-COMUN-F');
    const segundo = await pagar(f, 'REF-COMUN-F');
    expect(primero.status).toBe(201);
    expect(segundo.status).toBe(200);
    expect(segundo.body).toMatchObject({ folio: primero.body.folio, duplicado: true });
    expect((await store.readStream(flujoDeFormatoDePago(f.numero))).map((e) => e.type)).toEqual(['FormatoDePagoEmitido', 'PagoRecibido']);
    expect((await hechos(c)).map((e) => e.type)).toEqual(['PagoAplicado', 'CreditoPagado']);

    const otro = await credito('2021-02', '1000.00');
    const g = (await formato({ rfc: RFC, creditos: [otro], fechaVigencia: hoy }, t.cobranza)).body;
    const propio = await pagar(g, 'REF-COMUN-F', norte);
    expect(propio.status).toBe(201);
    expect(propio.body.folio).not.toBe(primero.body.folio);
    expect((await hechos(otro)).map((e) => e.type)).toEqual(['PagoAplicado', 'CreditoPagado']);
    expect((await pagar(f, 'REF-OTRA-F')).status).toBe(409);
  });

  it('a crash between the PagoRecibido and its application is completed on start-up, once', async () => {
    const c = await credito('2020-01', '1500.00');
    const f = (await formato({ rfc: RFC, creditos: [c], fechaVigencia: hoy }, t.cobranza)).body;
    const aplicador = app.get(AplicarPagoDeFormato);
    const original = aplicador.aplicar.bind(aplicador);
    aplicador.aplicar = async () => { throw new Error('caída simulada'); };
    expect((await pagar(f, 'BSE-F-CAIDA')).status).toBe(500);
    aplicador.aplicar = original;
    expect(await hechos(c)).toEqual([]);
    expect((await aplicador.ponerAlDia()).aplicados).toBe(1);
    expect((await hechos(c)).map((e) => e.type)).toEqual(['PagoAplicado', 'CreditoPagado']);
    expect((await aplicador.ponerAlDia()).aplicados).toBe(0);
  });

  it('a taxpayer without a session proves identity with the RFC and the credit ids; another\'s credit is the same 404; a bank may not issue', async () => {
    const c = await credito('2019-01', '700.00');
    const propio = await formato({ rfc: RFC, creditos: [c] });
    expect(propio.status).toBe(201);
    expect(propio.body.fechaVigencia >= hoy).toBe(true);
    const ajeno = await formato({ rfc: 'MAPJ800101AB2', creditos: [c] });
    const inexistente = await formato({ rfc: 'MAPJ800101AB2', creditos: ['NO-EXISTE'] });
    expect(ajeno.status).toBe(404);
    expect({ ...ajeno.body, instance: undefined }).toEqual({ ...inexistente.body, instance: undefined, detail: ajeno.body.detail });
    expect((await formato({ rfc: RFC, creditos: [c] }, t.banco)).status).toBe(403);
    expect((await formato({ rfc: RFC, creditos: [] }, t.cobranza)).status).toBe(400);
    expect((await formato({ creditos: [c] }, t.cobranza)).body).toMatchObject({ status: 400, codigo: 'contribuyente-sin-identificacion', campo: 'rfc' });
    expect((await formato({ rfc: RFC, creditos: [c], fechaVigencia: '2099-01-01' }, t.cobranza)).body).toMatchObject({ codigo: 'vigencia-fuera-de-rango', campo: 'fechaVigencia' });
  });
});
