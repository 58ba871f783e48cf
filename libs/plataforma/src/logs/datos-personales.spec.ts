import { sinIdentificadores, urlSinDatosPersonales } from './datos-personales';

describe('Personal data out of log lines (issue 9, item 12)', () => {
  it('replaces the values of sensitive query parameters, whatever their case, and keeps the rest', () => {
    expect(urlSinDatosPersonales('/api/consulta?folio=X&identificador=Y&limite=5')).toBe('/api/consulta?folio=[REDACTADO]&identificador=[REDACTADO]&limite=5');
    expect(urlSinDatosPersonales('/orden-de-pago?serie=12&Token=abc&RFC=x&curp=y')).toBe('/orden-de-pago?serie=12&Token=[REDACTADO]&RFC=[REDACTADO]&curp=[REDACTADO]');
  });

  it('scrubs an RFC, a CURP or a folio anywhere in a line, in upper or lower case', () => {
    expect(sinIdentificadores('/api/recibos/RO-2026-00000123-X y HEGG850101AB1, hegg850101mcsrll09; MAPJ800101AB2')).toBe(
      '/api/recibos/[REDACTADO] y [REDACTADO], [REDACTADO]; [REDACTADO]',
    );
  });

  it('leaves ordinary ids, dates and amounts alone', () => {
    const linea = '{"reqId":"req-12","correlationId":"tramite-42","fecha":"2026-03-10","importe":"1802.00","serie":123}';
    expect(sinIdentificadores(linea)).toBe(linea);
  });
});
