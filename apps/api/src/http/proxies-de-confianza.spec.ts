// Issue 9, item 2: X-Forwarded-For is believed only from the proxies TRUST_PROXY names; never by default and
// never from "everyone".
import { proxiesDeConfianza } from './proxies-de-confianza';

describe('TRUST_PROXY', () => {
  it('unset or empty trusts no proxy', () => {
    expect(proxiesDeConfianza(undefined)).toBe(false);
    expect(proxiesDeConfianza(' , ')).toBe(false);
  });

  it('lists addresses, CIDR ranges and proxy-addr names', () => {
    expect(proxiesDeConfianza('10.0.0.5, 10.1.0.0/16,::1, fd00::/8 ,loopback')).toEqual(['10.0.0.5', '10.1.0.0/16', '::1', 'fd00::/8', 'loopback']);
  });

  it('refuses a blanket true, a hop count or a malformed range, in Spanish naming TRUST_PROXY', () => {
    for (const valor of ['true', '1', '*', '10.0.0.0/33', 'proxy.interno', '10.0.0.1/8/2']) {
      expect(() => proxiesDeConfianza(valor)).toThrow(/^TRUST_PROXY inválido/);
    }
  });
});
