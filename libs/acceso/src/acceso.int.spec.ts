// Access without Nest and without HTTP: the plain services over an in-memory PGlite, as the seed or a job uses
// them. The HTTP behaviour (cookies, 429, 503) is test/e2e/registro-acceso and registro-contrasenas.
import { cargarCatalogo } from '@tesoreria/catalogo';
import { PgliteDatabase } from '@tesoreria/event-store';
import { abrirAcceso, NoAutenticado, type Acceso } from './index';

const CONTRASENA = 'Tesoreria-2026!';

describe('libs/acceso without a Nest application', () => {
  let db: PgliteDatabase;
  let acceso: Acceso;
  let instante = '2026-03-02T16:00:00Z';

  beforeAll(async () => {
    db = await PgliteDatabase.open();
    acceso = await abrirAcceso(db, cargarCatalogo(), { ahora: () => instante });
    await acceso.usuarios.crear({ usuario: 'admin', nombre: 'Administración', rol: 'admin', contrasena: CONTRASENA }, 'prueba');
    await acceso.usuarios.crear({ usuario: 'Ana.SGG', nombre: 'Ana', rol: 'dependencia', dependencia: 'SGG', contrasena: CONTRASENA }, 'admin');
  });

  afterAll(async () => db.close());

  it('a created user logs in, the token gives the session back, and log-out closes it', async () => {
    const { token, sesion } = await acceso.sesiones.iniciarSesion(' ANA.sgg ', CONTRASENA);
    expect(sesion).toMatchObject({ usuario: 'ana.sgg', rol: 'dependencia', dependencia: 'SGG', expira: '2026-03-02T16:30:00Z' });
    await expect(acceso.sesiones.sesionDeToken(token)).resolves.toMatchObject({ usuario: 'ana.sgg' });
    await acceso.sesiones.cerrarSesion(sesion.sesionId);
    await expect(acceso.sesiones.sesionDeToken(token)).rejects.toBeInstanceOf(NoAutenticado);
  });

  it('a wrong password is NoAutenticado, never a Nest exception; the sixth attempt in 15 minutes finds the account locked', async () => {
    for (let i = 0; i < 5; i++) await expect(acceso.sesiones.iniciarSesion('admin', 'Equivocada-123')).rejects.toBeInstanceOf(NoAutenticado);
    await expect(acceso.sesiones.iniciarSesion('admin', CONTRASENA)).rejects.toMatchObject({ codigo: 'cuenta-bloqueada' });
    instante = '2026-03-02T16:16:00Z';
    await expect(acceso.sesiones.iniciarSesion('admin', CONTRASENA)).resolves.toMatchObject({ sesion: { usuario: 'admin' } });
  });

  it('deactivating ends the sessions and both acts are in the bitácora with who did them', async () => {
    const admin = (await acceso.sesiones.iniciarSesion('admin', CONTRASENA)).sesion;
    const { token } = await acceso.sesiones.iniciarSesion('ana.sgg', CONTRASENA);
    await acceso.usuarios.cambiarActivo('ana.sgg', false, admin, 'baja temporal');
    await expect(acceso.sesiones.sesionDeToken(token)).rejects.toBeInstanceOf(NoAutenticado);
    const bitacora = await acceso.bitacora.deUsuario('ana.sgg');
    expect(bitacora.map((r) => [r.accion, r.realizadoPor, r.detalle])).toEqual([
      ['creado', 'admin', 'rol dependencia'],
      ['desactivado', 'admin', 'baja temporal'],
    ]);
  });

  it("a user's own password change needs the current one and is recorded", async () => {
    const { sesion } = await acceso.sesiones.iniciarSesion('admin', CONTRASENA);
    await expect(acceso.cambioDeContrasena.cambiar(sesion, 'No-es-la-actual-1', 'Otra-Clave-2026')).rejects.toMatchObject({ codigo: 'contrasena-actual-incorrecta' });
    await acceso.cambioDeContrasena.cambiar(sesion, CONTRASENA, 'Otra-Clave-2026');
    await expect(acceso.sesiones.iniciarSesion('admin', 'Otra-Clave-2026')).resolves.toMatchObject({ sesion: { usuario: 'admin' } });
    expect((await acceso.bitacora.deUsuario('admin')).map((r) => r.accion)).toEqual(['creado', 'contrasena-cambiada']);
  });
});
