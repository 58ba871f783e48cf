// HTTP refusals the registry raises outside the domain (401 without a session), as problem+json bodies the
// global filter passes through unchanged.
import { HttpException } from '@nestjs/common';
import { problema } from '../../http/problem';

export function noAutenticado(detalle: string, codigo: string): HttpException {
  return new HttpException(problema(401, detalle, { codigo }), 401);
}
