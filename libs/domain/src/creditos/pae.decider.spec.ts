import { ID, decidirTras, determinado, exigible, firme, notificado, spec } from '../../../../test/support/credito-de-prueba';
import type { ComandoDeCredito, EventoDeCredito } from './index';

const base: EventoDeCredito[] = [determinado, notificado, exigible, firme];
const gastos = (diligencia: string, fecha: string, base: string, calculado: string, importe = '370.00', ajuste = 'minimo') =>
  ({ type: 'GastosDeEjecucionCausados', data: { creditoId: ID, diligencia, fecha, base, calculado, importe, ajuste, fundamento: 'CHP art. 113' } }) as EventoDeCredito;
const requerir = (fecha = '2025-05-06'): ComandoDeCredito => ({ type: 'PracticarRequerimiento', data: { creditoId: ID, fecha } });
const requerido: EventoDeCredito = { type: 'RequerimientoPracticado', data: { creditoId: ID, fecha: '2025-05-06', fechaSurteEfectos: '2025-05-07', plazoDePago: null, fundamento: 'CHP arts. 114 y 117' } };
const requeridoConGastos = [requerido, gastos('requerimiento', '2025-05-06', '10150.00', '203.00')];
const embargar = (cambios: Record<string, unknown> = {}): ComandoDeCredito => ({
  type: 'Embargar',
  data: { creditoId: ID, fecha: '2025-05-20', bienes: [{ tipo: 'dinero-metales-o-depositos', descripcion: 'Centenario de oro' }, { tipo: 'muebles', descripcion: 'Camioneta pick-up 2019' }], ...cambios } as never,
});
const embargado: EventoDeCredito = {
  type: 'Embargado',
  data: {
    creditoId: ID, fecha: '2025-05-20', modalidad: 'bienes',
    bienes: [{ tipo: 'dinero-metales-o-depositos', descripcion: 'Centenario de oro' }, { tipo: 'muebles', descripcion: 'Camioneta pick-up 2019' }],
    importeInmovilizado: '0.00', limiteDeInmovilizacion: '10890.00', sinSujetarseAlOrden: false, fundamento: 'CHP arts. 117 I, 119 y 120',
  },
};
const suspendido: EventoDeCredito = { type: 'PAESuspendido', data: { creditoId: ID, fecha: '2025-05-08', motivo: 'recurso-de-revocacion', garantia: { forma: 'fianza', importe: '10520.00' }, fundamento: 'CHP arts. 27, 30 y 182' } };

describe('CreditoFiscal: el PAE del requerimiento al avalúo (CHP arts. 111-134, 144, 182)', () => {
  describe('PracticarRequerimiento', () => {
    it('CHP arts. 113 I y 117: requiere el pago y causa gastos del 2 % sobre el crédito exigido, con el mínimo de $370.00 (caso D1)', () => {
      spec.given(base).when(requerir()).then(requeridoConGastos);
    });
    it('CHP art. 117 último párrafo: exigible por convenio revocado, el deudor tiene seis días hábiles desde que surte efectos (caso T3: 16 de septiembre excluido)', () => {
      const porConvenio: EventoDeCredito = { type: 'CreditoExigible', data: { creditoId: ID, fecha: '2025-09-10', causa: 'convenio-revocado', seisDiasDelArt117: true, fundamento: 'CHP arts. 42 IV y 117' } };
      expect(decidirTras([determinado, notificado, porConvenio], requerir('2025-09-12'))[0]).toEqual({
        type: 'RequerimientoPracticado', data: { creditoId: ID, fecha: '2025-09-12', fechaSurteEfectos: '2025-09-15', plazoDePago: '2025-09-24', fundamento: 'CHP arts. 114 y 117 último párrafo' },
      });
    });
    it('CHP arts. 111 y 117: rechaza requerir un crédito que no es exigible, nombrando fecha', () => {
      spec.given([determinado, notificado]).when(requerir()).thenRejects('credito-no-exigible', 'fecha', 'CHP arts. 111 y 117');
    });
    it('CHP arts. 30 y 182: rechaza requerir con el PAE suspendido', () => {
      spec.given([...base, suspendido]).when(requerir('2025-05-09')).thenRejects('pae-suspendido', 'fecha', 'CHP arts. 30 y 182');
    });
    it('repetido el mismo día no hace nada; otro requerimiento de la misma exigibilidad es un conflicto', () => {
      spec.given([...base, ...requeridoConGastos]).when(requerir()).thenNothingHappened();
      spec.given([...base, ...requeridoConGastos]).when(requerir('2025-05-07')).thenRejects('requerimiento-ya-practicado', 'fecha');
    });
  });

  describe('Embargar', () => {
    it('CHP arts. 113 II, 117 I y 119: embarga bienes en el orden legal y causa sus gastos', () => {
      spec.given([...base, ...requeridoConGastos]).when(embargar()).then([embargado, gastos('embargo', '2025-05-20', '10150.00', '203.00')]);
    });
    it('CHP art. 119: rechaza señalar un inmueble después de un mueble, nombrando el bien', () => {
      const fueraDeOrden = embargar({ bienes: [{ tipo: 'muebles', descripcion: 'Camioneta' }, { tipo: 'inmuebles-o-negociacion', descripcion: 'Casa' }] });
      spec.given([...base, ...requeridoConGastos]).when(fueraDeOrden).thenRejects('orden-de-embargo', 'bienes[1].tipo', 'CHP arts. 119 y 120');
    });
    it('CHP arts. 117 II y 118: inmoviliza depósitos hasta el crédito y sus accesorios, no más', () => {
      const [e] = decidirTras([...base, ...requeridoConGastos], embargar({ bienes: undefined, importeInmovilizado: '10890.00' }));
      expect(e).toMatchObject({ type: 'Embargado', data: { modalidad: 'depositos', importeInmovilizado: '10890.00', limiteDeInmovilizacion: '10890.00' } });
      spec.given([...base, ...requeridoConGastos]).when(embargar({ bienes: undefined, importeInmovilizado: '10890.01' })).thenRejects('inmovilizacion-excede-el-credito', 'importeInmovilizado', 'CHP arts. 117 II y 118');
    });
    it('CHP art. 117: rechaza embargar sin requerimiento, o dentro de los seis días del requerimiento', () => {
      spec.given(base).when(embargar()).thenRejects('embargo-sin-requerimiento', 'fecha', 'CHP art. 117');
      const conPlazo = { ...requerido, data: { ...requerido.data, plazoDePago: '2025-05-15' } } as EventoDeCredito;
      spec.given([...base, conPlazo]).when(embargar({ fecha: '2025-05-15' })).thenRejects('plazo-del-art-117-en-curso', 'fecha', 'CHP art. 117');
    });
    it('repetido el mismo día no hace nada', () => {
      spec.given([...base, ...requeridoConGastos, embargado]).when(embargar()).thenNothingHappened();
    });
  });

  describe('AplicarDepositosEmbargados', () => {
    const deposito = { ...embargado, data: { ...embargado.data, modalidad: 'depositos', bienes: [], importeInmovilizado: '10890.00' } } as EventoDeCredito;
    const aplicar: ComandoDeCredito = { type: 'AplicarDepositosEmbargados', data: { creditoId: ID, fecha: '2025-05-21' } };
    it('CHP arts. 118 y 131: firme el crédito, los fondos pagan en el orden del art. 50 y el excedente se libera', () => {
      const [pago, pagado] = decidirTras([...base, ...requeridoConGastos, deposito, gastos('embargo', '2025-05-20', '10150.00', '203.00')], aplicar);
      expect(pago).toMatchObject({ type: 'PagoAplicado', data: { origen: 'depositos-embargados', importe: '10890.00', totalAplicado: '10890.00', remanente: '0.00', fundamento: 'CHP arts. 118, 131 y 50' } });
      expect(pagado).toEqual({ type: 'CreditoPagado', data: { creditoId: ID, fecha: '2025-05-21' } });
    });
    it('CHP arts. 118, 121 y 122: rechaza transferir fondos de un crédito que no está firme', () => {
      spec.given([determinado, notificado, exigible, ...requeridoConGastos, deposito]).when(aplicar).thenRejects('credito-no-firme', 'fecha', 'CHP arts. 118, 121 y 122');
    });
    it('rechaza si no hay depósitos inmovilizados', () => {
      spec.given([...base, ...requeridoConGastos, embargado]).when(aplicar).thenRejects('sin-depositos-embargados', 'fecha', 'CHP art. 118');
    });
  });

  describe('PracticarAvaluo', () => {
    const valuar = (valor = '90000.00'): ComandoDeCredito => ({ type: 'PracticarAvaluo', data: { creditoId: ID, fecha: '2025-06-02', perito: 'Ing. Ramón Pérez, perito valuador', valor } });
    const valuado: EventoDeCredito = {
      type: 'AvaluoPracticado',
      data: { creditoId: ID, fecha: '2025-06-02', perito: 'Ing. Ramón Pérez, perito valuador', base: '90000.00', posturaLegal: '60000.00', depositoMinimo: '9000.00', valorDeAdjudicacion: '54000.00', fundamento: 'CHP arts. 144, 149, 151 y 163' },
    };
    it('CHP arts. 144, 149, 151 y 163: avalúo de $90,000.00: postura legal $60,000.00, depósito $9,000.00, adjudicación $54,000.00 (caso D10)', () => {
      spec.given([...base, ...requeridoConGastos, embargado]).when(valuar()).then([valuado]);
    });
    it('CHP art. 149: las dos terceras partes se llevan al centavo siguiente para que la postura las cubra', () => {
      expect(decidirTras([...base, ...requeridoConGastos, embargado], valuar('100.01'))[0]).toMatchObject({ data: { posturaLegal: '66.68', depositoMinimo: '10.01', valorDeAdjudicacion: '60.01' } });
    });
    it('CHP art. 144: rechaza valuar sin bienes embargados', () => {
      spec.given([...base, ...requeridoConGastos]).when(valuar()).thenRejects('avaluo-sin-bienes-embargados', 'fecha', 'CHP art. 144');
    });
    it('repetido no hace nada', () => {
      spec.given([...base, ...requeridoConGastos, embargado, valuado]).when(valuar()).thenNothingHappened();
    });
  });

  describe('SuspenderPAE y ReanudarPAE', () => {
    const suspender = (importe: string): ComandoDeCredito => ({ type: 'SuspenderPAE', data: { creditoId: ID, fecha: '2025-05-08', motivo: 'recurso-de-revocacion', garantia: { forma: 'fianza', importe } } });
    const reanudar = (motivo = 'resolucion-confirmatoria'): ComandoDeCredito => ({ type: 'ReanudarPAE', data: { creditoId: ID, fecha: '2025-09-01', motivo } as never });
    const reanudado: EventoDeCredito = { type: 'PAEReanudado', data: { creditoId: ID, fecha: '2025-09-01', motivo: 'resolucion-confirmatoria', fundamento: 'CHP arts. 30 y 182' } };
    it('CHP arts. 27 y 182: con garantía que cubre el crédito y sus accesorios, el PAE se suspende', () => {
      spec.given([...base, ...requeridoConGastos]).when(suspender('10520.00')).then([suspendido]);
    });
    it('CHP arts. 27 y 182: rechaza una garantía que no cubre el adeudo a la fecha, nombrando garantia.importe', () => {
      spec.given([...base, ...requeridoConGastos]).when(suspender('10519.99')).thenRejects('garantia-insuficiente', 'garantia.importe', 'CHP arts. 27 y 182');
    });
    it('repetida no hace nada; otra suspensión mientras dura es un conflicto', () => {
      spec.given([...base, ...requeridoConGastos, suspendido]).when(suspender('10520.00')).thenNothingHappened();
      spec.given([...base, ...requeridoConGastos, suspendido]).when({ ...suspender('20000.00'), data: { ...suspender('1').data, fecha: '2025-05-09' } } as ComandoDeCredito).thenRejects('pae-ya-suspendido', 'fecha');
    });
    it('CHP art. 141 IV: confirmado el acto, el PAE se reanuda y el crédito queda firme', () => {
      spec.given([determinado, notificado, exigible, suspendido]).when(reanudar()).then([reanudado, { type: 'CreditoFirme', data: { creditoId: ID, fecha: '2025-09-01', causa: 'resolucion-confirmatoria', fundamento: 'CHP art. 141 IV' } }]);
    });
    it('rechaza reanudar un PAE que no está suspendido; repetida no hace nada', () => {
      spec.given(base).when(reanudar()).thenRejects('pae-no-suspendido', 'fecha');
      spec.given([...base, suspendido, reanudado]).when(reanudar()).thenNothingHappened();
    });
  });
});

describe('CreditoFiscal: una diligencia de embargo de bienes y depósitos el mismo día', () => {
  it('CHP art. 113 II: causa los gastos del embargo una sola vez, y cada gasto se paga por separado', () => {
    const conBienes = [...base, ...requeridoConGastos, embargado, gastos('embargo', '2025-05-20', '10150.00', '203.00')];
    const depositos = decidirTras(conBienes, embargar({ bienes: undefined, importeInmovilizado: '1000.00' }));
    expect(depositos.map((e) => e.type)).toEqual(['Embargado']);
    const [pago] = decidirTras([...conBienes, ...depositos], { type: 'AplicarPago', data: { creditoId: ID, pagoId: 'RO-1', importe: '740.00', fechaPago: '2025-05-21' } });
    expect(pago).toMatchObject({ data: { partes: [{ concepto: 'gastos-de-ejecucion', aplicado: '370.00', pendiente: '0.00' }, { concepto: 'gastos-de-ejecucion', aplicado: '370.00', pendiente: '0.00' }, { concepto: 'recargos' }, { concepto: 'contribucion' }] } });
  });
});

describe('RegistrarGastoExtraordinario', () => {
  const registrar = (cambios: Record<string, unknown> = {}): ComandoDeCredito => ({ type: 'RegistrarGastoExtraordinario', data: { creditoId: ID, concepto: 'registro-publico', importe: '1200.00', fecha: '2025-05-21', ...cambios } as never });
  const causado: EventoDeCredito = { type: 'GastoExtraordinarioCausado', data: { creditoId: ID, concepto: 'registro-publico', fecha: '2025-05-21', importe: '1200.00', fundamento: 'CHP art. 113' } };
  it('CHP arts. 113 ¶6 y 50 I: la inscripción del embargo se cobra en lo que costó y se paga con los gastos de ejecución', () => {
    spec.given([...base, ...requeridoConGastos]).when(registrar()).then([causado]);
    const [pago] = decidirTras([...base, ...requeridoConGastos, causado], { type: 'AplicarPago', data: { creditoId: ID, pagoId: 'RO-1', importe: '1570.00', fechaPago: '2025-05-22' } });
    expect(pago).toMatchObject({ data: { partes: [{ concepto: 'gastos-de-ejecucion', aplicado: '370.00' }, { concepto: 'gastos-extraordinarios', aplicado: '1200.00', fundamento: 'CHP art. 50 I' }, { concepto: 'recargos', aplicado: '0.00' }, { concepto: 'contribucion', aplicado: '0.00' }] } });
  });
  it('CHP art. 113: rechaza un gasto fuera de la lista, o antes del requerimiento', () => {
    spec.given([...base, ...requeridoConGastos]).when(registrar({ concepto: 'viaticos' })).thenRejects('gasto-extraordinario-invalido', 'concepto');
    spec.given(base).when(registrar()).thenRejects('gasto-sin-procedimiento', 'fecha', 'CHP art. 113');
  });
  it('repetido no hace nada', () => {
    spec.given([...base, ...requeridoConGastos, causado]).when(registrar()).thenNothingHappened();
  });
});
