import { especificacion, rechazoDe } from '../../../../test/support/decider-spec';
import { servicioRegistradoDecider } from './servicio-registrado.decider';
import {
  EmitirConstanciaDeNoPrestacion,
  EmitirOrdenDeAutorizacionDeCobro,
  ReciboParaServicio,
  RegistrarPagoDeDiferencia,
  RegistrarServicio,
  SolicitarDevolucion,
} from './servicio-registrado.commands';
import {
  ConstanciaDeNoPrestacionEmitida,
  DevolucionSolicitada,
  DiferenciaPagada,
  OrdenDeAutorizacionDeCobroEmitida,
  ServicioRegistrado,
} from './servicio-registrado.events';
import { DESGLOSE_DE_MATRIMONIO } from '../../../../test/support/derecho-de-prueba';

const FOLIO = 'RO-2026-00000123-X';
const recibo: ReciboParaServicio = {
  folio: FOLIO,
  ...DESGLOSE_DE_MATRIMONIO,
  importeTotal: '1802.00',
  fechaPago: '2026-03-10',
  estado: 'pagado',
};
const matrimonio = { clave: 'LD-21Bis-II-a', tarifa: '1700.00', dependencia: 'registro-civil' };
const matrimonioReformado = { ...matrimonio, tarifa: '1800.00' };

const registrar = (cambios: Partial<RegistrarServicio['data']> = {}): RegistrarServicio => ({
  type: 'RegistrarServicio',
  data: {
    folioRecibo: FOLIO,
    claveDerecho: 'LD-21Bis-II-a',
    dependencia: 'registro-civil',
    fechaOtorgamiento: '2026-03-14',
    receptor: { nombre: 'Gloria Hernández García', identificacion: 'INE 1234567890' },
    recibo,
    lineaDeTarifa: matrimonio,
    ...cambios,
  },
});
const otorgado: ServicioRegistrado = {
  type: 'ServicioRegistrado',
  data: {
    folioRecibo: FOLIO,
    claveDerecho: 'LD-21Bis-II-a',
    cantidad: 1,
    dependencia: 'registro-civil',
    fechaOtorgamiento: '2026-03-14',
    fechaPago: '2026-03-10',
    receptor: { nombre: 'Gloria Hernández García', identificacion: 'INE 1234567890' },
  },
};

const constancia = (cambios: Partial<EmitirConstanciaDeNoPrestacion['data']> = {}): EmitirConstanciaDeNoPrestacion => ({
  type: 'EmitirConstanciaDeNoPrestacion',
  data: { folioRecibo: FOLIO, dependencia: 'registro-civil', fechaEmision: '2026-04-01', motivo: 'Los contrayentes desistieron del trámite.', recibo, lineaDeTarifa: matrimonio, ...cambios },
});
const constanciaEmitida: ConstanciaDeNoPrestacionEmitida = {
  type: 'ConstanciaDeNoPrestacionEmitida',
  data: {
    folioRecibo: FOLIO,
    claveDerecho: 'LD-21Bis-II-a',
    dependencia: 'registro-civil',
    fechaEmision: '2026-04-01',
    motivo: 'Los contrayentes desistieron del trámite.',
    fechaPago: '2026-03-10',
    importeTotal: '1802.00',
  },
};

const devolver = (cambios: Partial<SolicitarDevolucion['data']> = {}): SolicitarDevolucion => ({
  type: 'SolicitarDevolucion',
  data: { folioRecibo: FOLIO, fechaSolicitud: '2026-04-03', ...cambios },
});
const devolucionSolicitada: DevolucionSolicitada = {
  type: 'DevolucionSolicitada',
  data: { folioRecibo: FOLIO, importe: '1802.00', fechaSolicitud: '2026-04-03', fundamento: 'LD art. 6 I; CHP art. 53' },
};

const ordenDeCobro = (cambios: Partial<EmitirOrdenDeAutorizacionDeCobro['data']> = {}): EmitirOrdenDeAutorizacionDeCobro => ({
  type: 'EmitirOrdenDeAutorizacionDeCobro',
  data: {
    folioRecibo: FOLIO,
    dependencia: 'registro-civil',
    fechaPrestacion: '2027-02-15',
    accesorios: { actualizacion: '1.20', recargos: '3.40' },
    recibo,
    lineaDeTarifa: matrimonioReformado,
    ...cambios,
  },
});
const ordenEmitida: OrdenDeAutorizacionDeCobroEmitida = {
  type: 'OrdenDeAutorizacionDeCobroEmitida',
  data: {
    folioRecibo: FOLIO,
    claveDerecho: 'LD-21Bis-II-a',
    cantidad: 1,
    dependencia: 'registro-civil',
    fechaPago: '2026-03-10',
    fechaPrestacion: '2027-02-15',
    importePagado: '1700.00',
    importeALaFecha: '1800.00',
    diferencia: '100.00',
    adicional: '6.00',
    salvamentos: '0.00',
    actualizacion: '1.20',
    recargos: '3.40',
    total: '110.60',
  },
};

const pagarDiferencia = (cambios: Partial<RegistrarPagoDeDiferencia['data']> = {}): RegistrarPagoDeDiferencia => ({
  type: 'RegistrarPagoDeDiferencia',
  data: { folioRecibo: FOLIO, folioReciboDiferencia: 'RO-2027-00000007-1', importe: '110.60', fechaPago: '2027-02-10', ...cambios },
});
const diferenciaPagada: DiferenciaPagada = {
  type: 'DiferenciaPagada',
  data: { folioRecibo: FOLIO, folioReciboDiferencia: 'RO-2027-00000007-1', importe: '110.60', fechaPago: '2027-02-10' },
};

const dado = especificacion(servicioRegistradoDecider);
const estadoTras = (eventos: Parameters<typeof servicioRegistradoDecider.evolve>[1][]) =>
  eventos.reduce(servicioRegistradoDecider.evolve, servicioRegistradoDecider.estadoInicial());

describe('Registering a service against a recibo oficial (LD arts. 5-6, ROS)', () => {
  it('LD art. 6: the Registro Civil registers the marriage it performed against the paid receipt', () => {
    dado.given([]).when(registrar()).then([otorgado]);
  });

  it('LD art. 6: a second registration with the same receipt is a conflict recibo-ya-utilizado whose detalles name the first', () => {
    const r = rechazoDe(() => servicioRegistradoDecider.decide(registrar({ fechaOtorgamiento: '2026-03-20' }), estadoTras([otorgado])));
    expect(r).toMatchObject({
      tipo: 'conflicto',
      codigo: 'recibo-ya-utilizado',
      campo: 'folioRecibo',
      detalles: {
        folioRecibo: FOLIO,
        dependencia: 'registro-civil',
        claveDerecho: 'LD-21Bis-II-a',
        fechaOtorgamiento: '2026-03-14',
        receptor: { nombre: 'Gloria Hernández García', identificacion: 'INE 1234567890' },
      },
    });
  });

  it('repeating the same registration records nothing', () => {
    dado.given([otorgado]).when(registrar()).thenNothingHappened();
  });

  it('ROS: an agency may register only derechos of its own catalog (403 derecho-ajeno-a-la-dependencia)', () => {
    const r = rechazoDe(() => servicioRegistradoDecider.decide(registrar({ dependencia: 'catastro' }), estadoTras([])));
    expect(r).toMatchObject({ tipo: 'acceso', codigo: 'derecho-ajeno-a-la-dependencia', campo: 'claveDerecho' });
  });

  it('LD art. 6: a receipt of another derecho is refused as recibo-de-otro-derecho naming claveDerecho', () => {
    const divorcio = { clave: 'LD-21Bis-III-a', tarifa: '1700.00', dependencia: 'registro-civil' };
    dado.given([]).when(registrar({ claveDerecho: 'LD-21Bis-III-a', lineaDeTarifa: divorcio })).thenRejects('recibo-de-otro-derecho', 'claveDerecho');
  });

  it('LD art. 6: an unknown folio is refused as recibo-no-encontrado and a cancelled one as recibo-no-pagado, naming folioRecibo', () => {
    dado.given([]).when(registrar({ recibo: null })).thenRejects('recibo-no-encontrado', 'folioRecibo');
    dado.given([]).when(registrar({ recibo: { ...recibo, estado: 'cancelado' } })).thenRejects('recibo-no-pagado', 'folioRecibo');
  });

  it('a folio with a wrong check character is malformed input (400 folio-invalido)', () => {
    dado.given([]).when(registrar({ folioRecibo: 'RO-2026-00000123-1' })).thenRejects('folio-invalido', 'folioRecibo');
  });

  it('LD art. 5: the service cannot be dated before the payment (servicio-antes-del-pago)', () => {
    dado.given([]).when(registrar({ fechaOtorgamiento: '2026-03-09' })).thenRejects('servicio-antes-del-pago', 'fechaOtorgamiento');
  });

  it('LD art. 6 II: a service given when the tariff is higher waits for the difference (diferencia-de-tarifa-pendiente)', () => {
    const r = rechazoDe(() => servicioRegistradoDecider.decide(registrar({ fechaOtorgamiento: '2027-02-15', lineaDeTarifa: matrimonioReformado }), estadoTras([])));
    expect(r).toMatchObject({ codigo: 'diferencia-de-tarifa-pendiente', campo: 'fechaOtorgamiento', fundamento: 'LD art. 6 II', detalles: { importePagado: '1700.00', importeALaFecha: '1800.00', diferencia: '100.00' } });
  });

  it('LD art. 6 II: once the authorised difference is paid, the service at the higher tariff is registered', () => {
    dado
      .given([ordenEmitida, diferenciaPagada])
      .when(registrar({ fechaOtorgamiento: '2027-02-15', lineaDeTarifa: matrimonioReformado }))
      .then([{ ...otorgado, data: { ...otorgado.data, fechaOtorgamiento: '2027-02-15' } }]);
  });

  it('LD art. 6 I: a receipt with a constancia de no prestación cannot pay a service', () => {
    dado.given([constanciaEmitida]).when(registrar()).thenRejects('recibo-con-constancia-de-no-prestacion', 'folioRecibo');
  });

  it('a lower tariff at the date of the service needs no difference (LD art. 6 II applies only to higher tariffs)', () => {
    dado.given([]).when(registrar({ lineaDeTarifa: { ...matrimonio, tarifa: '1500.00' } })).then([otorgado]);
  });
});

describe('Constancia de no prestación and refund (LD art. 6 I, CHP art. 53)', () => {
  it('LD art. 6 I: the agency states the paid service was not given and the receipt was not used', () => {
    dado.given([]).when(constancia()).then([constanciaEmitida]);
  });

  it('LD art. 6 I: a receipt already used for a service gets no constancia (409 recibo-ya-utilizado)', () => {
    dado.given([otorgado]).when(constancia()).thenRejects('recibo-ya-utilizado', 'folioRecibo');
  });

  it('repeating the constancia records nothing', () => {
    dado.given([constanciaEmitida]).when(constancia({ fechaEmision: '2026-04-02' })).thenNothingHappened();
  });

  it('ROS: only the agency of the derecho issues the constancia (403)', () => {
    const r = rechazoDe(() => servicioRegistradoDecider.decide(constancia({ dependencia: 'catastro' }), estadoTras([])));
    expect(r).toMatchObject({ tipo: 'acceso', codigo: 'derecho-ajeno-a-la-dependencia' });
  });

  it('LD art. 6 I-II are alternatives: after an orden de autorización de cobro no constancia is issued', () => {
    dado.given([ordenEmitida]).when(constancia()).thenRejects('orden-de-cobro-emitida', 'folioRecibo');
  });

  it('LD art. 6 I: the taxpayer asks for the refund of the whole payment, derecho and adicional', () => {
    dado.given([constanciaEmitida]).when(devolver()).then([devolucionSolicitada]);
  });

  it('LD art. 6 I: no refund without the constancia (falta-constancia-de-no-prestacion)', () => {
    dado.given([]).when(devolver()).thenRejects('falta-constancia-de-no-prestacion', 'folioRecibo');
  });

  it('asking for the refund twice records nothing', () => {
    dado.given([constanciaEmitida, devolucionSolicitada]).when(devolver({ fechaSolicitud: '2026-04-05' })).thenNothingHappened();
  });
});

describe('Orden de autorización de cobro of a difference (LD art. 6 II)', () => {
  it('LD art. 6 II: a service at a higher tariff the next year is authorised for the difference, its adicional and accessories', () => {
    dado.given([]).when(ordenDeCobro()).then([ordenEmitida]);
  });

  it('LD art. 6 II: differences are collected only for the current or previous fiscal year', () => {
    dado.given([]).when(ordenDeCobro({ fechaPrestacion: '2028-01-10' })).thenRejects('fuera-del-ejercicio-en-curso-o-anterior', 'fechaPrestacion');
  });

  it('repeating the order for the same date records nothing; another date is a conflict', () => {
    dado.given([ordenEmitida]).when(ordenDeCobro({ accesorios: { actualizacion: '2.00', recargos: '5.00' } })).thenNothingHappened();
    dado.given([ordenEmitida]).when(ordenDeCobro({ fechaPrestacion: '2027-03-01' })).thenRejects('orden-de-cobro-ya-emitida', 'fechaPrestacion');
  });

  it('LD art. 6 II: with no higher tariff there is nothing to collect (sin-diferencia-de-tarifa)', () => {
    dado.given([]).when(ordenDeCobro({ lineaDeTarifa: matrimonio })).thenRejects('sin-diferencia-de-tarifa', 'fechaPrestacion');
  });

  it('accessories must be non-negative amounts in text (400 naming accesorios.recargos)', () => {
    dado.given([]).when(ordenDeCobro({ accesorios: { actualizacion: '0.00', recargos: '-1.00' } })).thenRejects('importe-invalido', 'accesorios.recargos');
  });

  it('CHP arts. 261 D and 265 A I: the difference of a refrendo carries salvamentos and no adicional', () => {
    const refrendo: ReciboParaServicio = { ...recibo, claveDerecho: 'LD-25-IV-a-1', importeDerecho: '830.00', adicional: '0.00', salvamentos: '49.80', importeTotal: '879.80' };
    const [evento] = servicioRegistradoDecider.decide(
      ordenDeCobro({ dependencia: 'control-vehicular', recibo: refrendo, lineaDeTarifa: { clave: 'LD-25-IV-a-1', tarifa: '900.00', dependencia: 'control-vehicular' }, accesorios: { actualizacion: '0.00', recargos: '0.00' } }),
      estadoTras([]),
    );
    expect(evento.data).toMatchObject({ diferencia: '70.00', adicional: '0.00', salvamentos: '4.20', total: '74.20' });
  });

  it('the difference is paid with another receipt for exactly the authorised total', () => {
    dado.given([ordenEmitida]).when(pagarDiferencia()).then([diferenciaPagada]);
  });

  it('a payment of the difference for another amount is refused as importe-no-coincide naming importe', () => {
    dado.given([ordenEmitida]).when(pagarDiferencia({ importe: '100.00' })).thenRejects('importe-no-coincide', 'importe');
  });

  it('the same receipt of the difference reported twice records nothing; another one is a conflict', () => {
    dado.given([ordenEmitida, diferenciaPagada]).when(pagarDiferencia()).thenNothingHappened();
    dado.given([ordenEmitida, diferenciaPagada]).when(pagarDiferencia({ folioReciboDiferencia: 'RO-2027-00000124-2' })).thenRejects('diferencia-ya-pagada', 'folioReciboDiferencia');
  });

  it('LD art. 6 II: a difference cannot be paid without the order (sin-orden-de-cobro)', () => {
    dado.given([]).when(pagarDiferencia()).thenRejects('sin-orden-de-cobro', 'folioRecibo');
  });
});
