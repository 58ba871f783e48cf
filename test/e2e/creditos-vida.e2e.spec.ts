import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { crearAppDePrueba } from '../support/app';
import { preparar } from './creditos.support';

describe('exploración', () => {
  let app: NestFastifyApplication;
  afterAll(() => app?.close());
  it('vida', async () => {
    app = await crearAppDePrueba();
    const p = await preparar(app);
    const ID = 'CF-2025-0001';
    const log = (x: unknown) => console.log(JSON.stringify(x, null, 1));
    log(await p.determinar(ID));
    log(await p.exito(`/api/creditos/${ID}/notificaciones`, { medio: 'personal', fecha: '2025-03-03' }));
    log((await p.leer(`/api/creditos/${ID}?fecha=2025-03-10`)).body);
    log(await p.barrer('2025-04-30'));
    log(await p.barrer('2025-04-30'));
    log((await p.leer(`/api/creditos/${ID}?fecha=2025-05-06`)).body);
  });
});
