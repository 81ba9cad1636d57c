import type { CatalogWords } from '../catalog';

/**
 * "Tell me when it's fixed": the watch list as the person watching reads it. The sentences after
 * a takeover follow Microsoft Learn's "Admin takeover of an unmanaged directory" (links.takeover).
 * `time` is a moment as utcMinute writes it, "2026-01-05 09:30 UTC".
 */
export const watch: CatalogWords['watch'] = {
  button: 'Avísame cuando esté resuelto',
  stopButton: 'Dejar de vigilar',
  checkNowButton: 'Comprobar de nuevo ahora',
  /** On a verdict card whose address is watched. */
  watching: 'Estoy vigilando esta dirección: te escribiré aquí cuando una comprobación confirme que está resuelto.',
  started: {
    title: (address) => `Vigilando ${address}`,
    summary: (hours) =>
      `La comprobaré de nuevo ${hours === 1 ? 'cada hora' : `cada ${hours} horas`} y te escribiré aquí en cuanto esté lista para VLSC. ¿Lo acabas de resolver? Elige “Comprobar de nuevo ahora”.`,
  },
  stopped: (address) => `Dejé de vigilar ${address}.`,
  notWatching: (address) => `No estás vigilando ${address}.`,
  nothingToWatch: (address) => `${address} ya está lista para VLSC: no queda nada que vigilar.`,
  noWatches: 'No estás vigilando ninguna dirección. Después de una comprobación que encuentre algo que resolver, elige “Avísame cuando esté resuelto”.',
  checked: {
    intro: 'Lo comprobé de nuevo:',
    fixed: (address) => `${address}: resuelto (consulta la tarjeta de arriba).`,
    unchanged: (address, verdict) => `${address}: sigue en “${verdict}”. La seguiré vigilando.`,
    changed: (address, verdict) => `${address}: ahora «${verdict}». Seguiré vigilándola.`,
    inconclusive: (address) => `${address}: esta comprobación no permitió saberlo (no se pudo contactar con Microsoft o respondió «existe» para cualquier dirección). Seguiré vigilándola.`,
    postponed: (address, minutes) =>
      `${address}: se alcanzó el límite de consultas; la comprobaré en aproximadamente ${minutes} ${minutes === 1 ? 'minuto' : 'minutos'}.`,
  },
  fixed: {
    title: (address) => `Resuelto: ${address} está lista para VLSC`,
    footer: (time) => `Comprobado de nuevo el ${time} porque me pediste que te avisara cuando estuviera resuelto. Dejé de vigilarla.`,
    footerCampaign: (time) => `Comprobada de nuevo el ${time}: su departamento de TI me pidió hacer este seguimiento. Ya no la vigilo.`,
  },
  /** Shown after a takeover ended: what the Learn page says changes for the other accounts at the domain. */
  afterTakeover: {
    seeDetails: (domain) => `Qué significa para los demás de ${domain}: consulte Detalles.`,
    heading: (domain) => `Todos los demás de ${domain}`,
    internal:
      'Si tomaste el control del propio directorio no administrado (una adquisición “interna”), pasaste a ser su administrador global: no se trasladó ningún usuario, dominio ni plan de servicio a otro directorio, así que los demás conservan allí sus cuentas, ahora administradas.',
    external:
      'Si agregaste el dominio a una organización que ya administras (una adquisición “externa”), sus usuarios, suscripciones y asignaciones de licencias se trasladaron con él, y Microsoft asigna los usuarios a sus recursos para que puedan seguir usando los servicios sin interrupción.',
    removed:
      'Si quitas el dominio del directorio adquirido para agregarlo en otro lugar, primero hay que cambiar el nombre de sus usuarios al dominio .onmicrosoft.com del directorio.',
  },
};
