// Golden cases of the amount and línea de captura of an orden de pago (LD arts. 5 and 11; CHP arts. 261 D, 265).
import { runGolden } from './runner';
import { LineaDeTarifa, calcularImporteDeDerecho } from '@tesoreria/domain/pagos-de-derechos/importe-de-derecho';
import { generarLineaDeCaptura } from '@tesoreria/domain/pagos-de-derechos/linea-de-captura';

interface Entrada {
  serie: number;
  fechaVigencia: string;
  cantidad: number;
  linea: LineaDeTarifa;
}

runGolden<Entrada>('ld-011-orden-de-pago.yaml', (e) => {
  const importe = calcularImporteDeDerecho(e.linea, e.cantidad);
  return { ...importe, lineaDeCaptura: generarLineaDeCaptura({ serie: e.serie, fechaVigencia: e.fechaVigencia, importe: importe.total }) };
});
