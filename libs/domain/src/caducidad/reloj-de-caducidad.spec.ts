import { crearCalendario } from '../calendario/calendario';
import { RechazoDeDominio } from '../comun/errores';
import { relojDeCaducidad } from './reloj-de-caducidad';

const cal = crearCalendario([]);
const anual = { supuesto: 'declaracion-del-ejercicio' as const, fecha: '2019-03-29', suspensiones: [] };

describe('CHP art. 67: reloj de caducidad', () => {
  it('CHP art. 67 I: five years from the day after the annual return was filed; a Saturday end moves to Monday', () => {
    const r = relojDeCaducidad(cal, anual);
    expect(r.inicio).toBe('2019-03-30');
    expect(r.anios).toBe(5);
    expect(r.vencimiento).toBe('2024-04-01');
    expect(r.extinguidasDesde).toBe('2024-04-02');
    expect(r.desglose.map((l) => l.articulo)).toEqual(['CHP art. 67 I', 'CHP arts. 21 ¶4 y 67', 'CHP art. 21 ¶5', 'CHP art. 67 ¶8']);
  });

  it('CHP art. 67 ¶2: ten years when the taxpayer keeps no accounting', () => {
    const r = relojDeCaducidad(cal, { supuesto: 'declaracion-o-aviso', fecha: '2012-03-15', plazoDeDiezAnios: 'sin-contabilidad', suspensiones: [] });
    expect(r.anios).toBe(10);
    expect(r.vencimiento).toBe('2022-03-16');
  });

  it('CHP art. 67 ¶2: an omitted annual return filed spontaneously gives five years from the filing', () => {
    const r = relojDeCaducidad(cal, { supuesto: 'declaracion-del-ejercicio', fecha: '2015-04-30', plazoDeDiezAnios: 'declaracion-del-ejercicio-omitida', presentadaEspontaneamente: '2019-06-10', suspensiones: [] });
    expect(r.anios).toBe(5);
    expect(r.tope).toBeNull();
    expect(r.vencimiento).toBe('2024-06-11');
  });

  it('CHP art. 67 ¶2: those five years plus the delay in filing never exceed ten from the day after the return was due', () => {
    const r = relojDeCaducidad(cal, { supuesto: 'declaracion-del-ejercicio', fecha: '2015-04-30', plazoDeDiezAnios: 'declaracion-del-ejercicio-omitida', presentadaEspontaneamente: '2022-01-10', suspensiones: [] });
    // Ten years from 1 May 2015 end on 1 May 2025, a holiday of CHP art. 21: the term runs to Friday 2 May 2025.
    expect(r.tope).toBe('declaracion-espontanea');
    expect(r.vencimiento).toBe('2025-05-02');
  });

  it('CHP art. 67 ¶4 and ¶6: a home audit suspends the term, but suspended plus running time stops at six years six months', () => {
    const r = relojDeCaducidad(cal, {
      ...anual,
      suspensiones: [{ tipo: 'facultades-de-comprobacion', modalidad: 'visita-domiciliaria', desde: '2021-01-15', hasta: '2024-01-15', concluyoEnPlazo: true }],
    });
    expect(r.tope).toBe('seis-anios-seis-meses');
    expect(r.vencimiento).toBe('2025-09-30');
  });

  it('CHP art. 67 ¶6: with another audit the cap is ten years, so a short audit only extends the term', () => {
    const r = relojDeCaducidad(cal, {
      ...anual,
      suspensiones: [{ tipo: 'facultades-de-comprobacion', modalidad: 'otra', desde: '2021-01-15', hasta: '2021-03-16', concluyoEnPlazo: true }],
    });
    // 60 days of audit: 30 Mar 2024 plus 60 days is 29 May 2024.
    expect(r.tope).toBeNull();
    expect(r.vencimiento).toBe('2024-05-29');
  });

  it('CHP art. 67 ¶5: an audit that did not end within the art. 85 term is taken as no suspension at all', () => {
    const r = relojDeCaducidad(cal, {
      ...anual,
      suspensiones: [{ tipo: 'facultades-de-comprobacion', modalidad: 'visita-domiciliaria', desde: '2021-01-15', hasta: '2024-01-15', concluyoEnPlazo: false }],
    });
    expect(r.vencimiento).toBe('2024-04-01');
    expect(r.desglose[1]).toMatchObject({ concepto: 'Sin suspensión', articulo: 'CHP art. 67 ¶5' });
  });

  it('CHP art. 67 ¶4: a medio de defensa suspends the term for its whole length, without any cap', () => {
    const r = relojDeCaducidad(cal, { supuesto: 'declaracion-del-ejercicio', fecha: '2020-04-29', suspensiones: [{ tipo: 'medio-de-defensa', desde: '2020-06-01', hasta: '2021-06-01' }] });
    expect(r.vencimiento).toBe('2026-04-30');
  });

  it('CHP art. 67 ¶4: while a strike lasts the power cannot end', () => {
    const r = relojDeCaducidad(cal, { ...anual, suspensiones: [{ tipo: 'huelga', desde: '2022-02-01' }], fechaDeConsulta: '2040-01-01' });
    expect(r.vencimiento).toBeNull();
    expect(r.extinguidas).toBe(false);
  });

  it('CHP art. 67 ¶3: solidary liability under art. 35 III has three years from when the guarantee proved insufficient', () => {
    const r = relojDeCaducidad(cal, { supuesto: 'infraccion', fecha: '2021-08-02', responsabilidadSolidaria: true, suspensiones: [] });
    expect(r.anios).toBe(3);
    expect(r.vencimiento).toBe('2024-08-05');
  });

  it('CHP art. 67 ¶9: on the last day the power still exists; from the next day the taxpayer may ask for the declaration', () => {
    expect(relojDeCaducidad(cal, { ...anual, fechaDeConsulta: '2024-04-01' }).extinguidas).toBe(false);
    expect(relojDeCaducidad(cal, { ...anual, fechaDeConsulta: '2024-04-02' }).extinguidas).toBe(true);
  });

  it('rejects a spontaneous filing date without an omitted return, naming the field', () => {
    let e: unknown;
    try {
      relojDeCaducidad(cal, { ...anual, presentadaEspontaneamente: '2020-01-01' });
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(RechazoDeDominio);
    expect((e as RechazoDeDominio).campo).toBe('presentadaEspontaneamente');
  });
});
