// Patterns and Spanish messages shared by the registry's DTOs: every message names its field.
export const FECHA = /^\d{4}-\d{2}-\d{2}$/;
export const IMPORTE = /^\d{1,15}(\.\d{1,2})?$/;
export const FOLIO = /^RO-\d{4}-\d{8}-[\dX]$/;

export const msg = {
  cadena: (campo: string) => `El campo ${campo} debe ser texto`,
  fecha: (campo: string) => `El campo ${campo} debe tener la forma AAAA-MM-DD`,
  obligatorio: (campo: string) => `El campo ${campo} es obligatorio`,
  longitud: (campo: string, min: number, max: number) => `El campo ${campo} debe tener entre ${min} y ${max} caracteres`,
};
