// CHP art. 21: the closures fixed by the law itself (weekends and the listed holidays). The closures the authority
// adds by decree live in the loaded tables, which a projection never reads (a replay must not depend on them).
// A date computed with this calendar is a lower bound of the same date under the loaded one, which only closes
// more days: projections store it to preselect rows in SQL, and the queries recompute the exact date.
import { crearCalendario } from '@tesoreria/domain';

export const CALENDARIO_DE_COTAS = crearCalendario([]);
