import { crearCalendario } from '../calendario/calendario';
import { RechazoDeDominio } from '../comun/errores';
import { relojDePrescripcion } from './reloj-de-prescripcion';

const cal = crearCalendario([]);

describe('CHP art. 24: reloj de prescripción', () => {
  it('CHP art. 24: with no facts, the term ends five years after exigibility on the same day number', () => {
    const r = relojDePrescripcion(cal, { exigibleDesde: '2015-03-10', hechos: [] });
    expect(r.vencimiento).toBe('2020-03-10');
    expect(r.prescritoDesde).toBe('2020-03-11');
    expect(r.porTopeDeDiezAnios).toBe(false);
    expect(r.desglose[0]).toEqual({ fecha: '2015-03-10', concepto: 'Inicio del término', detalle: 'Inicia el término de cinco años: el pago pudo ser legalmente exigido', articulo: 'CHP art. 24 ¶1-2' });
    expect(r.desglose.at(-1)).toEqual({ concepto: 'Declaratoria', detalle: 'La prescripción se declara sólo a solicitud del contribuyente', articulo: 'CHP art. 24 ¶6' });
  });

  it('CHP art. 24 ¶3: a collection step made known to the debtor starts a new five-year term', () => {
    const r = relojDePrescripcion(cal, {
      exigibleDesde: '2015-03-10',
      hechos: [{ tipo: 'gestion-de-cobro', fecha: '2018-06-15', notificadaAlDeudor: true, descripcion: 'requerimiento de pago' }],
    });
    expect(r.inicioDelComputo).toBe('2018-06-15');
    expect(r.vencimiento).toBe('2023-06-15');
  });

  it('CHP art. 24 ¶3: a collection step never made known to the debtor does not interrupt', () => {
    const r = relojDePrescripcion(cal, {
      exigibleDesde: '2015-03-10',
      hechos: [{ tipo: 'gestion-de-cobro', fecha: '2018-06-15', notificadaAlDeudor: false, descripcion: 'acuerdo interno de embargo' }],
    });
    expect(r.vencimiento).toBe('2020-03-10');
    expect(r.desglose[1].detalle).toBe('No interrumpe, no se hizo del conocimiento del deudor: acuerdo interno de embargo');
  });

  it("CHP art. 24 ¶3: the debtor's tacit acknowledgement (a partial payment) interrupts the term", () => {
    const r = relojDePrescripcion(cal, {
      exigibleDesde: '2015-03-10',
      hechos: [{ tipo: 'reconocimiento', fecha: '2019-11-04', forma: 'tacito', descripcion: 'pago parcial' }],
    });
    expect(r.vencimiento).toBe('2024-11-04');
  });

  it('CHP art. 24: an act after the term ended does not revive a prescribed credit', () => {
    const r = relojDePrescripcion(cal, {
      exigibleDesde: '2015-03-10',
      hechos: [{ tipo: 'gestion-de-cobro', fecha: '2020-03-11', notificadaAlDeudor: true, descripcion: 'requerimiento tardío' }],
      fechaDeConsulta: '2021-01-01',
    });
    expect(r.vencimiento).toBe('2020-03-10');
    expect(r.prescrito).toBe(true);
  });

  it('CHP arts. 24 ¶4 and 30: the months the PAE stays suspended are added to the term', () => {
    const r = relojDePrescripcion(cal, {
      exigibleDesde: '2015-03-10',
      hechos: [{ tipo: 'suspension-del-pae', desde: '2016-02-01', hasta: '2016-08-01', descripcion: 'recurso de revocación con garantía' }],
    });
    // 1 Feb to 1 Aug 2016 is 182 days; 10 Mar 2020 plus 182 days is 8 Sep 2020.
    expect(r.vencimiento).toBe('2020-09-08');
    expect(r.desglose).toContainEqual({ concepto: 'Días suspendidos', detalle: 'No se computan 182 días naturales de suspensión', articulo: 'CHP art. 24 ¶4-5 y ¶7' });
  });

  it('CHP art. 24 ¶5: while the debtor left the domicile without notice and is not found, the term cannot end', () => {
    const r = relojDePrescripcion(cal, {
      exigibleDesde: '2015-03-10',
      hechos: [{ tipo: 'domicilio-desocupado-sin-aviso', desde: '2017-01-09', descripcion: 'no localizado en el domicilio fiscal' }],
      fechaDeConsulta: '2030-01-01',
    });
    expect(r.vencimiento).toBeNull();
    expect(r.prescrito).toBe(false);
  });

  it('CHP art. 24 ¶7: repeated interruptions never stretch the term beyond ten years from exigibility', () => {
    const r = relojDePrescripcion(cal, {
      exigibleDesde: '2010-01-04',
      hechos: [
        { tipo: 'gestion-de-cobro', fecha: '2014-01-02', notificadaAlDeudor: true, descripcion: 'requerimiento' },
        { tipo: 'gestion-de-cobro', fecha: '2018-12-20', notificadaAlDeudor: true, descripcion: 'embargo' },
      ],
    });
    // Ten years end on Saturday 4 Jan 2020; CHP art. 21 moves it to Monday 6 Jan 2020.
    expect(r.porTopeDeDiezAnios).toBe(true);
    expect(r.vencimiento).toBe('2020-01-06');
    expect(r.desglose.at(-2)?.articulo).toBe('CHP art. 21 ¶5');
  });

  it('CHP arts. 21 ¶4 and 24: a term that starts on 29 February ends on the first business day of March', () => {
    expect(relojDePrescripcion(cal, { exigibleDesde: '2016-02-29', hechos: [] }).vencimiento).toBe('2021-03-01');
  });

  it('CHP art. 24: on the last day of the term the credit has not yet prescribed; on the next it has', () => {
    const base = { exigibleDesde: '2015-03-10', hechos: [] };
    expect(relojDePrescripcion(cal, { ...base, fechaDeConsulta: '2020-03-10' }).prescrito).toBe(false);
    expect(relojDePrescripcion(cal, { ...base, fechaDeConsulta: '2020-03-11' }).prescrito).toBe(true);
  });

  it('rejects an invalid date naming the field', () => {
    let e: unknown;
    try {
      relojDePrescripcion(cal, { exigibleDesde: '2015-02-30', hechos: [] });
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(RechazoDeDominio);
    expect((e as RechazoDeDominio).campo).toBe('exigibleDesde');
  });
});
