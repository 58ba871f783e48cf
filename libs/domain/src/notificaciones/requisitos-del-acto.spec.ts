import { RechazoDeDominio } from '../comun/errores';
import { exigirRequisitosDelActo, verificarRequisitosDelActo, type ActoANotificar } from './requisitos-del-acto';

const completo: ActoANotificar = {
  soporte: 'impreso', medio: 'personal', lugarDeEmision: 'Tuxtla Gutiérrez, Chiapas', fechaDeEmision: '2025-06-02',
  fundamento: 'CHP arts. 37 y 111', motivacion: 'Crédito no pagado dentro de los treinta días hábiles', resolucionUObjeto: 'Requerimiento de pago',
  firma: { tipo: 'autografa', funcionario: 'Titular de la Oficina Recaudadora' }, destinatario: 'Ana López Pérez',
};

describe('CHP art. 106: requisitos del acto a notificar', () => {
  it('CHP art. 106: un acto impreso con todos los requisitos no tiene faltantes y se acepta', () => {
    expect(verificarRequisitosDelActo(completo)).toEqual([]);
    expect(() => exigirRequisitosDelActo(completo)).not.toThrow();
  });

  it('CHP art. 106: un acto vacío lista cada requisito con su fracción, en el orden del artículo', () => {
    expect(verificarRequisitosDelActo({}).map((f) => [f.campo, f.fraccion])).toEqual([
      ['soporte', 'CHP art. 106 I'], ['lugarDeEmision', 'CHP art. 106 III'], ['fechaDeEmision', 'CHP art. 106 III'],
      ['fundamento', 'CHP art. 106 IV'], ['motivacion', 'CHP art. 106 IV'], ['resolucionUObjeto', 'CHP art. 106 IV'],
      ['firma', 'CHP art. 106 V'], ['destinatario', 'CHP art. 106 V'],
    ]);
  });

  it('CHP art. 106 II y V: un acto digital notificado por buzón va codificado y con firma electrónica avanzada', () => {
    const digital: ActoANotificar = { ...completo, soporte: 'digital', medio: 'buzon' };
    expect(verificarRequisitosDelActo(digital).map((f) => f.campo)).toEqual(['codificado', 'firma']);
    expect(verificarRequisitosDelActo({ ...digital, codificado: true, firma: { tipo: 'electronica-avanzada', funcionario: 'Titular' } })).toEqual([]);
  });

  it('CHP art. 106 II: un acto digital por correo ordinario no necesita codificarse', () => {
    expect(verificarRequisitosDelActo({ ...completo, soporte: 'digital', medio: 'correo-ordinario', firma: { tipo: 'electronica-avanzada', funcionario: 'Titular' } })).toEqual([]);
  });

  it('CHP art. 106 V: si se ignora el nombre del destinatario bastan datos que lo identifiquen', () => {
    expect(verificarRequisitosDelActo({ ...completo, destinatario: undefined, datosDeIdentificacion: 'Propietario del vehículo placas DAB-123-A' })).toEqual([]);
  });

  it('CHP art. 106 último párrafo: la resolución de responsabilidad solidaria sin causa legal se rechaza con 422 nombrando el campo', () => {
    let error: unknown;
    try { exigirRequisitosDelActo({ ...completo, determinaResponsabilidadSolidaria: true }); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(RechazoDeDominio);
    expect(error).toMatchObject({ tipo: 'regla', codigo: 'acto-sin-requisitos', campo: 'causaLegalDeLaResponsabilidad', fundamento: 'CHP art. 106 último párrafo' });
    expect((error as Error).message).toMatch(/causaLegalDeLaResponsabilidad/);
  });

  it('CHP art. 106: el rechazo nombra el primer campo faltante y lista todos en detalles', () => {
    expect(() => exigirRequisitosDelActo({ ...completo, fundamento: ' ', firma: undefined })).toThrow(expect.objectContaining({
      campo: 'fundamento', detalles: { faltantes: [expect.objectContaining({ campo: 'fundamento' }), expect.objectContaining({ campo: 'firma' })] },
    }));
  });

  it('CHP art. 106: un medio de notificación desconocido es un valor inválido', () => {
    expect(() => verificarRequisitosDelActo({ ...completo, medio: 'fax' as never })).toThrow(expect.objectContaining({ tipo: 'invalido', campo: 'medio' }));
  });
});
