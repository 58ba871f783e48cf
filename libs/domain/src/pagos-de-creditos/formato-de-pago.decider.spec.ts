// Given/when/then of the FormatoDePago decider (decision 0208): issue, pay once, refusals by field and article.
import { especificacion } from '../../../../test/support/decider-spec';
import { crearCalendario } from '../calendario/calendario';
import { leerLineaDeCaptura } from '../pagos-de-derechos/linea-de-captura';
import type { EmitirFormatoDePago, RecibirPagoDeFormato } from './formato-de-pago.commands';
import { formatoDePagoDecider, vigenciaMaxima } from './formato-de-pago.decider';
import type { EventoFormatoDePago, FormatoDePagoEmitido } from './formato-de-pago.events';
import { esLineaDeFormato, leerLineaDeFormato, tipoDeLinea } from './linea-de-formato';

const spec = especificacion(formatoDePagoDecider);
const GLORIA = { rfc: 'GOHG800101AB1', curp: null, nombre: 'Gloria Hernández García' };
const credito = (creditoId: string, periodo: string, total: string) => ({
  creditoId, periodo, fechaDeterminacion: '2025-02-20', historicoPendiente: total, actualizacion: '0.00', recargos: '0.00', gastosDeEjecucion: '0.00',
  multas: '0.00', indemnizacionCheque: '0.00', total, vivo: true, rfc: GLORIA.rfc, curp: null,
});
const emitir = (cambios: Partial<EmitirFormatoDePago['data']> = {}): EmitirFormatoDePago => ({
  type: 'EmitirFormatoDePago',
  data: { numero: 7, contribuyente: GLORIA, creditos: [credito('B', '2024-06', '300.00'), credito('A', '2024-05', '1000.50')], fechaEmision: '2026-03-02', fechaVigencia: '2026-03-31', advertencias: [], ...cambios },
});
const [emitido] = formatoDePagoDecider.decide(emitir(), formatoDePagoDecider.estadoInicial()) as [FormatoDePagoEmitido];
const pagar = (cambios: Partial<RecibirPagoDeFormato['data']> = {}): RecibirPagoDeFormato => ({
  type: 'RecibirPagoDeFormato',
  data: {
    lineaDeCaptura: emitido.data.lineaDeCaptura, referenciaBancaria: 'BSE-1', canal: 'banco', institucion: 'Banco del Sureste', fechaPago: '2026-03-10',
    fechaRegistro: '2026-03-10', plazoDeRegistro: { diasHabiles: 3, calendarioDePagos: crearCalendario([]) }, importe: '1300.50', medioDePago: 'efectivo',
    delegacion: 'XI', asignaciones: [{ creditoId: 'A', importe: '1000.50' }, { creditoId: 'B', importe: '300.00' }], saldoAFavorSinAplicar: '0.00', secuenciaFolio: 12, ...cambios,
  },
});

describe('FormatoDePago (decisión 0208; CHP arts. 38, 51)', () => {
  it('emits the formato with its credits oldest first, the total, and a línea in the formatos\' serie space', () => {
    expect(emitido.data.creditos.map((c) => c.creditoId)).toEqual(['A', 'B']);
    expect(emitido.data.total).toBe('1300.50');
    const linea = leerLineaDeCaptura(emitido.data.lineaDeCaptura);
    expect(linea).toMatchObject({ serie: 9_000_000_007, fechaVigencia: '2026-03-31', importe: '1300.50' });
    expect(tipoDeLinea(linea)).toBe('formato-de-pago');
    expect(esLineaDeFormato(emitido.data.lineaDeCaptura)).toBe(true);
    expect(leerLineaDeFormato(emitido.data.lineaDeCaptura).numero).toBe(7);
  });
  it('an orden de pago\'s línea is never read as a formato\'s', () => {
    const orden = '070000000123' + emitido.data.lineaDeCaptura.slice(12, 27);
    expect(esLineaDeFormato(orden)).toBe(false);
    expect(() => leerLineaDeFormato(emitido.data.lineaDeCaptura.replace(/^079/, '070'))).toThrow();
  });
  it('the validity ends at most with the month of issue (CHP art. 43: the INPC and rates are monthly)', () => {
    expect(vigenciaMaxima('2026-02-10')).toBe('2026-02-28');
    spec.given([]).when(emitir({ fechaVigencia: '2026-04-01' })).thenRejects('vigencia-fuera-de-rango', 'fechaVigencia', 'CHP arts. 20 y 43');
    spec.given([]).when(emitir({ fechaVigencia: '2026-03-01' })).thenRejects('vigencia-fuera-de-rango', 'fechaVigencia');
  });
  it('refuses a credit of another taxpayer, one without debt, a repeated one, none, and a second issue', () => {
    spec.given([]).when(emitir({ creditos: [{ ...credito('A', '2024', '1.00'), rfc: 'OTRO800101AB1' }] })).thenRejects('credito-de-otro-contribuyente', 'creditos');
    spec.given([]).when(emitir({ creditos: [{ ...credito('A', '2024', '1.00'), vivo: false }] })).thenRejects('credito-sin-adeudo', 'creditos', 'CHP art. 50');
    spec.given([]).when(emitir({ creditos: [credito('A', '2024', '1.00'), credito('A', '2024', '1.00')] })).thenRejects('credito-repetido', 'creditos');
    spec.given([]).when(emitir({ creditos: [] })).thenRejects('creditos-requeridos', 'creditos');
    spec.given([emitido]).when(emitir()).thenRejects('formato-ya-emitido', 'numero');
  });
  it('a bank\'s payment for the exact amount records one PagoRecibido that pays the formato, with its split and folio', () => {
    const [pago] = formatoDePagoDecider.decide(pagar(), formatoDePagoDecider.evolve(formatoDePagoDecider.estadoInicial(), emitido));
    expect(pago).toMatchObject({
      type: 'PagoRecibido',
      data: { paga: { tipo: 'formato-de-pago', numeroDeFormato: 7, creditos: ['A', 'B'], asignaciones: [{ creditoId: 'A', importe: '1000.50' }, { creditoId: 'B', importe: '300.00' }] }, importeTotal: '1300.50' },
    });
    expect(pago!.data).toMatchObject({ folio: expect.stringMatching(/^RO-2026-00000012-/) });
  });
  it('the same reference of the same bank again does nothing; another payment is 409', () => {
    const [pago] = formatoDePagoDecider.decide(pagar(), formatoDePagoDecider.evolve(formatoDePagoDecider.estadoInicial(), emitido)) as EventoFormatoDePago[];
    spec.given([emitido, pago!]).when(pagar({ secuenciaFolio: 13 })).thenNothingHappened();
    spec.given([emitido, pago!]).when(pagar({ referenciaBancaria: 'BSE-2' })).thenRejects('linea-de-captura-ya-pagada', 'lineaDeCaptura');
    spec.given([emitido, pago!]).when(pagar({ institucion: 'Banco del Norte' })).thenRejects('linea-de-captura-ya-pagada', 'lineaDeCaptura');
  });
  it('refuses an unknown formato, another amount, a payment after validity or before issue, and a split that does not add up', () => {
    spec.given([]).when(pagar()).thenRejects('formato-de-pago-desconocido', 'lineaDeCaptura', 'CHP art. 38');
    spec.given([emitido]).when(pagar({ importe: '1300.49' })).thenRejects('importe-no-coincide', 'importe', 'CHP art. 38');
    spec.given([emitido]).when(pagar({ fechaPago: '2026-04-01', fechaRegistro: '2026-04-01' })).thenRejects('linea-de-captura-vencida', 'fechaPago');
    spec.given([emitido]).when(pagar({ fechaPago: '2026-03-01' })).thenRejects('pago-antes-del-formato', 'fechaPago', 'CHP art. 38');
    spec.given([emitido]).when(pagar({ asignaciones: [{ creditoId: 'A', importe: '1300.00' }] })).thenRejects('reparto-invalido', 'asignaciones');
    spec.given([emitido]).when(pagar({ asignaciones: [{ creditoId: 'Z', importe: '1300.50' }] })).thenRejects('reparto-invalido', 'asignaciones');
    spec.given([emitido]).when(pagar({ fechaRegistro: '2026-03-20' })).thenRejects('fecha-de-pago-fuera-de-plazo', 'fechaPago', 'CHP art. 21');
  });
});
