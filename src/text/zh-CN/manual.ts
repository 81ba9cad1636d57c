import type { CatalogWords } from '../catalog';

/** Entra 管理中心的手动路径，引自关于强制 MFA 的合作伙伴指南。 */
export const manual: CatalogWords['manual'] = {
  findAdmin: {
    steps: [
      '转到 https://entra.microsoft.com',
      '导航到“Entra ID > 角色和管理员”(Entra ID > Roles and administrators)',
      '搜索“全局管理员”(Global Administrator)',
      '你会看到租户中分配了该角色的用户列表。',
    ],
    otherwise: '如果你无权访问 Entra 门户，请联系你的 IT 部门、安全运营团队或内部服务台。',
  },
  /** 指南的第 2 步：条件访问策略，编号与 Microsoft 的编号一致。 */
  conditionalAccess: [
    '以全局管理员（或条件访问管理员）身份登录 Microsoft Entra 管理中心 (https://entra.microsoft.com)。',
    '浏览到“Entra ID > 条件访问 > 概述”(Entra ID > Conditional Access > Overview)，然后选择“+ 新建策略”(+ Create new policy)。',
    '输入策略名称，例如 "MFA for Volume Licensing Central"。',
    '在“分配”(Assignments) 下，选择“用户”(Users) 下的当前值。',
    '在“包括”(Include) 下，选择“所有用户”(All users)（这涵盖内部用户和 B2B 来宾）。',
    '在“分配”(Assignments) 下，选择“目标资源”(Target resources) 下的当前值，并确认已选择“资源(以前为云应用)”(Resources (formerly cloud apps))。',
    '在“包括”(Include) 下，选择“选择应用”(Select apps)。',
    '在“包括”(Include) 下，选择“选择资源”(Select resources)，然后在“选择”(Select) 下选择“无”(None)。',
    '在“选择资源”(Select resources) 中，选择“Microsoft 管理门户”(Microsoft Admin Portals)，然后选择“选择”(Select)（这会要求在所有 Microsoft 管理门户上使用 MFA，包括 Microsoft 365 管理中心、Exchange 管理中心、Azure 门户和 Microsoft Entra 管理中心）。',
    '除非你需要排除项（例如受信任的 IP 或合规设备），否则将“条件”(Conditions) 保留为默认值。',
    '在“访问控制 > 授予”(Access controls > Grant) 下，选择“需要多重身份验证”(Require multifactor authentication)，且不要选择“阻止访问”(Block access) 等有冲突的控制。',
    '将“启用策略”(Enable policy) 设置为“开”(On)，然后选择“创建”(Create)。',
  ],
  securityDefaults: [
    '在 Microsoft Entra 管理中心，转到“Entra ID > 概述 > 属性”(Entra ID > Overview > Properties)。',
    '选择“管理安全默认值”(Manage security defaults)，然后启用“安全默认值”(Security defaults)（它适用于所有应用的所有登录，而不仅仅是 Volume Licensing Central）。',
  ],
  perUserMfa: [
    '在 Microsoft Entra 管理中心，打开“用户 > 多重身份验证”(Users > Multi-Factor Authentication)（或在 Microsoft 365 管理中心打开“活跃用户 > MFA”(Active Users > MFA)）。',
    '检查使用 Volume Licensing Central 的每个帐户（包括来宾）的 MFA 是否为“已启用”(Enabled) 或“已强制”(Enforced)。',
  ],
  registration: (setupUrl: string) => [
    `转到 ${setupUrl}，至少添加一种为你的租户启用的验证方法（Microsoft Authenticator 应用通常最简单）。`,
    '添加一种备用方法（例如第二部手机或硬件令牌），以防你无法再使用第一种方法。',
  ],
};
