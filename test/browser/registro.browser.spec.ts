// Issue 5, in a real browser (Debian's chromium through playwright-core): an agency logs in on the ROS form,
// registers a service against a paid receipt, is told the receipt was already used on the second try, changes
// its own password, and a citizen consults the payment and the service. Without /usr/bin/chromium this test FAILS (it never skips).
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { UsuariosService } from '@tesoreria/acceso';
import { crearAppDePrueba } from '../support/app';
import { CONTRASENA, RFC, cliente } from '../e2e/registro.support';

const CHROMIUM = '/usr/bin/chromium';

describe('Registro de Otorgamiento de Servicios in the browser', () => {
  let app: NestFastifyApplication;
  let browser: Browser;
  let page: Page;
  let base: string;
  let folio: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`No está ${CHROMIUM}: instale chromium (apt-get install chromium) para las pruebas de navegador.`);
    app = await crearAppDePrueba();
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    const usuarios = app.get(UsuariosService);
    await usuarios.crearVarios(
      [
        { usuario: 'sgg.registro', nombre: 'Registro Civil del Estado', rol: 'dependencia', dependencia: 'SGG', contrasena: CONTRASENA },
        { usuario: 'banco.sureste', nombre: 'Banco del Sureste', rol: 'banco', institucion: 'Banco del Sureste', contrasena: CONTRASENA },
      ],
      'prueba',
    );
    const api = cliente(app);
    const { recibo } = await api.ordenPagada(await api.entrar('banco.sureste'), 'LD-21 Bis-II-a', { rfc: RFC });
    folio = recibo.folio;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    // A browser far east of Chiapas (UTC+14) is always a day ahead: the forms must still date acts in Chiapas's
    // calendar, not the browser's (the server refuses a future date).
    page = await browser.newPage({ timezoneId: 'Pacific/Kiritimati' });
    page.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('an agency logs in with the ROS form (user, password of 8-20 characters, Enviar)', async () => {
    await page.goto(`${base}/dependencias/acceso`);
    await expect(page.getByText('Debe tener entre 8 y 20 caracteres.').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: 'Aviso de privacidad' }).isVisible()).resolves.toBe(true);
    await page.getByLabel('Usuario').fill('sgg.registro');
    await page.getByLabel('Contraseña').fill('corta');
    await page.getByRole('button', { name: 'Enviar' }).click();
    await page.getByText('La contraseña debe tener entre 8 y 20 caracteres.').waitFor();
    await page.getByLabel('Contraseña').fill(CONTRASENA);
    // Issue 9, item 13: a log-in from a page's script carries the session only in the HttpOnly cookie: the
    // script never reads the token (the browser's own Origin and Sec-Fetch-Site headers tell the server).
    const desdeLaPagina = await page.evaluate(async (contrasena) => {
      const r = await fetch('/api/sesiones', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ usuario: 'sgg.registro', contrasena }) });
      // The page's own cookie jar, as its scripts see it (the HttpOnly session is not there).
      const { document } = globalThis as unknown as { document: { cookie: string } };
      return { status: r.status, cuerpo: (await r.json()) as Record<string, unknown>, cookie: document.cookie };
    }, CONTRASENA);
    expect(desdeLaPagina.status).toBe(201);
    expect(desdeLaPagina.cuerpo).toMatchObject({ usuario: 'sgg.registro' });
    expect(desdeLaPagina.cuerpo).not.toHaveProperty('token');
    expect(desdeLaPagina.cookie).not.toContain('sesion=');
    await page.getByRole('button', { name: 'Enviar' }).click();
    await page.waitForURL(`${base}/dependencias/servicios`);
    await page.getByText('dependencia SGG').waitFor();
  });

  it('registers a service against the paid receipt, and the second try is refused naming the first registration', async () => {
    const llenar = async (receptor: string) => {
      await page.getByLabel('Folio del recibo oficial').fill(folio);
      await page.getByLabel('Derecho (clave del catálogo de su dependencia)').fill('LD-21 Bis-II-a');
      await page.getByLabel('Nombre de quien recibió el servicio').fill(receptor);
      await page.getByRole('button', { name: 'Registrar servicio' }).click();
    };
    await llenar('Gloria Hernández García');
    await page.getByText(`Servicio registrado con el recibo ${folio}.`).waitFor();
    await page.locator('#registros').getByText(folio).waitFor();
    // Someone else presents the same receipt for another marriage registration.
    await llenar('Otra Persona');
    const alerta = page.getByRole('alert');
    await alerta.getByText('ya se utilizó').waitFor();
    await expect(alerta.textContent()).resolves.toContain('SGG');
  });

  it('the agency user changes their own password on /dependencias/cuenta and logs in with the new one', async () => {
    await page.getByRole('link', { name: 'Cambiar mi contraseña' }).click();
    await page.waitForURL(`${base}/dependencias/cuenta`);
    await page.getByText('Sesión de Registro Civil del Estado').waitFor();
    await page.getByLabel('Contraseña actual').fill(CONTRASENA);
    await page.getByLabel('Contraseña nueva', { exact: true }).fill('corta');
    await page.getByLabel('Repita la contraseña nueva').fill('corta');
    await page.getByRole('button', { name: 'Cambiar contraseña' }).click();
    await page.getByText('La contraseña nueva debe tener entre 8 y 20 caracteres.').waitFor();
    await page.getByLabel('Contraseña nueva', { exact: true }).fill('Tuxtla2027x');
    await page.getByLabel('Repita la contraseña nueva').fill('Tuxtla2027x');
    await page.getByRole('button', { name: 'Cambiar contraseña' }).click();
    await page.getByText('Su contraseña se cambió.').waitFor();
    const api = cliente(app);
    await expect(api.entrar('sgg.registro', 'Tuxtla2027x')).resolves.toEqual(expect.any(String));
  });

  it('a citizen consults the payment with the folio and the RFC and sees the service granted', async () => {
    const ciudadano = await browser.newPage();
    await ciudadano.goto(`${base}/consulta`);
    await ciudadano.getByLabel('Folio del recibo oficial').fill(folio);
    await ciudadano.getByLabel('RFC o CURP').fill(RFC);
    await ciudadano.getByRole('button', { name: 'Consultar' }).click();
    await ciudadano.getByText('Servicio otorgado').waitFor();
    await expect(ciudadano.locator('#datos').textContent()).resolves.toContain('$1,802.00');
    await expect(ciudadano.locator('#datos').textContent()).resolves.toContain('Secretaría General de Gobierno');
    await ciudadano.getByLabel('RFC o CURP').fill('XAXX010101000');
    await ciudadano.getByRole('button', { name: 'Consultar' }).click();
    await ciudadano.getByText('No encontramos un pago con ese folio').waitFor();
    await ciudadano.close();
  });

  it('anyone gets a printable orden de pago from the catalog page', async () => {
    const p = await browser.newPage();
    await p.goto(`${base}/derechos`);
    await p.getByLabel('Buscar').fill('matrimonio oficialía');
    await p.getByRole('button', { name: 'Buscar' }).click();
    await p.locator('#resultados').getByText('LD-21 Bis-II-a', { exact: true }).waitFor();
    await p.locator('#resultados tr', { hasText: 'LD-21 Bis-II-a' }).first().getByRole('link', { name: 'Orden de pago' }).click();
    await p.waitForURL(/\/orden-de-pago\?clave=/);
    await p.getByRole('button', { name: 'Obtener orden de pago' }).click();
    await p.getByText('$1,802.00').waitFor();
    await expect(p.locator('#lineaDeCaptura').textContent()).resolves.toMatch(/^07\d\d( \d{4}){6} \d$/);
    // Issue 9, item 11: the page's own address is the order's public link (serie and token); reopened, it shows
    // the order again, and the serie alone does not.
    await p.waitForURL(/\/orden-de-pago\?serie=\d+&token=[A-Za-z0-9_-]{22}$/);
    const enlace = p.url();
    await p.reload();
    await p.getByText('$1,802.00').waitFor();
    await p.goto(enlace.replace(/&token=.*$/, ''));
    await p.getByText('No encontramos la orden de pago').waitFor();
    await p.close();
  });
});
