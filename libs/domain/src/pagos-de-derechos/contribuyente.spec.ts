import { rechazoDe } from '../../../../test/support/decider-spec';
import { digitoVerificadorCurp, esCurpValida, esRfcValido, normalizarContribuyente } from './contribuyente';
import { esFolioReciboValido, generarFolioRecibo, leerFolioRecibo } from './folio-recibo';

describe('Identification of the taxpayer on a recibo oficial (CHP art. 38)', () => {
  it('accepts RFCs of personas físicas (13) and morales (12), and the generic RFC of the public', () => {
    expect(['GODE561231GR8', 'ABC680524P76', 'XAXX010101000'].every(esRfcValido)).toBe(true);
  });

  it('refuses RFCs with an impossible date or the wrong length', () => {
    expect(['GODE561331GR8', 'GODE560230GR8', 'GO561231GR8', 'GODE561231GR'].some(esRfcValido)).toBe(false);
  });

  it('computes the RENAPO check digit of published CURPs', () => {
    expect(digitoVerificadorCurp('HEGG560427MVZRRL0')).toBe('4');
    expect(digitoVerificadorCurp('MAHJ280603MSPRRV0')).toBe('9');
    expect(esCurpValida('LOOA531113HTCPBN07')).toBe(true);
    expect(esCurpValida('LOOA531113HTCPBN08')).toBe(false);
    expect(esCurpValida('LOOA531113HZZPBN07')).toBe(false);
  });

  it('normalises to upper case with both keys present and refuses a payer with neither', () => {
    expect(normalizarContribuyente({ curp: 'hegg560427mvzrrl04', nombre: '  Gloria  Hernández ' })).toEqual({ rfc: null, curp: 'HEGG560427MVZRRL04', nombre: 'Gloria Hernández' });
    expect(rechazoDe(() => normalizarContribuyente({ nombre: 'Gloria' }))).toMatchObject({ codigo: 'contribuyente-sin-identificacion', campo: 'contribuyente.rfc' });
    expect(rechazoDe(() => normalizarContribuyente({ rfc: 'GODE561331GR8', nombre: 'Gloria' }))).toMatchObject({ codigo: 'rfc-invalido', campo: 'contribuyente.rfc' });
    expect(rechazoDe(() => normalizarContribuyente({ curp: 'HEGG560427MVZRRL05', nombre: 'Gloria' }))).toMatchObject({ codigo: 'curp-invalida', campo: 'contribuyente.curp' });
    expect(rechazoDe(() => normalizarContribuyente({ rfc: 'XAXX010101000', nombre: ' ' }))).toMatchObject({ codigo: 'nombre-invalido', campo: 'contribuyente.nombre' });
  });
});

describe('Folio of the recibo oficial (decision 0203)', () => {
  it('is RO, the year, eight digits of the sequence and a MOD 11-2 check character', () => {
    expect(generarFolioRecibo(2026, 123)).toBe('RO-2026-00000123-X');
    expect(generarFolioRecibo(2026, 124)).toBe('RO-2026-00000124-8');
    expect(leerFolioRecibo('RO-2026-00000124-8')).toEqual({ anio: 2026, secuencia: 124 });
  });

  it('refuses a folio whose check character does not match, naming folioRecibo', () => {
    expect(esFolioReciboValido('RO-2026-00000124-9')).toBe(false);
    expect(esFolioReciboValido('RO-2026-00000142-8')).toBe(false);
    expect(rechazoDe(() => leerFolioRecibo('RO-2026-124'))).toMatchObject({ codigo: 'folio-invalido', campo: 'folioRecibo' });
  });
});
