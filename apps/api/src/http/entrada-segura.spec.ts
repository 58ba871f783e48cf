// The edge's walk over parsed input: any ordinary JSON passes untouched, any control character or lone surrogate
// is found with the path of its field, and nesting of any depth is refused without recursion (no stack overflow).
import fc from 'fast-check';
import { defectoEn, PROFUNDIDAD_MAXIMA } from './entrada-segura';

const texto = fc.string({ unit: 'grapheme' }).filter((s) => !/[\u0000-\u001F\u007F]/.test(s));
const json = fc.letrec((tie) => ({
  valor: fc.oneof({ depthSize: 'small', withCrossShrink: true }, texto, fc.integer(), fc.boolean(), fc.constant(null), fc.array(tie('valor'), { maxLength: 4 }), fc.dictionary(texto, tie('valor'), { maxKeys: 4 })),
})).valor;

describe('defectoEn', () => {
  it('finds nothing in JSON made of printable text (tab, line feed and carriage return included)', () => {
    fc.assert(fc.property(json, (valor) => defectoEn(valor, 'cuerpo') === null));
    expect(defectoEn({ motivo: 'línea 1\nlínea 2\r\n\tfin' }, 'cuerpo')).toBeNull();
  });

  it('names the field of a control character or lone surrogate, wherever it is', () => {
    fc.assert(
      fc.property(fc.constantFrom('\u0000', '\u0001', '\u001b', '\u007f', '\ud800', '\udfff'), fc.string(), (malo, resto) => {
        const d = defectoEn({ a: 1, contribuyente: { nombre: `${resto}${malo}x` } }, 'cuerpo');
        return d?.campo === 'contribuyente.nombre' && d.codigo === (malo >= '\ud800' ? 'texto-mal-formado' : 'caracter-de-control');
      }),
    );
    expect(defectoEn({ 'cla\u0000ve': 1 }, 'cuerpo')).toEqual({ campo: 'cla\\u0000ve', codigo: 'caracter-de-control' });
    expect(defectoEn({ folio: 'RO\n1' }, '', /[\u0000-\u001F]/)).toEqual({ campo: 'folio', codigo: 'caracter-de-control' });
  });

  it('refuses nesting past the limit at any depth without overflowing the stack, naming the top-level field', () => {
    let profundo: unknown = [];
    for (let i = 0; i < 200_000; i++) profundo = [profundo];
    expect(defectoEn({ receptor: profundo }, 'cuerpo')).toEqual({ campo: 'receptor', codigo: 'anidamiento-excesivo' });
    expect(defectoEn(profundo, 'cuerpo')).toEqual({ campo: 'cuerpo', codigo: 'anidamiento-excesivo' });
    let justo: unknown = 'x';
    for (let i = 0; i < PROFUNDIDAD_MAXIMA; i++) justo = [justo];
    expect(defectoEn(justo, 'cuerpo')).toBeNull();
  });
});
