import type { CatalogWords } from '../catalog';

/** MFA 卡片：用户及其管理员为强制 MFA 要做的事。 */
export const mfa: CatalogWords['mfa'] = {
  title: 'Volume Licensing Central 的 MFA',
  summary:
    '登录 Volume Licensing Central 的每个人都必须使用多重身份验证 (MFA)：自 2026 年 1 月 5 日起，这已是强制要求。如果你尚未设置，登录时会要求你先注册，而且无法跳过。',
  user: {
    heading: '你要做的事',
    short: '你要做的事：在 https://aka.ms/mfasetup 至少注册一种验证方法，并添加一种备用方法。',
    steps: [
      '转到 MFA 设置页面 https://aka.ms/mfasetup，至少添加一种你的组织允许的验证方法。手机上的 Microsoft Authenticator 应用通常最简单。',
      '添加一种备用方法（第二部手机或硬件令牌，如果你有的话），以防你无法再使用第一种方法。',
      '如果你在注册之前登录，Microsoft Entra ID 会要求你先注册：选择“下一步”(Next)，从列表中选择一种验证方法，完成注册，然后用它完成 MFA 验证。在你完成之前，每次登录都会出现该提示。',
    ],
  },
  help: '谁可以帮忙：你的全局管理员，或管理安全设置的管理员。“谁是我的管理员？”会列出他们。',
  /** 实时检查发现已要求所有人使用 MFA，没有剩余待办事项。 */
  ready: {
    title: '你的组织要求使用 MFA',
    summary: (enforcedBy: string) => `刚刚检查：${enforcedBy}。`,
    userDone: '登录 Volume Licensing Central 并响应 MFA 提示。请保持注册多种方法，以防无法使用其中一种。',
    addBackup: '登录 Volume Licensing Central 并响应 MFA 提示。请在 https://aka.ms/mfasetup 添加一种备用方法（第二部手机或硬件令牌），以防你无法再使用第一种方法。',
    registerFirst: '你首先要做的事',
    detailsButton: '检查了哪些内容',
  },
  notReady: {
    summary:
      '刚刚检查：你的组织尚未要求所有人使用 MFA，而 Volume Licensing Central 自 2026 年 1 月 5 日起要求使用 MFA。你的全局管理员需要完成以下事项：',
  },
  admin: {
    button: '你的管理员要做的事',
    allButton: '你和你的管理员要执行的步骤',
    heading: '你的全局管理员要做的事',
    whoCan: (whoCanEnforce: string) =>
      `谁可以执行：${whoCanEnforce}。身份验证策略管理员决定用户可以注册哪些验证方法。“谁是我的管理员？”会列出担任这些角色的人员。`,
    intro: '使用条件访问 (Conditional Access) 策略要求所有用户使用 MFA（推荐）：',
    steps: [
      '以全局管理员（或条件访问管理员）身份登录 Microsoft Entra 管理中心 https://entra.microsoft.com。',
      '转到“Entra ID > 条件访问 > 概述”(Entra ID > Conditional Access > Overview)，然后选择“+ 新建策略”(+ Create new policy)。',
      '为策略命名，例如 "MFA for Volume Licensing Central"。',
      '在“分配 > 用户 > 包括”(Assignments > Users > Include) 下，选择“所有用户”(All users)：这涵盖内部用户和 B2B 来宾。',
      '在“目标资源”(Target resources) 下，保留“资源(以前为云应用)”(Resources (formerly cloud apps))，选择“选择资源”(Select resources)，然后选择“Microsoft 管理门户”(Microsoft Admin Portals)。这也会要求在其他 Microsoft 管理门户（Microsoft 365 管理中心、Exchange 管理中心、Azure 门户、Entra 管理中心等）上使用 MFA。',
      '除非需要特定的排除项，否则将“条件”(Conditions) 保留为默认值。',
      '在“访问控制 > 授予”(Access controls > Grant) 下，选择“需要多重身份验证”(Require multifactor authentication)，且不要选择“阻止访问”(Block access) 等有冲突的控制。',
      '将“启用策略”(Enable policy) 设置为“开”(On)，然后选择“创建”(Create)。',
    ],
    fallbackHeading: '如果无法使用条件访问',
    fallbacks: [
      '安全默认值 (Security Defaults)（“Entra ID > 概述 > 属性 > 管理安全默认值”(Entra ID > Overview > Properties > Manage Security Defaults)），适用于没有条件访问的租户：条件访问需要 Microsoft Entra ID P1 许可证，安全默认值不需要许可证。启用安全默认值后，每个用户都必须注册 MFA，由 Microsoft 决定何时要求用户进行 MFA（某些管理员角色，例如全局管理员、安全管理员和条件访问管理员，每次登录时都要求）。它适用于所有应用的所有登录，而不仅仅是 Volume Licensing Central。如果安全默认值已启用，你可能不需要单独的策略。',
      '每用户 MFA（旧版）(Per-user MFA (legacy))：在 Entra 管理中心的“用户 > 多重身份验证”(Users > Multi-Factor Authentication) 下，或在 Microsoft 365 管理中心的“活跃用户 > MFA”(Active Users > MFA) 下，将使用 Volume Licensing Central 的每个帐户（包括来宾）设置为“已启用”(Enabled) 或“已强制”(Enforced)：只有你启用的帐户才受保护。已启用的用户会在下次通过浏览器登录时被要求注册，因此请提前告知他们。',
    ],
    methodsHeading: '验证方法、第三方 MFA 和联合登录',
    methods: [
      '用户可以注册哪些验证方法：在 Entra 门户的“主页 > 身份验证方法 > 策略”(Home > Authentication methods > Policies) 中设置。',
      '第三方 MFA 可以作为外部身份验证方法直接与 Microsoft Entra ID 集成。',
      '联合登录（AD FS、Okta …）：标识提供者必须将 multipleauthn 声明发送到 Microsoft Entra ID，并且只有当域的联合 MFA 设置 (federatedIdpMfaBehavior) 接受由标识提供者完成的 MFA 时，Entra ID 才会认可该声明。',
    ],
    guestsHeading: '来自合作伙伴组织的来宾',
    guests:
      '与你的合作伙伴协调，让他们的用户了解这一要求；他们可能需要在其主租户中启用 MFA，在大多数情况下，由主租户处理他们的 MFA 提示（Microsoft 合作伙伴指南）。只有当你的跨租户访问入站信任设置信任来自其主租户的 MFA 时，在主租户中完成的 MFA 才会在你的租户中生效 (Microsoft Learn)；没有这种信任（默认设置）时，来宾会在你的租户中注册并执行 MFA。',
  },
  /** 在“谁是我的管理员？”列出的角色中，谁可以在整个租户中强制执行 MFA（种子文档：“or an equivalent admin role”；Learn：最低角色）。 */
  whoCanEnforce:
    '全局管理员，或其角色可以管理这些安全设置的管理员：对于条件访问策略，至少需要条件访问管理员或安全管理员；对于安全默认值，至少需要安全管理员；对于每用户 MFA，需要身份验证管理员或身份验证策略管理员',
  federated: {
    heading: '当你的组织通过自己的标识提供者登录时的 MFA',
    text: (domain: string) =>
      `${domain} 通过自己的标识提供者登录（联合域）。要让在那里完成的 MFA 生效，标识提供者必须将 multipleauthn 声明发送到 Microsoft Entra ID，并且只有当域的联合 MFA 设置 (federatedIdpMfaBehavior) 接受由标识提供者完成的 MFA（acceptIfMfaDoneByFederatedIdp 或 enforceMfaByFederatedIdp）时，Entra ID 才会认可该声明。如果设置为 rejectMfaByFederatedIdp，Entra ID 始终自己执行 MFA。`,
  },
  unmanaged: {
    heading: '首先，租户需要一位管理员',
    text: (domain: string) =>
      `${domain} 是非托管（“病毒式”）租户：它没有管理员，因此目前没有人能在其中启用 MFA。你所在组织中的某个人需要先接管该租户（选项 1）；之后，他们作为全局管理员即可要求使用 MFA。`,
    help: '谁可以帮忙：接管该租户的人，因为他们会成为其管理员：可以是你所在组织中的某个人（内部接管），也可以是某个托管租户（例如你使用 Teams 所在的租户）的全局管理员（外部接管；“谁是我的管理员？”会列出他们）。你的地址检查结果中的选项 1 提供了接管步骤。',
  },
  support: '为你的组织启用 MFA 时遇到问题？请发送电子邮件至 MFAVLCsupport@microsoft.com。',
};
