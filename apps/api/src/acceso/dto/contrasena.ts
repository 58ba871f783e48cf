// The password fields of the access bodies (ROS: 8 to 20 characters), declared once: a new password states the
// whole policy in the docs, the rest of the policy (a letter and a digit, not common) is the domain's 422.
import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

const POLITICA = 'De 8 a 20 caracteres, sin espacios, con una letra y un dígito, al menos 5 distintos y fuera de la lista de las más comunes (422 si no).';

/** A password field named `campo`; `nueva` when it sets a password (its docs then give the whole policy). */
export function CampoDeContrasena(campo: string, ejemplo: string, descripcion: string | 'nueva' = 'nueva') {
  return applyDecorators(
    ApiProperty({ example: ejemplo, minLength: 8, maxLength: 20, description: descripcion === 'nueva' ? POLITICA : descripcion }),
    IsString({ message: `El campo ${campo} debe ser texto` }),
    Length(8, 20, { message: `El campo ${campo} debe tener entre 8 y 20 caracteres` }),
  );
}
