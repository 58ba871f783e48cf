// DTO validation with class-validator: unknown fields are refused, every message is Spanish and names the field.
import { BadRequestException, ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { problema, type ErrorDeCampo } from './problem';

export class ValidacionFallida extends BadRequestException {}

/**
 * class-validator's own messages are English; the DTOs give Spanish ones for their constraints, these two come
 * from the pipe itself: an unknown field (whitelist) and a nested DTO that is not an object.
 */
const MENSAJES_DEL_VALIDADOR: Record<string, (campo: string) => string> = {
  whitelistValidation: (campo) => `El campo ${campo} no está permitido en esta solicitud`,
  nestedValidation: (campo) => `El campo ${campo} debe ser un objeto con sus propios campos`,
};

function aplanar(errores: ValidationError[], prefijo = ''): ErrorDeCampo[] {
  return errores.flatMap((e) => {
    const campo = prefijo ? `${prefijo}.${e.property}` : e.property;
    const propios = Object.entries(e.constraints ?? {}).map(([regla, mensaje]) => {
      const propio = MENSAJES_DEL_VALIDADOR[regla];
      if (propio) return { campo, mensaje: propio(campo) };
      return { campo, mensaje: mensaje.includes(e.property) ? mensaje : `${campo}: ${mensaje}` };
    });
    return [...propios, ...aplanar(e.children ?? [], campo)];
  });
}

/**
 * A DTO body must be a JSON object: an array, a bare string or number, null, or a text/plain body is refused as
 * a whole, instead of reporting its indexes as unknown fields or every field as missing.
 */
class ValidacionDeCuerpo extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const esObjeto = typeof value === 'object' && value !== null && !Array.isArray(value);
    if (metadata.type === 'body' && metadata.metatype && this.toValidate(metadata) && !esObjeto) {
      throw new ValidacionFallida(
        problema(400, 'El cuerpo de la solicitud debe ser un objeto JSON con los campos de la operación (Content-Type: application/json).', {
          codigo: 'cuerpo-no-es-objeto',
          campo: 'cuerpo',
          errores: [{ campo: 'cuerpo', mensaje: 'El cuerpo de la solicitud debe ser un objeto JSON.' }],
        }),
      );
    }
    return super.transform(value, metadata);
  }
}

export function validationPipe(): ValidationPipe {
  return new ValidacionDeCuerpo({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errores) => {
      const lista = aplanar(errores);
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
