// A credit self-determined in 2024 paid in three instalments requested on 31 Jan 2025, with a zero recargos rate
// and a flat INPC so the updated total is the historic $10,000.00 and the schedule is the one of the convenio's
// own spec (CHP arts. 41-42; decision 0102).
import { especificacion } from '../../../../test/support/decider-spec';
import { entornoDePrueba } from '../../../../test/support/entorno-de-credito';
import { crearTablaFechada } from '../comun/tabla-fechada';
import { crearDeciderDeCredito, type ComandoDeCredito, type EventoDeCredito } from './index';

const decider = crearDeciderDeCredito({
  ...entornoDePrueba,
  tablasDeAdeudo: { ...entornoDePrueba.tablasDeAdeudo, tasaRecargos: crearTablaFechada('tasa cero', [{ desde: '2010-01-01', valor: { tasaMensual: '0.00' }, fuente: 'prueba', verificada: true }]) },
});
const spec = especificacion(decider);
const ID = 'CF-2024-0042';
const determinado: EventoDeCredito = {
  type: 'CreditoDeterminado',
  data: {
    creditoId: ID, origen: 'autodeterminado', concepto: 'contribucion', descripcion: 'Impuesto sobre nóminas de febrero de 2024', periodo: '2024-02', importeHistorico: '10000.00',
    delegacion: 'VII', fechaDeterminacion: '2024-03-01', fechaDelHecho: '2024-03-01', contribuyente: { rfc: 'GOHG800101AB1', curp: null, nombre: 'Gloria Hernández García' },
    fechaLimitePago: '2024-03-22', fundamento: 'CHP arts. 16 y 37 II',
  },
};
const exigible: EventoDeCredito = { type: 'CreditoExigible', data: { creditoId: ID, fecha: '2024-03-25', causa: 'plazo-de-pago-vencido', seisDiasDelArt117: false, fundamento: 'CHP art. 37' } };
const parcialidades = [
  { numero: 1, vencimiento: '2025-03-03', saldoInicial: '8000.00', importe: '2745.45', recargosPorProrroga: '117.60', capital: '2627.85', saldoFinal: '5372.15' },
  { numero: 2, vencimiento: '2025-03-31', saldoInicial: '5372.15', importe: '2745.45', recargosPorProrroga: '78.97', capital: '2666.48', saldoFinal: '2705.67' },
  { numero: 3, vencimiento: '2025-05-02', saldoInicial: '2705.67', importe: '2745.44', recargosPorProrroga: '39.77', capital: '2705.67', saldoFinal: '0.00' },
];
const autorizar = (pagoInicialRecibido = '2000.00', naturaleza = 'propia'): ComandoDeCredito => ({
  type: 'AutorizarConvenioDeCredito',
  data: { creditoId: ID, convenioId: 'CONV-2025-0001', fechaDeSolicitud: '2025-01-31', fechaDeAutorizacion: '2025-02-10', numeroDeParcialidades: 3, tasaMensualDeProrroga: '1.47', pagoInicialRecibido, naturaleza } as never,
});
const autorizado: EventoDeCredito = {
  type: 'ConvenioAutorizado',
  data: { convenioId: 'CONV-2025-0001', creditoId: ID, fechaDeSolicitud: '2025-01-31', fechaDeAutorizacion: '2025-02-10', montoTotalActualizado: '10000.00', pagoInicial: '2000.00', saldo: '8000.00', tasaMensualDeProrroga: '1.47', parcialidades, garantia: '8236.34' },
};
const base = [determinado, exigible, autorizado];
const pagar = (numero: number, importe: string, fechaPago: string, pagoId = `RO-P${numero}`): ComandoDeCredito => ({ type: 'PagarParcialidad', data: { creditoId: ID, numero, pagoId, importe, fechaPago } });
const pagada = (numero: number, importe: string, fechaDePago: string, recargos: string, capital: string): EventoDeCredito => ({
  type: 'ParcialidadPagada', data: { convenioId: 'CONV-2025-0001', numero, importe, fechaDePago, referencia: `RO-P${numero}`, aplicadoARecargosPorProrroga: recargos, aplicadoACapital: capital, remanente: '0.00', enTiempoYMonto: true },
});
const vencida = (numero: number, incumplimientos: number): EventoDeCredito => ({ type: 'ParcialidadVencida', data: { convenioId: 'CONV-2025-0001', numero, vencimiento: parcialidades[numero - 1].vencimiento, incumplimientos } });

describe('CreditoFiscal: pago en parcialidades (CHP arts. 37 IV, 41-42)', () => {
  describe('AutorizarConvenioDeCredito', () => {
    it('CHP arts. 41 II y 42 I: el total actualizado del crédito a la solicitud, 20 % al solicitar y tres parcialidades iguales', () => {
      spec.given([determinado, exigible]).when(autorizar()).then([autorizado]);
    });
    it('CHP art. 41 II: rechaza un pago inicial menor al 20 %, nombrando pagoInicialRecibido', () => {
      spec.given([determinado, exigible]).when(autorizar('1999.99')).thenRejects('pago-inicial-insuficiente', 'pagoInicialRecibido', 'CHP art. 41 II');
    });
    it('CHP art. 42 VI b: rechaza contribuciones retenidas', () => {
      spec.given([determinado, exigible]).when(autorizar('2000.00', 'retenida')).thenRejects('parcialidades-no-permitidas-para-contribuciones-retenidas', 'contribuciones[0].naturaleza', 'CHP art. 42 VI b');
    });
    it('repetida no hace nada', () => {
      spec.given(base).when(autorizar()).thenNothingHappened();
    });
  });

  describe('PagarParcialidad', () => {
    it('CHP art. 42 V: la parcialidad cubre primero los recargos por prórroga y luego el capital', () => {
      spec.given(base).when(pagar(1, '2745.45', '2025-03-03')).then([pagada(1, '2745.45', '2025-03-03', '117.60', '2627.85')]);
    });
    it('pagada la última, el convenio se liquida y el crédito queda pagado', () => {
      spec.given([...base, pagada(1, '2745.45', '2025-03-03', '117.60', '2627.85'), pagada(2, '2745.45', '2025-03-31', '78.97', '2666.48')])
        .when(pagar(3, '2745.44', '2025-05-02'))
        .then([pagada(3, '2745.44', '2025-05-02', '39.77', '2705.67'), { type: 'ConvenioLiquidado', data: { convenioId: 'CONV-2025-0001', fecha: '2025-05-02' } }, { type: 'CreditoPagado', data: { creditoId: ID, fecha: '2025-05-02' } }]);
    });
    it('rechaza pagar una parcialidad sin convenio', () => {
      spec.given([determinado, exigible]).when(pagar(1, '2745.45', '2025-03-03')).thenRejects('convenio-inexistente', 'convenioId');
    });
    it('el mismo pago dos veces no hace nada', () => {
      spec.given([...base, pagada(1, '2745.45', '2025-03-03', '117.60', '2627.85')]).when(pagar(1, '2745.45', '2025-03-03')).thenNothingHappened();
    });
  });

  describe('BarrerVencimientos con convenio', () => {
    const barrer = (fechaEfecto: string): ComandoDeCredito => ({ type: 'BarrerVencimientos', data: { creditoId: ID, fechaEfecto } });
    it('CHP art. 42 IV c: vencida una parcialidad sin pago, se registra y el convenio sigue', () => {
      spec.given(base).when(barrer('2025-03-04')).then([vencida(1, 1)]);
    });
    it('CHP arts. 42 IV y 117: la tercera incumplida revoca el convenio y el saldo es exigible con los seis días del art. 117', () => {
      spec.given(base).when(barrer('2025-05-05')).then([
        vencida(1, 1), vencida(2, 2), vencida(3, 3),
        { type: 'ConvenioRevocado', data: { convenioId: 'CONV-2025-0001', causa: 'tres-parcialidades-incumplidas', fecha: '2025-05-05', saldoNoCubierto: '8000.00', fechaDelUltimoPago: '2025-01-31', fundamento: 'CHP art. 42 IV c' } },
        { type: 'CreditoExigible', data: { creditoId: ID, fecha: '2025-05-05', causa: 'convenio-revocado', seisDiasDelArt117: true, fundamento: 'CHP arts. 42 IV y 117' } },
      ]);
    });
    it('barrer otra vez la misma fecha no emite nada', () => {
      const revocado = decider.decide(barrer('2025-05-05'), base.reduce(decider.evolve, decider.estadoInicial()));
      spec.given([...base, ...revocado]).when(barrer('2025-05-05')).thenNothingHappened();
    });
  });

  describe('RevocarConvenioDeCredito', () => {
    const revocar: ComandoDeCredito = { type: 'RevocarConvenioDeCredito', data: { creditoId: ID, causa: 'garantia-no-otorgada-o-insuficiente', fecha: '2025-02-20' } };
    it('CHP art. 42 IV a: sin garantía se revoca y el saldo no cubierto es exigible', () => {
      spec.given(base).when(revocar).then([
        { type: 'ConvenioRevocado', data: { convenioId: 'CONV-2025-0001', causa: 'garantia-no-otorgada-o-insuficiente', fecha: '2025-02-20', saldoNoCubierto: '8000.00', fechaDelUltimoPago: '2025-01-31', fundamento: 'CHP art. 42 IV a' } },
        { type: 'CreditoExigible', data: { creditoId: ID, fecha: '2025-02-20', causa: 'convenio-revocado', seisDiasDelArt117: true, fundamento: 'CHP arts. 42 IV y 117' } },
      ]);
    });
    it('rechaza revocar sin convenio; revocado, repetir no hace nada', () => {
      spec.given([determinado, exigible]).when(revocar).thenRejects('convenio-inexistente', 'convenioId');
      spec.given([...base, ...decider.decide(revocar, base.reduce(decider.evolve, decider.estadoInicial()))]).when(revocar).thenNothingHappened();
    });
  });
});
