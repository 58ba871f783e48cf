// Issue 10, item 6, in a real browser (Debian's chromium through playwright-core): every page of apps/web (the
// addresses of apps/web/paginas.json, a new page is covered by adding it there) loads its layout, style sheet and
// script modules with no console error, no uncaught exception and no CSP violation, logged in where the page needs
// a session; and Apache ECharts, served from npm under /vendor/, draws a chart under the same policy. Screenshots
// go to test/browser/capturas/ (ignored by git) for a person to look at. Without /usr/bin/chromium this test FAILS.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { crearAppDePrueba } from '../support/app';
import { CONTRASENA, RFC, cliente } from '../e2e/registro.support';

const CHROMIUM = '/usr/bin/chromium';
const CAPTURAS = path.join(__dirname, 'capturas');
const RUTAS = Object.keys(JSON.parse(readFileSync(path.join(__dirname, '../../apps/web/paginas.json'), 'utf8')) as Record<string, unknown>);

describe('every page of apps/web in the browser, under the Content-Security-Policy', () => {
  let app: NestFastifyApplication;
  let browser: Browser;
  let contexto: BrowserContext;
  let base: string;
  let folio: string;
  let enlaceDeOrden: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`No está ${CHROMIUM}: instale chromium (apt-get install chromium) para las pruebas de navegador.`);
    mkdirSync(CAPTURAS, { recursive: true });
    app = await crearAppDePrueba();
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    const api = cliente(app);
    const { sgg, banco } = await api.prepararUsuarios();
    const { orden, recibo } = await api.ordenPagada(banco, 'LD-21 Bis-II-a', { rfc: RFC });
    folio = recibo.folio;
    enlaceDeOrden = orden.enlace;
    const servicio = await api.pedir({
      method: 'POST',
      url: '/api/servicios',
      token: sgg,
      payload: { folioRecibo: folio, claveDerecho: 'LD-21 Bis-II-a', fechaOtorgamiento: recibo.fechaPago, receptor: { nombre: 'Gloria Hernández García' } },
    });
    expect(servicio.status).toBe(201);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
    contexto = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const acceso = await contexto.newPage();
    await acceso.goto(`${base}/dependencias/acceso`);
    await acceso.getByLabel('Usuario').fill('sgg.registro');
    await acceso.getByLabel('Contraseña').fill(CONTRASENA);
    await acceso.getByRole('button', { name: 'Enviar' }).click();
    await acceso.waitForURL(`${base}/dependencias/servicios`);
    await acceso.close();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** Opens a page and collects what the browser reports against it: console errors, CSP violations, exceptions. */
  async function abrir(ruta: string): Promise<{ page: Page; problemas: string[] }> {
    const page = await contexto.newPage();
    const problemas: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problemas.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problemas.push(`excepción: ${e.message}`));
    const respuesta = await page.goto(`${base}${ruta}`, { waitUntil: 'networkidle' });
    expect([ruta, respuesta?.status()]).toEqual([ruta, 200]);
    return { page, problemas };
  }

  const captura = (page: Page, nombre: string) => page.screenshot({ path: path.join(CAPTURAS, `${nombre}.png`), fullPage: true });

  it.each(RUTAS)('%s loads its layout, styles and script with no console error nor CSP violation', async (ruta) => {
    const { page, problemas } = await abrir(ruta);
    await expect(page.locator('header nav').count()).resolves.toBe(1);
    await expect(page.locator('footer').count()).resolves.toBe(1);
    await expect(page.locator('h1').count()).resolves.toBe(1);
    // The style sheet applied: the header's rule from registro.css, not the browser's default.
    const bordeDelEncabezado = page.locator('header').evaluate(
      (h) => (globalThis as unknown as { getComputedStyle: (e: unknown) => { borderBottomStyle: string } }).getComputedStyle(h).borderBottomStyle,
    );
    await expect(bordeDelEncabezado).resolves.toBe('solid');
    await expect(page.locator(`nav a[aria-current="page"]`).count()).resolves.toBeLessThanOrEqual(1);
    await captura(page, ruta === '/' ? 'inicio' : ruta.slice(1).replace(/\//g, '-'));
    expect([ruta, problemas]).toEqual([ruta, []]);
    await page.close();
  });

  it('the pages with data show it: the agency log, the catalog, a consultation and the order from its public link', async () => {
    const servicios = await abrir('/dependencias/servicios');
    await servicios.page.locator('#registros').getByText(folio).waitFor();
    await expect(servicios.page.locator('#sesion').textContent()).resolves.toContain('dependencia SGG');
    const derechos = await abrir('/derechos');
    await derechos.page.getByText('resultado(s)').waitFor();
    const consulta = await abrir('/consulta');
    await consulta.page.getByLabel('Folio del recibo oficial').fill(folio);
    await consulta.page.getByLabel('RFC o CURP').fill(RFC);
    await consulta.page.getByRole('button', { name: 'Consultar' }).click();
    await consulta.page.getByText('Servicio otorgado').waitFor();
    await captura(consulta.page, 'consulta-resultado');
    const orden = await abrir(enlaceDeOrden);
    await orden.page.getByText('$1,802.00').waitFor();
    await captura(orden.page, 'orden-de-pago-enlace');
    for (const { page, problemas } of [servicios, derechos, consulta, orden]) {
      expect([page.url(), problemas]).toEqual([page.url(), []]);
      await page.close();
    }
  });

  it('without a session, the agency pages send the browser to the log-in', async () => {
    const anonimo = await browser.newContext();
    for (const ruta of ['/dependencias/servicios', '/dependencias/cuenta']) {
      const page = await anonimo.newPage();
      await page.goto(`${base}${ruta}`);
      await page.waitForURL(`${base}/dependencias/acceso`);
      await page.close();
    }
    await anonimo.close();
  });

  it('Apache ECharts, served from npm at /vendor/echarts/, draws a chart under the same policy', async () => {
    const { page, problemas } = await abrir('/');
    // As a page module would: an ES import from this origin (a string, so the test's compiler leaves import() alone).
    const dibujado = await page.evaluate(`(async () => {
      const echarts = await import('/vendor/echarts/echarts.esm.min.mjs');
      const div = document.createElement('div');
      div.id = 'grafica';
      div.style.width = '480px';
      div.style.height = '240px';
      document.querySelector('main').append(div);
      echarts.init(div).setOption({ xAxis: { type: 'category', data: ['Ene', 'Feb', 'Mar'] }, yAxis: { type: 'value' }, series: [{ type: 'bar', data: [3, 5, 2] }], animation: false });
      return div.querySelectorAll('canvas').length;
    })()`);
    expect(dibujado).toBeGreaterThan(0);
    await page.locator('#grafica').screenshot({ path: path.join(CAPTURAS, 'echarts.png') });
    expect(problemas).toEqual([]);
    await page.close();
  });
});
