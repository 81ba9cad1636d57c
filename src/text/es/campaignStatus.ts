/** «Estado de la campaña», tal como lo leen los administradores de la campaña (ver ../en/campaignStatus.ts). */
export const campaignStatus = {
  title: (id: string) => `Campaña ${id}: estado`,
  started: (when: string, name: string) => (name ? `Iniciada el ${when} por ${name}.` : `Iniciada el ${when}.`),
  states: {
    draft: 'En comprobación, aún no enviada',
    previewed: 'Comprobada, aún no enviada',
    sending: 'Enviando',
    done: 'Enviada',
    cancelled: 'Cancelada',
    closed: 'Cerrada',
  },
  people: 'Personas en la lista',
  counts: {
    'needs-action': 'Deben actuar',
    'in-progress': 'En curso',
    fixed: 'Resueltas',
    'not-reachable': 'No localizables en Teams',
  },
  changed: {
    'needs-action': 'deben actuar',
    'in-progress': 'en curso',
    fixed: 'resueltas',
    'not-reachable': 'no localizables',
  },
  separator: ', ',
  since: (changes: string, when: string) => `${changes} desde el ${when}.`,
  unchangedSince: (when: string) => `Sin cambios desde el ${when}.`,
  firstReport: 'Este es el primer informe: el siguiente mostrará lo que haya cambiado desde entonces.',
  meaning:
    'En curso: recibieron su resultado y aún no está resuelto. Deben actuar: aún no recibieron su resultado o el envío falló. Resueltas: una comprobación encontró su cuenta lista.',
  exportButton: 'Exportar CSV',
  closeButton: 'Cerrar la campaña',
  summary: {
    heading: 'Resumen semanal',
    last: 'Resumen semanal: todas las cuentas de la lista están resueltas. Este es el último.',
  },
  export: {
    title: (id: string) => `Campaña ${id}: exportación`,
    ready: (count: number) => `Direcciones en el CSV: ${count}. El enlace funciona una sola vez, durante 15 minutos.`,
    button: 'Descargar CSV',
  },
  closed: (id: string) => `La campaña ${id} está cerrada. «Estado de la campaña» muestra ahora su campaña abierta más reciente.`,
  notClosable: (id: string) => `La campaña ${id} no se puede cerrar mientras se envía: cancélela o espere a que termine.`,
  none: 'No tiene ninguna campaña abierta. Diga «iniciar una campaña» para iniciar una.',
};
