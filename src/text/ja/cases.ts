import type { CaseStatus, HistoryEvent } from '../../domain/cases/case';
import { utcMinute } from '../moment';
import type { CaseRefusal } from '../../domain/cases/refusal';
import type { Verdict } from '../../domain/verdicts';
import type { CatalogWords, WordsFor } from '../catalog';

/** Each verdict's name for the help desk, short enough for a list row or a chart label. */
const verdicts = {
  'takeover-needed': '管理されていないテナント、引き継ぎが必要',
  'personal-account': '個人用 Microsoft アカウント',
  'choose-work-account': '職場アカウントと個人用アカウントの両方',
  ready: '職場アカウント (準備完了)',
  'no-account': 'アカウントが見つからない',
  'lookup-failed': 'Microsoft に接続できなかった',
  'invalid-address': '有効なアドレスではない',
} satisfies Record<Verdict, string>;

/** A status in the middle of a sentence. */
const statusInSentence: Record<CaseStatus, string> = {
  new: '新規',
  assigned: '割り当て済み',
  'waiting-on-requester': '依頼者の回答待ち',
  resolved: '解決済み',
  closed: 'クローズ済み',
};

/** The id as typed or sent, cut short: card data is not capped like typed text. */
const notFound = (id: string) => `表示できるケース ${id.length > 24 ? `${id.slice(0, 24)}…` : id} はありません。`;

/** Each change as the case's history tells it. */
const history: WordsFor<HistoryEvent, 'action'> = {
  open: ({ address, verdict }) => `${address} について作成: ${verdicts[verdict]}。`,
  diagnosis: ({ was, found }) => (was === found ? `再確認: 変わらず ${verdicts[was]}。` : `再確認: ${verdicts[found]} (以前は ${verdicts[was]})。`),
  assign: ({ assignee, from }) => (from ? `${from} から ${assignee} に再割り当て。` : `${assignee} に割り当て。`),
  unassign: ({ assignee }) => `${assignee} の割り当てを解除。`,
  resolve: () => '解決済みにしました。',
  close: () => 'クローズしました。',
  reopen: ({ status }) => `${statusInSentence[status]}として再オープン。`,
  'set-status': ({ status }) => `状態を${statusInSentence[status]}に設定。`,
  'set-category': ({ from, to }) => `カテゴリを ${from} から ${to} に変更。`,
  'add-note': ({ cutTo }) => (cutTo ? `メモを追加 (${cutTo} 文字に短縮)。` : 'メモを追加。'),
  'ask-requester': ({ questionId }) => `依頼者に質問 (${questionId})。`,
  'requester-answer': ({ questionId }) => `${questionId} への回答を記録。`,
  remind: () => 'ケースが未割り当てであることをヘルプデスクに通知。',
  'fixed-by-check': ({ checkedAt, verdict, tenant }) => `${utcMinute(checkedAt)} の再確認で解決: ${verdicts[verdict]}、テナント ${tenant}。`,
};

/** Why an action on a case was not taken. */
const refusals: WordsFor<CaseRefusal> = {
  'not-found': ({ id }) => notFound(id),
  'requester-only': ({ id }) => `${id} を変更できるのはヘルプデスクだけです。ご自身は質問に回答できます。`,
  'not-open': ({ id, status }) => `${id} は${statusInSentence[status]}です。先に再オープンしてください。`,
  'already-assigned': ({ id, assignee }) => `${id} は既に ${assignee} に割り当てられています。`,
  'not-assigned': ({ id }) => `${id} は誰にも割り当てられていません。`,
  'already-closed': ({ id }) => `${id} は既にクローズ済みです。`,
  'already-open': ({ id, status }) => `${id} は既にオープンしています (${statusInSentence[status]})。`,
  'already-status': ({ id, status }) => `${id} は既に${statusInSentence[status]}です。`,
  'assign-first': ({ id }) => `先に ${id} に担当者を割り当ててください。`,
  'unassign-instead': ({ id, assignee }) => `${id} は ${assignee} に割り当てられています。代わりに割り当てを解除してください。`,
  'already-category': ({ id, category }) => `${id} は既に ${category} にあります。`,
  'empty-note': () => 'メモにはテキストが必要です。',
  'empty-question': () => '質問にはテキストが必要です。',
  'empty-answer': () => '回答にはテキストが必要です。',
  'closed-to-answers': ({ id, status }) => `${id} は${statusInSentence[status]}のため、これ以上回答を受け付けません。`,
  'no-question': ({ id, questionId }) => `${id} に質問 ${questionId} はありません。`,
  'already-answered': ({ id, questionId }) => `${id} の質問 ${questionId} には既に回答があります。`,
  'changed-since-shown': ({ id }) => `カードが表示された後に ${id} が変更されました。現在の状態を表示します。`,
  'changed-meanwhile': ({ id }) => `同時にほかの人が ${id} を変更しました。現在の状態を表示します。`,
  'cannot-reopen': ({ id, openId }) => `${id} は再オープンできません。同じユーザーとアドレスで ${openId} が既にオープンしています。`,
};

/** Help-desk cases: the cards, lists, stats and messages about them. */
export const cases: CatalogWords['cases'] = {
  escalateButton: '管理者 / ヘルプデスクに相談',
  title: (id: string) => `ケース ${id}`,
  categories: { takeover: 'テナントの引き継ぎ', 'personal-account': '個人用アカウント', mfa: 'MFA', other: 'その他' },
  statuses: { new: '新規', assigned: '割り当て済み', 'waiting-on-requester': '依頼者の回答待ち', resolved: '解決済み', closed: 'クローズ済み' },
  facts: {
    requester: '依頼者',
    address: 'アドレス',
    verdict: '確認結果',
    category: 'カテゴリ',
    status: '状態',
    assignee: '担当者',
    created: '作成日時',
    tenant: 'テナント',
  },
  verdicts,
  unassigned: 'まだいません',
  notesHeading: 'メモ',
  questionsHeading: '依頼者への質問',
  noAnswer: '(まだ回答はありません)',
  historyHeading: '最近の変更',
  assigneeLabel: '割り当て先',
  earlierNotes: (count: number) => `以前のメモ ${count} 件はここに表示されていません。`,
  earlierQuestions: (count: number) => `以前の質問 ${count} 件はここに表示されていません。`,
  assigneesShown: (shown: number, total: number) => `割り当て先 (このチームの ${total} 人のうち ${shown} 人を表示しています。ほかの人は「自分に割り当て」を押せます)`,
  statusLabel: '状態',
  noteLabel: 'メモ',
  questionLabel: '依頼者への質問',
  buttons: {
    assignToMe: '自分に割り当て',
    assign: '割り当て',
    status: '状態を設定',
    write: 'メモまたは質問',
    note: 'メモを追加',
    ask: '依頼者に質問',
    manage: '割り当てまたは状態の設定',
    resolve: '解決',
    reopen: '再オープン',
    chat: '依頼者とチャット',
    answer: '回答を送信',
  },
  escalated: (id: string, where: string) => `ケース ${id} を作成し、${where}に送りました。誰かが対応したら、ここでお知らせします。`,
  updated: (id: string, where: string) => `ケース ${id} は最新の確認結果で更新されています。現在の担当は${where}です。`,
  willRetry: (id: string) => `ケース ${id} を作成しましたが、いまは届けられませんでした。自動的に再試行し、届いたらここでお知らせします。失われるものはありません。`,
  nobodyYet: (id: string, category: string) =>
    `ケース ${id} を保存しましたが、まだ受け取れる人がいません。組織に ${category} のケース用のヘルプデスク チャネルがなく、管理者やヘルプデスク管理者の誰もこのアシスタントをインストールしていません。どちらかが整いしだい送信し、ここでお知らせします。その間は、ご自身で管理者に連絡することもできます:`,
  reachedLater: (id: string, where: string) => `ケース ${id} が${where}に届きました。`,
  where: {
    channel: (name: string) => (name ? `「${name}」チャネルのヘルプデスク` : 'ヘルプデスク'),
    admins: (names: readonly string[]) => (names.length === 1 ? `管理者の ${names[0]} さん` : `管理者の ${names.map((name) => `${name} さん`).join('、')}`),
    and: 'と',
  },
  needsOrganisation: 'ケースを作成できるのは、組織の職場アカウントで Microsoft Teams にサインインしている方だけです。Teams からメッセージを送ってください。',
  requesterView: (id: string, status: string) => `ケース ${id} の状態: ${status}。変更があればここでお知らせします。`,
  slowDown: (seconds: number) => `短時間にケースの検索が多すぎます。${seconds} 秒後にもう一度お試しください。`,
  triageWhere:
    'ケースのコマンドは、そのケース用に設定されたヘルプデスク チャネル (そのチャネルで「use this channel for all cases」と入力します) か、ヘルプデスク管理者と組織の管理者であれば、このアシスタントとの個人用チャットで使えます。',
  checkFirst: 'ヘルプデスクが確認結果を見られるよう、先にアカウントを確認させてください。',
  draftNote: (title: string) => `確認用の下書き: ${title}`,
  notify: (id: string, what: string) => `ケース ${id} の更新: ${what}`,
  questionTitle: (id: string) => `ケース ${id} についての質問`,
  answerLabel: '回答',
  answerThanks: (id: string) => `ありがとうございます。回答をケース ${id} に追加しました。`,
  audit: (who: string, what: string) => `${who}: ${what}`,
  refused: 'このケースを操作できるのは、ヘルプデスクと組織の管理者だけです。',
  notFound,
  refusals,
  history,
  stale: 'このケースはその間に変更されました。現在の状態を表示します。',
  required: { note: '先にメモを入力してください。', question: '先に質問を入力してください。', assignee: '割り当てる人を選んでください。', status: '状態を選んでください。', answer: '先に回答を入力してください。' },
  list: {
    heading: (what: string, n: number) => `${what}: ${n}`,
    open: '未解決のケース',
    unassigned: '未割り当てのケース',
    mine: '自分に割り当てられたケース',
    none: 'ありません。',
    openButton: '開く',
    assignedTo: (name: string) => `担当: ${name}`,
    more: (n: number) =>
      `ほか ${n} 件は表示していません (古い順)。短い一覧には「unassigned」か「mine」、すべてのケースには「export」と入力してください。`,
  },
  duration: (ms: number) => {
    const minutes = Math.max(0, Math.floor(ms / 60_000));
    if (minutes < 60) return `${minutes} 分`;
    const hours = Math.floor(minutes / 60);
    return hours < 48 ? `${hours} 時間` : `${Math.floor(hours / 24)} 日`;
  },
  stats: {
    title: 'ケースの統計',
    total: 'ケース数',
    resolved: '1 回以上解決済み',
    median: '解決までの時間の中央値',
    notYet: 'まだ解決済みはありません',
    byCategory: 'カテゴリ別',
    byStatus: '状態別',
    byVerdict: '確認結果別',
    undelivered: '未解決で、まだ届いていない',
  },
  export: {
    title: 'ケースのエクスポート',
    ready: (n: number) => `${n} 件のケースの CSV ができました。リンクは 1 回だけ、15 分間使えます。`,
    button: 'CSV をダウンロード',
  },
  channelSet: (categories: readonly string[]) => `このチャネルで ${categories.join('、')} のケースを受け取るようになりました。`,
  backlog: (n: number) => (n ? `待機中のケース ${n} 件をここに投稿しています。` : ''),
  channelDenied: 'ヘルプデスク チャネルを選べるのは、組織の管理者と、構成されたヘルプデスク管理者だけです。',
  channelUsage: '「use this channel for takeover cases」と入力してください (takeover の代わりに personal-account、mfa、other、all も使えます)。',
  reposted: (n: number) => `チャネルや担当者に届いていなかったケース ${n} 件の投稿を再試行しました。`,
  /** Minutes under two hours, whole hours after (UNASSIGNED_REMINDER_MINUTES may be short). */
  reminder: (id: string, minutes: number) => {
    const waited = minutes < 120 ? `${minutes} 分` : `${Math.floor(minutes / 60)} 時間`;
    return `リマインダー: ケース ${id} は担当者がいないまま ${waited}待っています。`;
  },
  channelOnly: 'このコマンドはヘルプデスク チャネルで使えます。',
};
