import type { CatalogWords } from '../catalog';

/** 问题卡片：用户使用哪个帐户登录 VLSC。 */
export const account: CatalogWords['account'] = {
  title: '你使用哪个帐户登录 VLSC？',
  prompt: '我会通过 Microsoft 的公共登录服务检查它。你的帐户不会有任何更改。',
  workChoice: (address: string) => `我的工作帐户：${address}`,
  otherLabel: '其他电子邮件地址',
  otherPlaceholder: 'name@company.com',
  otherButton: '检查此地址',
  personalButton: '个人帐户 (outlook.com …)',
  answered: '你选择了',
  personalAnswer: '个人帐户',
  alreadyAnswered: '该卡片已作答。输入“检查我的帐户”开始新的检查。',
  rateLimited: (minutes: number) =>
    `你在过去一小时内检查了很多地址。为保护他人隐私，我限制了查询次数；请在大约 ${minutes} 分钟后重试。`,
  tenantRateLimited: (minutes: number) =>
    `你所在组织的人员在过去一小时内检查了很多地址。为保护他人隐私，我限制了查询次数；请在大约 ${minutes} 分钟后重试。`,
};
