import { crearCalendario, diasFestivosDelAnio, enesimoLunes, type DiaInhabil } from './calendario';
import { RechazoDeDominio } from '../comun/errores';

const semanaSanta2025: DiaInhabil[] = [
  { fecha: '2025-04-17', motivo: 'Jueves Santo', fundamento: 'CHP art. 21; acuerdo de suspensión', clase: 'semana-santa' },
  { fecha: '2025-04-18', motivo: 'Viernes Santo', fundamento: 'CHP art. 21; acuerdo de suspensión', clase: 'semana-santa' },
];
const vacaciones: DiaInhabil[] = [
  { fecha: '2025-07-21', motivo: 'Vacaciones generales', fundamento: 'CHP art. 21; acuerdo del Secretario', clase: 'vacaciones-generales' },
];

describe('CHP art. 21: días hábiles', () => {
  const cal = crearCalendario([...semanaSanta2025, ...vacaciones]);

  it('CHP art. 21: sábados y domingos no son hábiles', () => {
    expect(cal.esHabil('2025-06-07')).toBe(false);
    expect(cal.motivoInhabil('2025-06-07')).toBe('sábado (CHP art. 21)');
    expect(cal.motivoInhabil('2025-06-08')).toBe('domingo (CHP art. 21)');
    expect(cal.esHabil('2025-06-09')).toBe(true);
    expect(cal.motivoInhabil('2025-06-09')).toBeNull();
  });

  it('CHP art. 21: los días festivos fijos de 2025 caen en las fechas que el artículo describe', () => {
    expect([...diasFestivosDelAnio(2025).keys()]).toEqual([
      '2025-01-01', '2025-02-03', '2025-03-17', '2025-05-01', '2025-05-05', '2025-09-14', '2025-09-16', '2025-11-17', '2025-12-25',
    ]);
  });

  it('CHP art. 21: los lunes conmemorativos se calculan para cualquier año', () => {
    expect(enesimoLunes(2023, 2, 1)).toBe('2023-02-06');
    expect(enesimoLunes(2023, 3, 3)).toBe('2023-03-20');
    expect(enesimoLunes(2024, 11, 3)).toBe('2024-11-18');
    expect(enesimoLunes(2026, 2, 1)).toBe('2026-02-02');
  });

  it('CHP art. 21: un festivo entre semana no es hábil y dice por qué', () => {
    expect(cal.esHabil('2025-09-16')).toBe(false);
    expect(cal.motivoInhabil('2025-03-17')).toBe('tercer lunes de marzo, en conmemoración del 21 de marzo (CHP art. 21)');
    expect(cal.esHabil('2025-03-21')).toBe(true);
  });

  it('CHP art. 21: los días suspendidos de la tabla (semana santa) no son hábiles', () => {
    expect(cal.esHabil('2025-04-17')).toBe(false);
    expect(cal.motivoInhabil('2025-04-18')).toBe('Viernes Santo (CHP art. 21; acuerdo de suspensión)');
    expect(cal.esHabil('2025-04-16')).toBe(true);
  });

  it('CHP art. 21: las vacaciones generales son hábiles solo para declarar y pagar', () => {
    expect(cal.esHabil('2025-07-21')).toBe(false);
    const paraPagos = crearCalendario([...semanaSanta2025, ...vacaciones], { paraDeclaracionesYPagos: true });
    expect(paraPagos.esHabil('2025-07-21')).toBe(true);
    expect(paraPagos.esHabil('2025-04-17')).toBe(false);
  });

  it('rechaza un día suspendido con fecha mal formada', () => {
    expect(() => crearCalendario([{ fecha: '2025-02-30', motivo: 'x', fundamento: 'y' }])).toThrow(RechazoDeDominio);
  });

  it('rechaza consultar una fecha mal formada', () => {
    expect(() => cal.esHabil('2025-13-01')).toThrow(RechazoDeDominio);
  });
});
