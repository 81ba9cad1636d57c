import type { CatalogWords } from '../catalog';

/** 卡片所链接的 Microsoft 页面的标题 (kit/cards/links.ts 将其与地址配对)。 */
export const links: CatalogWords['links'] = {
  takeover: '如何接管 (Microsoft Learn)',
  signUp: '注册工作帐户',
  vlscSupport: '联系 VLSC 支持团队',
  vlsc: '打开 VLSC',
  mfaSetup: '设置 MFA (aka.ms/mfasetup)',
  enableMfa: '启用 Microsoft Entra MFA',
  securityDefaults: '配置安全默认值',
  perUserMfa: '启用每用户 MFA',
  federatedMfa: '来自联合 IdP 的 MFA 声明',
  entraAdminCenter: 'Microsoft Entra 管理中心',
};
