import { calcularRecargos, importe } from '@tesoreria/domain';
import { cargarParametros } from '@tesoreria/parametros';
import { runGolden } from './runner';

const { tasaRecargosChiapas } = cargarParametros();
runGolden('chp-044-recargos.yaml', (e: { base: string; fechaLimite: string; fechaPago: string; tipo: 'contribucion' | 'multa' | 'aprovechamiento' }) => {
  const r = calcularRecargos(importe(e.base), e.fechaLimite, e.fechaPago, e.tipo, tasaRecargosChiapas);
  return {
    ...r,
    meses: r.tasasMensuales.map((t) => `${t.numero} ${t.desde}..${t.hasta} año ${t.anio} tasa ${t.tasa} ${t.fraccion ? 'fracción' : 'completa'} ${t.verificada ? 'verificada' : 'no-verificada'}`),
    aniosProvisionales: [...new Set(r.tasasMensuales.filter((t) => !t.verificada).map((t) => t.anio))],
  };
});
