import { calcularParcialidades, crearCalendario, type SolicitudDeParcialidades } from '@tesoreria/domain';
import { runGolden } from './runner';

// Only the fixed holidays of CHP art. 21: no Holy Week or vacation day falls on these due dates.
const cal = crearCalendario([]);
runGolden<SolicitudDeParcialidades>('chp-042-parcialidades.yaml', (e) => calcularParcialidades(cal, e));
