// Issue 11, item 6, in a real browser (Debian's chromium through playwright-core): a cobranza user logs in and lands
// on the list of credits, filters it, opens a credit made exigible by the admin's sweep, sees its stage, clocks and
// the amount owed today explained, is refused a requerimiento dated before exigibility (the detail beside the date),
// records it dated today and sees the stage and the history change; then the taxpayer's estado de cuenta with its
// ECharts chart. No console error, no CSP violation. Without /usr/bin/chromium this test FAILS (it never skips).
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { crearAppDePrueba } from '../support/app';
import { CONTRASENA } from '../e2e/registro.support';
import { GLORIA, preparar } from '../e2e/creditos.support';

const CHROMIUM = '/usr/bin/chromium';
const CAPTURAS = path.join(__dirname, 'capturas');
const HOY = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const pesos = (t: string) => '$' + t.split('.')[0].replace(/\B(?=(\d{3})+(?!\d))/g, ',') + '.' + t.split('.')[1];

describe('the cobranza pages in the browser', () => {
  let app: NestFastifyApplication;
  let browser: Browser;
  let page: Page;
  let base: string;
  let leer: Awaited<ReturnType<typeof preparar>>['leer'];
  const problemas: string[] = [];
  /** Answers of 400 or more the pages received: only the refusal the test provokes is expected. */
  const fallidas: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`No está ${CHROMIUM}: instale chromium (apt-get install chromium) para las pruebas de navegador.`);
    mkdirSync(CAPTURAS, { recursive: true });
    app = await crearAppDePrueba();
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    const p = await preparar(app);
    leer = p.leer;
    // Two of Gloria's credits in Delegación XI, notified (art. 37: exigible after 30 business days), and one
    // just determined in Delegación I; the admin's sweep makes the notified ones exigible.
    await p.determinar('CF-2025-0001');
    await p.exito('/api/creditos/CF-2025-0001/notificaciones', { medio: 'personal', fecha: '2025-03-03' });
    await p.determinar('CF-2025-0002', { importeHistorico: '2500.00', periodo: '2024-06' });
    await p.exito('/api/creditos/CF-2025-0002/notificaciones', { medio: 'personal', fecha: '2025-03-03' });
    await p.determinar('CF-2025-0003', { delegacion: 'I', contribuyente: { rfc: 'PEMJ750505QX2', nombre: 'Juan Pérez Martínez' } });
    await p.barrer('2025-04-22');
    // Notified today: its payment term of art. 37 is still running.
    await p.determinar('CF-2026-0004', { delegacion: 'I', fechaDeterminacion: HOY, contribuyente: { rfc: 'PEMJ750505QX2', nombre: 'Juan Pérez Martínez' } });
    await p.exito('/api/creditos/CF-2026-0004/notificaciones', { medio: 'personal', fecha: HOY });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
    // A browser far east of Chiapas: the pages still date acts and the amount owed in Chiapas's calendar.
    page = await (await browser.newContext({ viewport: { width: 1100, height: 900 }, timezoneId: 'Pacific/Kiritimati' })).newPage();
    page.setDefaultTimeout(15_000);
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problemas.push(`${m.type()}: ${m.text()} ${m.location().url}`);
    });
    page.on('pageerror', (e) => problemas.push(`excepción: ${e.message}`));
    page.on('response', (r) => {
      if (r.status() >= 400) fallidas.push(`${r.status()} ${r.request().method()} ${new URL(r.url()).pathname}`);
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const captura = (nombre: string) => page.screenshot({ path: path.join(CAPTURAS, `${nombre}.png`), fullPage: true });
  const filas = () => page.locator('#creditos tr');

  it('a cobranza user logs in and lands on the list of credits, and filters it', async () => {
    await page.goto(`${base}/dependencias/acceso`);
    await page.getByLabel('Usuario').fill('cobranza');
    await page.getByLabel('Contraseña').fill(CONTRASENA);
    await page.getByRole('button', { name: 'Enviar' }).click();
    await page.waitForURL(`${base}/cobranza/creditos`);
    await page.getByText('Créditos 1 a 4 de 4.').waitFor();
    await expect(page.locator('nav a[aria-current="page"]').textContent()).resolves.toBe('Cobranza');
    await page.getByLabel('Delegación (CHP art. 101)').fill('XI');
    await page.getByLabel('Exigible').selectOption('true');
    await page.getByRole('button', { name: 'Filtrar' }).click();
    await page.getByText('Créditos 1 a 2 de 2.').waitFor();
    await expect(filas().allTextContents()).resolves.toEqual([expect.stringContaining('CF-2025-0001'), expect.stringContaining('CF-2025-0002')]);
    await expect(filas().first().textContent()).resolves.toContain('Exigible');
    await page.getByLabel('Etapa').selectOption('notificado');
    await page.getByRole('button', { name: 'Filtrar' }).click();
    await page.getByText('Ningún crédito con esos filtros.').waitFor();
    await expect(page.url()).toContain('delegacion=XI');
    await page.getByLabel('Etapa').selectOption('');
    await page.getByRole('button', { name: 'Filtrar' }).click();
    await page.getByText('Créditos 1 a 2 de 2.').waitFor();
    await captura('cobranza-creditos');
    // Pages of the list (one credit a page here), keeping the filters.
    await page.goto(`${base}/cobranza/creditos?delegacion=XI&limite=1`);
    await page.getByText('Créditos 1 a 1 de 2.').waitFor();
    await expect(page.getByRole('button', { name: 'Página anterior' }).isDisabled()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Página siguiente' }).click();
    await page.getByText('Créditos 2 a 2 de 2.').waitFor();
    await expect(filas().textContent()).resolves.toContain('CF-2025-0002');
    await expect(page.getByRole('button', { name: 'Página siguiente' }).isDisabled()).resolves.toBe(true);
    await expect(page.url()).toContain('desplazamiento=1');
    await page.getByRole('button', { name: 'Página anterior' }).click();
    await page.getByText('Créditos 1 a 1 de 2.').waitFor();
  });

  it('opens a credit: stage, clocks, the amount owed today explained month by month, the history with who and when', async () => {
    await page.getByRole('link', { name: 'CF-2025-0001' }).click();
    await page.waitForURL(`${base}/cobranza/credito?id=CF-2025-0001`);
    await page.getByRole('heading', { name: 'Crédito CF-2025-0001' }).waitFor();
    const etapa = page.locator('#etapa');
    await etapa.getByText('Exigible', { exact: true }).waitFor();
    await expect(page.locator('#relojes').textContent()).resolves.toMatch(/Prescripción \(CHP arts\. 24 y 30\)Vence el \d{4}-\d\d-\d\d/);
    const adeudo = (await leer(`/api/creditos/CF-2025-0001/adeudo?fecha=${HOY}`)).body as { total: string; meses: unknown[] };
    await page.getByText(`Adeudo al ${HOY} (hoy en Chiapas): ${pesos(adeudo.total)}.`).waitFor();
    await expect(page.locator('#meses tr').count()).resolves.toBe(adeudo.meses.length);
    await expect(page.locator('#desglose').textContent()).resolves.toContain('CHP art. 43');
    await expect(page.locator('#advertencias li').count()).resolves.toBeGreaterThan(0);
    const historia = page.locator('#eventos tr');
    await expect(historia.allTextContents()).resolves.toEqual([
      expect.stringMatching(/^2025-02-20Crédito determinado.*cobranza \(cobranza\)/),
      expect.stringMatching(/^2025-03-03Notificación practicada.*cobranza \(cobranza\)/),
      expect.stringMatching(/^2025-04-21Crédito exigible.*admin \(admin\)/),
      expect.stringMatching(/^2025-04-21Crédito firme.*CHP arts\. 170 I y 172 IV.*admin \(admin\)/),
    ]);
    // Only the acts the law allows on an exigible credit.
    await expect(page.locator('#actos h3').allTextContents()).resolves.toEqual([
      'Requerimiento de pago (CHP arts. 114-117)', 'Convenio de pago en parcialidades (CHP arts. 41-42)', 'Suspensión del PAE (CHP arts. 27-30 y 182)',
      'Prescripción a solicitud del contribuyente (CHP art. 24)', 'Cancelación por incosteabilidad o insolvencia (CHP arts. 25-26)',
    ]);
    await captura('cobranza-credito-exigible');
  });

  it('a requerimiento dated before exigibility is refused beside its date; dated today, the stage and the history change', async () => {
    const fecha = page.getByLabel('Fecha del requerimiento');
    await fecha.fill('2025-04-01');
    await page.getByRole('button', { name: 'Practicar requerimiento' }).click();
    await page.locator('#requerimiento-fecha-error').getByText('no puede ser anterior a la fecha en que el crédito se hizo exigible (2025-04-21)').waitFor();
    await expect(page.getByRole('alert').filter({ hasText: '(CHP art. 117)' }).count()).resolves.toBe(1);
    await captura('cobranza-credito-rechazo');
    await expect(fecha.inputValue()).resolves.toBe('2025-04-01');
    await fecha.fill(HOY);
    await page.getByRole('button', { name: 'Practicar requerimiento' }).click();
    await page.getByText('Registrado: Requerimiento practicado').waitFor();
    await page.locator('#etapa').getByText('Requerido de pago', { exact: true }).waitFor();
    // After an exigibility by the lapse of art. 37 the six days of art. 117 do not run (they follow a revoked plan).
    await expect(page.locator('#etapa').textContent()).resolves.toContain(`Desde${HOY}Próximo plazo legalNinguno pendiente`);
    await expect(page.locator('#eventos tr').allTextContents()).resolves.toEqual(expect.arrayContaining([
      expect.stringMatching(new RegExp(`^${HOY}Requerimiento practicado.*cobranza \\(cobranza\\)`)),
      expect.stringMatching(new RegExp(`^${HOY}Gastos de ejecución causados.*CHP art\\. 113.*cobranza \\(cobranza\\)`)),
    ]));
    await expect(page.locator('#saldo').textContent()).resolves.toMatch(/Gastos de ejecución \(CHP art\. 113\)\$[1-9]/);
    // The next acts are those of a requerido credit: the embargo comes next.
    await page.getByRole('heading', { name: 'Embargo (CHP arts. 117-120)' }).waitFor();
    await expect(page.getByRole('heading', { name: 'Requerimiento de pago (CHP arts. 114-117)' }).count()).resolves.toBe(0);
    await captura('cobranza-credito-requerido');
    // The embargo of a good without its description: the validation names bienes.descripcion, shown beside it.
    await page.getByLabel('Fecha del embargo').fill(HOY);
    await page.getByLabel('Bien embargado, en el orden del art. 119').selectOption('muebles');
    await page.getByRole('button', { name: 'Registrar embargo' }).click();
    await page.locator('#embargo-bienes-descripcion-error').getByText('bienes.descripcion').waitFor();
    await page.getByLabel('Descripción del bien').fill('Camioneta pick-up 2019');
    await page.getByRole('button', { name: 'Registrar embargo' }).click();
    await page.locator('#etapa').getByText('Embargado', { exact: true }).waitFor();
    await expect(page.locator('#eventos tr').last().textContent()).resolves.toMatch(/Embargado|Gastos de ejecución causados/);
    await page.getByRole('heading', { name: 'Avalúo (CHP art. 144)' }).waitFor();
    await captura('cobranza-credito-embargado');
  });

  it('a credit in its payment term shows its next legal deadline with the article', async () => {
    await page.goto(`${base}/cobranza/credito?id=CF-2026-0004`);
    await page.locator('#etapa').getByText('Notificado', { exact: true }).waitFor();
    const credito = (await leer('/api/creditos/CF-2026-0004')).body as { proximoPlazo: { fecha: string } };
    await expect(page.locator('#etapa').textContent()).resolves.toContain(`Próximo plazo legal${credito.proximoPlazo.fecha}: pagar o garantizar el crédito (CHP art. 37 I)`);
    await expect(page.locator('#plazos').textContent()).resolves.toContain('interponer el recurso de revocación');
    await expect(page.locator('#actos h3').allTextContents()).resolves.toEqual([
      'Convenio de pago en parcialidades (CHP arts. 41-42)', 'Suspensión del PAE (CHP arts. 27-30 y 182)', 'Cancelación por incosteabilidad o insolvencia (CHP arts. 25-26)',
    ]);
    await captura('cobranza-credito-notificado');
    await page.goBack();
    await page.locator('#etapa').getByText('Embargado', { exact: true }).waitFor();
  });

  it("shows the taxpayer's estado de cuenta as of today, each credit and the totals, with the chart drawn", async () => {
    await page.getByRole('link', { name: `${GLORIA.nombre} (${GLORIA.rfc})` }).click();
    await page.waitForURL(new RegExp(`/cobranza/contribuyente\\?rfc=${GLORIA.rfc}`));
    await expect(page.getByLabel('Fecha del estado de cuenta').inputValue()).resolves.toBe(HOY);
    const cuenta = (await leer(`/api/contribuyentes/${GLORIA.rfc}/estado-de-cuenta?fecha=${HOY}`)).body as { totales: Record<string, string> };
    await page.getByText(`2 crédito(s); total adeudado ${pesos(cuenta.totales.total)}`).waitFor();
    await expect(page.locator('#creditos tr').count()).resolves.toBe(2);
    await expect(page.locator('#totales').textContent()).resolves.toContain(pesos(cuenta.totales.recargos));
    await expect(page.locator('#grafica canvas').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('#grafica-texto').textContent()).resolves.toContain(`Importe histórico ${pesos(cuenta.totales.importeHistorico)}`);
    await page.locator('#grafica').screenshot({ path: path.join(CAPTURAS, 'cobranza-composicion.png') });
    await captura('cobranza-contribuyente');
    // An earlier date: before the sweep, the same two credits were not yet exigible.
    await page.getByLabel('Fecha del estado de cuenta').fill('2025-04-01');
    await page.getByRole('button', { name: 'Consultar estado de cuenta' }).click();
    await page.getByRole('heading', { name: `Créditos de ${GLORIA.rfc} al 2025-04-01` }).waitFor();
  });

  it('without a session the pages send the browser to the log-in; an agency user is told the area is not theirs', async () => {
    const otro = await browser.newContext();
    const p = await otro.newPage();
    for (const ruta of ['/cobranza/creditos', '/cobranza/credito?id=CF-2025-0001', `/cobranza/contribuyente?rfc=${GLORIA.rfc}`]) {
      await p.goto(`${base}${ruta}`);
      await p.waitForURL(`${base}/dependencias/acceso`);
    }
    await p.getByLabel('Usuario').fill('sgg.registro');
    await p.getByLabel('Contraseña').fill(CONTRASENA);
    await p.getByRole('button', { name: 'Enviar' }).click();
    await p.waitForURL(`${base}/dependencias/servicios`);
    const pedidas: string[] = [];
    p.on('request', (r) => pedidas.push(new URL(r.url()).pathname));
    await p.goto(`${base}/cobranza/credito?id=CF-2025-0001`);
    await p.getByText('no consulta créditos fiscales').waitFor();
    // (The services page left behind may still be loading its own catalog: only the credits' API matters here.)
    expect(pedidas).toContain('/api/sesiones/actual');
    expect(pedidas.filter((u) => /^\/api\/(creditos|contribuyentes)/.test(u))).toEqual([]);
    await otro.close();
  });

  it('saw no console error nor CSP violation on any of them; the only failed answer is the refusal provoked', () => {
    // Chromium reports every answer of 400 or more as a console error "Failed to load resource": those are matched
    // one by one against the answers the page received.
    expect(fallidas).toEqual(['422 POST /api/creditos/CF-2025-0001/pae/requerimientos', '400 POST /api/creditos/CF-2025-0001/pae/embargos']);
    // The layout names no icon, so the browser asks for /favicon.ico on its own and gets a 404 (not these pages').
    const propios = problemas.filter((p) => !p.endsWith('/favicon.ico'));
    expect(propios.filter((p) => !/Failed to load resource: the server responded with a status of (422|400)/.test(p))).toEqual([]);
    expect(propios.length).toBe(2);
  });
});
