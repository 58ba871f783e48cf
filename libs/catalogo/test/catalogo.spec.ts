// LD arts. 21–52: invariants of the catalog and spot checks of the irregular layouts (analysis.md §2).
import { buscarDerechos, cargarCatalogo, derechoPorClave, lineasDeDependencia, lineasVigentes } from '@tesoreria/catalogo';

const catalogo = cargarCatalogo();
const linea = (clave: string) => {
  const l = derechoPorClave(catalogo, clave);
  if (!l) throw new Error(`no existe ${clave}`);
  return l;
};

describe('LD arts. 21–52: invariantes del catálogo', () => {
  it('cada clave es única y sigue el patrón LD-artículo-fracción-inciso-numeral', () => {
    const claves = catalogo.lineas.map((l) => l.clave);
    expect(new Set(claves).size).toBe(claves.length);
    for (const c of claves) {
      expect(c).toMatch(/^LD-\d+(?: (?:Bis|Ter|Quater|Quinquies|Sexies|Septies|Octies|Nonies|Decies|Undecies|A))?(?:-[A-Za-z0-9.]+)*$/);
    }
  });

  it('la clave se arma con el artículo, la fracción, el inciso, el numeral y el subnumeral del renglón', () => {
    for (const l of catalogo.lineas) {
      const art = l.articulo.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      const partes = [l.fraccion, l.inciso, l.numeral, l.subnumeral].filter((p): p is string => p !== null);
      expect(l.clave.startsWith(`LD-${art}`)).toBe(true);
      let resto = l.clave.slice(`LD-${art}`.length);
      for (const p of partes) {
        expect(resto.startsWith(`-${p}`)).toBe(true);
        resto = resto.slice(p.length + 1).replace(/^-dup2/, '');
      }
      expect(['', '-adicional', '-curvas-de-nivel']).toContain(resto);
    }
  });

  it('todo renglón vigente tiene tarifa decimal positiva en pesos, o porcentaje positivo con su base', () => {
    for (const l of catalogo.lineas.filter((x) => !x.derogado)) {
      if (l.tipoTarifa === 'porcentaje') {
        expect(l.porcentaje).toMatch(/^\d+(\.\d+)?$/);
        expect(Number(l.porcentaje)).toBeGreaterThan(0);
        expect(l.basePorcentaje).toBeTruthy();
      } else {
        expect(l.tarifa).toMatch(/^\d+\.\d{2}$/);
        expect(l.tarifa).not.toBe('0.00');
      }
    }
  });

  it('los renglones derogados no tienen tarifa ni tipo', () => {
    const derogados = catalogo.lineas.filter((l) => l.derogado);
    expect(derogados).toHaveLength(27);
    for (const l of derogados) expect([l.tarifa, l.tipoTarifa, l.porcentaje]).toEqual([null, null, null]);
  });

  it('todo el catálogo rige desde el 1 de enero de 2024 (P.O. 318) y sigue vigente', () => {
    expect(new Set(catalogo.lineas.map((l) => `${l.vigenteDesde}|${l.vigenteHasta}`))).toEqual(new Set(['2024-01-01|null']));
  });

  it('cada renglón pertenece a una dependencia y, si tiene unidad, a una unidad de esa dependencia', () => {
    for (const l of catalogo.lineas) {
      const dep = catalogo.dependencias.find((d) => d.id === l.dependencia);
      expect(dep).toBeDefined();
      if (l.unidad) expect(dep!.unidades.map((u) => u.id)).toContain(l.unidad);
    }
  });

  it('las dependencias son los Capítulos II a XVI con ids estables', () => {
    expect(catalogo.dependencias.map((d) => `${d.capitulo}:${d.id}`)).toEqual([
      'II:SGG', 'III:SH', 'IV:SAGYP', 'V:SSPC', 'VI:SMYT', 'VII:SE', 'VIII:SALUD', 'IX:SHYFP', 'X:SEMAHN', 'XI:SPC',
      'XII:ICTIECH', 'XIII:PJE', 'XIV:FGE', 'XV:OTROS', 'XVI:AGE',
    ]);
    expect(catalogo.dependencias[0]).toMatchObject({ nombre: 'Secretaría General de Gobierno' });
    expect(catalogo.dependencias[0]!.unidades[1]).toEqual({ id: 'SGG-RC', nombre: 'Dirección de Registro Civil del Estado', seccion: 'Segunda' });
  });
});

describe('LD arts. 21–52: renglones revisados contra el texto de la ley', () => {
  it('LD art. 21 I: tarifa por palabra, separada por tabulador', () => {
    expect(linea('LD-21-I')).toMatchObject({ tarifa: '5.00', tipoTarifa: 'por-unidad', unidadDeCobro: 'palabra', dependencia: 'SGG', unidad: 'SGG-ULPO' });
  });

  it('LD art. 21 Bis II a: importe en negritas en el mismo renglón', () => {
    expect(linea('LD-21 Bis-II-a')).toMatchObject({
      tarifa: '1700.00',
      tipoTarifa: 'fija',
      descripcion: 'Por el registro de matrimonio en la oficialía, en días y horas hábiles.',
      descripcionCompleta: 'II. De los matrimonios: a) Por el registro de matrimonio en la oficialía, en días y horas hábiles.',
      unidad: 'SGG-RC',
    });
  });

  it('LD art. 21 Ter XVIII a: renglón partido en dos líneas con el importe en la segunda', () => {
    expect(linea('LD-21 Ter-XVIII-a')).toMatchObject({
      tarifa: '650.00',
      descripcion: 'Por poderes o sustitución de los mismos, otorgados por personas físicas',
    });
  });

  it('LD art. 21 Quáter II: "Por hoja adicional" sin etiqueta es un renglón por unidad del que le precede', () => {
    expect(linea('LD-21 Quater-II')).toMatchObject({ tarifa: '500.00', tipoTarifa: 'fija' });
    expect(linea('LD-21 Quater-II-adicional')).toMatchObject({ tarifa: '5.00', tipoTarifa: 'por-unidad', unidadDeCobro: 'hoja adicional' });
  });

  it('LD art. 21 Quáter XIV: el servicio exprés es el 50 % sobre la tarifa, sin importe en pesos', () => {
    expect(linea('LD-21 Quater-XIV')).toMatchObject({ tipoTarifa: 'porcentaje', porcentaje: '50', tarifa: null });
  });

  it('LD art. 21 Octies I a e i: rangos por valor del inmueble, con límites escritos en el texto', () => {
    expect(linea('LD-21 Octies-I-a')).toMatchObject({ tarifa: '600.00', tipoTarifa: 'rango', rango: { variable: 'valor del inmueble (pesos)', mayorQue: null, hasta: '50000' } });
    expect(linea('LD-21 Octies-I-i')).toMatchObject({ tarifa: '6000.00', rango: { mayorQue: '5000000', hasta: null } });
    expect(linea('LD-21 Octies-III-h').rango).toEqual({ variable: 'valor del inmueble (pesos)', mayorQue: '800000', hasta: '1000000' });
  });

  it('LD art. 21 Octies X: rangos por hectárea, cuota por hectárea adicional y el 50 % por curvas de nivel', () => {
    expect(linea('LD-21 Octies-X-e')).toMatchObject({ tarifa: '9000.00', rango: { mayorQue: '20', hasta: '40' } });
    expect(linea('LD-21 Octies-X-f')).toMatchObject({ tarifa: '270.00', tipoTarifa: 'por-unidad', unidadDeCobro: 'hectárea adicional o fracción' });
    expect(linea('LD-21 Octies-X-curvas-de-nivel')).toMatchObject({ tipoTarifa: 'porcentaje', porcentaje: '50', fraccion: 'X', inciso: null });
  });

  it('LD art. 21 Octies XVI: fracción derogada', () => {
    expect(linea('LD-21 Octies-XVI')).toMatchObject({ derogado: true, tarifa: null, descripcion: 'Se Deroga.' });
  });

  it('LD art. 24 VII a 1: tabla con barras verticales', () => {
    expect(linea('LD-24-VII-a-1')).toMatchObject({ tarifa: '24050.00', unidad: 'SH-DI', dependencia: 'SH' });
  });

  it('LD art. 24 VIII–XXIII: importes desplazados sobre sus etiquetas, leídos en orden del documento', () => {
    const tarifas = ['VIII', 'IX', 'X', 'X-adicional', 'XI-a', 'XI-b', 'XI-c', 'XII-a', 'XII-b', 'XII-c', 'XIX-a', 'XIX-c', 'XX', 'XXI-c', 'XXII', 'XXIII'].map(
      (k) => linea(`LD-24-${k}`).tarifa,
    );
    expect(tarifas).toEqual(['160.00', '240.00', '530.00', '25.00', '750.00', '650.00', '450.00', '1200.00', '1000.00', '550.00', '1600.00', '700.00', '300.00', '550.00', '100.00', '650.00']);
  });

  it('LD art. 25 IV a 1: numeral con el importe en el mismo renglón', () => {
    expect(linea('LD-25-IV-a-1')).toMatchObject({
      tarifa: '830.00',
      descripcionCompleta: 'IV. Refrendo anual de tarjeta de circulación: a) Servicio privado: 1. Para automóviles, camiones, autobuses, para personas con discapacidad y remolques.',
      unidad: 'SH-CV',
    });
  });

  it('LD art. 29 V, 33 III y 48 IX: el importe está en el renglón de la nota de reforma de arriba', () => {
    expect([linea('LD-29-V').tarifa, linea('LD-33-III').tarifa, linea('LD-48-IX').tarifa]).toEqual(['500.00', '1600.00', '150.00']);
  });

  it('LD art. 29 Quinquies I c: centavos y unidad de cobro tomada de la fracción', () => {
    expect(linea('LD-29 Quinquies-I-c')).toMatchObject({ tarifa: '0.50', tipoTarifa: 'por-unidad', unidadDeCobro: 'kilogramo' });
  });

  it('LD art. 32 I y XII: tarifa mensual con su alternativa por día y cuota escrita dentro de la frase', () => {
    expect(linea('LD-32-I')).toMatchObject({ tarifa: '15070.00', unidadDeCobro: 'mes' });
    expect(linea('LD-32-I').notas.join(' ')).toContain('se cobrarán $565.00 por cada día proporcionado');
    expect(linea('LD-32-XII')).toMatchObject({ tarifa: '125.00', tipoTarifa: 'por-unidad', fuente: { lineaImporte: null } });
  });

  it('LD art. 36 XIV y XX: importes en los encabezados pasan a sus numerales e incisos', () => {
    expect(['XIV-a-1', 'XIV-a-2', 'XIV-a-3', 'XIV-d-3', 'XIX', 'XX-a', 'XX-d', 'XXI-e'].map((k) => linea(`LD-36-${k}`).tarifa)).toEqual([
      '20000.00', '2500.00', '1000.00', '250.00', '250.00', '190000.00', '480000.00', '40000.00',
    ]);
    expect(linea('LD-36-XX-b').rango).toEqual({ variable: 'número de vehículos', mayorQue: '10', hasta: '25' });
  });

  it('LD art. 39 XIV repetida: la segunda fracción XIV lleva la marca -dup2', () => {
    expect(linea('LD-39-XIV-dup2')).toMatchObject({ tarifa: '190.00', fraccion: 'XIV' });
    expect(linea('LD-39-XIV-f')).toMatchObject({ tarifa: '6000.00' });
  });

  it('LD art. 43 VII: el importe del encabezado es del propietario y el del propietario es por asistente', () => {
    expect([linea('LD-43-VII-a').tarifa, linea('LD-43-VII-b').tarifa]).toEqual(['300.00', '200.00']);
  });

  it('LD art. 45 IV: cinco al millar sobre cada estimación de obra', () => {
    expect(linea('LD-45-IV')).toMatchObject({ tipoTarifa: 'porcentaje', porcentaje: '0.5', dependencia: 'SHYFP' });
  });

  it('LD art. 47 VI y XX: importe sin signo de pesos; importe separado por una nota de derogación', () => {
    expect(linea('LD-47-VI').tarifa).toBe('12650.00');
    expect(linea('LD-47-XX')).toMatchObject({ tarifa: '90.00', unidadDeCobro: 'kilómetro' });
  });

  it('LD art. 47 Bis II b 1 1.1: subnumeral decimal en HTML con renta mensual', () => {
    expect(linea('LD-47 Bis-II-b-1-1.1')).toMatchObject({ tarifa: '703.00', subnumeral: '1.1', unidadDeCobro: 'mes', dependencia: 'ICTIECH' });
  });

  it('LD art. 48 I: la nota de reforma y la etiqueta comparten renglón', () => {
    expect(linea('LD-48-I')).toMatchObject({ tarifa: '185.00', descripcion: 'Por la búsqueda de antecedentes penales.' });
  });

  it('LD art. 51: cuota de todo el artículo escrita como "$480.00+"', () => {
    expect(linea('LD-51')).toMatchObject({ tarifa: '480.00', fraccion: null, dependencia: 'OTROS' });
  });

  it('las exenciones de la ley se copian a los renglones que exentan', () => {
    expect(linea('LD-21-I').exenciones[0]).toMatch(/^Quedan exceptuados del pago de derechos por publicaciones/);
    expect(linea('LD-24-II-a').exenciones[0]).toMatch(/^No se causará el derecho cuando el motivo de la cancelación/);
    expect(linea('LD-29 Bis-I-c').exenciones).toHaveLength(1);
  });

  it('se omiten, con su motivo, el inciso vacío de LD art. 21 III c y LD art. 46 XVII sin importe', () => {
    expect(catalogo.omitidas.map((o) => o.clave)).toEqual(['LD-21-III-c', 'LD-46-XVII']);
  });
});

describe('LD arts. 21–52: búsqueda y consulta', () => {
  it('busca sin importar acentos ni mayúsculas, con todas las palabras', () => {
    const r = buscarDerechos(catalogo, { q: 'MATRIMONIO domicilio inhabiles' });
    expect(r.map((l) => l.clave)).toEqual(['LD-21 Bis-II-d', 'LD-21 Bis-II-f']);
  });

  it('busca por clave y por nombre de la dependencia o de la unidad', () => {
    expect(buscarDerechos(catalogo, { q: 'ld-25-iv-a-1' }).map((l) => l.clave)).toEqual(['LD-25-IV-a-1']);
    expect(buscarDerechos(catalogo, { q: 'catastro cedula', limite: 3 })).toHaveLength(3);
    expect(buscarDerechos(catalogo, { q: 'fiscalia' }).map((l) => l.clave)).toEqual(['LD-37-VIII', 'LD-49-I']);
  });

  it('filtra por dependencia, limita y deja fuera los derogados salvo que se pidan', () => {
    expect(buscarDerechos(catalogo, { dependencia: 'SGG', q: 'deroga' })).toEqual([]);
    expect(buscarDerechos(catalogo, { dependencia: 'SGG', q: 'deroga', incluirDerogados: true }).map((l) => l.clave)).toEqual([
      'LD-21 Octies-XVI', 'LD-21 Octies-XVII', 'LD-21 Octies-XIX', 'LD-21 Octies-XXVI',
    ]);
    expect(buscarDerechos(catalogo, { limite: 7 })).toHaveLength(7);
  });

  it('lista los renglones de una dependencia y consulta una clave por fecha de vigencia', () => {
    expect(lineasDeDependencia(catalogo, 'FGE').map((l) => l.clave)).toEqual(['LD-49-I']);
    expect(derechoPorClave(catalogo, 'LD-21 Bis-II-a', '2024-06-30')?.tarifa).toBe('1700.00');
    expect(derechoPorClave(catalogo, 'LD-21 Bis-II-a', '2023-12-31')).toBeUndefined();
    expect(lineasVigentes(catalogo, '2023-12-31')).toEqual([]);
    expect(derechoPorClave(catalogo, 'LD-99')).toBeUndefined();
  });
});
