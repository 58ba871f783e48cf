import { especificacion } from '../../../../test/support/decider-spec';
import { ordenDePagoDecider } from './orden-de-pago.decider';
import { EmitirOrdenDePago } from './orden-de-pago.commands';
import { OrdenDePagoEmitida } from './orden-de-pago.events';
import { ORDEN_123 } from '../../../../test/support/derecho-de-prueba';

const TOKEN = 'q3Jm0c2kXb9VtQe7LrA1sw';
const matrimonio = { clave: 'LD-21Bis-II-a', tarifa: '1700.00', dependencia: 'registro-civil' };

const emitir = (cambios: Partial<EmitirOrdenDePago['data']> = {}): EmitirOrdenDePago => ({
  type: 'EmitirOrdenDePago',
  data: { serie: 123, claveDerecho: 'LD-21Bis-II-a', cantidad: 1, fechaEmision: '2026-03-02', fechaVigencia: '2026-03-31', lineaDeTarifa: matrimonio, token: TOKEN, ...cambios },
});

const emitida: OrdenDePagoEmitida = {
  type: 'OrdenDePagoEmitida',
  data: { ...ORDEN_123, dependencia: 'registro-civil', fechaVigencia: '2026-03-31', token: TOKEN },
};

describe('Orden de pago of a derecho (LD art. 5, CHP art. 265)', () => {
  const dado = especificacion(ordenDePagoDecider);

  it('CHP art. 265: a marriage registration (LD art. 21 Bis II a) is ordered for $1,700.00 plus $102.00 of adicional with its línea de captura', () => {
    dado.given([]).when(emitir()).then([emitida]);
  });

  it('LD art. 11: a derecho that is not in the catalog is refused as derecho-desconocido naming claveDerecho', () => {
    dado.given([]).when(emitir({ claveDerecho: 'LD-99-I', lineaDeTarifa: null })).thenRejects('derecho-desconocido', 'claveDerecho');
  });

  it('repeating the same order (a retry, even on another day) records nothing', () => {
    dado.given([emitida]).when(emitir({ fechaEmision: '2026-03-03' })).thenNothingHappened();
  });

  it('a different order under a serial already used is a conflict orden-de-pago-ya-emitida naming serie', () => {
    dado.given([emitida]).when(emitir({ cantidad: 2 })).thenRejects('orden-de-pago-ya-emitida', 'serie');
  });

  it('CHP art. 265 A III with LD art. 11: four lab analyses of LD art. 44 Bis I cost $860.00 with no adicional', () => {
    const lab = { clave: 'LD-44Bis-I', tarifa: '215.00', dependencia: 'laboratorio-estatal' };
    const [evento] = ordenDePagoDecider.decide(emitir({ serie: 124, claveDerecho: 'LD-44Bis-I', cantidad: 4, lineaDeTarifa: lab }), ordenDePagoDecider.estadoInicial());
    expect(evento.data).toMatchObject({ importeDerecho: '860.00', adicional: '0.00', salvamentos: '0.00', total: '860.00', exentoDeAdicional: true, fundamentoAdicional: 'CHP art. 265 A III' });
  });

  it('CHP arts. 261 D and 265 A I: the refrendo of LD art. 25 IV a 1 carries $49.80 of salvamentos and no adicional, $879.80 in all', () => {
    const refrendo = { clave: 'LD-25-IV-a-1', tarifa: '830.00', dependencia: 'control-vehicular' };
    const [evento] = ordenDePagoDecider.decide(
      emitir({ serie: 125, claveDerecho: 'LD-25-IV-a-1', fechaVigencia: '2026-12-31', lineaDeTarifa: refrendo }),
      ordenDePagoDecider.estadoInicial(),
    );
    expect(evento.data).toMatchObject({ adicional: '0.00', salvamentos: '49.80', total: '879.80', lineaDeCaptura: '07000000012525560000008798037' });
  });

  it('a validity date before the emission is refused as vigencia-anterior-a-la-emision naming fechaVigencia', () => {
    dado.given([]).when(emitir({ fechaVigencia: '2026-03-01' })).thenRejects('vigencia-anterior-a-la-emision', 'fechaVigencia');
  });

  it('CHP art. 20: an order may not outlive the fiscal year it was issued in (tariffs change on 1 January)', () => {
    dado.given([]).when(emitir({ fechaEmision: '2026-12-20', fechaVigencia: '2027-01-05' })).thenRejects('vigencia-fuera-del-ejercicio', 'fechaVigencia');
  });

  it('LD art. 11: a derogated or formula item with no peso tariff cannot be ordered (derecho-sin-tarifa)', () => {
    dado
      .given([])
      .when(emitir({ claveDerecho: 'LD-21Quater-XIV', lineaDeTarifa: { clave: 'LD-21Quater-XIV', tarifa: null, dependencia: 'rppc' } }))
      .thenRejects('derecho-sin-tarifa', 'claveDerecho');
  });

  it('issue 9, item 11: the order carries the secret of its public link; a short or missing secret is refused as token-invalido', () => {
    dado.given([]).when(emitir({ token: 'abc' })).thenRejects('token-invalido', 'token');
    dado.given([]).when(emitir({ token: undefined as never })).thenRejects('token-invalido', 'token');
  });

  it('a retry of the same order with another secret is the same order: nothing happens, the first secret stays', () => {
    dado.given([emitida]).when(emitir({ token: 'otroSecretoDeVeintidos_' })).thenNothingHappened();
  });

  it('a quantity that is not a positive whole number is refused as cantidad-invalida', () => {
    dado.given([]).when(emitir({ cantidad: 0 })).thenRejects('cantidad-invalida', 'cantidad');
    dado.given([]).when(emitir({ cantidad: 1.5 })).thenRejects('cantidad-invalida', 'cantidad');
  });
});
