import type { CatalogWords } from '../catalog';

/** 种子文档：“Microsoft will respond to Web Form submissions within 24 hours.” */
export const WEB_FORM_ANSWER = 'Microsoft 会在 24 小时内答复 Web 表单提交。';

/** 查询无法确定是否有个人帐户使用同一地址时（联合域或受限流，且用户领域未说明）。 */
const PERSONAL_UNKNOWN =
  'Microsoft 也无法确定是否有个人 Microsoft 帐户使用同一地址：如果登录页面询问使用哪个帐户，请选择“工作或学校帐户”(Work or school account)。';

/** 结果卡片：检查发现了什么，以及该怎么办。 */
export const result: CatalogWords['result'] = {
  detailsButton: '详细信息',
  checkedAt: '检查时间',
  address: '地址',
  domain: '域',
  tenant: '租户',
  domainType: '租户类型',
  domainTypes: { managed: '托管', federated: '联合（自有登录服务）', unmanaged: '非托管（“病毒式”）', unknown: '未找到 Microsoft 租户' },
  actions: {
    checkAnother: '检查其他地址',
    mfa: '检查 MFA 准备情况',
    retry: '重试',
    useWork: '检查我的工作帐户',
    cannotTakeOver: '我无法接管该租户',
    signUp: '注册工作帐户',
  },
  ready: {
    title: '此帐户已可用于 VLSC',
    unconfirmedTitle: '帐户类型正确，但此地址未经确认',
    summary: (address: string, tenant: string) =>
      `${address} 是 ${tenant}（托管的 Microsoft Entra 租户）中的工作或学校帐户。这正是 VLSC 要求的帐户类型：请继续使用它登录。`,
    /** 托管域的查询此刻对任何地址都回答“存在”：只知道域。 */
    unconfirmed: (address: string, domain: string, tenant: string) =>
      `${domain} 属于 ${tenant}（托管的 Microsoft Entra 租户）：这正是 VLSC 要求的类型。Microsoft 此刻对该域的任何地址都回答“存在”，因此我无法确认 ${address} 本身是否存在：请用它登录，如果登录被拒绝，请检查拼写或询问你的 IT 部门。`,
    federated: (address: string, domain: string, tenant: string) =>
      `${domain} 属于 ${tenant}，该组织通过自己的标识提供者登录（联合域）：这正是 VLSC 要求的类型。对于联合域的每个地址，Microsoft 都回答“存在”，因此我无法确认 ${address} 本身是否存在：请用它登录，如果登录被拒绝，请检查拼写或询问你的 IT 部门。`,
    next: '下一步：自 2026 年 1 月 5 日起，Volume Licensing Central 要求多重身份验证 (MFA)。请检查你和你的组织是否已准备就绪。',
    help: '有疑问，或者仍然无法登录？请询问你的管理员或服务台。',
  },
  /** Microsoft 的查询无法确定这个确切地址是否存在时（参见诊断的 addressConfirmed）。 */
  unconfirmed: {
    heading: '这个确切地址未经确认',
    federated: (address: string, personalAccount: boolean | null) =>
      `对于联合域，Microsoft 对每个地址都回答“存在”，因此我无法确认 ${address} 本身是否存在。请用它登录；如果登录被拒绝，请检查拼写或询问你的 IT 部门。${personalAccount === null ? PERSONAL_UNKNOWN : ''}`,
    busy: (address: string, domain: string, personalAccount: boolean | null) =>
      `Microsoft 的查询此刻对 ${domain} 的任何地址（甚至是编造的地址）都回答“存在”（据报告，受限流时它会这样做），因此我无法确认 ${address} 本身是否存在。请用它登录；如果登录被拒绝，请检查拼写或询问你的 IT 部门，或在几分钟后再次检查。${personalAccount === null ? PERSONAL_UNKNOWN : ''}`,
  },
  chooseWork: {
    title: '登录时请选择“工作或学校帐户”(Work or school account)',
    /** `confirmed`：Microsoft 已确认这个确切地址有工作帐户（参见诊断的 addressConfirmed）。 */
    summary: (address: string, domain: string, tenant: string, federated: boolean, confirmed: boolean) =>
      confirmed
        ? `${address} 同时是两种帐户：${tenant}（${federated ? '联合' : '托管'}）中的工作或学校帐户，以及个人 Microsoft 帐户。当 VLSC 或 Microsoft 登录页面询问使用哪一个时，请选择“工作或学校帐户”(Work or school account)。`
        : `有个人 Microsoft 帐户使用 ${address}，而 ${domain} 的地址是 ${tenant}（${federated ? '联合' : '托管'}）中的工作或学校帐户；Microsoft 无法确认这个确切地址有工作帐户。当 VLSC 或 Microsoft 登录页面询问使用哪一个时，请选择“工作或学校帐户”(Work or school account)。`,
    why: '个人 Microsoft 帐户只能登录 VLSC 有限次数；工作帐户才是 VLSC 要求的帐户。',
  },
  personal: {
    title: '这是个人 Microsoft 帐户',
    help: '不确定该使用哪个帐户？请询问你的管理员或服务台。',
    /** 该地址的域已有托管或联合租户：其组织会提供工作帐户。 */
    organisation: {
      next: (domain: string, tenant: string) =>
        `你的组织已有 Microsoft Entra 租户，即 Microsoft 365 使用的目录（${domain} 属于 ${tenant}）：请使用你在那里的工作帐户登录 VLSC，或向其管理员申请一个。`,
      admins: (names: readonly string[]) => `其管理员可以为你创建工作帐户：${names.join('、')}。`,
      askAdmins: '其管理员可以为你创建工作帐户：“谁是我的管理员？”可以找到他们。',
      /** 该域的租户不是用户使用 Teams 的租户：机器人既无法列出其管理员，也无法联系到他们。 */
      otherOrganisation: (domain: string) =>
        `管理 ${domain} 的 IT 部门可以为你创建工作帐户。它不是你使用 Teams 所在的组织，因此我无法列出其管理员；你自己的管理员或服务台可以帮你联系他们。`,
    },
    summary: (address: string) =>
      `${address} 是个人 Microsoft 帐户。VLSC 仍允许个人帐户登录有限次数，以便你有时间改用它要求的工作或学校帐户。请尽快开始使用工作或学校帐户。`,
    chosenSummary:
      'VLSC 仍允许个人 Microsoft 帐户登录有限次数，以便你有时间改用它要求的工作或学校帐户。请尽快开始使用工作或学校帐户。',
    haveWork: {
      heading: '你已经有工作帐户',
      text: (upn: string) =>
        `你的组织使用 Microsoft 365（你正通过它使用 Teams），因此你已经有工作帐户：${upn}。请用它登录 VLSC，并选择“工作或学校帐户”(Work or school account)。如果它不应该用于 VLSC，请向你的 IT 部门申请一个。`,
    },
    maybeWork: {
      heading: '如果你的组织使用 Microsoft 365',
      text: '如果你的工作单位或学校使用 Microsoft 365 或任何 Microsoft 联机服务，你可能已经有工作或学校帐户。请尝试使用你上班时登录所用的用户 ID 和密码，或询问你的 IT 部门。',
    },
    signUp: {
      button: '如何注册',
      heading: '否则，请注册新的工作或学校帐户',
      steps: [
        '转到注册页面 (Sign Up)，创建新的工作或学校帐户。你不需要注册任何联机服务；如果愿意，以后可以向同一租户添加服务。',
        '你的新帐户可能类似于 yourusername@yourcompany.onmicrosoft.com。这很正常。',
        '如果你有自己的域名（例如 yourcompany.com），以后可以通过管理控制台添加。',
      ],
    },
  },
  takeover: {
    title: '你的 VLSC 帐户位于非托管（“病毒式”）租户中',
    summary: (address: string, domain: string, confirmed: boolean) =>
      `${confirmed ? `${address} 属于 ${domain}，这是一个` : `${domain} 的地址属于一个`}没有管理员的 Microsoft Entra 租户（非托管或“病毒式”租户）。${confirmed ? '' : `我无法确认 ${address} 本身是否存在：Microsoft 此刻对该域的任何地址都回答“存在”。`}VLSC 现在要求托管租户：请通过证明你拥有 ${domain} 来接管该租户（选项 1），或改用新的工作帐户（选项 2）。`,
    next: '在此期间，VLSC 会给你有限的剩余登录次数：在准备期间，请在其提示中选择“跳过”(Skip)。',
    help: '谁可以帮忙：你的 IT 或网络管理员（负责管理你的域的人）可以执行接管。VLSC 支持团队无法代表你更改你的租户。',
    whatIs: {
      heading: '什么是非托管租户？',
      text: '没有全局管理员的租户。当人们注册云服务，并根据其电子邮件域自动为其创建标识时，就会产生这种租户。VLSC 过去允许这类帐户，但现在要求托管租户，以便同一个用户 ID 可用于批量许可功能正在迁移到的每个网站。',
    },
    option1: {
      button: '选项 1：接管租户',
      heading: '选项 1 — 接管租户并保留你的地址',
      verify: (domain: string) =>
        `你或你所在组织的 IT 或网络管理员，通过在域名注册机构（例如 GoDaddy）确认 DNS TXT 记录，来验证对 ${domain} 的所有权。`,
      alternativesHeading: '然后从以下两种方式中任选一种',
      /** 内部接管和外部接管是二选一，而不是连续的步骤。 */
      alternatives: [
        '- **内部接管**：验证域的人成为该租户的全局管理员。不会将任何用户、域或服务计划迁移到其他目录。（成为全局管理员并不意味着他们必须在 VLSC 中管理许可证。）',
        '- **外部接管**：现有托管租户的全局管理员添加该域名，并将用户映射到资源。非托管租户的用户、订阅和许可证分配会随域一起迁移过去。Microsoft 对 Azure Rights Management 和 Exchange Online，以及 Power Apps Free、Power Automate Free、RMS for individuals、Microsoft Stream 和 Dynamics 365 免费试用版这些服务计划支持外部接管；如果非托管租户有包含 SharePoint、OneDrive 或 Skype for Business 的服务计划（例如通过 Office 免费订阅），则不支持外部接管。',
      ].join('\n'),
      /** 用户的 Teams 租户与非托管租户不同时：它可以执行外部接管。 */
      ownTenant: (ownTenant: string) =>
        `你使用 Teams 所在的是一个托管租户（${ownTenant}）。如果它属于你的组织（即拥有该域的组织），并且非托管租户没有上述服务计划，其全局管理员可以执行外部接管（他们用同一条 DNS TXT 记录证明对域的所有权）。`,
      afterwards: '租户有了管理员之后，请继续使用你现有的帐户登录 VLSC。',
      tip: '你也可以请你的 IT 或网络管理员（负责管理你的域的人）执行接管。这并不意味着他们必须管理 VLSC 或购买订阅。VLSC 支持团队无法代表你更改你的租户。',
    },
    option2: {
      button: '选项 2：新帐户',
      heading: '选项 2 — 创建新的 …onmicrosoft.com 帐户',
      intro: '如果你只需要将该帐户用于 VLSC，或者目前无法证明对域的所有权，这个选项很合适。你无需致电 VLSC 支持团队即可完成，每个步骤只需几分钟，但你可能需要等待最多 2 个工作日，才能使用新帐户登录。',
      steps: (address: string) => [
        `向 VLSC 支持团队提交 Web 表单请求，请求将你当前的 VLSC 帐户与 ${address} 解除关联，并邀请你重新注册。（加拿大和美国请使用“N. America MAK ADD”Web 表单。）${WEB_FORM_ANSWER}`,
        '在 VLSC 支持团队确认解除关联已完成之前，切勿登录 VLSC。',
        '转到注册页面 (Sign Up)，创建新的工作或学校帐户（例如 user@yourcompany.onmicrosoft.com），并将你自己设为管理员。这类域不需要 DNS TXT 记录。请记下用户 ID。',
        'VLSC 支持团队确认后，返回 VLSC，选择“使用工作或学校帐户登录”(Sign in with a Work or School Account)，然后输入新帐户。',
      ],
      tip: '在你的组织部署 Office 365 等联机服务之前，应接管这个新租户，并将其链接到组织自己的自定义域。',
    },
    skip: {
      button: '还没准备好？跳过',
      heading: '还没准备好？跳过',
      text: (address: string) =>
        `只要你还有剩余登录次数，就可以在 VLSC 提示中选择“跳过”(Skip)，并继续使用现有帐户登录：在你或你所在组织的人员准备接管期间，这很有用。如果剩余登录次数为零且需要更多时间，请请求 VLSC 支持团队为 ${address} 添加额外的登录会话。${WEB_FORM_ANSWER}`,
    },
    blockerQuestion: '无法接管租户？告诉我是什么阻碍了你：',
  },
  blockers: {
    'no-admin': {
      button: '我找不到我的 IT 管理员',
      title: '你无法确定你的 IT 管理员',
      text: '在大型组织中，这通常是一个服务台电话号码；较小的组织可能会将 IT 外包给服务商。',
    },
    'no-domain-proof': {
      button: '我无法证明我们拥有该域',
      title: '你无法证明对域的所有权',
      text: '你的 IT 管理员会知道这一点，或者能够获取相关信息，这些信息来自你的 Internet 服务提供商或域名注册机构。',
    },
    'restricted-domain': {
      button: '域受限或已被回收',
      title: '你的帐户属于受限或已被回收的域',
      text: '该设置由你所在组织的管理员决定。你可能需要一个独立于组织租户的工作帐户。',
    },
    steer: '在这种情况下，请改为创建新的用户 ID：打开下面的选项 2。',
    help: '仍然无法解决？请询问你的管理员或服务台。',
  },
  noAccount: {
    title: '未找到此地址的 Microsoft 帐户',
    summary: (address: string) =>
      `对于 ${address}，Microsoft 既不知道有工作或学校帐户，也不知道有个人 Microsoft 帐户。可能是拼写错误，或者还没有帐户。`,
    tenantExists: (domain: string) =>
      `${domain} 确实有 Microsoft Entra 租户，因此请检查拼写，或向你的 IT 部门询问你的登录名。`,
    workSignIn: '如果你的工作单位或学校使用 Microsoft 365 或任何 Microsoft 联机服务，你可能已经有工作或学校帐户：请尝试使用你上班时登录所用的用户 ID 和密码。',
    signUp: '如果你还没有工作或学校帐户，可以在注册页面 (Sign Up) 创建一个，无需注册任何联机服务。',
    help: '不确定你的登录名？请询问你的管理员或服务台。',
  },
  invalid: {
    title: '我无法检查该地址',
    next: '请检查拼写后重试。',
  },
  failed: {
    title: '我未能完成检查',
    summary: '我此刻无法连接 Microsoft 的登录服务，因此无法判断这是哪种帐户。请在一分钟后重试。',
    help: '仍然失败？请询问你的管理员或服务台：“IT 详细信息”中有他们需要的信息。',
    detailsButton: 'IT 详细信息',
    technical: (source: string, detail: string) => `Microsoft 的${source}服务未正常响应（${detail}）。`,
    manualHeading: '自行检查',
    manual: '在浏览器中打开下面的用户领域 (user realm) 响应。如果其中包含 "IsViral": true，则该帐户位于非托管租户中，需要进行接管。',
    realmLink: '打开用户领域响应',
    sources: { 'user-realm': '用户领域', 'credential-type': '帐户查询', 'openid-configuration': '租户配置' },
  },
};
