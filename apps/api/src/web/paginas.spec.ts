// The composition of apps/web's pages: each address of paginas.json gets the shared layout, its own <h1> as the
// title, its script module when it has one, the parts it includes, and its own link marked in the navigation.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { componerPaginas } from './paginas';

describe('componerPaginas', () => {
  const paginas = componerPaginas();
  const de = (ruta: string) => paginas.find((p) => p.ruta === ruta)!.html;

  it('serves every address the pages had as TypeScript strings, the session pages without cache', () => {
    expect(paginas.map((p) => p.ruta).sort()).toEqual(
      ['/', '/consulta', '/dependencias/acceso', '/dependencias/cuenta', '/dependencias/servicios', '/derechos', '/orden-de-pago',
        '/cobranza/creditos', '/cobranza/credito', '/cobranza/contribuyente'].sort(),
    );
    expect(paginas.filter((p) => p.sinCache).map((p) => p.ruta).sort()).toEqual(
      ['/dependencias/cuenta', '/dependencias/servicios', '/cobranza/creditos', '/cobranza/credito', '/cobranza/contribuyente'].sort(),
    );
  });

  it('puts each page in the layout with its title, its module and no slot left unfilled', () => {
    for (const { ruta, html } of paginas) {
      expect([ruta, html]).toEqual([ruta, expect.stringMatching(/^<!doctype html>\n<html lang="es">/)]);
      expect([ruta, html.match(/<h1>/g)?.length]).toEqual([ruta, 1]);
      expect([ruta, html]).toEqual([ruta, expect.not.stringContaining('{{')]);
      expect([ruta, html]).toEqual([ruta, expect.not.stringMatching(/<script(?![^>]*\bsrc=)/)]);
    }
    expect(de('/consulta')).toContain('<title>Consulta de pagos y servicios · Registro de Otorgamiento de Servicios</title>');
    expect(de('/consulta')).toContain('<script type="module" src="/recursos/js/paginas/consulta.js"></script>');
    expect(de('/')).not.toContain('<script');
  });

  it('includes the privacy notice where the portal has it (log-in and consultation) and marks the current link', () => {
    expect(de('/dependencias/acceso')).toContain('<h2 id="aviso">Aviso de privacidad</h2>');
    expect(de('/consulta')).toContain('<h2 id="aviso">Aviso de privacidad</h2>');
    expect(de('/derechos')).not.toContain('Aviso de privacidad');
    expect(de('/derechos')).toContain('<a href="/derechos" aria-current="page">');
    expect(de('/derechos').match(/aria-current/g)).toHaveLength(1);
  });

  it('refuses to start with a page that has no <h1> to name it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'web-'));
    mkdirSync(path.join(dir, 'paginas'));
    writeFileSync(path.join(dir, 'plantilla.html'), '<title>{{titulo}}</title>{{contenido}}');
    writeFileSync(path.join(dir, 'paginas.json'), JSON.stringify({ '/x': { pagina: 'x' } }));
    writeFileSync(path.join(dir, 'paginas', 'x.html'), '<p>sin título</p>');
    expect(() => componerPaginas(dir)).toThrow('La página x.html no tiene un <h1> que la nombre');
  });
});
