// The payment status of the credit ledger (issue 11 item 4): one payment — a bank's PagoRecibido of a formato (its
// receipt folio), an instalment, the proceeds of a remate — with each credit it reached in the order of CHP art. 51,
// what it covered by concept (art. 50) and what was left: saldo a favor (art. 53) or surplus returned (art. 166).
import { Controller, Get, HttpException, Param, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ConsultasDeCreditos } from '@tesoreria/creditos';
import { Roles, SesionGuard } from '../acceso/sesion.guard';
import { problema } from '../http/problem';
import { LEEN } from './comun';

@ApiTags('créditos fiscales')
@ApiCookieAuth('sesion')
@ApiBearerAuth()
@Controller('api/pagos-de-creditos')
@UseGuards(SesionGuard)
export class PagosDeCreditosController {
  constructor(private readonly consultas: ConsultasDeCreditos) {}

  @Get(':pagoId')
  @Roles(...LEEN)
  @ApiOperation({ summary: 'El estado de un pago aplicado a créditos: cada crédito que alcanzó, lo cubierto por concepto y el remanente (CHP arts. 50-53, 166)' })
  async pago(@Param('pagoId') pagoId: string) {
    const pago = await this.consultas.pago(pagoId);
    if (!pago) throw new HttpException(problema(404, `No hay un pago aplicado a créditos con el identificador ${pagoId} (pagoId).`, { codigo: 'pago-no-encontrado', campo: 'pagoId' }), 404);
    return pago;
  }
}
