// Tables for the CreditoFiscal specs: a flat INPC (factor 1, so no actualización), a Ley de Ingresos rate of
// 1 % (1.5 % a month of mora, CHP art. 44), the amounts of CHP art. 113 and only the fixed holidays of art. 21.
// They make every figure of the specs checkable by hand.
import { crearCalendario, crearTablaFechada, desdePartes, type EntornoDeCredito, type ValorInpc } from '@tesoreria/domain';

const meses: { desde: string; hasta: string; valor: ValorInpc; fuente: string; verificada: boolean }[] = [];
for (let anio = 2010; anio <= 2040; anio++) {
  for (let mes = 1; mes <= 12; mes++) {
    const m = `${anio}-${String(mes).padStart(2, '0')}`;
    meses.push({ desde: `${m}-01`, hasta: desdePartes(anio, mes + 1, 0), fuente: 'prueba', verificada: true, valor: { mes: m, indice: '100.000', fechaPublicacion: desdePartes(anio, mes + 1, 10), publicacionEstimada: false } });
  }
}
const fijo = (nombre: string, valor: string) => crearTablaFechada(nombre, [{ desde: '2010-01-01', valor, fuente: 'CHP art. 113 (prueba)', verificada: true }]);
const calendario = crearCalendario([]);

export const entornoDePrueba: EntornoDeCredito = {
  calendario,
  tablasDeAdeudo: {
    inpc: crearTablaFechada('inpc', meses),
    tasaRecargos: crearTablaFechada('tasa', [{ desde: '2010-01-01', valor: { tasaMensual: '1.00' }, fuente: 'prueba', verificada: true }]),
    calendario,
  },
  montosDeGastosDeEjecucion: {
    porcentaje: fijo('porcentaje', '2'), minimo: fijo('minimo', '370.00'), maximo: fijo('maximo', '51000.00'), honorariosDeNotificacion: fijo('honorarios', '450.00'),
  },
};
