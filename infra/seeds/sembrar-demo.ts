// Demo data for `npm start` on an empty store: the agencies' users, banks and the Secretaría's staff, and
// receipts paid across the thirteen Delegaciones (CHP art. 101), most of them already used for a service.
// Everything goes through the same commands a user would send (the command bus), so the events, their actors
// and the read models are exactly those of real use. It does nothing when the store already holds events.
import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { DELEGACIONES, digitoVerificadorCurp, type ClaveDelegacion, type Rol } from '@tesoreria/domain';
import { EjecutorDeComandos, type ContextoDeComando } from '@tesoreria/command-handling';
import type { Actor, EventStore } from '@tesoreria/event-store';
import type { AltaDeUsuarios } from '@tesoreria/plataforma/nest/puertos';
import { ALTA_DE_USUARIOS, EVENT_STORE } from '@tesoreria/plataforma/nest/tokens';
import { AlcanceDeLectura, claveDePagoBancario, type OrdenDePagoResultado, type ReciboEmitido, type Reloj } from '@tesoreria/registro';
import { EmitirConstanciaCommand, EmitirOrdenDePagoCommand, RecibirPagoCommand, RegistrarServicioCommand } from '@tesoreria/registro/nest/comandos';
import { RELOJ } from '@tesoreria/registro/nest/tokens';
import type { Parametros } from '@tesoreria/parametros';
import { PARAMETROS } from '@tesoreria/parametros/nest/parametros.module';
import { ejecucionSobreCreditos, entornoDeCredito, sembrarCreditosDemo } from './creditos/sembrar-creditos';

/** Every demo user shares this password (8-20 characters, letters and digits: the portal's policy). */
export const CONTRASENA_DEMO = 'Chiapas2026';

interface UsuarioDemo {
  readonly usuario: string;
  readonly nombre: string;
  readonly rol: Rol;
  readonly dependencia?: string;
  readonly institucion?: string;
}

export const USUARIOS_DEMO: readonly UsuarioDemo[] = [
  { usuario: 'admin', nombre: 'Administración del registro', rol: 'admin' },
  { usuario: 'sgg.registro', nombre: 'Registro Civil (Secretaría General de Gobierno)', rol: 'dependencia', dependencia: 'SGG' },
  { usuario: 'sh.ingresos', nombre: 'Secretaría de Hacienda', rol: 'dependencia', dependencia: 'SH' },
  { usuario: 'sspc.archivo', nombre: 'Secretaría de Seguridad y Protección Ciudadana', rol: 'dependencia', dependencia: 'SSPC' },
  { usuario: 'smyt.transporte', nombre: 'Secretaría de Movilidad y Transporte', rol: 'dependencia', dependencia: 'SMYT' },
  { usuario: 'se.escuelas', nombre: 'Secretaría de Educación', rol: 'dependencia', dependencia: 'SE' },
  { usuario: 'salud.laboratorio', nombre: 'Secretaría de Salud', rol: 'dependencia', dependencia: 'SALUD' },
  { usuario: 'semahn.ambiental', nombre: 'Secretaría de Medio Ambiente e Historia Natural', rol: 'dependencia', dependencia: 'SEMAHN' },
  { usuario: 'pc.capacitacion', nombre: 'Secretaría de Protección Civil', rol: 'dependencia', dependencia: 'SPC' },
  { usuario: 'banco.sureste', nombre: 'Banco del Sureste', rol: 'banco', institucion: 'Banco del Sureste' },
  { usuario: 'ventanilla.tuxtla', nombre: 'Oficina recaudadora de Tuxtla', rol: 'banco', institucion: 'Delegación de Finanzas Tuxtla Gutiérrez' },
  { usuario: 'cobranza', nombre: 'Cobranza y devoluciones', rol: 'cobranza' },
  { usuario: 'auditor', nombre: 'Auditoría interna', rol: 'auditor' },
  { usuario: 'direccion', nombre: 'Dirección de Ingresos', rol: 'direccion' },
];

/** Derechos with a fixed peso tariff, by the agency that provides them. */
const DERECHOS_DEMO: readonly { clave: string; dependencia: string }[] = [
  { clave: 'LD-21 Bis-II-a', dependencia: 'SGG' },
  { clave: 'LD-21 Bis-I-a', dependencia: 'SGG' },
  { clave: 'LD-21-III-a', dependencia: 'SGG' },
  { clave: 'LD-23-I', dependencia: 'SH' },
  { clave: 'LD-25-IV-a-1', dependencia: 'SH' },
  { clave: 'LD-30-I', dependencia: 'SSPC' },
  { clave: 'LD-36-II-a', dependencia: 'SMYT' },
  { clave: 'LD-39-I-a', dependencia: 'SE' },
  { clave: 'LD-44 Bis-I', dependencia: 'SALUD' },
  { clave: 'LD-41-III-a', dependencia: 'SALUD' },
  { clave: 'LD-46-I', dependencia: 'SEMAHN' },
  { clave: 'LD-47-II-a', dependencia: 'SPC' },
];

const NOMBRES = ['María López Pérez', 'José Gómez Ruiz', 'Guadalupe Hernández Cruz', 'Juan Pérez Santiago', 'Rosa Díaz Morales', 'Carlos Ruiz Aguilar', 'Ana Martínez Vázquez', 'Luis Sánchez Jiménez'];

export const RECIBOS_DEMO = 39;

export interface ResultadoDeSemilla {
  readonly sembrado: boolean;
  readonly usuarios: number;
  readonly recibos: number;
  readonly servicios: number;
  /** Credits lived through their commands (creditos/vidas-demo.ts), and the lives the domain refused. */
  readonly creditos: number;
  readonly creditosOmitidos: readonly string[];
  readonly milisegundos: number;
}

const actorDe = (u: UsuarioDemo | null): Actor => (u ? { userId: u.usuario, role: u.rol, dependencia: u.dependencia ?? null } : { userId: 'publico', role: 'publico', dependencia: null });

/** The context of a command the seed sends as `u` (the public when null), as a request without a key would. */
function contexto(u: UsuarioDemo | null, fechaEfecto: string, idempotencyKey?: string): ContextoDeComando {
  return { actor: actorDe(u), correlationId: randomUUID(), causationId: null, fechaEfecto, ...(idempotencyKey ? { idempotencyKey, campoDeLaClave: 'referenciaBancaria' } : {}) };
}

/** A valid birth date AAMMDD for the i-th demo taxpayer. */
const fechaDemo = (i: number) => [70 + (i % 30), 1 + (i % 12), 1 + (i % 28)].map((n) => String(n).padStart(2, '0')).join('');

/** A valid CURP for the i-th demo taxpayer (the check digit is RENAPO's). */
export function curpDemo(i: number): string {
  const primeros = `DEMO${fechaDemo(i)}HCSRRR${String.fromCharCode(65 + (i % 26))}`;
  return primeros + digitoVerificadorCurp(primeros);
}

export const rfcDemo = (i: number) => `DEMO${fechaDemo(i)}AB${i % 10}`;

export async function sembrarDemo(app: INestApplicationContext): Promise<ResultadoDeSemilla> {
  const inicio = Date.now();
  const store = app.get<EventStore>(EVENT_STORE);
  const usuarios = app.get<AltaDeUsuarios>(ALTA_DE_USUARIOS);
  if ((await store.headPosition()) > 0) return { sembrado: false, usuarios: 0, recibos: 0, servicios: 0, creditos: 0, creditosOmitidos: [], milisegundos: Date.now() - inicio };

  const bus = app.get(CommandBus);
  const alcance = app.get(AlcanceDeLectura);
  const hoy = app.get<Reloj>(RELOJ).hoy();
  let creados = 0;
  if ((await usuarios.contar()) === 0) {
    await usuarios.crearVarios(USUARIOS_DEMO.map((u) => ({ ...u, contrasena: CONTRASENA_DEMO })), 'semilla-demo');
    creados = USUARIOS_DEMO.length;
  }
  const porUsuario = (pred: (u: UsuarioDemo) => boolean) => USUARIOS_DEMO.find(pred)!;
  const bancos = [porUsuario((u) => u.usuario === 'banco.sureste'), porUsuario((u) => u.usuario === 'ventanilla.tuxtla')];

  // Orders first, then their payments, then (once the receipts are projected) the services.
  const ordenes: { orden: OrdenDePagoResultado; derecho: (typeof DERECHOS_DEMO)[number] }[] = [];
  for (let i = 0; i < RECIBOS_DEMO; i++) {
    const derecho = DERECHOS_DEMO[i % DERECHOS_DEMO.length];
    ordenes.push({ orden: await bus.execute(new EmitirOrdenDePagoCommand({ claveDerecho: derecho.clave, cantidad: 1 }, contexto(null, hoy))), derecho });
  }
  const recibos: { recibo: ReciboEmitido['recibo']; derecho: (typeof DERECHOS_DEMO)[number] }[] = [];
  for (const [i, { orden, derecho }] of ordenes.entries()) {
    const delegacion: ClaveDelegacion = DELEGACIONES[i % DELEGACIONES.length].clave;
    const banco = bancos[i % bancos.length]!;
    const referenciaBancaria = `DEMO-${String(i + 1).padStart(6, '0')}`;
    const { recibo } = await bus.execute<RecibirPagoCommand, ReciboEmitido>(
      new RecibirPagoCommand(
        {
          lineaDeCaptura: orden.orden.lineaDeCaptura,
          referenciaBancaria,
          institucion: banco.institucion!,
          claveDerecho: derecho.clave,
          cantidad: 1,
          contribuyente: i % 2 === 0 ? { rfc: rfcDemo(i), nombre: NOMBRES[i % NOMBRES.length] } : { curp: curpDemo(i), nombre: NOMBRES[i % NOMBRES.length] },
          fechaPago: orden.orden.fechaEmision,
          importe: orden.orden.total,
          medioDePago: i % 3 === 0 ? 'pago-por-internet' : 'efectivo',
          delegacion,
        },
        contexto(banco, orden.orden.fechaEmision, claveDePagoBancario(banco.institucion!, referenciaBancaria)),
      ),
    );
    recibos.push({ recibo, derecho });
  }
  await alcance.alcanzar(10_000);
  let servicios = 0;
  for (const [i, { recibo, derecho }] of recibos.entries()) {
    const agencia = porUsuario((u) => u.dependencia === derecho.dependencia);
    if (i % 3 === 2) continue; // paid, service still to be given
    if (i === 4) {
      await bus.execute(
        new EmitirConstanciaCommand({ folioRecibo: recibo.folio, fechaEmision: recibo.fechaPago, motivo: 'El solicitante no presentó los requisitos.' }, contexto(agencia, recibo.fechaPago)),
      );
      continue;
    }
    await bus.execute(
      new RegistrarServicioCommand(
        { folioRecibo: recibo.folio, claveDerecho: derecho.clave, fechaOtorgamiento: recibo.fechaPago, receptor: { nombre: recibo.contribuyente.nombre } },
        contexto(agencia, recibo.fechaPago),
      ),
    );
    servicios++;
  }
  const parametros = app.get<Parametros>(PARAMETROS);
  const { creditos, omitidas: creditosOmitidos } = await sembrarCreditosDemo(ejecucionSobreCreditos(app.get(EjecutorDeComandos), entornoDeCredito(parametros)), parametros, hoy);
  await alcance.alcanzar(10_000);
  return { sembrado: true, usuarios: creados, recibos: recibos.length, servicios, creditos, creditosOmitidos, milisegundos: Date.now() - inicio };
}
