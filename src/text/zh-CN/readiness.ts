import type { CatalogWords } from '../catalog';

/** 实时 MFA 检查：目录逐项显示的内容。 */
export const readiness: CatalogWords['readiness'] = {
  heading: '你的组织（刚刚检查）',
  marks: { done: '✔', todo: '✘', warning: '!', unknown: '?' },
  adminMustDo: '仍需完成',
  /**
   * 导致条件访问策略无法强制执行 MFA 的原因。每条都指出修复它的设置，而不是步骤编号：
   * 卡片和命令行显示的列表编号不同。
   */
  problems: {
    notAllUsers: '它只适用于选定的用户、组或角色，而不是所有用户（“分配 > 用户 > 包括：所有用户”(Assignments > Users > Include: All users)）。',
    otherResources: '它面向其他资源，而不是 Microsoft 管理门户或所有资源（“目标资源 > 包括 > 选择资源：Microsoft 管理门户”(Target resources > Include > Select resources: Microsoft Admin Portals)）。',
    blocks: '它还包含“阻止访问”(Block access)，这会阻止登录，而不是要求 MFA（“访问控制 > 授予：仅需要多重身份验证”(Access controls > Grant: Require multifactor authentication only)）。',
    withoutMfa: (controls: string) => `不使用 MFA 也可以满足它：它还接受 ${controls}（“访问控制 > 授予：仅需要多重身份验证”(Access controls > Grant: Require multifactor authentication only)）。`,
    excludes: (parts: string) => `它排除了 ${parts}。`,
    excluded: (n: number, what: 'user' | 'group' | 'role') => `${n} 个${{ user: '用户', group: '组', role: '角色' }[what]}`,
  },
  states: { reportOnly: '仅限报告 (Report-only)', on: '开 (On)', off: '关 (Off)' },
  conditionalAccess: {
    manualTitle: '条件访问：手动检查',
    manualDetail: '在“Entra ID > 条件访问 > 策略”(Entra ID > Conditional Access > Policies) 中检查：有一个策略对 Microsoft 管理门户上的所有用户要求 MFA，并且处于“开”(On) 状态。',
    manualTask: '在 Entra 管理中心检查：有一个条件访问策略对 Microsoft 管理门户上的所有用户要求 MFA，并且处于“开”(On) 状态（或者安全默认值已启用）。',
    enforcedTitle: '条件访问在管理门户上要求 MFA',
    enforcedBy: (policies: string) => `由 ${policies} 强制执行`,
    checkExclusions: '请确保被排除的人员都不会登录 Volume Licensing Central。',
    alsoNote: (policies: string) => `另请注意：${policies}`,
    removeBlock: (name: string) => `如果 "${name}" 只应要求 MFA，请从中删除“阻止访问”(Block access)（“访问控制 > 授予”(Access controls > Grant)）。`,
    shortTitle: '条件访问：存在 MFA 策略，但未对所有人强制执行 MFA',
    noneTitle: '条件访问：没有策略要求 MFA',
    noneDetail: '创建一个条件访问策略，对 Microsoft 管理门户上的所有用户要求 MFA（Microsoft 推荐这种方式）。',
    createTask:
      '创建条件访问策略 "MFA for Volume Licensing Central"，对 Microsoft 管理门户上的所有用户要求多重身份验证，并将其设置为“开”(On)。如果租户没有条件访问（需要 Microsoft Entra ID P1 许可证），请启用不需要许可证的安全默认值；每用户 MFA 是最后的办法。',
    reportOnlyToOn: (name: string) => `将 "${name}" 的“启用策略”(Enable policy) 从“仅限报告”(Report-only) 切换为“开”(On)。`,
    offToOn: (name: string) => `将 "${name}" 的“启用策略”(Enable policy) 设置为“开”(On)。`,
    fix: (name: string) => `修复 "${name}"：`,
    then: (task: string) => `然后${task}`,
  },
  securityDefaults: {
    manualTitle: '安全默认值：手动检查',
    manualDetail: (why: string) => `${why} 请在“Entra ID > 概述 > 属性”(Entra ID > Overview > Properties) 中检查。`,
    onTitle: '安全默认值已启用',
    onDetail:
      '每个用户都必须注册 MFA。由 Microsoft 决定登录时何时要求用户进行 MFA；某些管理员角色（例如全局管理员、安全管理员和条件访问管理员）每次登录时都会被要求。它适用于所有应用的所有登录，包括 Volume Licensing Central，因此你可能不需要单独的策略。',
    offTitle: '安全默认值已关闭',
    offExpected: '符合预期：使用条件访问策略时，安全默认值不能处于启用状态。',
    offDetail:
      '如果你的租户没有条件访问（需要 Microsoft Entra ID P1 许可证），不需要许可证的安全默认值是兜底的替代方案：每个用户都必须注册 MFA，并在 Microsoft 认为需要时执行 MFA（某些管理员角色，例如全局管理员、安全管理员和条件访问管理员，每次登录时都要执行），适用于所有应用。',
  },
  perUserMfa: {
    title: '每用户 MFA（旧版）：手动检查',
    detail:
      'Microsoft Graph v1.0 不显示每用户 MFA，因此机器人无法看到它。如果你的租户依靠它而不是条件访问或安全默认值，请检查使用 Volume Licensing Central 的每个帐户。',
  },
  registration: {
    manualTitle: (upn: string) => `${upn} 的 MFA 注册：手动检查`,
    notFoundTitle: (upn: string) => `${upn} 的 MFA 注册：未找到`,
    notFoundDetail:
      '租户中没有此地址的注册详细信息：请检查地址。来自合作伙伴组织的来宾可能在其主租户中注册了 MFA，但只有当你的跨租户访问入站信任设置接受来自其主租户的 MFA 时，该 MFA 才会在这里生效；否则，来宾需要在你的租户中注册并执行 MFA。',
    notRegisteredTitle: (upn: string) => `${upn} 尚未注册 MFA`,
    notRegisteredDetail: '请在登录 Volume Licensing Central 之前注册；否则，登录时会先要求注册，而且无法跳过。',
    oneMethodTitle: (upn: string) => `${upn} 已使用一种方法注册 MFA`,
    oneMethodDetail: (methods: string) => `方法：${methods}；尚无备用方法。`,
    doneTitle: (upn: string) => `${upn} 已注册 MFA`,
    doneDetail: (methods: string) => `方法：${methods}。`,
    unknownMethods: '目录未指明的方法',
    /**
     * Graph 的 methodsRegistered 值 (userRegistrationDetails，Microsoft Learn) 的文字说明。
     * 此处未列出的值显示为 `otherMethod`，绝不显示原始 ID。
     */
    methodNames: {
      microsoftAuthenticatorPush: 'Microsoft Authenticator 通知',
      microsoftAuthenticatorPasswordless: 'Microsoft Authenticator 无密码登录',
      softwareOneTimePasscode: '验证器应用中的验证码',
      hardwareOneTimePasscode: '硬件令牌',
      mobilePhone: '手机',
      alternateMobilePhone: '第二部手机',
      officePhone: '办公电话',
      email: '电子邮件地址',
      fido2SecurityKey: 'FIDO2 安全密钥',
      windowsHelloForBusiness: 'Windows Hello 企业版',
      temporaryAccessPass: '临时访问密码 (Temporary Access Pass)',
      passKeyDeviceBound: '通行密钥',
      passKeyDeviceBoundAuthenticator: 'Microsoft Authenticator 中的通行密钥',
      passKeyDeviceBoundWindowsHello: 'Windows Hello 中的通行密钥',
      passKeySynced: '同步的通行密钥',
      macOsSecureEnclaveKey: 'macOS 平台 SSO 密钥',
      securityQuestion: '安全问题',
      externalAuthMethod: '外部身份验证方法',
    } as Record<string, string>,
    otherMethod: '另一种方法',
    otherMethods: (n: number) => `另外 ${n} 种方法`,
    methodList: (names: readonly string[]) => `${names.slice(0, -1).join('、')}和${names.at(-1)}`,
  },
  notConfigured: '机器人未连接到 Microsoft Graph。',
  otherTenant: '机器人的应用无法读取此租户。',
  list: (items: readonly string[]) => items.join('、'),
  policy: (name: string, state: string) => `"${name}"（${state}）`,
  policies: (described: readonly string[]) => described.join('；'),
  sentences: (sentences: readonly string[]) => sentences.join(' '),
};
