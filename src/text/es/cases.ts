import type { CaseStatus, HistoryEvent } from '../../domain/cases/case';
import { utcMinute } from '../moment';
import type { CaseRefusal } from '../../domain/cases/refusal';
import type { Verdict } from '../../domain/verdicts';
import type { CatalogWords, WordsFor } from '../catalog';
import { countedIn } from '../grammar';

const counted = countedIn('es');

/** Each verdict's name for the help desk, short enough for a list row or a chart label. */
const verdicts = {
  'takeover-needed': 'Inquilino no administrado, requiere adquisición',
  'personal-account': 'Cuenta personal de Microsoft',
  'choose-work-account': 'Cuenta profesional y personal',
  ready: 'Cuenta profesional lista',
  'no-account': 'No se encontró ninguna cuenta',
  'lookup-failed': 'No se pudo contactar con Microsoft',
  'invalid-address': 'Dirección no válida',
} satisfies Record<Verdict, string>;

/** A status in the middle of a sentence. */
const statusInSentence: Record<CaseStatus, string> = {
  new: 'nuevo',
  assigned: 'asignado',
  'waiting-on-requester': 'en espera del solicitante',
  resolved: 'resuelto',
  closed: 'cerrado',
};

/** "1 caso", "3 casos": Spanish takes the singular for exactly one. */
const count = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

/** "a, b y c". */
const listed = (items: readonly string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} y ${items[items.length - 1]}` : items[0]);

/** The id as typed or sent, cut short: card data is not capped like typed text. */
const notFound = (id: string) => `No hay ningún caso ${id.length > 24 ? `${id.slice(0, 24)}…` : id} que puedas ver.`;

/** Each change as the case's history tells it. */
const history: WordsFor<HistoryEvent, 'action'> = {
  open: ({ address, verdict }) => `Abierto para ${address}: ${verdicts[verdict]}.`,
  diagnosis: ({ was, found }) =>
    was === found ? `Comprobado de nuevo: sigue siendo ${verdicts[was]}.` : `Comprobado de nuevo: ${verdicts[found]} (antes: ${verdicts[was]}).`,
  assign: ({ assignee, from }) => (from ? `Reasignado de ${from} a ${assignee}.` : `Asignado a ${assignee}.`),
  unassign: ({ assignee }) => `Se quitó la asignación a ${assignee}.`,
  resolve: () => 'Resuelto.',
  close: () => 'Cerrado.',
  reopen: ({ status }) => `Reabierto como ${statusInSentence[status]}.`,
  'set-status': ({ status }) => `Estado cambiado a ${statusInSentence[status]}.`,
  'set-category': ({ from, to }) => `Categoría cambiada de ${from} a ${to}.`,
  'add-note': ({ cutTo }) => (cutTo ? `Se agregó una nota (recortada a ${cutTo} caracteres).` : 'Se agregó una nota.'),
  'ask-requester': ({ questionId }) => `Se hizo una pregunta al solicitante (${questionId}).`,
  'requester-answer': ({ questionId }) => `Se registró la respuesta a ${questionId}.`,
  remind: () => 'Se recordó al soporte técnico que el caso no está asignado.',
  'fixed-by-check': ({ checkedAt, verdict, tenant }) => `Resuelto por la nueva comprobación del ${utcMinute(checkedAt)}: ${verdicts[verdict]}, inquilino ${tenant}.`,
};

/** Why an action on a case was not taken. */
const refusals: WordsFor<CaseRefusal> = {
  'not-found': ({ id }) => notFound(id),
  'requester-only': ({ id }) => `Solo el soporte técnico puede cambiar ${id}; tú puedes responder a sus preguntas.`,
  'not-open': ({ id, status }) => `${id} está ${statusInSentence[status]}: primero vuelve a abrirlo.`,
  'already-assigned': ({ id, assignee }) => `${id} ya está asignado a ${assignee}.`,
  'not-assigned': ({ id }) => `${id} no está asignado a nadie.`,
  'already-closed': ({ id }) => `${id} ya está cerrado.`,
  'already-open': ({ id, status }) => `${id} ya está abierto (${statusInSentence[status]}).`,
  'already-status': ({ id, status }) => `${id} ya tiene el estado “${statusInSentence[status]}”.`,
  'assign-first': ({ id }) => `Primero asigna a alguien a ${id}.`,
  'unassign-instead': ({ id, assignee }) => `${id} está asignado a ${assignee}: en su lugar, quita la asignación.`,
  'already-category': ({ id, category }) => `${id} ya está en ${category}.`,
  'empty-note': () => 'Una nota necesita algo de texto.',
  'empty-question': () => 'Una pregunta necesita algo de texto.',
  'empty-answer': () => 'Una respuesta necesita algo de texto.',
  'closed-to-answers': ({ id, status }) => `${id} está ${statusInSentence[status]}, así que ya no admite respuestas.`,
  'no-question': ({ id, questionId }) => `${id} no tiene ninguna pregunta ${questionId}.`,
  'already-answered': ({ id, questionId }) => `La pregunta ${questionId} de ${id} ya está respondida.`,
  'changed-since-shown': ({ id }) => `${id} cambió desde que se mostró tu tarjeta; aquí está tal como está ahora.`,
  'changed-meanwhile': ({ id }) => `Otra persona cambió ${id} al mismo tiempo; aquí está tal como está ahora.`,
  'cannot-reopen': ({ id, openId }) => `${id} no se puede volver a abrir: la misma persona y dirección ya tienen abierto ${openId}.`,
};

/** Help-desk cases: the cards, lists, stats and messages about them. */
export const cases: CatalogWords['cases'] = {
  escalateButton: 'Consultar a mi admin o soporte',
  title: (id) => `Caso ${id}`,
  categories: { takeover: 'Adquisición del inquilino', 'personal-account': 'Cuenta personal', mfa: 'MFA', other: 'Otros' },
  statuses: { new: 'Nuevo', assigned: 'Asignado', 'waiting-on-requester': 'En espera del solicitante', resolved: 'Resuelto', closed: 'Cerrado' },
  facts: {
    requester: 'Solicitante',
    address: 'Dirección',
    verdict: 'Lo que encontré',
    category: 'Categoría',
    status: 'Estado',
    assignee: 'Asignado a',
    created: 'Abierto',
    tenant: 'Inquilino',
  },
  verdicts,
  unassigned: 'nadie todavía',
  notesHeading: 'Notas',
  questionsHeading: 'Preguntas al solicitante',
  noAnswer: '(todavía sin respuesta)',
  historyHeading: 'Últimos cambios',
  assigneeLabel: 'Asignar a',
  earlierNotes: (count) => `${counted(count, 'nota anterior no se muestra', 'notas anteriores no se muestran')} aquí.`,
  earlierQuestions: (count) => `${counted(count, 'pregunta anterior no se muestra', 'preguntas anteriores no se muestran')} aquí.`,
  assigneesShown: (shown, total) => `Asignar a (se muestran ${shown} de las ${total} personas de este equipo; cualquier otra puede pulsar «Asignármelo»)`,
  statusLabel: 'Estado',
  noteLabel: 'Nota',
  questionLabel: 'Pregunta para el solicitante',
  buttons: {
    assignToMe: 'Asignármelo',
    assign: 'Asignar',
    status: 'Cambiar estado',
    write: 'Nota o pregunta',
    note: 'Agregar nota',
    ask: 'Preguntar al solicitante',
    manage: 'Asignar o cambiar estado',
    resolve: 'Resolver',
    reopen: 'Volver a abrir',
    chat: 'Chatear con el solicitante',
    answer: 'Enviar respuesta',
  },
  // `where` carries its preposition ("al soporte técnico…", "a tu administrador…"): Spanish contracts "a el" to "al".
  escalated: (id, where) => `Abrí el caso ${id} y lo envié ${where}. Te avisaré aquí cuando alguien actúe sobre él.`,
  updated: (id, where) => `Tu caso ${id} está al día con tu última comprobación; se envió ${where}.`,
  willRetry: (id) =>
    `Abrí el caso ${id}, pero no pude entregarlo en este momento. Sigo intentándolo automáticamente y te avisaré aquí cuando llegue; no se pierde nada.`,
  nobodyYet: (id, category) =>
    `Guardé el caso ${id}, pero todavía nadie puede recibirlo: tu organización no tiene un canal de soporte técnico para los casos de ${category}, y ninguno de tus administradores ni de los administradores del soporte técnico tiene instalado este asistente. Se enviará en cuanto ocurra una de las dos cosas, y te avisaré aquí. Mientras tanto, puedes ponerte en contacto tú mismo con tus administradores:`,
  reachedLater: (id, where) => `Tu caso ${id} ya llegó ${where}.`,
  where: {
    channel: (name) => (name ? `al soporte técnico del canal “${name}”` : 'al soporte técnico'),
    admins: (names) => (names.length === 1 ? `a tu administrador ${names[0]}` : `a tus administradores ${listed(names)}`),
    and: ' y ',
  },
  needsOrganisation:
    'Solo puedo abrir un caso para alguien que haya iniciado sesión en Microsoft Teams con una cuenta profesional de una organización. Escríbeme desde Teams.',
  requesterView: (id, status) => `El caso ${id} está en estado: ${status.toLowerCase()}. Te avisaré aquí cuando algo cambie.`,
  slowDown: (seconds) => `Son muchas consultas de casos en poco tiempo. Vuelve a intentarlo en ${count(seconds, 'segundo', 'segundos')}.`,
  triageWhere:
    'Los comandos de casos funcionan en un canal de soporte técnico asignado a esos casos (di allí "use this channel for all cases") o, para los administradores del soporte técnico y los administradores de tu organización, en un chat privado conmigo.',
  checkFirst: 'Primero déjame comprobar tu cuenta, para que tu soporte técnico vea lo que encontré.',
  draftNote: (title) => `Borrador para revisar: ${title}`,
  notify: (id, what) => `Novedades de tu caso ${id}: ${what}`,
  questionTitle: (id) => `Una pregunta sobre tu caso ${id}`,
  answerLabel: 'Tu respuesta',
  answerThanks: (id) => `Gracias: tu respuesta se agregó al caso ${id}.`,
  audit: (who, what) => `${who}: ${what}`,
  refused: 'Solo el soporte técnico y los administradores de tu organización pueden actuar sobre este caso.',
  /** The id as typed or sent, cut short: card data is not capped like typed text. */
  notFound,
  refusals,
  history,
  stale: 'Este caso cambió mientras tanto; aquí está tal como está ahora.',
  required: {
    note: 'Escribe primero la nota.',
    question: 'Escribe primero la pregunta.',
    assignee: 'Elige a quién asignarlo.',
    status: 'Elige un estado.',
    answer: 'Escribe primero tu respuesta.',
  },
  list: {
    heading: (what, n) => `${what}: ${n}`,
    open: 'Casos abiertos',
    unassigned: 'Casos sin asignar',
    mine: 'Casos asignados a ti',
    none: 'Ninguno.',
    openButton: 'Abrir',
    assignedTo: (name) => `con ${name}`,
    more: (n) =>
      `${n} más sin mostrar (los más antiguos primero). Di "unassigned" o "mine" para ver una lista más corta, o "export" para obtener todos los casos.`,
  },
  /** How long something took or has waited, as a list row or the stats show it. */
  duration: (ms) => {
    const minutes = Math.max(0, Math.floor(ms / 60_000));
    if (minutes < 60) return `${minutes} min`;
    const hours = Math.floor(minutes / 60);
    return hours < 48 ? `${hours} h` : `${Math.floor(hours / 24)} d`;
  },
  stats: {
    title: 'Estadísticas de casos',
    total: 'Casos',
    resolved: 'Resueltos al menos una vez',
    median: 'Mediana del tiempo de resolución',
    notYet: 'ninguno resuelto todavía',
    byCategory: 'Por categoría',
    byStatus: 'Por estado',
    byVerdict: 'Por lo que encontré',
    undelivered: 'Abiertos, aún sin entregar',
  },
  export: {
    title: 'Exportación de casos',
    ready: (n) => `El CSV de ${count(n, 'caso', 'casos')} está listo. El vínculo funciona una vez, durante 15 minutos.`,
    button: 'Descargar CSV',
  },
  channelSet: (categories) => `Este canal ahora recibe los casos de ${listed(categories)}.`,
  backlog: (n) => (n ? ` ${n === 1 ? 'Ahora se está publicando aquí 1 caso en espera.' : `Ahora se están publicando aquí ${n} casos en espera.`}` : ''),
  channelDenied:
    'Solo los administradores de tu organización y los administradores del soporte técnico configurados pueden elegir el canal de soporte técnico.',
  channelUsage: 'Di "use this channel for takeover cases" (o personal-account, mfa, other o all).',
  reposted: (n) => `Se volvió a intentar publicar ${count(n, 'caso que no había', 'casos que no habían')} llegado a su canal o a sus destinatarios.`,
  /** Minutes under two hours, whole hours after (UNASSIGNED_REMINDER_MINUTES may be short). */
  reminder: (id, minutes) => {
    const hours = Math.floor(minutes / 60);
    const waited = minutes < 120 ? count(minutes, 'minuto', 'minutos') : `${hours} horas`;
    return `Recordatorio: el caso ${id} lleva ${waited} esperando sin nadie asignado.`;
  },
  channelOnly: 'Ese comando funciona en un canal de soporte técnico.',
};
