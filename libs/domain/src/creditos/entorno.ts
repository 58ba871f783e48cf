// What the CreditoFiscal decider needs besides the command and the state: pure tables, passed in by the caller
// (libs/parametros loads them); never a clock or a lookup.
import type { Calendario } from '../calendario/calendario';
import type { TablasDeAdeudo } from '../adeudo/adeudo';
import type { MontosDeGastosDeEjecucion } from '../gastos-de-ejecucion/gastos-de-ejecucion';

export interface EntornoDeCredito {
  /** CHP art. 21: every closed day counts against terms in days (notifications, PAE, recurso). */
  readonly calendario: Calendario;
  /** INPC, recargos rates and the payment calendar (general vacations are business days to pay, art. 21 ¶3). */
  readonly tablasDeAdeudo: TablasDeAdeudo;
  readonly montosDeGastosDeEjecucion: MontosDeGastosDeEjecucion;
}
