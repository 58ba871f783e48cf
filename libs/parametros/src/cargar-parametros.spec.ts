import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cargarParametros, DIRECTORIO_DE_PARAMETROS } from './cargar-parametros';

function copiaConCambio(archivo: string, cambiar: (texto: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'parametros-'));
  cpSync(DIRECTORIO_DE_PARAMETROS, dir, { recursive: true });
  writeFileSync(join(dir, archivo), cambiar(readFileSync(join(dir, archivo), 'utf8')));
  return dir;
}

describe('cargarParametros: tablas fechadas con fuente', () => {
  const p = cargarParametros();

  it('CHP art. 43: carga el INPC mensual con su fecha de publicación y su fuente', () => {
    const abril2025 = p.inpc.filaEn('2025-04-15');
    expect(abril2025.valor).toEqual({ mes: '2025-04', indice: '139.620', fechaPublicacion: '2025-05-10', publicacionEstimada: true });
    expect(abril2025.fuente).toMatch(/INEGI/);
    expect(abril2025.verificada).toBe(true);
    expect(p.inpc.filaEn('2026-05-01').verificada).toBe(false);
  });

  it('CHP art. 44: la tasa de recargos de Chiapas es la base federal del año, provisional y marcada no verificada', () => {
    const fila = p.tasaRecargosChiapas.filaEn('2025-06-02');
    expect(fila.valor.tasaMensual).toBe('0.98');
    expect(fila.verificada).toBe(false);
    expect(fila.fuente).toMatch(/PROVISIONAL/);
    expect(p.tasaRecargosChiapas.valorEn('2026-01-01').tasaMensual).toBe('1.38');
  });

  it('CHP art. 42: las tasas de prórroga están fechadas y marcadas provisionales', () => {
    expect(p.tasaProrrogaChiapas.filaEn('2025-03-01').valor).toEqual({ parcialidadesHasta12Meses: '1.26', parcialidadesDe12A24Meses: '1.53', pagoDiferido: '1.82' });
    expect(p.tasaProrrogaChiapas.filaEn('2025-03-01').verificada).toBe(false);
  });

  it('CHP arts. 25, 113: los montos de ley están fechados con su artículo', () => {
    expect(p.montosDeLey['gastos-de-ejecucion-minimo'].valorEn('2025-06-02')).toBe('370.00');
    expect(p.montosDeLey['gastos-de-ejecucion-maximo'].valorEn('2025-06-02')).toBe('51000.00');
    expect(p.montosDeLey['honorarios-de-notificacion'].valorEn('2025-06-02')).toBe('450.00');
    expect(p.montosDeLey['cancelacion-importe-incosteable'].valorEn('2025-06-02')).toBe('1500.00');
    expect(p.montosDeLey['cancelacion-importe-con-costo'].valorEn('2025-06-02')).toBe('109000.00');
    expect(p.montosDeLey['gastos-de-ejecucion-minimo'].filaEn('2025-06-02').fuente).toMatch(/CHP art. 113/);
  });

  it('CHP art. 21: el calendario incluye jueves y viernes santos y el 1o. de octubre de 2024', () => {
    expect(p.calendario.esHabil('2025-04-17')).toBe(false);
    expect(p.calendario.esHabil('2025-04-18')).toBe(false);
    expect(p.calendario.motivoInhabil('2024-10-01')).toMatch(/Transmisión del Poder Ejecutivo Federal/);
  });

  it('UMA y tasas federales se cargan por fecha de vigencia', () => {
    expect(p.uma.valorEn('2025-01-31').diaria).toBe('108.57');
    expect(p.uma.valorEn('2025-02-01').diaria).toBe('113.14');
    expect(p.tasasFederales.valorEn('2025-07-01').tasaMoraMensual).toBe('1.47');
  });

  it('la versión es la huella de los archivos y cambia cuando cambia un valor', () => {
    expect(p.version).toMatch(/^[0-9a-f]{64}$/);
    expect(cargarParametros().version).toBe(p.version);
    const dir = copiaConCambio('uma.csv', (t) => t.replace('113.14', '113.15'));
    expect(cargarParametros(dir).version).not.toBe(p.version);
  });

  it('rechaza una fecha mal formada nombrando archivo, línea y columna', () => {
    const dir = copiaConCambio('tasa-recargos-chiapas.csv', (t) => t.replace('2025-01-01', '2025-13-01'));
    expect(() => cargarParametros(dir)).toThrow(/tasa-recargos-chiapas.csv, línea \d+: la columna desde/);
  });

  it('rechaza filas que se traslapan', () => {
    const dir = copiaConCambio('tasa-recargos-chiapas.csv', (t) => t.replace('2024-01-01,2024-12-31', '2024-01-01,2025-01-15'));
    expect(() => cargarParametros(dir)).toThrow(/tasa-recargos-chiapas.csv/);
  });

  it('rechaza un mes de INPC faltante o un índice que no es número', () => {
    const sinMes = copiaConCambio('inpc.csv', (t) => t.split('\n').filter((l) => !l.startsWith('2024-07')).join('\n'));
    expect(() => cargarParametros(sinMes)).toThrow(/falta el índice del mes que empieza el 2024-07-01/);
    const malo = copiaConCambio('inpc.csv', (t) => t.replace('139.620', '139,620'));
    expect(() => cargarParametros(malo)).toThrow(/inpc.csv, línea/);
  });

  it('rechaza una marca de verificación que no es si o no', () => {
    const dir = copiaConCambio('montos-de-ley.csv', (t) => t.replace(',pesos,CHP art. 110,si,', ',pesos,CHP art. 110,quizá,'));
    expect(() => cargarParametros(dir)).toThrow(/verificada/);
  });
});
