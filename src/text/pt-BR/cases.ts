import type { CaseStatus, HistoryEvent } from '../../domain/cases/case';
import { utcMinute } from '../moment';
import type { CaseRefusal } from '../../domain/cases/refusal';
import type { Verdict } from '../../domain/verdicts';
import type { CatalogWords, WordsFor } from '../catalog';
import { countedIn } from '../grammar';

const counted = countedIn('pt-BR');

/** Each verdict's name for the help desk, short enough for a list row or a chart label. */
const verdicts = {
  'takeover-needed': 'Locatário não gerenciado, precisa de aquisição',
  'personal-account': 'Conta pessoal da Microsoft',
  'choose-work-account': 'Conta corporativa e pessoal',
  ready: 'Conta corporativa pronta',
  'no-account': 'Nenhuma conta encontrada',
  'lookup-failed': 'Microsoft inacessível',
  'invalid-address': 'Endereço inválido',
} satisfies Record<Verdict, string>;

/** A status in the middle of a sentence. */
const statusInSentence: Record<CaseStatus, string> = {
  new: 'novo',
  assigned: 'atribuído',
  'waiting-on-requester': 'aguardando o solicitante',
  resolved: 'resolvido',
  closed: 'fechado',
};

/** "1 caso", "3 casos": the singular for exactly one. */
const count = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

/** "a, b e c". */
const listed = (items: readonly string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} e ${items[items.length - 1]}` : items[0]);

/** The id as typed or sent, cut short: card data is not capped like typed text. */
const notFound = (id: string) => `Não há nenhum caso ${id.length > 24 ? `${id.slice(0, 24)}…` : id} que você possa ver.`;

/** Each change as the case's history tells it. */
const history: WordsFor<HistoryEvent, 'action'> = {
  open: ({ address, verdict }) => `Aberto para ${address}: ${verdicts[verdict]}.`,
  diagnosis: ({ was, found }) =>
    was === found ? `Verificado de novo: continua ${verdicts[was]}.` : `Verificado de novo: ${verdicts[found]} (antes: ${verdicts[was]}).`,
  assign: ({ assignee, from }) => (from ? `Reatribuído de ${from} para ${assignee}.` : `Atribuído a ${assignee}.`),
  unassign: ({ assignee }) => `Atribuição de ${assignee} removida.`,
  resolve: () => 'Resolvido.',
  close: () => 'Fechado.',
  reopen: ({ status }) => `Reaberto como ${statusInSentence[status]}.`,
  'set-status': ({ status }) => `Status alterado para ${statusInSentence[status]}.`,
  'set-category': ({ from, to }) => `Categoria alterada de ${from} para ${to}.`,
  'add-note': ({ cutTo }) => (cutTo ? `Nota adicionada (cortada em ${cutTo} caracteres).` : 'Nota adicionada.'),
  'ask-requester': ({ questionId }) => `Pergunta feita ao solicitante (${questionId}).`,
  'requester-answer': ({ questionId }) => `Resposta a ${questionId} registrada.`,
  remind: () => 'O suporte técnico foi lembrado de que o caso não está atribuído.',
  'fixed-by-check': ({ checkedAt, verdict, tenant }) => `Resolvido pela nova verificação de ${utcMinute(checkedAt)}: ${verdicts[verdict]}, locatário ${tenant}.`,
};

/** Why an action on a case was not taken. */
const refusals: WordsFor<CaseRefusal> = {
  'not-found': ({ id }) => notFound(id),
  'requester-only': ({ id }) => `Só o suporte técnico pode alterar ${id}; você pode responder às perguntas dele.`,
  'not-open': ({ id, status }) => `${id} está ${statusInSentence[status]}: reabra-o primeiro.`,
  'already-assigned': ({ id, assignee }) => `${id} já está atribuído a ${assignee}.`,
  'not-assigned': ({ id }) => `${id} não está atribuído a ninguém.`,
  'already-closed': ({ id }) => `${id} já está fechado.`,
  'already-open': ({ id, status }) => `${id} já está aberto (${statusInSentence[status]}).`,
  'already-status': ({ id, status }) => `${id} já está com o status “${statusInSentence[status]}”.`,
  'assign-first': ({ id }) => `Atribua ${id} a alguém primeiro.`,
  'unassign-instead': ({ id, assignee }) => `${id} está atribuído a ${assignee}: remova a atribuição em vez disso.`,
  'already-category': ({ id, category }) => `${id} já está em ${category}.`,
  'empty-note': () => 'Uma nota precisa de algum texto.',
  'empty-question': () => 'Uma pergunta precisa de algum texto.',
  'empty-answer': () => 'Uma resposta precisa de algum texto.',
  'closed-to-answers': ({ id, status }) => `${id} está ${statusInSentence[status]}, então não aceita mais respostas.`,
  'no-question': ({ id, questionId }) => `${id} não tem nenhuma pergunta ${questionId}.`,
  'already-answered': ({ id, questionId }) => `A pergunta ${questionId} de ${id} já foi respondida.`,
  'changed-since-shown': ({ id }) => `${id} mudou desde que seu cartão foi exibido; aqui está ele como está agora.`,
  'changed-meanwhile': ({ id }) => `Outra pessoa alterou ${id} ao mesmo tempo; aqui está ele como está agora.`,
  'cannot-reopen': ({ id, openId }) => `${id} não pode ser reaberto: a mesma pessoa e o mesmo endereço já têm ${openId} aberto.`,
};

/** Help-desk cases: the cards, lists, stats and messages about them. */
export const cases: CatalogWords['cases'] = {
  escalateButton: 'Perguntar ao admin ou suporte',
  title: (id) => `Caso ${id}`,
  categories: { takeover: 'Aquisição do locatário', 'personal-account': 'Conta pessoal', mfa: 'MFA', other: 'Outros' },
  statuses: { new: 'Novo', assigned: 'Atribuído', 'waiting-on-requester': 'Aguardando o solicitante', resolved: 'Resolvido', closed: 'Fechado' },
  facts: {
    requester: 'Solicitante',
    address: 'Endereço',
    verdict: 'O que encontrei',
    category: 'Categoria',
    status: 'Status',
    assignee: 'Atribuído a',
    created: 'Aberto em',
    tenant: 'Locatário',
  },
  verdicts,
  unassigned: 'ninguém ainda',
  notesHeading: 'Notas',
  questionsHeading: 'Perguntas ao solicitante',
  noAnswer: '(ainda sem resposta)',
  historyHeading: 'Alterações recentes',
  assigneeLabel: 'Atribuir a',
  earlierNotes: (count) => `${counted(count, 'nota anterior não é mostrada', 'notas anteriores não são mostradas')} aqui.`,
  earlierQuestions: (count) => `${counted(count, 'pergunta anterior não é mostrada', 'perguntas anteriores não são mostradas')} aqui.`,
  assigneesShown: (shown, total) => `Atribuir a (${shown} das ${total} pessoas desta equipe estão na lista; qualquer outra pode tocar em “Atribuir a mim”)`,
  statusLabel: 'Status',
  noteLabel: 'Nota',
  questionLabel: 'Pergunta para o solicitante',
  buttons: {
    assignToMe: 'Atribuir a mim',
    assign: 'Atribuir',
    status: 'Definir status',
    write: 'Nota ou pergunta',
    note: 'Adicionar nota',
    ask: 'Perguntar ao solicitante',
    manage: 'Atribuir ou definir status',
    resolve: 'Resolver',
    reopen: 'Reabrir',
    chat: 'Conversar com o solicitante',
    answer: 'Enviar resposta',
  },
  escalated: (id, where) => `Abri o caso ${id} e o enviei para ${where}. Você terá notícias minhas aqui quando alguém agir sobre ele.`,
  updated: (id, where) => `Seu caso ${id} está atualizado com a sua última verificação; ele está com ${where}.`,
  willRetry: (id) =>
    `Abri o caso ${id}, mas não consegui entregá-lo agora. Continuo tentando automaticamente e aviso você aqui quando ele chegar; nada se perde.`,
  nobodyYet: (id, category) =>
    `Salvei o caso ${id}, mas ninguém pode recebê-lo ainda: sua organização não tem um canal de suporte técnico para casos de ${category}, e nenhum dos seus administradores ou administradores do suporte técnico tem este assistente instalado. Ele será enviado assim que uma das duas coisas acontecer, e aviso você aqui. Enquanto isso, você mesmo pode entrar em contato com seus administradores:`,
  reachedLater: (id, where) => `Seu caso ${id} foi entregue agora para ${where}.`,
  where: {
    channel: (name) => (name ? `o suporte técnico no canal “${name}”` : 'o suporte técnico'),
    admins: (names) => (names.length === 1 ? `seu administrador ${names[0]}` : `seus administradores ${listed(names)}`),
    and: ' e para ',
  },
  needsOrganisation:
    'Só posso abrir um caso para alguém conectado ao Microsoft Teams com uma conta corporativa de uma organização. Escreva para mim pelo Teams.',
  requesterView: (id, status) => `O status do caso ${id} é: ${status.toLowerCase()}. Aviso você aqui quando algo mudar.`,
  slowDown: (seconds) => `São muitas consultas de casos em pouco tempo. Tente de novo em ${count(seconds, 'segundo', 'segundos')}.`,
  triageWhere:
    'Os comandos de casos funcionam em um canal de suporte técnico direcionado para esses casos (diga lá "use this channel for all cases") ou, para administradores do suporte técnico e administradores da sua organização, em um chat individual comigo.',
  checkFirst: 'Primeiro vou verificar sua conta, para que seu suporte técnico veja o que encontrei.',
  draftNote: (title) => `Rascunho para revisão: ${title}`,
  notify: (id, what) => `Atualização do seu caso ${id}: ${what}`,
  questionTitle: (id) => `Uma pergunta sobre o seu caso ${id}`,
  answerLabel: 'Sua resposta',
  answerThanks: (id) => `Obrigado: sua resposta foi adicionada ao caso ${id}.`,
  audit: (who, what) => `${who}: ${what}`,
  refused: 'Só o suporte técnico e os administradores da sua organização podem agir sobre este caso.',
  /** The id as typed or sent, cut short: card data is not capped like typed text. */
  notFound,
  refusals,
  history,
  stale: 'Este caso mudou nesse meio-tempo; aqui está ele como está agora.',
  required: {
    note: 'Escreva a nota primeiro.',
    question: 'Escreva a pergunta primeiro.',
    assignee: 'Escolha a quem atribuir.',
    status: 'Escolha um status.',
    answer: 'Escreva sua resposta primeiro.',
  },
  list: {
    heading: (what, n) => `${what}: ${n}`,
    open: 'Casos abertos',
    unassigned: 'Casos não atribuídos',
    mine: 'Casos atribuídos a você',
    none: 'Nenhum.',
    openButton: 'Abrir',
    assignedTo: (name) => `com ${name}`,
    more: (n) =>
      `Mais ${n} não exibidos (os mais antigos primeiro). Diga "unassigned" ou "mine" para uma lista menor, ou "export" para todos os casos.`,
  },
  /** How long something took or has waited, as a list row or the stats show it. */
  duration: (ms) => {
    const minutes = Math.max(0, Math.floor(ms / 60_000));
    if (minutes < 60) return `${minutes} min`;
    const hours = Math.floor(minutes / 60);
    return hours < 48 ? `${hours} h` : `${Math.floor(hours / 24)} d`;
  },
  stats: {
    title: 'Estatísticas de casos',
    total: 'Casos',
    resolved: 'Resolvidos pelo menos uma vez',
    median: 'Tempo mediano de resolução',
    notYet: 'nenhum resolvido ainda',
    byCategory: 'Por categoria',
    byStatus: 'Por status',
    byVerdict: 'Pelo que encontrei',
    undelivered: 'Abertos, ainda não entregues',
  },
  export: {
    title: 'Exportação de casos',
    ready: (n) => `O CSV de ${count(n, 'caso', 'casos')} está pronto. O link funciona uma vez, por 15 minutos.`,
    button: 'Baixar CSV',
  },
  channelSet: (categories) => `Este canal agora recebe os casos de ${listed(categories)}.`,
  backlog: (n) => (n ? ` ${n === 1 ? '1 caso em espera está sendo publicado aqui agora.' : `${n} casos em espera estão sendo publicados aqui agora.`}` : ''),
  channelDenied:
    'Só os administradores da sua organização e os administradores do suporte técnico configurados podem escolher o canal do suporte técnico.',
  channelUsage: 'Diga "use this channel for takeover cases" (ou personal-account, mfa, other ou all).',
  reposted: (n) => `Tentei de novo publicar ${count(n, 'caso que não tinha', 'casos que não tinham')} chegado ao canal ou às pessoas.`,
  /** Minutes under two hours, whole hours after (UNASSIGNED_REMINDER_MINUTES may be short). */
  reminder: (id, minutes) => {
    const hours = Math.floor(minutes / 60);
    const waited = minutes < 120 ? count(minutes, 'minuto', 'minutos') : `${hours} horas`;
    return `Lembrete: o caso ${id} está esperando há ${waited} sem ninguém atribuído.`;
  },
  channelOnly: 'Esse comando funciona em um canal de suporte técnico.',
};
