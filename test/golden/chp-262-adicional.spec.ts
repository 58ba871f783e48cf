// Golden cases of the adicional (CHP arts. 262-265 A), each worked by hand from the law's fixed figures.
import { runGolden } from './runner';
import { ConceptoDelPago, calcularAdicional } from '@tesoreria/domain/adicional/adicional';

runGolden<{ base: string; concepto: ConceptoDelPago }>('chp-262-adicional.yaml', (e) => calcularAdicional(e.base, e.concepto));
