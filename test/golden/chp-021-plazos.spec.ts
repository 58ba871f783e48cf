import {
  fechaDeNotificacionPorBuzon, fechaDeNotificacionPorEdictos, fechaEnQueSurteEfectos, notificacionPorEstrados,
  sumarDiasHabiles, vencimientoEnAnios, vencimientoEnFechaDeterminada, vencimientoEnMeses,
} from '@tesoreria/domain';
import { cargarParametros } from '@tesoreria/parametros';
import { runGolden } from './runner';

const { calendario } = cargarParametros();

runGolden('chp-021-plazos.yaml', (e: { operacion: 'diasHabiles' | 'meses' | 'anios' | 'fecha'; desde: string; n?: number }) => {
  switch (e.operacion) {
    case 'diasHabiles': return { vence: sumarDiasHabiles(calendario, e.desde, e.n ?? 0) };
    case 'meses': return { vence: vencimientoEnMeses(calendario, e.desde, e.n ?? 0) };
    case 'anios': return { vence: vencimientoEnAnios(calendario, e.desde, e.n ?? 0) };
    case 'fecha': return { vence: vencimientoEnFechaDeterminada(calendario, e.desde) };
  }
});

runGolden('chp-108-notificaciones.yaml', (e: { medio: 'estrados' | 'buzon' | 'personal' | 'edictos'; fecha?: string; apertura?: string; publicaciones?: string[] }) => {
  const fechaNotificacion =
    e.medio === 'estrados' ? notificacionPorEstrados(calendario, e.fecha!).fechaNotificacion
    : e.medio === 'buzon' ? fechaDeNotificacionPorBuzon(calendario, e.fecha!, e.apertura)
    : e.medio === 'edictos' ? fechaDeNotificacionPorEdictos(e.publicaciones ?? [])
    : e.fecha!;
  return { fechaNotificacion, surteEfectos: fechaEnQueSurteEfectos(calendario, fechaNotificacion) };
});
