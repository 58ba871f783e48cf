// CHP arts. 27-30, 111-134, 144, 182: the PAE from the requerimiento to the avalúo, each diligencia with its
// gastos de ejecución (art. 113), and its suspension and resumption.
import { Dec, aTexto } from '../comun/importe';
import { conflicto, reglaIncumplida, valorInvalido } from '../comun/errores';
import type { Fecha } from '../comun/fecha';
import { minimoEnCentavos, redondearACentavos } from '../comun/redondeo';
import { sumarDiasHabiles } from '../calendario/plazos';
import { fechaEnQueSurteEfectos } from '../calendario/notificaciones';
import { GASTOS_EXTRAORDINARIOS, gastosPorDiligencia, type DiligenciaDeEjecucion } from '../gastos-de-ejecucion/gastos-de-ejecucion';
import type { AplicarDepositosEmbargados, Embargar, PracticarAvaluo, PracticarRequerimiento, ReanudarPAE, RegistrarGastoExtraordinario, SuspenderPAE } from './credito-fiscal.commands';
import { ORDEN_DE_BIENES_EMBARGABLES, type EventoDeCredito, type GastosDeEjecucionCausados } from './credito-fiscal.events';
import { evolucionarCredito, type EstadoDeCredito } from './credito-fiscal.state';
import type { EntornoDeCredito } from './entorno';
import { adeudoALaFecha } from './saldo';
import { aplicarYLiquidar } from './pagos.decider';
import { exigirCreditoVivo, exigirFecha, exigirImportePositivo, exigirPaeEnCurso, exigirTexto, noAnteriorA } from './reglas';

/** CHP art. 113: 2 % of the credit demanded that day (without earlier gastos, decision 0007), between the minimum and maximum. */
export function gastosCausados(estado: EstadoDeCredito, diligencia: DiligenciaDeEjecucion, fecha: Fecha, entorno: EntornoDeCredito): GastosDeEjecucionCausados {
  const adeudo = adeudoALaFecha(estado, fecha, entorno.tablasDeAdeudo);
  const base = new Dec(adeudo.total).minus(adeudo.gastosDeEjecucion);
  const g = gastosPorDiligencia(base, fecha, entorno.montosDeGastosDeEjecucion);
  return {
    type: 'GastosDeEjecucionCausados',
    data: { creditoId: estado.credito!.creditoId, diligencia, fecha, base: aTexto(base), calculado: aTexto(g.calculado), importe: aTexto(g.importe), ajuste: g.ajuste, fundamento: 'CHP art. 113' },
  };
}

export function practicarRequerimiento({ data: c }: PracticarRequerimiento, estado: EstadoDeCredito, entorno: EntornoDeCredito): EventoDeCredito[] {
  const fecha = exigirFecha(c.fecha, 'fecha');
  const previo = estado.pae.requerimiento;
  if (previo && previo.fecha === fecha) return [];
  exigirCreditoVivo(estado, c.creditoId);
  exigirPaeEnCurso(estado, 'fecha');
  const exigible = estado.exigible!;
  // A new exigibility (a revoked plan) calls for a new requerimiento; otherwise there is one.
  if (previo && previo.fecha >= exigible.fecha) throw conflicto('requerimiento-ya-practicado', `El requerimiento de pago ya se practicó el ${previo.fecha} (fecha).`, 'fecha');
  noAnteriorA(fecha, exigible.fecha, 'fecha', 'requerimiento-antes-de-la-exigibilidad', 'la fecha en que el crédito se hizo exigible', 'CHP art. 117');
  const surte = fechaEnQueSurteEfectos(entorno.calendario, fecha);
  return [
    {
      type: 'RequerimientoPracticado',
      data: {
        creditoId: c.creditoId, fecha, fechaSurteEfectos: surte,
        plazoDePago: exigible.seisDiasDelArt117 ? sumarDiasHabiles(entorno.calendario, surte, 6) : null,
        fundamento: exigible.seisDiasDelArt117 ? 'CHP arts. 114 y 117 último párrafo' : 'CHP arts. 114 y 117',
      },
    },
    gastosCausados(estado, 'requerimiento', fecha, entorno),
  ];
}

/** CHP art. 113 ¶6: only the listed extraordinary costs, once the PAE began, at what they cost. */
export function registrarGastoExtraordinario({ data: c }: RegistrarGastoExtraordinario, estado: EstadoDeCredito): EventoDeCredito[] {
  const fecha = exigirFecha(c.fecha, 'fecha');
  const importe = exigirImportePositivo(c.importe, 'importe');
  if (estado.bases.gastos.some((g) => g.concepto === 'gastos-extraordinarios' && g.id.startsWith(`extraordinario-${c.concepto}-${fecha}-`))) return [];
  exigirCreditoVivo(estado, c.creditoId);
  if (!GASTOS_EXTRAORDINARIOS.includes(c.concepto)) {
    throw valorInvalido('gasto-extraordinario-invalido', 'El campo concepto no es uno de los gastos extraordinarios que enumera el CHP art. 113.', 'concepto');
  }
  const req = estado.pae.requerimiento;
  if (!req) throw reglaIncumplida('gasto-sin-procedimiento', 'Los gastos extraordinarios son del procedimiento administrativo de ejecución: no hay requerimiento (fecha).', 'fecha', 'CHP art. 113');
  noAnteriorA(fecha, req.fecha, 'fecha', 'gasto-antes-del-requerimiento', 'el requerimiento de pago', 'CHP art. 113');
  return [{ type: 'GastoExtraordinarioCausado', data: { creditoId: c.creditoId, concepto: c.concepto, fecha, importe: aTexto(importe), fundamento: 'CHP art. 113' } }];
}

/** CHP art. 119: the debtor designates goods in its order, unless the executor departs from it under art. 120. */
function bienesEnOrden(bienes: NonNullable<Embargar['data']['bienes']>, sinSujetarse: boolean) {
  let anterior = 0;
  return bienes.map((b, i) => {
    const rango = ORDEN_DE_BIENES_EMBARGABLES.indexOf(b?.tipo);
    if (rango < 0) throw valorInvalido('bien-invalido', `El campo bienes[${i}].tipo debe ser uno de: ${ORDEN_DE_BIENES_EMBARGABLES.join(', ')} (CHP art. 119).`, `bienes[${i}].tipo`);
    if (!sinSujetarse && rango < anterior) {
      throw reglaIncumplida('orden-de-embargo', `El campo bienes[${i}].tipo (${b.tipo}) precede en el orden legal a un bien ya señalado: los bienes se señalan en el orden del art. 119, salvo los casos del art. 120.`, `bienes[${i}].tipo`, 'CHP arts. 119 y 120');
    }
    anterior = Math.max(anterior, rango);
    return { tipo: b.tipo, descripcion: exigirTexto(b.descripcion, `bienes[${i}].descripcion`, 3, 500) };
  });
}

export function embargar({ data: c }: Embargar, estado: EstadoDeCredito, entorno: EntornoDeCredito): EventoDeCredito[] {
  const fecha = exigirFecha(c.fecha, 'fecha');
  const modalidad = c.importeInmovilizado !== undefined ? 'depositos' : 'bienes';
  if (estado.pae.embargos.some((e) => e.fecha === fecha && e.modalidad === modalidad)) return [];
  exigirCreditoVivo(estado, c.creditoId);
  exigirPaeEnCurso(estado, 'fecha');
  const req = estado.pae.requerimiento;
  if (!req) throw reglaIncumplida('embargo-sin-requerimiento', 'El embargo procede si el deudor, requerido de pago, no prueba haberlo efectuado: practique antes el requerimiento (fecha).', 'fecha', 'CHP art. 117');
  noAnteriorA(fecha, req.fecha, 'fecha', 'embargo-antes-del-requerimiento', 'el requerimiento de pago', 'CHP art. 117');
  if (req.plazoDePago !== null && fecha <= req.plazoDePago) {
    throw reglaIncumplida('plazo-del-art-117-en-curso', `El deudor puede pagar hasta el ${req.plazoDePago}, seis días hábiles después de que surtió efectos el requerimiento (fecha).`, 'fecha', 'CHP art. 117');
  }
  const hayBienes = Array.isArray(c.bienes) && c.bienes.length > 0;
  if (hayBienes === (c.importeInmovilizado !== undefined)) {
    throw valorInvalido('embargo-sin-objeto', 'Indique los bienes embargados o el importe de los depósitos inmovilizados, uno de los dos (bienes).', 'bienes');
  }
  // CHP art. 113 II: one diligencia de embargo causes gastos once, whether it seizes goods, funds or both.
  const mismaDiligencia = estado.pae.embargos.some((e) => e.fecha === fecha);
  const gastos = mismaDiligencia ? [] : [gastosCausados(estado, 'embargo', fecha, entorno)];
  // CHP arts. 117 II and 118: funds frozen up to the updated credit and its accessories on that day, this diligencia's gastos included.
  const limite = new Dec(adeudoALaFecha(estado, fecha, entorno.tablasDeAdeudo).total).plus(gastos[0]?.data.importe ?? 0);
  let inmovilizado = new Dec(0);
  if (!hayBienes) {
    inmovilizado = exigirImportePositivo(c.importeInmovilizado, 'importeInmovilizado');
    if (inmovilizado.gt(limite)) {
      throw reglaIncumplida('inmovilizacion-excede-el-credito', `El campo importeInmovilizado excede el crédito actualizado y sus accesorios al ${fecha} ($${aTexto(limite)}).`, 'importeInmovilizado', 'CHP arts. 117 II y 118');
    }
  }
  return [
    {
      type: 'Embargado',
      data: {
        creditoId: c.creditoId, fecha, modalidad, bienes: hayBienes ? bienesEnOrden(c.bienes!, c.sinSujetarseAlOrden === true) : [],
        importeInmovilizado: aTexto(inmovilizado), limiteDeInmovilizacion: aTexto(limite), sinSujetarseAlOrden: c.sinSujetarseAlOrden === true,
        fundamento: hayBienes ? 'CHP arts. 117 I, 119 y 120' : 'CHP arts. 117 II y 118',
      },
    },
    ...gastos,
  ];
}

/** CHP arts. 118, 121, 122: frozen funds are transferred only once the credit is firme; then applied by art. 50 (131). */
export function aplicarDepositosEmbargados({ data: c }: AplicarDepositosEmbargados, estado: EstadoDeCredito, entorno: EntornoDeCredito): EventoDeCredito[] {
  if (estado.pae.depositosAplicados) return [];
  exigirCreditoVivo(estado, c.creditoId);
  const fecha = exigirFecha(c.fecha, 'fecha');
  const depositos = estado.pae.embargos.filter((e) => e.modalidad === 'depositos');
  if (depositos.length === 0) throw reglaIncumplida('sin-depositos-embargados', 'El crédito no tiene depósitos bancarios inmovilizados (fecha).', 'fecha', 'CHP art. 118');
  if (!estado.firme || estado.firme.fecha > fecha) {
    throw reglaIncumplida('credito-no-firme', 'Los depósitos inmovilizados sólo se transfieren cuando el crédito y sus accesorios quedan firmes (fecha).', 'fecha', 'CHP arts. 118, 121 y 122');
  }
  const importe = depositos.reduce((s, e) => s.plus(e.importeInmovilizado), new Dec(0));
  return aplicarYLiquidar(estado, entorno, { pagoId: `depositos-embargados-${fecha}`, origen: 'depositos-embargados', importe: aTexto(importe), fechaPago: fecha });
}

export function practicarAvaluo({ data: c }: PracticarAvaluo, estado: EstadoDeCredito, entorno: EntornoDeCredito): EventoDeCredito[] {
  const fecha = exigirFecha(c.fecha, 'fecha');
  const valor = exigirImportePositivo(c.valor, 'valor');
  const previo = estado.pae.avaluo;
  if (previo && previo.fecha === fecha && previo.base === aTexto(valor)) return [];
  exigirCreditoVivo(estado, c.creditoId);
  exigirPaeEnCurso(estado, 'fecha');
  if (previo) throw conflicto('avaluo-ya-practicado', `El avalúo ya se practicó el ${previo.fecha} (fecha).`, 'fecha');
  const embargo = [...estado.pae.embargos].reverse().find((e) => e.modalidad === 'bienes');
  if (!embargo) throw reglaIncumplida('avaluo-sin-bienes-embargados', 'El avalúo es la base del remate de bienes embargados: no hay bienes embargados (fecha).', 'fecha', 'CHP art. 144');
  noAnteriorA(fecha, embargo.fecha, 'fecha', 'avaluo-antes-del-embargo', 'el embargo', 'CHP art. 144');
  return [{
    type: 'AvaluoPracticado',
    data: {
      creditoId: c.creditoId, fecha, perito: exigirTexto(c.perito, 'perito', 3, 250), base: aTexto(valor),
      posturaLegal: aTexto(minimoEnCentavos(valor.times(2).dividedBy(3))),
      depositoMinimo: aTexto(minimoEnCentavos(valor.times(10).dividedBy(100))),
      valorDeAdjudicacion: aTexto(redondearACentavos(valor.times(60).dividedBy(100))),
      fundamento: 'CHP arts. 144, 149, 151 y 163',
    },
  }];
}

export function suspenderPae({ data: c }: SuspenderPAE, estado: EstadoDeCredito, entorno: EntornoDeCredito): EventoDeCredito[] {
  const fecha = exigirFecha(c.fecha, 'fecha');
  const actual = estado.pae.suspension;
  if (actual && actual.fecha === fecha && actual.motivo === c.motivo) return [];
  const credito = exigirCreditoVivo(estado, c.creditoId);
  if (actual) throw conflicto('pae-ya-suspendido', `El procedimiento ya está suspendido desde el ${actual.fecha} (fecha).`, 'fecha');
  if (!['recurso-de-revocacion', 'juicio-de-nulidad', 'solicitud-de-condonacion'].includes(c.motivo)) {
    throw valorInvalido('motivo-invalido', 'El campo motivo debe ser recurso-de-revocacion, juicio-de-nulidad o solicitud-de-condonacion.', 'motivo');
  }
  noAnteriorA(fecha, credito.fechaDeterminacion, 'fecha', 'suspension-antes-de-la-determinacion', 'la determinación del crédito');
  const forma = exigirTexto(c.garantia?.forma, 'garantia.forma', 3, 250);
  const importe = exigirImportePositivo(c.garantia?.importe, 'garantia.importe');
  // CHP art. 27: the guarantee covers the updated credit and accessories caused (decision 0109: the next 12 months are the handler's).
  const adeudo = adeudoALaFecha(estado, fecha, entorno.tablasDeAdeudo).total;
  if (importe.lt(adeudo)) {
    throw reglaIncumplida('garantia-insuficiente', `El campo garantia.importe no cubre el crédito actualizado y sus accesorios al ${fecha} ($${adeudo}).`, 'garantia.importe', 'CHP arts. 27 y 182');
  }
  const fundamento = c.motivo === 'solicitud-de-condonacion' ? 'CHP arts. 27 y 190' : 'CHP arts. 27, 30 y 182';
  return [{ type: 'PAESuspendido', data: { creditoId: c.creditoId, fecha, motivo: c.motivo, garantia: { forma, importe: aTexto(importe) }, fundamento } }];
}

export function reanudarPae({ data: c }: ReanudarPAE, estado: EstadoDeCredito): EventoDeCredito[] {
  const fecha = exigirFecha(c.fecha, 'fecha');
  const ultima = estado.pae.suspensiones[estado.pae.suspensiones.length - 1];
  if (!estado.pae.suspension && ultima?.hasta === fecha) return [];
  exigirCreditoVivo(estado, c.creditoId);
  const s = estado.pae.suspension;
  if (!s) throw conflicto('pae-no-suspendido', 'El procedimiento administrativo de ejecución no está suspendido (fecha).', 'fecha');
  noAnteriorA(fecha, s.fecha, 'fecha', 'reanudacion-antes-de-la-suspension', 'la suspensión', 'CHP art. 182');
  const reanudado: EventoDeCredito = { type: 'PAEReanudado', data: { creditoId: c.creditoId, fecha, motivo: c.motivo, fundamento: 'CHP arts. 30 y 182' } };
  if (c.motivo !== 'resolucion-confirmatoria' || evolucionarCredito(estado, reanudado).firme) return [reanudado];
  return [reanudado, { type: 'CreditoFirme', data: { creditoId: c.creditoId, fecha, causa: 'resolucion-confirmatoria', fundamento: 'CHP art. 141 IV' } }];
}
