// Issue 11 item 5 through HTTP, besides the whole life: a plan (convenio) authorized and revoked by the sweep after
// three missed instalments (CHP art. 42 IV); the prescription clock interrupted by a requerimiento and suspended
// while the PAE is suspended (arts. 24 and 30), as GET /api/creditos/{id} answers `relojes`; who reads and writes
// credits (a dependencia or a bank: 403; a taxpayer only with the pair RFC + one of their credits, the same 404
// otherwise); and bad input refused naming the field, with nothing written.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { crearAppDePrueba } from '../support/app';
import { GLORIA, preparar } from './creditos.support';

describe('créditos por HTTP: convenio, relojes, acceso y entradas inválidas (issue 11)', () => {
  let app: NestFastifyApplication;
  let p: Awaited<ReturnType<typeof preparar>>;

  beforeAll(async () => {
    app = await crearAppDePrueba();
    p = await preparar(app);
  });
  afterAll(() => app?.close());

  const exigibleEl21DeAbril = async (id: string, cambios: Record<string, unknown> = {}) => {
    await p.determinar(id, cambios);
    await p.exito(`/api/creditos/${id}/notificaciones`, { medio: 'personal', fecha: '2025-03-03' });
    await p.barrer('2025-04-21');
  };

  it('convenio autorizado y revocado por el barrido tras tres parcialidades vencidas (CHP art. 42 IV)', async () => {
    // Self-determined for February 2024 (due in March 2024): older than the six months of CHP art. 42 VI a.
    const id = 'CF-2024-0101';
    await p.determinar(id, { origen: 'autodeterminado', periodo: '2024-02', fechaDeterminacion: '2024-03-01', fechaDelHecho: '2024-03-01' });
    await p.barrer('2024-03-25');
    const adeudo = (await p.leer(`/api/creditos/${id}/adeudo?fecha=2025-06-02`)).body;
    const inicial = (Math.ceil(Number(adeudo.total) * 20) / 100).toFixed(2);
    const c = await p.exito(`/api/creditos/${id}/convenios`, {
      convenioId: 'CONV-0101', fechaDeSolicitud: '2025-06-02', fechaDeAutorizacion: '2025-06-02', numeroDeParcialidades: 6, tasaMensualDeProrroga: '1.26', pagoInicialRecibido: inicial, naturaleza: 'propia',
    });
    console.log(`Convenio autorizado: ${JSON.stringify(c.eventos[0])}`);
    expect(c.etapa).toBe('en-convenio');
    const credito = (await p.leer(`/api/creditos/${id}?fecha=2025-06-03`)).body;
    expect(credito.proximoPlazo).toMatchObject({ articulo: 'CHP art. 42 I' });
    const barrido = await p.barrer('2025-10-15');
    console.log(`Barrido del 15 de octubre: ${JSON.stringify(barrido.eventos)}`);
    // Every business day since the last sweep is swept: the third instalment (due Tue 2 Sep) is missed on Wed 3 Sep,
    // and the plan is revoked that day; the balance is exigible again with the six days of art. 117.
    const hechos = barrido.eventos.filter((e: { creditoId: string }) => e.creditoId === id).map((e: { tipo: string; fecha: string }) => [e.tipo, e.fecha]);
    expect(hechos).toEqual([
      ['ParcialidadVencida', '2025-07-02'], ['ParcialidadVencida', '2025-08-04'], ['ParcialidadVencida', '2025-09-02'],
      ['ConvenioRevocado', '2025-09-03'], ['CreditoExigible', '2025-09-03'],
    ]);
    expect((await p.barrer('2025-10-15')).eventos).toEqual([]);
    const despues = (await p.leer(`/api/creditos/${id}?fecha=2025-10-15`)).body;
    expect(despues).toMatchObject({ exigible: true, saldo: { enConvenio: false } });
    expect(despues.etapa).not.toBe('en-convenio');
  });

  it('el reloj de prescripción: el requerimiento lo interrumpe y la suspensión del PAE lo detiene (CHP arts. 24 y 30)', async () => {
    const id = 'CF-2025-0105';
    await exigibleEl21DeAbril(id, { contribuyente: { rfc: 'LOMF7503158Z3', nombre: 'Fernando López Martínez' } });
    const vence = async (fecha: string) => (await p.leer(`/api/creditos/${id}?fecha=${fecha}`)).body.relojes.prescripcion;
    const inicial = await vence('2025-05-01');
    expect(inicial).toMatchObject({ vence: '2030-04-22', inicioDelComputo: '2025-04-21' });
    await p.exito(`/api/creditos/${id}/pae/requerimientos`, { fecha: '2025-05-06' });
    // The requerimiento, made known to the debtor, starts the five years again (art. 24 ¶3).
    const interrumpido = await vence('2025-05-07');
    expect(interrumpido.vence).toBe('2030-05-06');
    await p.exito(`/api/creditos/${id}/pae/suspensiones`, { fecha: '2025-05-08', motivo: 'recurso-de-revocacion', garantia: { forma: 'fianza', importe: '10520.00' } });
    const suspendido = (await p.leer(`/api/creditos/${id}?fecha=2025-06-01`)).body;
    expect(suspendido.etapa).toBe('suspendido');
    await p.exito(`/api/creditos/${id}/pae/reanudaciones`, { fecha: '2025-07-08', motivo: 'resolucion-confirmatoria' });
    const reanudado = await vence('2025-07-09');
    console.log(`Prescripción: inicial ${inicial.vence}, tras el requerimiento ${interrumpido.vence}, tras la suspensión del 8 may al 8 jul ${reanudado.vence}`);
    // 8 May to 8 Jul suspended (61 days) push the end to Sat 6 Jul 2030, then to the next business day (CHP arts. 30, 12).
    expect(reanudado.vence).toBe('2030-07-08');
  });

  it('prescripción solo cuando el plazo corrió (422 que nombra fechaSolicitud); cancelación por insolvencia con los demás créditos del deudor (CHP arts. 24-26)', async () => {
    const contribuyente = { rfc: 'HEGG850101AB1', nombre: 'Graciela Hernández' };
    await exigibleEl21DeAbril('CF-2025-0401', { contribuyente });
    await p.determinar('CF-2025-0402', { contribuyente, importeHistorico: '2500.00', origen: 'multa', fechaDeterminacion: '2025-03-10', fechaDelHecho: '2025-02-17' });
    const antes = await p.escribir('/api/creditos/CF-2025-0401/prescripcion', { fechaSolicitud: '2026-01-10' });
    expect([antes.status, antes.body.campo, antes.body.fundamento]).toEqual([422, 'fechaSolicitud', 'CHP art. 24']);
    expect(antes.body.detail).toContain('2030-04-22');
    const sinCausa = await p.escribir('/api/creditos/CF-2025-0401/cancelacion', { fecha: '2025-06-30', acuerdo: 'Acuerdo SH/SI/0012/2025' });
    expect([sinCausa.status, sinCausa.body.campo]).toEqual([422, 'costoDeRecuperacion']);
    const c = await p.exito('/api/creditos/CF-2025-0401/cancelacion', { fecha: '2025-06-30', acuerdo: 'Acuerdo SH/SI/0012/2025', insolvencia: 'sin-bienes-embargables' });
    console.log(`Cancelación: ${JSON.stringify(c.eventos[0])}`);
    expect(c).toMatchObject({ etapa: 'cancelado', eventos: [{ tipo: 'CreditoCancelado', causas: ['insolvencia'], fundamento: 'CHP arts. 25 y 26' }] });
    // Art. 25 last ¶: this credit on 30 Jun ($10,504.69 with actualización and recargos) plus the debtor's other
    // credit (the $2,500.00 fine, not yet due), taken from the estado de cuenta by the API.
    expect(c.eventos[0].importeConsiderado).toBe('13004.69');
  });

  describe('acceso', () => {
    const ID = 'CF-2025-0201';
    beforeAll(() => p.determinar(ID));

    it('una dependencia o un banco no leen ni escriben créditos (403); auditor y dirección leen pero no escriben', async () => {
      for (const token of [p.t.sgg, p.t.banco, p.t.admin]) {
        expect((await p.leer(`/api/creditos/${ID}`, token)).status).toBe(403);
        expect((await p.leer('/api/creditos', token)).status).toBe(403);
        expect((await p.escribir(`/api/creditos/${ID}/pae/requerimientos`, { fecha: '2025-05-06' }, token)).status).toBe(403);
      }
      for (const token of [p.t.auditor, p.t.direccion]) {
        expect((await p.leer(`/api/creditos/${ID}`, token)).status).toBe(200);
        const r = await p.escribir(`/api/creditos/${ID}/notificaciones`, { medio: 'personal', fecha: '2025-03-03' }, token);
        expect([r.status, r.headers['content-type']]).toEqual([403, 'application/problem+json; charset=utf-8']);
      }
      expect((await p.leer(`/api/creditos/${ID}`, null)).status).toBe(401);
      expect((await p.escribir('/api/administracion/barrido-de-vencimientos', { fecha: '2025-04-21' }, p.t.cobranza)).status).toBe(403);
      const lista = (await p.leer(`/api/creditos?rfc=${GLORIA.rfc}&delegacion=XI&limite=2`, p.t.direccion)).body;
      expect(lista).toMatchObject({ limite: 2, desplazamiento: 0 });
      expect(lista.creditos.every((c: { contribuyente: { rfc: string } }) => c.contribuyente.rfc === GLORIA.rfc)).toBe(true);
    });

    it('el contribuyente sin sesión lee su estado de cuenta solo con su RFC y uno de sus créditos; par equivocado y RFC desconocido: el mismo 404', async () => {
      const propio = await p.leer(`/api/contribuyentes/${GLORIA.rfc}/estado-de-cuenta?credito=${ID}&fecha=2025-06-30`, null);
      expect(propio.status).toBe(200);
      expect(propio.body.creditos.map((c: { creditoId: string }) => c.creditoId)).toContain(ID);
      const sinCredito = await p.leer(`/api/contribuyentes/${GLORIA.rfc}/estado-de-cuenta`, null);
      const ajeno = await p.leer(`/api/contribuyentes/LOMF7503158Z3/estado-de-cuenta?credito=${ID}`, null);
      const desconocido = await p.leer(`/api/contribuyentes/XAXX010101000/estado-de-cuenta?credito=${ID}`, null);
      for (const r of [sinCredito, ajeno, desconocido]) expect(r.status).toBe(404);
      expect(ajeno.raw).toBe(desconocido.raw);
      expect(sinCredito.raw).toBe(desconocido.raw);
      expect((await p.leer(`/api/contribuyentes/${GLORIA.rfc}/estado-de-cuenta`, p.t.banco)).status).toBe(403);
      expect((await p.leer(`/api/contribuyentes/${GLORIA.rfc}/estado-de-cuenta?fecha=2025-06-30`, p.t.auditor)).status).toBe(200);
    });
  });

  it('entradas inválidas: 400/409/422 problem+json en español que nombra el campo, y nada se escribe', async () => {
    const ID = 'CF-2025-0301';
    const antes = (await p.leer('/api/creditos')).body.total;
    const mal = await p.escribir('/api/creditos', { creditoId: ID, origen: 'inventado', descripcion: 'x', importeHistorico: '-5', contribuyente: GLORIA });
    expect(mal.status).toBe(400);
    expect(mal.body.errores.map((e: { campo: string }) => e.campo)).toEqual(expect.arrayContaining(['origen', 'importeHistorico', 'fechaDeterminacion']));
    expect((await p.leer('/api/creditos')).body.total).toBe(antes);
    await p.determinar(ID);
    const antesDeNotificar = await p.escribir(`/api/creditos/${ID}/pae/requerimientos`, { fecha: '2025-05-06' });
    expect([antesDeNotificar.status, antesDeNotificar.headers['content-type']]).toEqual([422, 'application/problem+json; charset=utf-8']);
    expect(antesDeNotificar.body.campo).toBeDefined();
    const remate = await p.escribir(`/api/creditos/${ID}/pae/remates/resultado`, { fecha: '2025-06-20', postor: 'X', postura: '1', deposito: '1' });
    expect(remate.status).toBe(400);
    expect(remate.body.errores.map((e: { campo: string }) => e.campo)).toEqual(['postor']);
    const otroDeterminado = await p.escribir('/api/creditos', {
      creditoId: ID, origen: 'multa', descripcion: 'Otra cosa', periodo: '2025-01', importeHistorico: '5.00', delegacion: 'I', fechaDeterminacion: '2025-03-01', fechaDelHecho: '2025-02-01', contribuyente: GLORIA,
    });
    expect([409, 422]).toContain(otroDeterminado.status);
    expect((await p.leer(`/api/creditos/${ID}/eventos`)).body.eventos).toHaveLength(1);
    expect((await p.leer('/api/creditos/NO-EXISTE')).status).toBe(404);
    const id = await p.leer('/api/creditos/%20mal%20');
    expect([id.status, id.body.campo]).toEqual([400, 'creditoId']);
  });
});
