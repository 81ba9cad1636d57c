import type { CatalogWords } from '../catalog';

/** “谁是我的管理员？”：找到的人员，或如何手动查找。 */
export const admins: CatalogWords['admins'] = {
  foundTitle: '你的管理员',
  foundSummary: (count: number) => `你所在组织中有 ${count} 人可以提供帮助：先列出全局管理员，然后是可以启用 MFA 的管理员。`,
  none: '我未找到担任这些角色且已启用的人员。请询问你的 IT 部门、安全运营团队或内部服务台。',
  eligible: '符合条件，须先激活该角色',
  more: (n: number) => `另外 ${n} 人`,
  active: '活动',
  chat: (name: string) => `与 ${name} 聊天`,
  chatMessage: '你好，我需要有关批量许可登录的帮助（VLSC 工作帐户 / Volume Licensing Central 的 MFA）。',
  gaps: '部分列表无法读取：',
  manualTitle: '如何找到你的全局管理员',
  manualSummary: '我无法读取你所在组织的目录，但你可以在 Microsoft Entra 管理中心查找：',
  otherTenant: '此助手只能读取安装它的组织的目录，因此请自行查找：',
  permissionTitle: '我尚未获准读取管理员列表',
  permission: '还需要一位管理员允许此助手读取管理员列表。在此之前，请自行查找：',
  permissionDetail: (permission: string) => `此助手的应用需要由管理员授予 Microsoft Graph 应用程序权限 ${permission}。`,
  consent: '授予管理员同意',
  failedTitle: '我无法读取管理员列表',
  failed: '我此刻无法连接 Microsoft 来读取管理员列表。请在一分钟后重试，或者在此期间自行查找：',
  failedDetail: (message: string) => `Microsoft Graph 未正常响应（${message}）。`,
  unmanagedTitle: '你的 VLSC 帐户所在的租户没有管理员',
  unmanaged: (domain: string) =>
    `${domain} 是非托管（“病毒式”）租户：它根本没有全局管理员。你所在组织中的某个人可以通过接管该租户成为全局管理员（选项 1），或者你改用新的工作帐户（选项 2）。`,
  /** 没有可指明的域时单独显示。 */
  unmanagedDetail: '这是一个非托管（自助注册）租户：目前没有人管理它，因此没有可以询问的全局管理员。请改为以管理员身份接管该租户。',
  button: '谁是我的管理员？',
  /** 非托管结论之后：用户自己的 Teams 租户是托管租户，其管理员可以执行外部接管。 */
  ownTenant: {
    found: '如果你使用 Teams 所在的组织拥有此域，其全局管理员可以接管该租户（外部接管：他们用同一条 DNS TXT 记录证明对域的所有权），除非该租户有包含 SharePoint、OneDrive 或 Skype for Business 的服务计划。',
    ask: '如果你使用 Teams 所在的组织拥有此域，其全局管理员可以接管该租户（外部接管：他们用同一条 DNS TXT 记录证明对域的所有权），除非该租户有包含 SharePoint、OneDrive 或 Skype for Business 的服务计划。请询问你的管理员或服务台。',
  },
};
