// DTO validation with class-validator: unknown fields are refused, every message is Spanish and names the field.
import { BadRequestException, ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
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
