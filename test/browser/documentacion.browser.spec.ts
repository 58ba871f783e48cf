// Issue 9, item 13, in a real browser (Debian's chromium through playwright-core): the Content-Security-Policy now
// on every response must not break swagger UI at /api/docs nor the pages: no CSP violation is reported and the UI
// renders the API's title and operations. Without /usr/bin/chromium this test FAILS (it never skips).
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { chromium, type Browser } from 'playwright-core';
import { crearAppDePrueba } from '../support/app';

const CHROMIUM = '/usr/bin/chromium';

describe('swagger UI and the pages under the Content-Security-Policy', () => {
  let app: NestFastifyApplication;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`No está ${CHROMIUM}: instale chromium (apt-get install chromium) para las pruebas de navegador.`);
    app = await crearAppDePrueba();
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it.each(['/api/docs', '/derechos'])('%s renders with no CSP violation', async (ruta) => {
    const page = await browser.newPage();
    const violaciones: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violaciones.push(m.text());
    });
    await page.goto(`${base}${ruta}`);
    if (ruta === '/api/docs') {
      await page.locator('.swagger-ui .info .title').filter({ hasText: 'Tesorería Chiapas' }).waitFor({ timeout: 15_000 });
      await page.locator('.opblock-summary-path').first().waitFor();
    } else {
      await page.getByText('resultado(s)').waitFor({ timeout: 15_000 });
    }
    expect(violaciones).toEqual([]);
    await page.close();
  });
});
