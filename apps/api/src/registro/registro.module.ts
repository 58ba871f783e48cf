// Registro de Otorgamiento de Servicios (ROS; LD arts. 5-6): catalog, payment orders, payments posted
// by banks, services registered by agencies, the citizen's consultation, and auditors' replays.
import { Module } from '@nestjs/common';
import { AuditoriaModule } from './auditoria/auditoria.module';
import { CatalogoModule } from './catalogo/catalogo.module';
import { ConsultaModule } from './consulta/consulta.module';
import { OrdenesDePagoModule } from './ordenes-de-pago/ordenes-de-pago.module';
import { PagosModule } from './pagos/pagos.module';
import { ServiciosModule } from './servicios/servicios.module';

@Module({
  imports: [CatalogoModule, OrdenesDePagoModule, PagosModule, ServiciosModule, ConsultaModule, AuditoriaModule],
})
export class RegistroModule {}
