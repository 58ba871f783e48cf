import { especificacion } from '../../../../test/support/decider-spec';
import { crearCalendario } from '../calendario/calendario';
import { ComandoDeConvenio, EventoDeConvenio, crearDeciderDeConvenio } from './convenio-parcialidades.decider';

const decider = crearDeciderDeConvenio(crearCalendario([]));
const spec = especificacion(decider);

const convenioId = 'CONV-2025-0001';
const parcialidades = [
  { numero: 1, vencimiento: '2025-03-03', saldoInicial: '8000.00', importe: '2745.45', recargosPorProrroga: '117.60', capital: '2627.85', saldoFinal: '5372.15' },
  { numero: 2, vencimiento: '2025-03-31', saldoInicial: '5372.15', importe: '2745.45', recargosPorProrroga: '78.97', capital: '2666.48', saldoFinal: '2705.67' },
  { numero: 3, vencimiento: '2025-05-02', saldoInicial: '2705.67', importe: '2745.44', recargosPorProrroga: '39.77', capital: '2705.67', saldoFinal: '0.00' },
];
const autorizar: ComandoDeConvenio = {
  type: 'AutorizarConvenio',
  data: {
    convenioId,
    creditoId: 'CF-77',
    fechaDeAutorizacion: '2025-02-10',
    solicitud: { montoTotalActualizado: '10000.00', tasaMensualDeProrroga: '1.47', numeroDeParcialidades: 3, fechaDeSolicitud: '2025-01-31' },
    contribuciones: [{ concepto: 'Impuesto sobre nóminas', debioPagarseEl: '2024-05-17', naturaleza: 'propia' }],
    pagoInicialRecibido: '2000.00',
  },
};
const autorizado: EventoDeConvenio = {
  type: 'ConvenioAutorizado',
  data: {
    convenioId, creditoId: 'CF-77', fechaDeSolicitud: '2025-01-31', fechaDeAutorizacion: '2025-02-10', montoTotalActualizado: '10000.00',
    pagoInicial: '2000.00', saldo: '8000.00', tasaMensualDeProrroga: '1.47', parcialidades, garantia: '8236.34',
  },
};
const pagada = (numero: number, importe: string, fechaDePago: string, referencia: string, recargos: string, capital: string, enTiempoYMonto = true): EventoDeConvenio => ({
  type: 'ParcialidadPagada',
  data: { convenioId, numero, importe, fechaDePago, referencia, aplicadoARecargosPorProrroga: recargos, aplicadoACapital: capital, remanente: '0.00', enTiempoYMonto },
});
const pagar = (numero: number, importe: string, fechaDePago: string, referencia: string): ComandoDeConvenio => ({ type: 'RegistrarPagoDeParcialidad', data: { convenioId, numero, importe, fechaDePago, referencia } });
const vencida = (numero: number, incumplimientos: number): EventoDeConvenio => ({ type: 'ParcialidadVencida', data: { convenioId, numero, vencimiento: parcialidades[numero - 1].vencimiento, incumplimientos } });

describe('ConvenioParcialidades (CHP arts. 41-42)', () => {
  describe('AutorizarConvenio', () => {
    it('CHP arts. 41 II and 42 I: it emits the authorisation with the 20 % paid, the equal instalments and the guarantee', () => {
      spec.given([]).when(autorizar).then([autorizado]);
    });

    it('CHP art. 41 II: it rejects a request whose initial payment is below 20 % of the updated total', () => {
      spec.given([]).when({ ...autorizar, data: { ...autorizar.data, pagoInicialRecibido: '1999.99' } } as ComandoDeConvenio).thenRejects('pago-inicial-insuficiente', 'pagoInicialRecibido');
    });

    it('CHP art. 42 VI a: it rejects contributions due in the six months before the month of the request', () => {
      const reciente = { ...autorizar, data: { ...autorizar.data, contribuciones: [{ concepto: 'Nóminas', debioPagarseEl: '2024-07-17', naturaleza: 'propia' as const }] } };
      spec.given([]).when(reciente).thenRejects('parcialidades-no-permitidas-para-contribuciones-recientes', 'contribuciones[0].debioPagarseEl');
    });

    it('CHP art. 42 VI b: it rejects withheld contributions', () => {
      const retenida = { ...autorizar, data: { ...autorizar.data, contribuciones: [{ concepto: 'Retención de nóminas', debioPagarseEl: '2023-05-17', naturaleza: 'retenida' as const }] } };
      spec.given([]).when(retenida).thenRejects('parcialidades-no-permitidas-para-contribuciones-retenidas', 'contribuciones[0].naturaleza');
    });

    it('CHP art. 41: it rejects more than 24 instalments', () => {
      const largo = { ...autorizar, data: { ...autorizar.data, solicitud: { ...autorizar.data.solicitud, numeroDeParcialidades: 25 } } };
      spec.given([]).when(largo).thenRejects('plazo-de-parcialidades-excedido', 'numeroDeParcialidades');
    });

    it('does nothing when the same authorisation arrives twice', () => {
      spec.given([autorizado]).when(autorizar).thenNothingHappened();
    });
  });

  describe('RegistrarPagoDeParcialidad', () => {
    it('CHP art. 42 V: a payment on time goes first to the recargos por prórroga, then to the contribution', () => {
      spec.given([autorizado]).when(pagar(1, '2745.45', '2025-03-03', 'BANCO-1')).then([pagada(1, '2745.45', '2025-03-03', 'BANCO-1', '117.60', '2627.85')]);
    });

    it('CHP art. 42 V: a short payment covers the recargos por prórroga before any capital and is not "en monto"', () => {
      spec.given([autorizado]).when(pagar(1, '100.00', '2025-03-01', 'BANCO-2')).then([pagada(1, '100.00', '2025-03-01', 'BANCO-2', '100.00', '0.00', false)]);
    });

    it('CHP art. 42 IV c: a late payment counts as an instalment not met in time', () => {
      spec.given([autorizado]).when(pagar(1, '2745.45', '2025-03-04', 'BANCO-3')).then([pagada(1, '2745.45', '2025-03-04', 'BANCO-3', '117.60', '2627.85', false), vencida(1, 1)]);
    });

    it('paying the last instalment settles the convenio', () => {
      spec.given([autorizado, pagada(1, '2745.45', '2025-03-03', 'B1', '117.60', '2627.85'), pagada(2, '2745.45', '2025-03-31', 'B2', '78.97', '2666.48')])
        .when(pagar(3, '2745.44', '2025-05-02', 'B3'))
        .then([pagada(3, '2745.44', '2025-05-02', 'B3', '39.77', '2705.67'), { type: 'ConvenioLiquidado', data: { convenioId, fecha: '2025-05-02' } }]);
    });

    it('does nothing when the same bank reference is paid twice', () => {
      spec.given([autorizado, pagada(1, '2745.45', '2025-03-03', 'BANCO-1', '117.60', '2627.85')]).when(pagar(1, '2745.45', '2025-03-03', 'BANCO-1')).thenNothingHappened();
    });

    it('CHP art. 42 IV: it rejects payments to a revoked convenio: the balance goes to the PAE', () => {
      const revocado: EventoDeConvenio = { type: 'ConvenioRevocado', data: { convenioId, causa: 'concurso-mercantil-o-quiebra', fecha: '2025-03-10', saldoNoCubierto: '8000.00', fechaDelUltimoPago: '2025-01-31', fundamento: 'CHP art. 42 IV b' } };
      spec.given([autorizado, revocado]).when(pagar(1, '2745.45', '2025-03-11', 'B9')).thenRejects('convenio-revocado', 'convenioId');
    });
  });

  describe('DeclararParcialidadesVencidas', () => {
    it('CHP art. 42 IV c: the last instalment unpaid on its due date revokes the convenio, with the capital still owed and the date of the last payment', () => {
      spec.given([autorizado, pagada(1, '2745.45', '2025-03-03', 'B1', '117.60', '2627.85'), pagada(2, '2745.45', '2025-03-31', 'B2', '78.97', '2666.48')])
        .when({ type: 'DeclararParcialidadesVencidas', data: { convenioId, fechaDeCorte: '2025-05-05' } })
        .then([
          vencida(3, 1),
          { type: 'ConvenioRevocado', data: { convenioId, causa: 'ultima-parcialidad-incumplida', fecha: '2025-05-05', saldoNoCubierto: '2705.67', fechaDelUltimoPago: '2025-03-31', fundamento: 'CHP art. 42 IV c' } },
        ]);
    });

    it('CHP art. 42 IV c: two missed instalments do not revoke; the job only records them', () => {
      spec.given([autorizado]).when({ type: 'DeclararParcialidadesVencidas', data: { convenioId, fechaDeCorte: '2025-04-01' } }).then([vencida(1, 1), vencida(2, 2)]);
    });

    it('CHP art. 42 IV c: a third instalment missed in time or amount revokes the convenio; the whole 80 % is still owed', () => {
      spec.given([autorizado, vencida(1, 1), vencida(2, 2)])
        .when({ type: 'DeclararParcialidadesVencidas', data: { convenioId, fechaDeCorte: '2025-05-05' } })
        .then([
          vencida(3, 3),
          { type: 'ConvenioRevocado', data: { convenioId, causa: 'tres-parcialidades-incumplidas', fecha: '2025-05-05', saldoNoCubierto: '8000.00', fechaDelUltimoPago: '2025-01-31', fundamento: 'CHP art. 42 IV c' } },
        ]);
    });

    it('does nothing when run again on the same day', () => {
      spec.given([autorizado, vencida(1, 1), vencida(2, 2)]).when({ type: 'DeclararParcialidadesVencidas', data: { convenioId, fechaDeCorte: '2025-04-01' } }).thenNothingHappened();
    });

    it('rejects a malformed cut-off date naming the field', () => {
      spec.given([autorizado]).when({ type: 'DeclararParcialidadesVencidas', data: { convenioId, fechaDeCorte: '2025-13-01' } }).thenRejects('fecha-invalida', 'fechaDeCorte');
    });
  });

  describe('RevocarConvenio', () => {
    it('CHP art. 42 IV a: a guarantee not given revokes the convenio', () => {
      spec.given([autorizado, pagada(1, '2745.45', '2025-03-03', 'B1', '117.60', '2627.85')])
        .when({ type: 'RevocarConvenio', data: { convenioId, causa: 'garantia-no-otorgada-o-insuficiente', fecha: '2025-03-15' } })
        .then([{ type: 'ConvenioRevocado', data: { convenioId, causa: 'garantia-no-otorgada-o-insuficiente', fecha: '2025-03-15', saldoNoCubierto: '5372.15', fechaDelUltimoPago: '2025-03-03', fundamento: 'CHP art. 42 IV a' } }]);
    });

    it('it rejects revoking a convenio that does not exist', () => {
      spec.given([]).when({ type: 'RevocarConvenio', data: { convenioId, causa: 'concurso-mercantil-o-quiebra', fecha: '2025-03-15' } }).thenRejects('convenio-inexistente', 'convenioId');
    });

    it('does nothing when revoking an already revoked convenio', () => {
      const revocado: EventoDeConvenio = { type: 'ConvenioRevocado', data: { convenioId, causa: 'concurso-mercantil-o-quiebra', fecha: '2025-03-10', saldoNoCubierto: '8000.00', fechaDelUltimoPago: '2025-01-31', fundamento: 'CHP art. 42 IV b' } };
      spec.given([autorizado, revocado]).when({ type: 'RevocarConvenio', data: { convenioId, causa: 'concurso-mercantil-o-quiebra', fecha: '2025-03-15' } }).thenNothingHappened();
    });
  });
});
