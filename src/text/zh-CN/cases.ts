import type { CaseStatus, HistoryEvent } from '../../domain/cases/case';
import { utcMinute } from '../moment';
import type { CaseRefusal } from '../../domain/cases/refusal';
import type { Verdict } from '../../domain/verdicts';
import type { CatalogWords, WordsFor } from '../catalog';

/** 供服务台使用的各结论名称，足够简短，可用于列表行或图表标签。 */
const verdicts = {
  'takeover-needed': '非托管租户，需要接管',
  'personal-account': '个人 Microsoft 帐户',
  'choose-work-account': '同时有工作帐户和个人帐户',
  ready: '工作帐户已就绪',
  'no-account': '未找到帐户',
  'lookup-failed': '未能连接 Microsoft',
  'invalid-address': '地址无效',
} satisfies Record<Verdict, string>;

/** 句子中的状态。 */
const statusInSentence: Record<CaseStatus, string> = {
  new: '新建',
  assigned: '已分配',
  'waiting-on-requester': '等待请求者回复',
  resolved: '已解决',
  closed: '已关闭',
};

/** 输入或发送的 ID 过长时截短：卡片数据不像输入的文本那样有长度上限。 */
const notFound = (id: string) => `没有你可以查看的工单 ${id.length > 24 ? `${id.slice(0, 24)}…` : id}。`;

/** 工单历史记录中对每次更改的描述。 */
const history: WordsFor<HistoryEvent, 'action'> = {
  open: ({ address, verdict }) => `已为 ${address} 创建：${verdicts[verdict]}。`,
  diagnosis: ({ was, found }) => (was === found ? `已再次检查：仍为“${verdicts[was]}”。` : `已再次检查：${verdicts[found]}（之前为“${verdicts[was]}”）。`),
  assign: ({ assignee, from }) => (from ? `已从 ${from} 重新分配给 ${assignee}。` : `已分配给 ${assignee}。`),
  unassign: ({ assignee }) => `已取消分配 ${assignee}。`,
  resolve: () => '已解决。',
  close: () => '已关闭。',
  reopen: ({ status }) => `已重新打开，状态为“${statusInSentence[status]}”。`,
  'set-status': ({ status }) => `状态已设置为“${statusInSentence[status]}”。`,
  'set-category': ({ from, to }) => `类别已从 ${from} 更改为 ${to}。`,
  'add-note': ({ cutTo }) => (cutTo ? `已添加备注（截短为 ${cutTo} 个字符）。` : '已添加备注。'),
  'ask-requester': ({ questionId }) => `已询问请求者 (${questionId})。`,
  'requester-answer': ({ questionId }) => `已记录对 ${questionId} 的回答。`,
  remind: () => '已提醒服务台此工单尚未分配。',
  'fixed-by-check': ({ checkedAt, verdict, tenant }) => `已由 ${utcMinute(checkedAt)} 的再次检查解决：${verdicts[verdict]}，租户 ${tenant}。`,
};

/** 未执行工单操作的原因。 */
const refusals: WordsFor<CaseRefusal> = {
  'not-found': ({ id }) => notFound(id),
  'requester-only': ({ id }) => `只有服务台可以更改 ${id}；你可以回答其中的问题。`,
  'not-open': ({ id, status }) => `${id} 的状态为“${statusInSentence[status]}”：请先重新打开。`,
  'already-assigned': ({ id, assignee }) => `${id} 已分配给 ${assignee}。`,
  'not-assigned': ({ id }) => `${id} 未分配给任何人。`,
  'already-closed': ({ id }) => `${id} 已关闭。`,
  'already-open': ({ id, status }) => `${id} 已处于打开状态（${statusInSentence[status]}）。`,
  'already-status': ({ id, status }) => `${id} 的状态已经是“${statusInSentence[status]}”。`,
  'assign-first': ({ id }) => `请先为 ${id} 分配人员。`,
  'unassign-instead': ({ id, assignee }) => `${id} 已分配给 ${assignee}：请改为取消分配。`,
  'already-category': ({ id, category }) => `${id} 已属于 ${category}。`,
  'empty-note': () => '备注需要包含一些文字。',
  'empty-question': () => '问题需要包含一些文字。',
  'empty-answer': () => '回答需要包含一些文字。',
  'closed-to-answers': ({ id, status }) => `${id} 的状态为“${statusInSentence[status]}”，因此不再接受回答。`,
  'no-question': ({ id, questionId }) => `${id} 中没有问题 ${questionId}。`,
  'already-answered': ({ id, questionId }) => `${id} 中的问题 ${questionId} 已有回答。`,
  'changed-since-shown': ({ id }) => `你的卡片显示后，${id} 已发生变化；以下是它的当前状态。`,
  'changed-meanwhile': ({ id }) => `有人同时更改了 ${id}；以下是它的当前状态。`,
  'cannot-reopen': ({ id, openId }) => `无法重新打开 ${id}：同一人员和地址已有未结工单 ${openId}。`,
};

/** 服务台工单：卡片、列表、统计信息和相关消息。 */
export const cases: CatalogWords['cases'] = {
  escalateButton: '询问我的管理员/服务台',
  title: (id: string) => `工单 ${id}`,
  categories: { takeover: '租户接管', 'personal-account': '个人帐户', mfa: 'MFA', other: '其他' },
  statuses: { new: '新建', assigned: '已分配', 'waiting-on-requester': '等待请求者回复', resolved: '已解决', closed: '已关闭' },
  facts: {
    requester: '请求者',
    address: '地址',
    verdict: '我的发现',
    category: '类别',
    status: '状态',
    assignee: '分配给',
    created: '创建时间',
    tenant: '租户',
  },
  verdicts,
  unassigned: '尚无人负责',
  notesHeading: '备注',
  questionsHeading: '向请求者提出的问题',
  noAnswer: '（尚无回答）',
  historyHeading: '最近的更改',
  assigneeLabel: '分配给',
  earlierNotes: (count: number) => `此处未显示之前的 ${count} 条备注。`,
  earlierQuestions: (count: number) => `此处未显示之前的 ${count} 个问题。`,
  assigneesShown: (shown: number, total: number) => `分配给（列出了此团队 ${total} 人中的 ${shown} 人；其他人可以点击“分配给我”）`,
  statusLabel: '状态',
  noteLabel: '备注',
  questionLabel: '向请求者提问',
  buttons: {
    assignToMe: '分配给我',
    assign: '分配',
    status: '设置状态',
    write: '备注或问题',
    note: '添加备注',
    ask: '询问请求者',
    manage: '分配或设置状态',
    resolve: '解决',
    reopen: '重新打开',
    chat: '与请求者聊天',
    answer: '发送回答',
  },
  escalated: (id: string, where: string) => `我已创建工单 ${id} 并将其发送给${where}。有人处理时，我会在这里通知你。`,
  updated: (id: string, where: string) => `你的工单 ${id} 已根据你最近的检查更新；目前由${where}处理。`,
  willRetry: (id: string) => `我已创建工单 ${id}，但此刻无法送达。我会自动继续尝试，送达时会在这里通知你；不会丢失任何内容。`,
  nobodyYet: (id: string, category: string) =>
    `我已保存工单 ${id}，但目前还没有人能接收：你的组织没有处理“${category}”工单的服务台频道，而且你的管理员或服务台管理员都没有安装此助手。只要其中任何一项就绪，工单就会立即发送，我也会在这里通知你。在此期间，你可以自行联系你的管理员：`,
  reachedLater: (id: string, where: string) => `你的工单 ${id} 现已送达${where}。`,
  where: {
    channel: (name: string) => (name ? `“${name}”频道中的服务台` : '服务台'),
    admins: (names: readonly string[]) => (names.length === 1 ? `你的管理员 ${names[0]}` : `你的管理员 ${names.slice(0, -1).join('、')} 和 ${names[names.length - 1]}`),
    and: '以及',
  },
  needsOrganisation: '我只能为使用组织工作帐户登录 Microsoft Teams 的人员创建工单。请从 Teams 给我发消息。',
  requesterView: (id: string, status: string) => `工单 ${id} 的状态为“${status}”。有变化时，我会在这里通知你。`,
  slowDown: (seconds: number) => `短时间内查询的工单太多了。请在 ${seconds} 秒后重试。`,
  triageWhere:
    '工单命令可在为这些工单设置的服务台频道中使用（在该频道中输入 "use this channel for all cases"），服务台管理员和你所在组织的管理员也可以在与我的个人聊天中使用。',
  checkFirst: '我先检查一下你的帐户，以便你的服务台能看到我的发现。',
  draftNote: (title: string) => `待审阅的草稿：${title}`,
  notify: (id: string, what: string) => `你的工单 ${id} 有更新：${what}`,
  questionTitle: (id: string) => `关于你的工单 ${id} 的问题`,
  answerLabel: '你的回答',
  answerThanks: (id: string) => `谢谢：你的回答已添加到工单 ${id}。`,
  audit: (who: string, what: string) => `${who}：${what}`,
  refused: '只有服务台和你所在组织的管理员可以处理此工单。',
  /** 输入或发送的 ID 过长时截短：卡片数据不像输入的文本那样有长度上限。 */
  notFound,
  refusals,
  history,
  stale: '此工单在此期间已发生变化；以下是它的当前状态。',
  required: { note: '请先填写备注。', question: '请先填写问题。', assignee: '请选择要分配的人员。', status: '请选择一个状态。', answer: '请先填写你的回答。' },
  list: {
    heading: (what: string, n: number) => `${what}：${n}`,
    open: '未结工单',
    unassigned: '未分配的工单',
    mine: '分配给你的工单',
    none: '无。',
    openButton: '打开',
    assignedTo: (name: string) => `由 ${name} 负责`,
    more: (n: number) => `还有 ${n} 个未显示（按从旧到新排列）。输入 "unassigned" 或 "mine" 可查看较短的列表，输入 "export" 可获取所有工单。`,
  },
  /** 某件事花费或等待了多长时间，用于列表行或统计信息。 */
  duration: (ms: number) => {
    const minutes = Math.max(0, Math.floor(ms / 60_000));
    if (minutes < 60) return `${minutes} 分钟`;
    const hours = Math.floor(minutes / 60);
    return hours < 48 ? `${hours} 小时` : `${Math.floor(hours / 24)} 天`;
  },
  stats: {
    title: '工单统计信息',
    total: '工单',
    resolved: '至少解决过一次',
    median: '解决时间中位数',
    notYet: '尚无已解决的工单',
    byCategory: '按类别',
    byStatus: '按状态',
    byVerdict: '按我的发现',
    undelivered: '未结，尚未送达',
  },
  export: {
    title: '工单导出',
    ready: (n: number) => `包含 ${n} 个工单的 CSV 已准备就绪。该链接只能使用一次，有效期 15 分钟。`,
    button: '下载 CSV',
  },
  channelSet: (categories: readonly string[]) =>
    `此频道现在接收${categories.length > 1 ? `${categories.slice(0, -1).join('、')}和${categories[categories.length - 1]}` : categories[0]}工单。`,
  backlog: (n: number) => (n ? `正在将 ${n} 个等待中的工单发布到这里。` : ''),
  channelDenied: '只有你所在组织的管理员和已配置的服务台管理员可以选择服务台频道。',
  channelUsage: '请输入 "use this channel for takeover cases"（或 personal-account、mfa、other 或 all）。',
  reposted: (n: number) => `已再次尝试发布 ${n} 个尚未送达其频道或人员的工单。`,
  /** 两小时以内按分钟，之后按整小时（UNASSIGNED_REMINDER_MINUTES 可能较短）。 */
  reminder: (id: string, minutes: number) => {
    const hours = Math.floor(minutes / 60);
    const waited = minutes < 120 ? `${minutes} 分钟` : `${hours} 小时`;
    return `提醒：工单 ${id} 已等待 ${waited}，仍未分配给任何人。`;
  },
  channelOnly: '该命令只能在服务台频道中使用。',
};
