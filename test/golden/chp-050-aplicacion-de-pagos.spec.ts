import { REGLA_ART_42_V, REGLA_ART_50, aplicarPago, type Adeudo } from '@tesoreria/domain';
import { runGolden } from './runner';

interface Entrada { pago: string; regla: '50' | '42 V'; adeudos: Adeudo[] }

runGolden<Entrada>('chp-050-aplicacion-de-pagos.yaml', (e) => {
  const r = aplicarPago(e.pago, e.adeudos, e.regla === '42 V' ? REGLA_ART_42_V : REGLA_ART_50);
  return {
    ...r,
    partes: r.partes.map((p) => ({ concepto: p.concepto, periodo: p.periodo, aplicado: p.aplicado, pendiente: p.pendiente, fundamento: p.fundamento })),
  };
});
