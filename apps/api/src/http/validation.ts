// DTO validation with class-validator: unknown fields are refused, every message is Spanish and names the field.
import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import { problema, type ErrorDeCampo } from './problem';

export class ValidacionFallida extends BadRequestException {}

function aplanar(errores: ValidationError[], prefijo = ''): ErrorDeCampo[] {
  return errores.flatMap((e) => {
    const campo = prefijo ? `${prefijo}.${e.property}` : e.property;
    const propios = Object.values(e.constraints ?? {}).map((mensaje) => ({
      campo,
      mensaje: mensaje.includes(e.property) ? mensaje : `${campo}: ${mensaje}`,
    }));
    return [...propios, ...aplanar(e.children ?? [], campo)];
  });
}

export function validationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errores) => {
      const lista = aplanar(errores).map((e) =>
        e.mensaje.startsWith('property ') && e.mensaje.endsWith('should not exist')
          ? { campo: e.campo, mensaje: `El campo ${e.campo} no está permitido en esta solicitud` }
          : e,
      );
      const primero = lista[0];
      return new ValidacionFallida(
        problema(400, primero ? primero.mensaje : 'La solicitud no es válida', {
          codigo: 'validacion',
          campo: primero?.campo,
          errores: lista,
        }),
      );
    },
  });
}
