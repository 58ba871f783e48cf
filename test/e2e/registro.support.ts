// Helpers for the registry's HTTP tests: users created through the admin endpoint, log-in, and an orden de pago
// paid by a bank, all through the API a real client uses.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { digitoVerificadorCurp } from '@tesoreria/domain';
import { UsuariosService } from '@tesoreria/acceso';

export const CONTRASENA = 'Chiapas2026';
export const RFC = 'HEGG850101AB1';
export const CURP = `HEGG850101MCSRLL0${digitoVerificadorCurp('HEGG850101MCSRLL0')}`;

export interface Peticion {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  token?: string;
  payload?: unknown;
  ip?: string;
}

export function cliente(app: NestFastifyApplication) {
  const pedir = async ({ method, url, token, payload, ip }: Peticion) => {
    const r = await app.inject({
      method,
      url,
      payload: payload as never,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      remoteAddress: ip,
    });
    return { status: r.statusCode, body: r.body ? safeJson(r.body) : null, headers: r.headers, raw: r.body };
  };

  const entrar = async (usuario: string, contrasena = CONTRASENA) => {
    const r = await pedir({ method: 'POST', url: '/api/sesiones', payload: { usuario, contrasena } });
    if (r.status !== 201) throw new Error(`No se pudo iniciar sesión como ${usuario}: ${r.status} ${r.raw}`);
    return r.body.token as string;
  };

  /** An admin made through the service (the first user of an empty registry), the others through POST /api/usuarios. */
  const prepararUsuarios = async () => {
    await app.get(UsuariosService).crear({ usuario: 'admin', nombre: 'Administración', rol: 'admin', contrasena: CONTRASENA }, 'prueba');
    const admin = await entrar('admin');
    const usuarios = [
      { usuario: 'sgg.registro', nombre: 'Registro Civil', rol: 'dependencia', dependencia: 'SGG' },
      { usuario: 'salud.lab', nombre: 'Laboratorio Estatal', rol: 'dependencia', dependencia: 'SALUD' },
      { usuario: 'banco.sureste', nombre: 'Banco del Sureste', rol: 'banco', institucion: 'Banco del Sureste' },
      { usuario: 'cobranza', nombre: 'Cobranza', rol: 'cobranza' },
      { usuario: 'direccion', nombre: 'Dirección de Ingresos', rol: 'direccion' },
    ];
    for (const u of usuarios) {
      const r = await pedir({ method: 'POST', url: '/api/usuarios', token: admin, payload: { ...u, contrasena: CONTRASENA } });
      if (r.status !== 201) throw new Error(`No se creó ${u.usuario}: ${r.raw}`);
    }
    return { admin, sgg: await entrar('sgg.registro'), salud: await entrar('salud.lab'), banco: await entrar('banco.sureste'), cobranza: await entrar('cobranza'), direccion: await entrar('direccion') };
  };

  let referencia = 0;
  /** Orders a derecho and has the bank pay it today; returns the order and the receipt. */
  const ordenPagada = async (banco: string, claveDerecho: string, opciones: { cantidad?: number; rfc?: string; curp?: string; delegacion?: string; fechaPago?: string } = {}) => {
    const orden = await pedir({ method: 'POST', url: '/api/ordenes-de-pago', payload: { claveDerecho, cantidad: opciones.cantidad ?? 1 } });
    if (orden.status !== 201) throw new Error(`Orden no emitida: ${orden.raw}`);
    const pago = await pedir({
      method: 'POST',
      url: '/api/pagos',
      token: banco,
      payload: {
        lineaDeCaptura: orden.body.lineaDeCaptura,
        referenciaBancaria: `REF-${Date.now()}-${++referencia}`,
        claveDerecho,
        cantidad: opciones.cantidad ?? 1,
        contribuyente: { rfc: opciones.curp ? undefined : (opciones.rfc ?? RFC), curp: opciones.curp, nombre: 'Gloria Hernández García' },
        fechaPago: opciones.fechaPago ?? orden.body.fechaEmision,
        importe: orden.body.total,
        medioDePago: 'efectivo',
        delegacion: opciones.delegacion ?? 'XI',
      },
    });
    if (pago.status !== 201) throw new Error(`Pago no registrado: ${pago.raw}`);
    return { orden: orden.body, recibo: pago.body };
  };

  return { pedir, entrar, prepararUsuarios, ordenPagada };
}

function safeJson(texto: string) {
  try {
    return JSON.parse(texto);
  } catch {
    return texto;
  }
}
