import { especificacion } from '../../../../test/support/decider-spec';
import { pagoDeDerechoDecider } from './pago-de-derecho.decider';
import { RecibirPago } from './pago-de-derecho.commands';
import { PagoRecibido } from './pago-de-derecho.events';
import { crearCalendario } from '../calendario/calendario';
import { DESGLOSE_DE_MATRIMONIO } from '../../../../test/support/derecho-de-prueba';

const plazoDeRegistro = { diasHabiles: 3, calendarioDePagos: crearCalendario([]) };

const recibir = (cambios: Partial<RecibirPago['data']> = {}): RecibirPago => ({
  type: 'RecibirPago',
  data: {
    lineaDeCaptura: '07000000012322810000018020051',
    referenciaBancaria: 'BBVA-20260310-000981',
    canal: 'banco',
    institucion: 'BBVA México',
    claveDerecho: 'LD-21Bis-II-a',
    cantidad: 1,
    contribuyente: { curp: 'HEGG560427MVZRRL04', nombre: 'Gloria Hernández García' },
    fechaPago: '2026-03-10',
    fechaEmisionOrden: '2026-03-02',
    importe: '1802.00',
    medioDePago: 'efectivo',
    delegacion: 'XI',
    esperado: { claveDerecho: 'LD-21Bis-II-a', cantidad: 1, importeDerecho: '1700.00', adicional: '102.00', salvamentos: '0.00', total: '1802.00' },
    secuenciaFolio: 123,
    plazoDeRegistro,
    ...cambios,
    // Posted the day it was paid unless a test says otherwise.
    fechaRegistro: cambios.fechaRegistro ?? cambios.fechaPago ?? '2026-03-10',
  },
});

const recibido: PagoRecibido = {
  type: 'PagoRecibido',
  data: {
    paga: { tipo: 'orden-de-pago', serieOrden: 123, lineaDeCaptura: '07000000012322810000018020051' },
    folio: 'RO-2026-00000123-X',
    lineaDeCaptura: '07000000012322810000018020051',
    serieOrden: 123,
    referenciaBancaria: 'BBVA-20260310-000981',
    canal: 'banco',
    institucion: 'BBVA México',
    ...DESGLOSE_DE_MATRIMONIO,
    importeTotal: '1802.00',
    contribuyente: { rfc: null, curp: 'HEGG560427MVZRRL04', nombre: 'Gloria Hernández García' },
    fechaPago: '2026-03-10',
    fechaVigencia: '2026-03-31',
    medioDePago: 'efectivo',
    delegacion: 'XI',
  },
};

describe('Recibo oficial of a derecho paid at a bank or ventanilla (CHP arts. 38-39, LD art. 5)', () => {
  const dado = especificacion(pagoDeDerechoDecider);

  it('CHP art. 38: a bank reports the payment of a línea de captura and the recibo oficial gets its folio', () => {
    dado.given([]).when(recibir()).then([recibido]);
  });

  it('CHP art. 265: an amount other than the derecho plus the adicional is refused as importe-no-coincide naming importe', () => {
    dado.given([]).when(recibir({ importe: '1700.00' })).thenRejects('importe-no-coincide', 'importe');
  });

  it('the same bank reference reported twice yields one PagoRecibido', () => {
    dado.given([recibido]).when(recibir({ secuenciaFolio: 124 })).thenNothingHappened();
  });

  it('a second bank reference for a line already paid is a conflict linea-de-captura-ya-pagada naming the first folio', () => {
    const ejecutar = () => pagoDeDerechoDecider.decide(recibir({ referenciaBancaria: 'OXXO-77' }), pagoDeDerechoDecider.evolve(pagoDeDerechoDecider.estadoInicial(), recibido));
    expect(ejecutar).toThrow(expect.objectContaining({ codigo: 'linea-de-captura-ya-pagada', tipo: 'conflicto', campo: 'lineaDeCaptura', detalles: { folio: 'RO-2026-00000123-X', referenciaBancaria: 'BBVA-20260310-000981', fechaPago: '2026-03-10' } }));
  });

  it('a bank of another institution posting a line already paid gets linea-de-captura-ya-pagada without the first receipt, even with the same reference string', () => {
    const pagado = pagoDeDerechoDecider.evolve(pagoDeDerechoDecider.estadoInicial(), recibido);
    for (const referenciaBancaria of ['BBVA-20260310-000981', 'OTRA-1']) {
      const ejecutar = () => pagoDeDerechoDecider.decide(recibir({ institucion: 'Banco del Norte', referenciaBancaria }), pagado);
      expect(ejecutar).toThrow(expect.objectContaining({ codigo: 'linea-de-captura-ya-pagada', campo: 'lineaDeCaptura', detalles: undefined }));
    }
  });

  describe('decision 0207: posted while the order is payable, at most three business days after the money came in', () => {
    it('an order valid until 31 March, posted on 11 May with fechaPago on the day of issue, is refused as orden-de-pago-vencida naming lineaDeCaptura', () => {
      dado.given([]).when(recibir({ fechaPago: '2026-03-02', fechaRegistro: '2026-05-11' })).thenRejects('orden-de-pago-vencida', 'lineaDeCaptura');
    });

    it('money received on the last day of validity (Tue 31 March) may be posted three business days later (Fri 3 April), not four', () => {
      expect(pagoDeDerechoDecider.decide(recibir({ fechaPago: '2026-03-31', fechaRegistro: '2026-04-03' }), pagoDeDerechoDecider.estadoInicial())).toHaveLength(1);
      dado.given([]).when(recibir({ fechaPago: '2026-03-31', fechaRegistro: '2026-04-06' })).thenRejects('orden-de-pago-vencida', 'lineaDeCaptura');
    });

    it('CHP art. 21: a weekend does not count: paid Friday 6 March, posted Wednesday 11 March is in time', () => {
      expect(pagoDeDerechoDecider.decide(recibir({ fechaPago: '2026-03-06', fechaRegistro: '2026-03-11' }), pagoDeDerechoDecider.estadoInicial())).toHaveLength(1);
    });

    it('a fechaPago more than three business days before posting is refused as fecha-de-pago-fuera-de-plazo naming fechaPago', () => {
      dado.given([]).when(recibir({ fechaPago: '2026-03-04', fechaRegistro: '2026-03-10' })).thenRejects('fecha-de-pago-fuera-de-plazo', 'fechaPago');
    });

    it('the window is a parameter: with zero days only same-day payments are posted', () => {
      const mismoDia = { diasHabiles: 0, calendarioDePagos: crearCalendario([]) };
      dado.given([]).when(recibir({ fechaPago: '2026-03-09', fechaRegistro: '2026-03-10', plazoDeRegistro: mismoDia })).thenRejects('fecha-de-pago-fuera-de-plazo', 'fechaPago');
    });

    it('a fechaPago after the posting date is refused as fecha-de-pago-futura naming fechaPago', () => {
      dado.given([]).when(recibir({ fechaPago: '2026-03-11', fechaRegistro: '2026-03-10' })).thenRejects('fecha-de-pago-futura', 'fechaPago');
    });
  });

  it('a payment after the validity date of the line is refused as linea-de-captura-vencida naming fechaPago', () => {
    dado.given([]).when(recibir({ fechaPago: '2026-04-01' })).thenRejects('linea-de-captura-vencida', 'fechaPago');
  });

  it('LD art. 5: a payment dated before its orden de pago was issued is refused as pago-antes-de-la-orden naming fechaPago', () => {
    dado.given([]).when(recibir({ fechaPago: '2026-03-01' })).thenRejects('pago-antes-de-la-orden', 'fechaPago');
  });

  it('LD art. 5: a payment on the day its orden de pago was issued is accepted', () => {
    expect(pagoDeDerechoDecider.decide(recibir({ fechaPago: '2026-03-02' }), pagoDeDerechoDecider.estadoInicial())).toHaveLength(1);
  });

  it('a payment on the last day of validity is accepted', () => {
    expect(pagoDeDerechoDecider.decide(recibir({ fechaPago: '2026-03-31' }), pagoDeDerechoDecider.estadoInicial())).toHaveLength(1);
  });

  it('when the catalog amount differs from the amount inside the line, the payment is refused as importe-no-coincide', () => {
    dado
      .given([])
      .when(recibir({ esperado: { claveDerecho: 'LD-21Bis-II-a', cantidad: 1, importeDerecho: '1800.00', adicional: '108.00', salvamentos: '0.00', total: '1908.00' } }))
      .thenRejects('importe-no-coincide', 'importe');
  });

  it('a mistyped línea de captura is refused as linea-de-captura-invalida naming lineaDeCaptura', () => {
    dado.given([]).when(recibir({ lineaDeCaptura: '07000000012322810000018020015' })).thenRejects('linea-de-captura-invalida', 'lineaDeCaptura');
  });

  it('CHP art. 39: a means of payment outside the list is refused as medio-de-pago-no-aceptado', () => {
    dado.given([]).when(recibir({ medioDePago: 'cheque-personal' as never })).thenRejects('medio-de-pago-no-aceptado', 'medioDePago');
  });

  it('CHP art. 101: a Delegación outside the thirteen is refused as delegacion-desconocida', () => {
    dado.given([]).when(recibir({ delegacion: 'XIV' as never })).thenRejects('delegacion-desconocida', 'delegacion');
  });

  it('a taxpayer without RFC or CURP, or with a malformed RFC, is refused naming the field', () => {
    dado.given([]).when(recibir({ contribuyente: { nombre: 'Gloria' } })).thenRejects('contribuyente-sin-identificacion', 'contribuyente.rfc');
    dado.given([]).when(recibir({ contribuyente: { rfc: 'XYZ', nombre: 'Gloria' } })).thenRejects('rfc-invalido', 'contribuyente.rfc');
  });

  it('the folio carries the year of the payment date', () => {
    const [evento] = pagoDeDerechoDecider.decide(
      recibir({
        lineaDeCaptura: '07000000012525560000008798037',
        claveDerecho: 'LD-25-IV-a-1',
        importe: '879.80',
        fechaPago: '2026-12-31',
        secuenciaFolio: 1,
        esperado: { claveDerecho: 'LD-25-IV-a-1', cantidad: 1, importeDerecho: '830.00', adicional: '0.00', salvamentos: '49.80', total: '879.80' },
      }),
      pagoDeDerechoDecider.estadoInicial(),
    );
    expect(evento.data).toMatchObject({ folio: 'RO-2026-00000001-8', serieOrden: 125, salvamentos: '49.80', importeTotal: '879.80' });
  });
});
