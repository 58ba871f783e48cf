// The field decorators of the credits' DTOs: each one validates with class-validator, documents the field for
// OpenAPI and words its refusal in Spanish naming the field.
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { FECHA, IMPORTE } from '../../registro/comun/validacion';

const base = (opcional: boolean, doc: Record<string, unknown>) => (opcional ? [IsOptional(), ApiPropertyOptional(doc)] : [ApiProperty(doc)]);
const texto = (campo: string) => IsString({ message: `El campo ${campo} debe ser texto` });

export const CampoFecha = (campo: string, ejemplo: string, opcional = false, descripcion?: string) =>
  applyDecorators(...base(opcional, { example: ejemplo, description: descripcion }), texto(campo), Matches(FECHA, { message: `El campo ${campo} debe tener la forma AAAA-MM-DD` }));

export const CampoTexto = (campo: string, min: number, max: number, ejemplo: string, opcional = false) =>
  applyDecorators(...base(opcional, { example: ejemplo }), texto(campo), Length(min, max, { message: `El campo ${campo} debe tener entre ${min} y ${max} caracteres` }));

export const CampoImporte = (campo: string, ejemplo: string, opcional = false, descripcion?: string) =>
  applyDecorators(
    ...base(opcional, { example: ejemplo, description: descripcion ?? 'Importe en pesos, como texto con hasta dos decimales.' }),
    texto(campo),
    Matches(IMPORTE, { message: `El campo ${campo} debe ser un importe en pesos con hasta dos decimales, p. ej. 1250.50` }),
  );

export const CampoUno = (campo: string, valores: readonly string[], opcional = false) =>
  applyDecorators(...base(opcional, { enum: [...valores], example: valores[0] }), texto(campo), IsIn([...valores], { message: `El campo ${campo} debe ser uno de: ${valores.join(', ')}` }));

export const CampoEntero = (campo: string, min: number, max: number, ejemplo: number) =>
  applyDecorators(ApiProperty({ example: ejemplo, minimum: min, maximum: max }), IsInt({ message: `El campo ${campo} debe ser un número entero` }),
    Min(min, { message: `El campo ${campo} debe ser al menos ${min}` }), Max(max, { message: `El campo ${campo} debe ser a lo más ${max}` }));

export const CampoSiNo = (campo: string) => applyDecorators(ApiPropertyOptional({ example: false }), IsOptional(), IsBoolean({ message: `El campo ${campo} debe ser true o false` }));

export const ID_DE_CREDITO = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const IDENTIFICADOR = /^[A-Za-zÑñ&0-9]{12,18}$/;
