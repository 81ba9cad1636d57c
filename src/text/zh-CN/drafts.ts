import type { CatalogWords } from '../catalog';
import { WEB_FORM_ANSWER } from './result';

/** 两份 VLSC 支持团队 Web 表单草稿的前几个字段。 */
const VLSC_SUPPORT_CONTACT_FIELDS = {
  contactName: { label: '联系人姓名', missing: '请输入你的姓名。' },
  contactEmail: { label: '联系人电子邮件（VLSC 支持团队回复的地址）', missing: '请输入 VLSC 支持团队应回复的电子邮件地址。' },
  vlscAddress: { label: '用于登录 VLSC 的电子邮件地址', missing: '请输入你用于登录 VLSC 的电子邮件地址。' },
};

/** 指向下一步的文字，用于聊天或命令行 (TEXT.drafts.nextStep)。 */
interface DraftNextStep {
  check: string;
  signUp: string;
  mfa: string;
}

/** 支持请求草稿：卡片、字段和文本。 */
export const drafts: CatalogWords['drafts'] = {
  buttons: {
    disassociation: '起草解除关联请求',
    'extra-logins': '向 VLSC 支持团队申请更多登录次数',
    'mfa-support': '起草发给 MFA 支持团队的电子邮件',
  },
  textHeading: '要粘贴的文本',
  emailHeading: '要发送的电子邮件',
  subject: '主题',
  editHeading: '编辑详细信息',
  update: '更新草稿',
  review: '发送给我的服务台审阅',
  openEmail: '在电子邮件中打开',
  openWebForm: '打开 VLSC 支持团队的联系页面',
  truncated: '电子邮件链接中包含的是缩短后的文本（邮件程序不接受更长的链接）：请将上面的完整文本粘贴到电子邮件中。',
  updated: '草稿已更新：可以发送了。',
  fixErrors: '部分详细信息需要处理（见下文）。',
  checkFirst: '我先检查一下你的帐户，以便填写详细信息。',
  required: '此字段为必填项。',
  webFormAnswer: WEB_FORM_ANSWER,
  /** 草稿中尚未填写的必填值的占位文字。 */
  fillIn: '[请填写]',
  shortened: '[已缩短以适应电子邮件链接：请改为粘贴卡片中的完整文本。]',
  detail: (label: string, value: string) => `${label}：${value}`,
  choiceList: (titles: readonly string[]) => titles.join('、'),
  /** 草稿字段中输入的值有什么问题。 */
  problems: {
    address: (reason: string) => `这不是有效的电子邮件地址：${reason}`,
    domain: '这不是有效的域名，例如 contoso.com。',
    tenantId: '租户 ID 是一个 GUID，例如 72f988bf-86f1-41af-91ab-2d7cd011db47。',
    count: '请输入整数，例如 0。',
    choice: (titles: string) => `请从以下选项中选择一个：${titles}。`,
    tooLong: (max: number) => `内容超过 ${max} 个字符；请缩短。`,
    sameAccount: '新帐户必须是与 VLSC 支持团队要解除关联的地址不同的地址。',
    /** 种子文档将申请额外登录次数与剩余登录次数为零联系在一起；还有剩余时，应选择跳过。 */
    loginsLeft: (count: string) =>
      `你还有 ${count} 次剩余登录次数：申请额外登录会话适用于 VLSC 显示剩余登录次数为 0 且你需要更多时间的情况。在此之前，请在 VLSC 提示中选择“跳过”(Skip)，并使用现有帐户登录。`,
  },
  /** 草稿中可选字段为空时的显示：只是空白，不对为何为空作任何说明。 */
  blank: '[留空]',
  /** 标签、必填字段为空时显示的句子，以及选项的标题：每份草稿一个列表。 */
  fields: {
    disassociation: {
      ...VLSC_SUPPORT_CONTACT_FIELDS,
      domain: { label: '域', missing: '请输入该地址的域，例如 contoso.com。' },
      tenantId: { label: '租户 ID' },
      verdictFound: { label: '登录检查的发现' },
      request: { label: '请求', missing: '请说明你请求 VLSC 支持团队做什么。' },
      newAccount: { label: '要使用的新工作或学校帐户' },
      region: { label: '地区' },
      tried: { label: '我已尝试过的操作' },
    },
    'extra-logins': {
      ...VLSC_SUPPORT_CONTACT_FIELDS,
      remainingLogins: { label: 'VLSC 显示的剩余登录次数', missing: '请输入 VLSC 显示你还剩多少次登录。' },
      progress: { label: '接管进展', missing: '请选择你的租户接管目前的进展。' },
      reason: { label: '关于我为何需要更多时间的补充说明' },
      expectedCompletion: { label: '预计完成时间' },
    },
    'mfa-support': {
      tenantId: { label: '租户 ID', missing: '请输入你的 Microsoft Entra 租户 ID。' },
      domain: { label: '域', missing: '请输入你所在组织的域，例如 contoso.com。' },
      tenantType: { label: '租户类型' },
      relationship: { label: '我们的组织是' },
      method: { label: '尝试过的 MFA 方法', missing: '请选择你尝试启用 MFA 的方式。' },
      error: { label: '看到的错误', missing: '请粘贴或描述你看到的错误。' },
      globalAdmin: { label: '全局管理员' },
      contactName: { label: '联系人姓名', missing: '请输入你的姓名。' },
      contactEmail: { label: '联系人电子邮件', missing: '请输入支持团队应回复的电子邮件地址。' },
    },
  },
  choices: {
    region: { 'north-america': '加拿大或美国（“N. America MAK ADD”Web 表单）', elsewhere: '加拿大和美国以外' },
    /** 种子文档给出的选择“跳过”的两个理由：接管正在进行，或仍在寻找能执行接管的人。 */
    progress: {
      'takeover-in-progress': '我的组织正在接管该非托管租户（正在使用 DNS TXT 记录验证域）',
      'finding-admin': '我们仍在寻找组织中能够接管该租户的人',
    },
    relationship: { partner: '批量许可合作伙伴', customer: '批量许可客户' },
    method: { 'conditional-access': '条件访问策略', 'security-defaults': '安全默认值', 'per-user': '每用户 MFA（旧版）' },
  },
  /** 诊断的发现，按草稿的表述：只有检查得出的事实。 */
  findings: {
    'takeover-needed': '该地址位于没有管理员的非托管（“病毒式”）Microsoft Entra 租户中',
    'personal-account': '该地址是个人 Microsoft 帐户，而不是工作或学校帐户',
    'choose-work-account': '该地址既是工作或学校帐户，也是个人 Microsoft 帐户',
    ready: '该地址是托管租户中的工作或学校帐户',
    readyFederated: '该地址位于联合域，其组织通过自己的标识提供者登录',
    'no-account': '该地址既没有工作或学校帐户，也没有个人 Microsoft 帐户',
    'lookup-failed': '检查未能从 Microsoft 的登录服务获得响应',
    'invalid-address': '该地址不是有效的电子邮件地址',
    /** 检查无法确认这个确切地址时：只知道域的情况。 */
    unconfirmed: {
      'takeover-needed': '该域的地址位于没有管理员的非托管（“病毒式”）Microsoft Entra 租户中；Microsoft 无法确认这个确切地址',
      'choose-work-account': '有个人 Microsoft 帐户使用该地址，且该域的地址是工作或学校帐户；Microsoft 无法确认这个确切地址有工作帐户',
      ready: '该域的地址是托管租户中的工作或学校帐户；Microsoft 无法确认这个确切地址',
      readyFederated: '该域是联合域（其组织通过自己的标识提供者登录），因此 Microsoft 无法确认这个确切地址',
    },
    personalUnknown: '；是否有个人 Microsoft 帐户使用它不得而知',
    tenant: (name: string) => `（该域的租户：${name}）`,
    checked: (finding: string, when: string) => `${finding}。检查时间：${when}。`,
    when: (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  },
  /**
   * 下一步在哪里，用用户所在位置的说法：聊天的命令（README 中的表格）或命令行自己的命令。
   */
  nextStep: {
    chat: { check: '输入“检查我的帐户”', signUp: '输入“检查我的帐户”查看步骤', mfa: '输入“mfa”' },
    cli: {
      check: '运行 "vlsa diagnose <address>"',
      signUp: '运行 "vlsa ask \'how do I sign up for a new work or school account\'" 查看步骤',
      mfa: '运行 "vlsa mfa-readiness --user <address>"',
    },
  },
  /** 草稿为何与检查结果不符 (参见 drafts/applies.ts)，以及应走的路径。 */
  notFor: {
    vlscSupport: {
      /** `organisation`：该地址的域有托管或联合租户时的域，其管理员会提供工作帐户（无需在那里注册）。 */
      'personal-account': (address: string, next: DraftNextStep, organisation?: string) =>
        `${address} 是个人 Microsoft 帐户。向 VLSC 支持团队提出的解除关联请求和额外登录次数请求，适用于非托管租户中的帐户。对于个人帐户，指南建议尽快开始使用工作或学校帐户：请尝试使用你上班时登录所用的用户 ID 和密码，或者${organisation ? `向 ${organisation} 的管理员申请该组织的工作帐户` : `在注册页面 (Sign Up) 创建一个（${next.signUp}）`}。`,
      'no-account': (address: string, _next: DraftNextStep, organisation?: string) =>
        `Microsoft 不知道 ${address} 有任何帐户，因此 VLSC 支持团队没有可解除或延长的内容：请检查拼写，尝试使用你上班时登录所用的用户 ID 和密码，或者${organisation ? `向 ${organisation} 的管理员申请该组织的工作帐户` : '在注册页面 (Sign Up) 创建工作或学校帐户'}。`,
      /** `confirmed`：Microsoft 的响应无法确认这个确切地址时为 false（联合域，或对任何地址都回答“存在”）。 */
      ready: (address: string, next: DraftNextStep, _organisation?: string, confirmed = true) =>
        confirmed
          ? `${address} 正是 VLSC 要求的帐户类型，因此无需向 VLSC 支持团队提出任何请求：请用它登录。下一步，请检查你是否已为 MFA 做好准备（${next.mfa}）。`
          : `${address} 所在的域属于 VLSC 要求的类型，但 Microsoft 无法确认这个确切地址，因此无需向 VLSC 支持团队提出任何请求：请用它登录，如果登录被拒绝，请检查拼写或询问你的 IT 部门。下一步，请检查你是否已为 MFA 做好准备（${next.mfa}）。`,
      'choose-work-account': (address: string, next: DraftNextStep) =>
        `${address} 也是工作或学校帐户，正是 VLSC 要求的类型，因此无需向 VLSC 支持团队提出任何请求：登录时请选择“工作或学校帐户”(Work or school account)。下一步，请检查你是否已为 MFA 做好准备（${next.mfa}）。`,
    },
    mfaSupport: {
      'personal-account': (address: string, next: DraftNextStep, organisation?: string) =>
        `${address} 是个人 Microsoft 帐户：它没有 MFA 支持团队可以帮助启用 MFA 的组织租户。请先改用工作或学校帐户：尝试使用你上班时登录所用的用户 ID 和密码，或者${organisation ? `向 ${organisation} 的管理员申请该组织的工作帐户` : `在注册页面 (Sign Up) 创建一个（${next.signUp}）`}。`,
      'no-account': (address: string, next: DraftNextStep, organisation?: string) =>
        organisation
          ? `Microsoft 不知道 ${address} 有任何帐户，但 ${organisation} 有 Microsoft Entra 租户：请检查拼写（${next.check}以检查其他地址），或向其管理员申请你在该组织的工作帐户。`
          : `Microsoft 不知道 ${address} 有任何帐户，因此没有 MFA 支持团队可以帮助启用 MFA 的租户：请检查拼写，或${next.check}以检查其他地址。`,
    },
    invalid: (address: string, next: DraftNextStep) => `“${address}”不是我能检查的电子邮件地址；${next.check}，检查你用于登录 VLSC 的地址。`,
  },
  signOff: '谢谢，',
  disassociation: {
    title: '发给 VLSC 支持团队的解除关联请求',
    subject: (address: string) => `将我的 VLSC 帐户与 ${address} 解除关联`,
    greeting: 'VLSC 支持团队，你好：',
    /** 种子文档“选项 2，第 1 步”所要求的请求句。 */
    request: (address: string) => `请将我的 VLSC 帐户与 ${address} 解除关联，并邀请我重新注册。`,
    why: (address: string) => `我需要使用另一个工作或学校帐户登录 VLSC，因此必须先释放用 ${address} 注册的 VLSC 帐户。`,
    newAccount: (account: string) => `你们确认后，我将使用我的新工作或学校帐户 ${account} 登录。`,
    wait: '在你们确认解除关联已完成之前，我不会登录 VLSC。',
    pasteNorthAmerica: '将此内容粘贴到 VLSC 支持团队的“N. America MAK ADD”Web 表单（适用于加拿大和美国）中，该表单链接在联系页面上。',
    paste: '将此内容粘贴到 VLSC 支持团队的 Web 表单中，该表单链接在联系页面上。加拿大和美国请使用“N. America MAK ADD”Web 表单。',
    doNotSignIn: '在 VLSC 支持团队确认你的帐户已完成解除关联之前，切勿登录 VLSC。',
    signUpMeanwhile: '在此期间，转到注册页面 (Sign Up)，创建新的工作或学校帐户（例如 name@yourcompany.onmicrosoft.com），并将你自己设为管理员。请记下用户 ID。',
    afterwards: 'VLSC 支持团队确认后，返回 VLSC，选择“使用工作或学校帐户登录”(Sign in with a Work or School Account)，然后输入新帐户。可能需要最多 2 个工作日，你才能用它登录。',
  },
  extraLogins: {
    title: '发给 VLSC 支持团队的额外登录会话请求',
    subject: (address: string) => `为 ${address} 添加额外的 VLSC 登录会话`,
    greeting: 'VLSC 支持团队，你好：',
    request: (address: string) => `请为我的 VLSC 帐户（我使用 ${address} 登录）添加额外的登录会话。`,
    remaining: (count: string) => `VLSC 显示我还有 ${count} 次剩余登录次数，在能够使用托管的工作或学校帐户登录之前，我需要更多时间。`,
    paste: '将此内容粘贴到 VLSC 支持团队的 Web 表单中，该表单链接在联系页面上。',
    buysTime: '额外的登录次数只是争取时间：你或你所在组织的人员仍需接管该租户，或改用工作或学校帐户。',
    soFar: (tried: string) => `目前为止：${tried}`,
  },
  mfaSupport: {
    title: '发给 Volume Licensing Central MFA 支持团队的电子邮件',
    subject: (domain: string, tenantId: string) => `无法为 Volume Licensing Central 启用 MFA：${domain}（租户 ${tenantId}）`,
    greeting: '你好：',
    relationship: { partner: '我们是批量许可合作伙伴。', customer: '我们是批量许可客户。' },
    problem: '我们无法按照强制 MFA 指南的要求，在我们的 Microsoft Entra 租户中为 Volume Licensing Central 启用多重身份验证 (MFA)。能否请你们帮助我们？',
    /** 对于检查发现为非托管的租户，先说明发现的情况，再提出请求。 */
    unmanagedFirst: (domain: string) =>
      `我们的域 ${domain} 位于非托管（“病毒式”）Microsoft Entra 租户中，该租户没有管理员，因此在接管该租户之前，没有人能在其中启用 MFA。`,
    /** 只说明所选方法本身：方法由用户选择，细节由他们补充。 */
    method: {
      'conditional-access': '我们尝试过使用条件访问策略要求 MFA。',
      'security-defaults': '我们尝试过启用安全默认值。',
      'per-user': '我们尝试过强制执行每用户 MFA。',
    },
    send: (mailbox: string) => `请将此邮件发送到 ${mailbox}，这是合作伙伴指南为启用 MFA 时遇到的问题提供的地址。`,
    copyIn: (whoCanEnforce: string) => `请抄送将要启用 MFA 的人员：${whoCanEnforce}。`,
    afterTakeover: (unmanaged: string) => `${unmanaged}如果租户有了管理员后启用 MFA 仍然失败，请写信给 MFA 支持团队。`,
  },
};
