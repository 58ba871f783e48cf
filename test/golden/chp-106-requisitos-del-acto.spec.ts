import { exigirRequisitosDelActo, verificarRequisitosDelActo, type ActoANotificar } from '@tesoreria/domain';
import { runGolden } from './runner';

runGolden('chp-106-requisitos-del-acto.yaml', ({ exigir, ...acto }: ActoANotificar & { exigir?: boolean }) => {
  if (exigir) exigirRequisitosDelActo(acto);
  const faltan = verificarRequisitosDelActo(acto);
  return { cumple: faltan.length === 0, campos: faltan.map((f) => f.campo), fracciones: faltan.map((f) => f.fraccion) };
});
