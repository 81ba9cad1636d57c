import type { CaseCategory, CaseStatus, HistoryEvent } from '../../domain/cases/case';
import { utcMinute } from '../moment';
import type { CaseRefusal } from '../../domain/cases/refusal';
import type { Verdict } from '../../domain/verdicts';
import type { CatalogWords, WordsFor } from '../catalog';
import { counted } from './plural';

/** Each verdict's name for the help desk, short enough for a list row or a chart label. */
const verdicts: Record<Verdict, string> = {
  'takeover-needed': 'Locataire non géré, prise de contrôle nécessaire',
  'personal-account': 'Compte Microsoft personnel',
  'choose-work-account': 'Compte professionnel et compte personnel',
  ready: 'Compte professionnel prêt',
  'no-account': 'Aucun compte trouvé',
  'lookup-failed': 'Microsoft injoignable',
  'invalid-address': 'Adresse non valide',
};

const categories: Record<CaseCategory, string> = { takeover: 'Prise de contrôle du locataire', 'personal-account': 'Compte personnel', mfa: 'MFA', other: 'Autre' };

/** A status in the middle of a sentence. */
const statusInSentence: Record<CaseStatus, string> = {
  new: 'nouveau',
  assigned: 'attribué',
  'waiting-on-requester': 'en attente du demandeur',
  resolved: 'résolu',
  closed: 'fermé',
};

/** The id as typed or sent, cut short: card data is not capped like typed text. */
const notFound = (id: string) => `Il n’existe aucun ticket ${id.length > 24 ? `${id.slice(0, 24)}…` : id} visible pour vous.`;

/** Each change as the case's history tells it; a category by its name, not its code. */
const history: WordsFor<HistoryEvent, 'action'> = {
  open: ({ address, verdict }) => `Ouvert pour ${address} : ${verdicts[verdict]}.`,
  diagnosis: ({ was, found }) =>
    was === found ? `Vérifié de nouveau : toujours « ${verdicts[was]} ».` : `Vérifié de nouveau : ${verdicts[found]} (auparavant : ${verdicts[was]}).`,
  assign: ({ assignee, from }) => (from ? `Réattribué de ${from} à ${assignee}.` : `Attribué à ${assignee}.`),
  unassign: ({ assignee }) => `Attribution à ${assignee} retirée.`,
  resolve: () => 'Résolu.',
  close: () => 'Fermé.',
  reopen: ({ status }) => `Rouvert, statut : ${statusInSentence[status]}.`,
  'set-status': ({ status }) => `Statut changé : ${statusInSentence[status]}.`,
  'set-category': ({ from, to }) => `Catégorie changée de « ${categories[from]} » à « ${categories[to]} ».`,
  'add-note': ({ cutTo }) => (cutTo ? `Note ajoutée (réduite à ${cutTo} caractères).` : 'Note ajoutée.'),
  'ask-requester': ({ questionId }) => `Question posée au demandeur (${questionId}).`,
  'requester-answer': ({ questionId }) => `Réponse à ${questionId} enregistrée.`,
  remind: () => 'Rappel envoyé au support informatique : le ticket n’est attribué à personne.',
  'fixed-by-check': ({ checkedAt, verdict, tenant }) => `Résolu par la nouvelle vérification du ${utcMinute(checkedAt)} : ${verdicts[verdict]}, locataire ${tenant}.`,
};

/** Why an action on a case was not taken. */
const refusals: WordsFor<CaseRefusal> = {
  'not-found': ({ id }) => notFound(id),
  'requester-only': ({ id }) => `Seul le support informatique peut modifier ${id} ; vous pouvez répondre à ses questions.`,
  'not-open': ({ id, status }) => `${id} est ${statusInSentence[status]} : rouvrez-le d’abord.`,
  'already-assigned': ({ id, assignee }) => `${id} est déjà attribué à ${assignee}.`,
  'not-assigned': ({ id }) => `${id} n’est attribué à personne.`,
  'already-closed': ({ id }) => `${id} est déjà fermé.`,
  'already-open': ({ id, status }) => `${id} est déjà ouvert (${statusInSentence[status]}).`,
  'already-status': ({ id, status }) => `${id} est déjà ${statusInSentence[status]}.`,
  'assign-first': ({ id }) => `Attribuez d’abord ${id} à quelqu’un.`,
  'unassign-instead': ({ id, assignee }) => `${id} est attribué à ${assignee} : retirez plutôt l’attribution.`,
  'already-category': ({ id, category }) => `${id} est déjà dans la catégorie « ${categories[category]} ».`,
  'empty-note': () => 'Une note doit contenir du texte.',
  'empty-question': () => 'Une question doit contenir du texte.',
  'empty-answer': () => 'Une réponse doit contenir du texte.',
  'closed-to-answers': ({ id, status }) => `${id} est ${statusInSentence[status]}, il n’accepte donc plus de réponses.`,
  'no-question': ({ id, questionId }) => `${id} n’a pas de question ${questionId}.`,
  'already-answered': ({ id, questionId }) => `La question ${questionId} du ticket ${id} a déjà une réponse.`,
  'changed-since-shown': ({ id }) => `${id} a changé depuis l’affichage de votre carte ; le voici tel qu’il est maintenant.`,
  'changed-meanwhile': ({ id }) => `Quelqu’un d’autre a modifié ${id} au même moment ; le voici tel qu’il est maintenant.`,
  'cannot-reopen': ({ id, openId }) => `${id} ne peut pas être rouvert : la même personne et la même adresse ont déjà le ticket ${openId} ouvert.`,
};

/** Categories in a sentence: « A », « B » et « C ». */
const listed = (names: readonly string[]) => {
  const quoted = names.map((name) => `« ${name} »`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} et ${quoted[quoted.length - 1]}` : quoted[0];
};

/** Help-desk cases: the cards, lists, stats and messages about them. */
export const cases: CatalogWords['cases'] = {
  escalateButton: 'Contacter l’admin / le support',
  title: (id: string) => `Ticket ${id}`,
  categories,
  statuses: { new: 'Nouveau', assigned: 'Attribué', 'waiting-on-requester': 'En attente du demandeur', resolved: 'Résolu', closed: 'Fermé' },
  facts: {
    requester: 'Demandeur',
    address: 'Adresse',
    verdict: 'Ce que j’ai trouvé',
    category: 'Catégorie',
    status: 'Statut',
    assignee: 'Attribué à',
    created: 'Ouvert le',
    tenant: 'Locataire',
  },
  verdicts,
  unassigned: 'personne pour l’instant',
  notesHeading: 'Notes',
  questionsHeading: 'Questions au demandeur',
  noAnswer: '(pas encore de réponse)',
  historyHeading: 'Dernières modifications',
  assigneeLabel: 'Attribuer à',
  earlierNotes: (count: number) => `${counted(count, 'note plus ancienne n’est pas affichée', 'notes plus anciennes ne sont pas affichées')} ici.`,
  earlierQuestions: (count: number) => `${counted(count, 'question plus ancienne n’est pas affichée', 'questions plus anciennes ne sont pas affichées')} ici.`,
  assigneesShown: (shown: number, total: number) => `Attribuer à (${shown} des ${total} personnes de cette équipe sont listées ; toute autre peut choisir « Me l’attribuer »)`,
  statusLabel: 'Statut',
  noteLabel: 'Note',
  questionLabel: 'Question pour le demandeur',
  buttons: {
    assignToMe: 'Me l’attribuer',
    assign: 'Attribuer',
    status: 'Définir le statut',
    write: 'Note ou question',
    note: 'Ajouter une note',
    ask: 'Poser la question au demandeur',
    manage: 'Attribuer ou changer le statut',
    resolve: 'Résoudre',
    reopen: 'Rouvrir',
    chat: 'Discuter avec le demandeur',
    answer: 'Envoyer la réponse',
  },
  escalated: (id: string, where: string) =>
    `J’ai ouvert le ticket ${id} et je l’ai envoyé à ${where}. Je vous préviendrai ici quand quelqu’un s’en occupera.`,
  updated: (id: string, where: string) => `Votre ticket ${id} est à jour avec votre dernière vérification ; il a été transmis à ${where}.`,
  willRetry: (id: string) =>
    `J’ai ouvert le ticket ${id}, mais je n’ai pas pu le remettre pour l’instant. Je réessaie automatiquement et je vous préviendrai ici quand il sera arrivé ; rien n’est perdu.`,
  nobodyYet: (id: string, category: string) =>
    `J’ai enregistré le ticket ${id}, mais personne ne peut encore le recevoir : votre organisation n’a aucun canal de support informatique pour les tickets « ${category} », et aucun de vos admins ou admins du support informatique n’a installé cet assistant. Il sera envoyé dès que l’un ou l’autre sera le cas, et je vous préviendrai ici. En attendant, vous pouvez contacter vous-même vos admins :`,
  reachedLater: (id: string, where: string) => `Votre ticket ${id} est maintenant arrivé à ${where}.`,
  where: {
    channel: (name: string) => (name ? `l’équipe du support informatique dans le canal « ${name} »` : 'l’équipe du support informatique'),
    admins: (names: readonly string[]) =>
      names.length === 1 ? `votre admin ${names[0]}` : `vos admins ${names.slice(0, -1).join(', ')} et ${names[names.length - 1]}`,
    and: ' et à ',
  },
  needsOrganisation:
    'Je ne peux ouvrir un ticket que pour une personne connectée à Microsoft Teams avec le compte professionnel d’une organisation. Écrivez-moi depuis Teams.',
  requesterView: (id: string, status: string) => `Statut du ticket ${id} : ${status.toLowerCase()}. Je vous préviendrai ici quand quelque chose changera.`,
  slowDown: (seconds: number) =>
    `Cela fait beaucoup de recherches de tickets en peu de temps. Réessayez dans ${counted(seconds, 'seconde', 'secondes')}.`,
  triageWhere:
    'Les commandes de tickets fonctionnent dans un canal de support informatique choisi pour ces tickets (dites-y « use this channel for all cases »), ou en conversation privée avec moi pour les admins du support informatique et les admins de votre organisation.',
  checkFirst: 'Je vérifie d’abord votre compte, pour que votre support informatique voie ce que j’ai trouvé.',
  draftNote: (title: string) => `Brouillon à relire : ${title}`,
  notify: (id: string, what: string) => `Mise à jour de votre ticket ${id} : ${what}`,
  questionTitle: (id: string) => `Une question sur votre ticket ${id}`,
  answerLabel: 'Votre réponse',
  answerThanks: (id: string) => `Merci : votre réponse a été ajoutée au ticket ${id}.`,
  audit: (who: string, what: string) => `${who} : ${what}`,
  refused: 'Seuls le support informatique et les admins de votre organisation peuvent agir sur ce ticket.',
  /** The id as typed or sent, cut short: card data is not capped like typed text. */
  notFound,
  refusals,
  history,
  stale: 'Ce ticket a changé entre-temps ; le voici tel qu’il est maintenant.',
  required: {
    note: 'Écrivez d’abord la note.',
    question: 'Écrivez d’abord la question.',
    assignee: 'Choisissez la personne à qui l’attribuer.',
    status: 'Choisissez un statut.',
    answer: 'Écrivez d’abord votre réponse.',
  },
  list: {
    heading: (what: string, n: number) => `${what} : ${n}`,
    open: 'Tickets ouverts',
    unassigned: 'Tickets non attribués',
    mine: 'Tickets qui vous sont attribués',
    none: 'Aucun.',
    openButton: 'Ouvrir',
    assignedTo: (name: string) => `attribué à ${name}`,
    more: (n: number) =>
      `${counted(n, 'autre non affiché', 'autres non affichés')} (les plus anciens d’abord). Dites « unassigned » ou « mine » pour une liste plus courte, ou « export » pour tous les tickets.`,
  },
  /** How long something took or has waited, as a list row or the stats show it. */
  duration: (ms: number) => {
    const minutes = Math.max(0, Math.floor(ms / 60_000));
    if (minutes < 60) return `${minutes} min`;
    const hours = Math.floor(minutes / 60);
    return hours < 48 ? `${hours} h` : `${Math.floor(hours / 24)} j`;
  },
  stats: {
    title: 'Statistiques des tickets',
    total: 'Tickets',
    resolved: 'Résolus au moins une fois',
    median: 'Délai médian de résolution',
    notYet: 'aucun résolu pour l’instant',
    byCategory: 'Par catégorie',
    byStatus: 'Par statut',
    byVerdict: 'Selon ce que j’ai trouvé',
    undelivered: 'Ouverts, pas encore remis',
  },
  export: {
    title: 'Export des tickets',
    ready: (n: number) => `Le CSV de ${counted(n, 'ticket', 'tickets')} est prêt. Le lien fonctionne une seule fois, pendant 15 minutes.`,
    button: 'Télécharger le CSV',
  },
  channelSet: (names: readonly string[]) => `Ce canal reçoit désormais les tickets ${listed(names)}.`,
  backlog: (n: number) => (n ? ` ${counted(n, 'ticket en attente est publié', 'tickets en attente sont publiés')} ici maintenant.` : ''),
  channelDenied: 'Seuls les admins de votre organisation et les admins du support informatique configurés peuvent choisir le canal du support informatique.',
  channelUsage: 'Dites « use this channel for takeover cases » (ou personal-account, mfa, other, ou all).',
  reposted: (n: number) =>
    `J’ai réessayé de publier ${counted(n, 'ticket qui n’était pas encore arrivé', 'tickets qui n’étaient pas encore arrivés')} à destination (canal ou personnes).`,
  /** Minutes under two hours, whole hours after (UNASSIGNED_REMINDER_MINUTES may be short). */
  reminder: (id: string, minutes: number) => {
    const hours = Math.floor(minutes / 60);
    const waited = minutes < 120 ? counted(minutes, 'minute', 'minutes') : `${hours} heures`;
    return `Rappel : le ticket ${id} attend depuis ${waited} sans que personne lui soit attribué.`;
  },
  channelOnly: 'Cette commande fonctionne dans un canal de support informatique.',
};
