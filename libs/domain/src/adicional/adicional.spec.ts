import { calcularAdicional } from './adicional';
import { calcularSalvamentos, causaSalvamentos } from './salvamentos';
import { RechazoDeDominio } from '../comun/errores';

describe('Adicional para el Desarrollo Económico y Social (CHP arts. 262-265 A)', () => {
  it('CHP art. 265: a derecho of $1,700.00 (LD art. 21 Bis II a) pays $102.00 of adicional, $1,802.00 in all, with its breakdown', () => {
    expect(calcularAdicional('1700.00', { claveDerecho: 'LD-21Bis-II-a' })).toEqual({
      base: '1700.00',
      tasa: '0.06',
      adicional: '102.00',
      total: '1802.00',
      exento: false,
      fundamento: 'CHP art. 265',
      desglose: ['Base gravable: $1700.00 (CHP art. 264)', 'Adicional: $1700.00 × 6 % = $102.00 (CHP art. 265)', 'Total: $1802.00'],
    });
  });

  it('CHP art. 265 with decision 0001: the adicional is rounded once to centavos, half up ($5.25 gives $0.32)', () => {
    expect(calcularAdicional('5.25', { claveDerecho: 'LD-47-IX-adicional' }).adicional).toBe('0.32');
  });

  it('CHP art. 265 A III: the services of LD arts. 44 Bis and 44 Ter pay no adicional', () => {
    const r = calcularAdicional('215.00', { claveDerecho: 'LD-44Bis-I' });
    expect(r).toMatchObject({ adicional: '0.00', total: '215.00', exento: true, fundamento: 'CHP art. 265 A III' });
    expect(calcularAdicional('8600.00', { claveDerecho: 'LD-44Ter-V' }).exento).toBe(true);
  });

  it('CHP art. 265 A does not reach LD art. 44 itself (Instituto de Salud): its services pay the adicional', () => {
    expect(calcularAdicional('100.00', { claveDerecho: 'LD-44-I' }).adicional).toBe('6.00');
  });

  it('CHP art. 265 A I: the refrendo that carries the salvamentos contribution pays no adicional', () => {
    expect(calcularAdicional('830.00', { claveDerecho: 'LD-25-IV-a-1' })).toMatchObject({ adicional: '0.00', fundamento: 'CHP art. 265 A I' });
  });

  it('CHP art. 265 A II: the tax on games, raffles and lotteries pays no adicional, the payroll tax does', () => {
    expect(calcularAdicional('1000.00', { claveImpuesto: 'CHP-251-juegos-rifas-sorteos' }).exento).toBe(true);
    expect(calcularAdicional('1000.00', { claveImpuesto: 'CHP-229-nominas' }).adicional).toBe('60.00');
  });

  it('CHP art. 264: recargos and other aprovechamientos are outside the base', () => {
    expect(calcularAdicional('500.00', { otroConcepto: 'aprovechamiento' })).toMatchObject({ adicional: '0.00', fundamento: 'CHP art. 264' });
  });

  it('a negative base is refused naming the field base', () => {
    expect(() => calcularAdicional('-1.00', { claveDerecho: 'LD-21-I' })).toThrow(RechazoDeDominio);
  });
});

describe('Contribución para salvamentos y servicios médicos (CHP arts. 261 A-261 D)', () => {
  it('CHP art. 261 D: the refrendo of LD art. 25 IV a 1 ($830.00) carries $49.80', () => {
    expect(calcularSalvamentos('830.00', 'LD-25-IV-a-1')).toBe('49.80');
  });

  it('CHP art. 261 A: only numerals 1 and 2 of incisos a), b) and c) of LD art. 25 IV carry it', () => {
    expect(['LD-25-IV-a-1', 'LD-25-IV-a-2', 'LD-25-IV-b-1', 'LD-25-IV-b-2', 'LD-25-IV-c-1', 'LD-25-IV-c-2'].every(causaSalvamentos)).toBe(true);
    expect(['LD-25-V-a-1', 'LD-25-IV-d-1', 'LD-25-IV-a-3', 'LD-21Bis-II-a'].some(causaSalvamentos)).toBe(false);
    expect(calcularSalvamentos('830.00', 'LD-25-V-a-1')).toBe('0.00');
  });
});
