// Helpers of the credits' HTTP tests: users (cobranza, admin, auditor...), a credit determined and notified
// through the API, and the sweep run by the admin endpoint.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { CONTRASENA, cliente } from './registro.support';

export const GLORIA = { rfc: 'GOHG800101AB1', nombre: 'Gloria Hernández García' };

export async function preparar(app: NestFastifyApplication) {
  const api = cliente(app);
  const t = await api.prepararUsuarios();
  const r = await api.pedir({ method: 'POST', url: '/api/usuarios', token: t.admin, payload: { usuario: 'auditor', nombre: 'Auditoría', rol: 'auditor', contrasena: CONTRASENA } });
  if (r.status !== 201) throw new Error(`No se creó el auditor: ${r.raw}`);
  const auditor = await api.entrar('auditor');
  const escribir = async (url: string, payload: unknown, token = t.cobranza) => api.pedir({ method: 'POST', url, token, payload });
  /** `null`: without a session. */
  const leer = async (url: string, token: string | null = t.cobranza) => api.pedir({ method: 'GET', url, token: token ?? undefined });
  const exito = async (url: string, payload: unknown) => {
    const r = await escribir(url, payload);
    if (r.status !== 201) throw new Error(`${url}: ${r.status} ${r.raw}`);
    return r.body;
  };
  const barrer = async (fecha: string) => {
    const r = await escribir('/api/administracion/barrido-de-vencimientos', { fecha }, t.admin);
    if (r.status !== 200) throw new Error(`barrido ${fecha}: ${r.status} ${r.raw}`);
    return r.body;
  };
  const determinar = (creditoId: string, cambios: Record<string, unknown> = {}) => exito('/api/creditos', {
    creditoId, origen: 'liquidacion', descripcion: 'Impuesto sobre nóminas omitido', periodo: '2024-05', importeHistorico: '10000.00', delegacion: 'XI',
    fechaDeterminacion: '2025-02-20', fechaDelHecho: '2024-06-17', contribuyente: GLORIA, ...cambios,
  });
  return { api, t: { ...t, auditor }, escribir, leer, exito, barrer, determinar };
}
