// The CreditoFiscal aggregate as a decider over the stream `credito-{id}` (see credito-fiscal.flujo.ts). Each
// stage decides in its own file: determination and notification, payments and cheques, the convenio, the PAE,
// the remate, challenges, extinction and the daily sweep. The tables it needs come in once, when the decider is built.
import type { Decider } from '../comun/decider';
import type { ComandoDeCredito } from './credito-fiscal.commands';
import type { EventoDeCredito } from './credito-fiscal.events';
import { estadoInicialDeCredito, evolucionarCredito, type EstadoDeCredito } from './credito-fiscal.state';
import type { EntornoDeCredito } from './entorno';
import { determinarCredito, practicarNotificacion } from './determinacion.decider';
import { barrerVencimientos } from './barrido';
import { aplicarPagoRecibido } from './pagos.decider';
import { registrarChequeNoPagado } from './cheque.decider';
import { autorizarConvenio, pagarParcialidad, revocarConvenio } from './convenio.decider';
import { aplicarDepositosEmbargados, embargar, practicarAvaluo, practicarRequerimiento, reanudarPae, registrarGastoExtraordinario, suspenderPae } from './pae.decider';
import { adjudicarAlFisco, convocarRemate, fincarRemate } from './remate.decider';
import { cancelarCredito, declararPrescripcion } from './extincion.decider';
import { interponerMedioDeDefensa, resolverMedioDeDefensa } from './impugnacion.decider';

export type DeciderDeCredito = Decider<ComandoDeCredito, EstadoDeCredito, EventoDeCredito>;

export function crearDeciderDeCredito(entorno: EntornoDeCredito): DeciderDeCredito {
  const decide = (comando: ComandoDeCredito, estado: EstadoDeCredito): EventoDeCredito[] => {
    switch (comando.type) {
      case 'DeterminarCredito': return determinarCredito(comando, estado, entorno);
      case 'PracticarNotificacion': return practicarNotificacion(comando, estado, entorno);
      case 'BarrerVencimientos': return barrerVencimientos(comando, estado, entorno);
      case 'AplicarPago': return aplicarPagoRecibido(comando, estado, entorno);
      case 'RegistrarChequeNoPagado': return registrarChequeNoPagado(comando, estado, entorno);
      case 'AutorizarConvenioDeCredito': return autorizarConvenio(comando, estado, entorno);
      case 'PagarParcialidad': return pagarParcialidad(comando, estado, entorno);
      case 'RevocarConvenioDeCredito': return revocarConvenio(comando, estado, entorno);
      case 'PracticarRequerimiento': return practicarRequerimiento(comando, estado, entorno);
      case 'RegistrarGastoExtraordinario': return registrarGastoExtraordinario(comando, estado);
      case 'Embargar': return embargar(comando, estado, entorno);
      case 'AplicarDepositosEmbargados': return aplicarDepositosEmbargados(comando, estado, entorno);
      case 'PracticarAvaluo': return practicarAvaluo(comando, estado, entorno);
      case 'ConvocarRemate': return convocarRemate(comando, estado, entorno);
      case 'FincarRemate': return fincarRemate(comando, estado, entorno);
      case 'AdjudicarAlFisco': return adjudicarAlFisco(comando, estado, entorno);
      case 'SuspenderPAE': return suspenderPae(comando, estado, entorno);
      case 'ReanudarPAE': return reanudarPae(comando, estado);
      case 'InterponerMedioDeDefensa': return interponerMedioDeDefensa(comando, estado);
      case 'ResolverMedioDeDefensa': return resolverMedioDeDefensa(comando, estado);
      case 'DeclararPrescripcion': return declararPrescripcion(comando, estado, entorno);
      case 'CancelarCredito': return cancelarCredito(comando, estado, entorno);
    }
  };
  return { decide, evolve: evolucionarCredito, estadoInicial: estadoInicialDeCredito };
}
