// CHP art. 101 (reform P.O. 005, 31 Dec 2024): the 13 Delegaciones de Finanzas and the municipalities of each
// jurisdiction. Names as the law spells them; `[sic]` spellings keep the law's text and give the usual one.

export type ClaveDelegacion = 'I' | 'II' | 'III' | 'IV' | 'V' | 'VI' | 'VII' | 'VIII' | 'IX' | 'X' | 'XI' | 'XII' | 'XIII';

export interface DelegacionDeFinanzas {
  readonly clave: ClaveDelegacion;
  readonly nombre: string;
  readonly municipios: readonly string[];
}

/** The mapping in force from this date (the reform of 31 Dec 2024); earlier mappings are not in the text we hold. */
export const DELEGACIONES_VIGENTES_DESDE = '2025-01-01';
export const FUNDAMENTO_DELEGACIONES = 'CHP art. 101';

export const DELEGACIONES: readonly DelegacionDeFinanzas[] = [
  { clave: 'I', nombre: 'Comitán de Domínguez', municipios: ['Comitán de Domínguez', 'Maravilla Tenejapa', 'La Independencia', 'La Trinitaria', 'Las Margaritas', 'Venustiano Carranza', 'Las Rosas', 'Socoltenago', 'Tzimol'] },
  { clave: 'II', nombre: 'Ocosingo', municipios: ['Altamirano', 'Chilón', 'Ocosingo', 'Oxchuc', 'Sabanilla', 'San Juan Cancuc', 'Sitalá', 'Tila', 'Tumbalá', 'Yajalón'] },
  {
    clave: 'III',
    nombre: 'San Cristóbal de las Casas',
    municipios: ['Aldama', 'Amatenango del Valle', 'Chalchihuitán', 'Chanal', 'Chenalhó', 'Huixtán', 'Larráinzar', 'Mitontic', 'Pantelhó', 'San Cristóbal de Las Casas', 'San Juan Chamula', 'Santiago El Pinar', 'Tenejapa', 'Teopisca', 'Zinacantán', 'Bochil', 'Jitotol', 'El Bosque', 'Huitiupán', 'San Andrés Duraznal', 'Simojovel'],
  },
  { clave: 'IV', nombre: 'Palenque', municipios: ['Benemérito de las Américas', 'Catazajá', 'La Libertad', 'Marqués de Comillas', 'Palenque', 'Salto de Agua'] },
  {
    clave: 'V',
    nombre: 'Pichucalco',
    municipios: ['Amatán', 'Ixhuatán', 'Ixtacomitán', 'Ixtapangajoya', 'Chapultenango', 'Pantepec', 'Pichucalco', 'Pueblo Nuevo Solistahuacán', 'Rayón', 'Solosuchiapa', 'Sunuapa', 'Tapalapa', 'Tapilula', 'Rincón Chamula San Pedro'],
  },
  { clave: 'VI', nombre: 'Reforma', municipios: ['Juárez', 'Ostuacán', 'Reforma'] },
  { clave: 'VII', nombre: 'Tapachula', municipios: ['Cacahoatán', 'Frontera Hidalgo', 'Huehuetán', 'Mazatán', 'Metapa', 'Suchiate', 'Tapachula', 'Tuxtla Chico', 'Unión Juárez'] },
  {
    clave: 'VIII',
    nombre: 'Motozintla',
    municipios: ['Amatenango de la Frontera', 'Bejucal de Ocampo', 'Bella Vista', 'Chicomuselo', 'El Porvenir', 'Frontera Comalapa', 'La Grandeza', 'Mazapa de Madero', 'Motozintla', 'Siltepec', 'Capitán Luis Ángel Vidal', 'Honduras de la Sierra'],
  },
  { clave: 'IX', nombre: 'Huixtla', municipios: ['Acacoyagua', 'Acapetahua', 'Escuintla', 'Huixtla', 'Mapastepec', 'Tuzantán', 'Villa Comaltitlán'] },
  { clave: 'X', nombre: 'Tonalá', municipios: ['Arriaga', 'Pijijiapan', 'Tonalá'] },
  {
    clave: 'XI',
    nombre: 'Tuxtla Gutiérrez',
    municipios: ['Acala', 'Coapilla', 'Chiapa de Corzo', 'Chiapilla', 'Chicoasén', 'Copainalá', 'Emiliano Zapata', 'Francisco León', 'Ixtapa', 'Nicolás Ruíz', 'Mezcalapa', 'Ocotepec', 'Osumacinta', 'San Fernando', 'San Lucas', 'Soyaló', 'Suchiapa', 'Tecpatán', 'Totolapa', 'Tuxtla Gutiérrez'],
  },
  { clave: 'XII', nombre: 'Cintalapa', municipios: ['Cintalapa', 'Belisario Domínguez', 'Jiquipilas', 'Ocozocoautla de Espinosa', 'Berriozábal'] },
  { clave: 'XIII', nombre: 'Villaflores', municipios: ['Ángel Albino Corzo', 'El Parral', 'La Concordia', 'Montecristo de Guerrero', 'Villa Corzo', 'Villaflores'] },
];

/** Spellings the law gets wrong, mapped to the name it means (analysis.md §1.3). */
const GRAFIAS_ALTERNAS: Readonly<Record<string, string>> = {
  socoltenango: 'socoltenago',
  chamula: 'san juan chamula',
};

export function esClaveDelegacion(valor: unknown): valor is ClaveDelegacion {
  return typeof valor === 'string' && DELEGACIONES.some((d) => d.clave === valor);
}

export function delegacionPorClave(clave: string): DelegacionDeFinanzas | undefined {
  return DELEGACIONES.find((d) => d.clave === clave);
}

const normalizar = (texto: string) =>
  texto.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** The Delegación whose jurisdiction covers a municipality (accents and case ignored), or undefined. */
export function delegacionDeMunicipio(municipio: string): DelegacionDeFinanzas | undefined {
  const buscado = normalizar(municipio);
  const nombre = GRAFIAS_ALTERNAS[buscado] ?? buscado;
  return DELEGACIONES.find((d) => d.municipios.some((m) => normalizar(m) === nombre));
}
