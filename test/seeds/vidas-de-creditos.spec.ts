// The demo credits are dated back from the day of the seed: whatever that day, every life must be one the decider
// accepts, dated no later than that day, and end in the stage its table names. Lived here in memory with the
// loaded tables (libs/parametros/data) for days across three years, weekends and year ends among them.
import { crearDeciderDeCredito, etapaDelCredito, reglaIncumplida, sumarDias, type EventoDeCredito, type Fecha } from '@tesoreria/domain';
import { cargarParametros } from '@tesoreria/parametros';
import { ACTOR_DE_COBRANZA, entornoDeCredito, fechaDeReferencia, sembrarCreditosDemo, type EjecutarSobreCredito } from '../../infra/seeds/creditos/sembrar-creditos';
import { VIDAS_DEMO } from '../../infra/seeds/creditos/vidas-demo';

const parametros = cargarParametros();
const entorno = entornoDeCredito(parametros);
const decider = crearDeciderDeCredito(entorno);

/** The command cycle without a store: fold, decide, keep; and what each command's context said. */
function enMemoria() {
  const flujos = new Map<string, EventoDeCredito[]>();
  const contextos: { fechaEfecto: Fecha; actor: unknown }[] = [];
  const ejecutar: EjecutarSobreCredito = async (comando, contexto) => {
    const previos = flujos.get(comando.data.creditoId) ?? [];
    const estado = previos.reduce(decider.evolve, decider.estadoInicial());
    const nuevos = decider.decide(comando, estado);
    flujos.set(comando.data.creditoId, [...previos, ...nuevos]);
    contextos.push({ fechaEfecto: contexto.fechaEfecto, actor: contexto.actor });
    return nuevos.reduce(decider.evolve, estado);
  };
  return { ejecutar, flujos, contextos };
}

const DIAS: Fecha[] = [];
for (let f = '2026-01-02'; f <= '2028-12-31'; f = sumarDias(f, 23)) DIAS.push(f);
DIAS.push('2026-12-31', '2027-01-01', '2027-06-05', '2027-06-06');

describe('Demo credit lives, whatever the day of the seed', () => {
  it('cuentan desde hoy mientras las tablas alcanzan, y desde su último día cubierto después (CHP arts. 43-44)', () => {
    expect(fechaDeReferencia(parametros, '2024-06-15')).toBe('2024-06-15');
    const ultimaTasa = parametros.tasaRecargosChiapas.filas[parametros.tasaRecargosChiapas.filas.length - 1]!.hasta!;
    expect(fechaDeReferencia(parametros, '2099-01-01') <= ultimaTasa).toBe(true);
  });

  it('una vida que el dominio rechaza se omite y se informa, sin detener el arranque; otro error sí lo detiene', async () => {
    const { ejecutar, flujos } = enMemoria();
    const rechazaLaQuinta: EjecutarSobreCredito = async (comando, contexto) => {
      if (comando.data.creditoId.endsWith('9005') && comando.type !== 'DeterminarCredito') throw reglaIncumplida('tabla-sin-valor', 'Sin valor.');
      return ejecutar(comando, contexto);
    };
    const r = await sembrarCreditosDemo(rechazaLaQuinta, parametros, '2026-12-02');
    expect(r).toMatchObject({ creditos: VIDAS_DEMO.length - 1, omitidas: ['vida 5: tabla-sin-valor'] });
    expect(flujos.size).toBe(VIDAS_DEMO.length);
    await expect(sembrarCreditosDemo(async () => { throw new Error('almacén caído'); }, parametros, '2026-12-02')).rejects.toThrow('almacén caído');
  });

  it.each(DIAS)('sembrados el %s: cada vida es legal, no pasa de ese día y termina en su etapa', async (hoy) => {
    const { ejecutar, flujos, contextos } = enMemoria();
    const { fecha, omitidas } = await sembrarCreditosDemo(ejecutar, parametros, hoy);
    expect(omitidas).toEqual([]);
    expect(fecha).toBe(fechaDeReferencia(parametros, hoy));
    const etapas = [...flujos.values()].map((eventos) => etapaDelCredito(eventos.reduce(decider.evolve, decider.estadoInicial()), entorno, fecha).etapa);
    expect(etapas).toEqual(VIDAS_DEMO.map((v) => v.etapa));
    expect(contextos.filter((c) => c.fechaEfecto > hoy)).toEqual([]);
    expect(contextos.every((c) => c.actor === ACTOR_DE_COBRANZA)).toBe(true);
    const determinaciones = [...flujos.values()].map((e) => e[0]!.data as { fechaDeterminacion: Fecha; delegacion: string });
    expect(new Set(determinaciones.map((d) => d.delegacion)).size).toBe(13);
    expect(determinaciones.some((d) => d.fechaDeterminacion <= sumarDias(hoy, -5 * 365))).toBe(true);
  });
});
