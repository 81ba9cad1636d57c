import type { CatalogWords } from '../catalog';

/** 应用名称、欢迎语、帮助卡片和 Teams 列出的命令。 */
export const appName: CatalogWords['appName'] = 'VL 登录助手';

export const welcome: CatalogWords['welcome'] = {
  intro:
    '我帮助你使用批量许可服务中心 (VLSC) 现在要求的托管工作或学校帐户登录，并为 Volume Licensing Central 自 2026 年 1 月 5 日起强制执行的多重身份验证 (MFA) 做好准备。',
  personalHint: '选择一个按钮，或直接输入问题，例如“什么是病毒式租户？”。',
  teamHint: '在此团队中，我可以发布服务台工单。@我并输入“帮助”，查看我在这里能做什么。',
  groupChatHint:
    '在此聊天中，我回答有关 VLSC 登录以及 Volume Licensing Central 所要求的 MFA 的问题。若要检查你自己的帐户，请与我一对一聊天。',
};

export const help: CatalogWords['help'] = {
  heading: '我能做什么',
  teamHeading: '我在此团队中能做什么',
  groupChatHeading: '我在此聊天中能做什么',
  footer: '随时输入“取消”或“重新开始”即可退出当前对话。',
};

export const commands: CatalogWords['commands'] = {
  help: { title: '帮助', description: '显示我能做什么。' },
  cases: { title: '未结工单', description: '列出未结工单（还有：unassigned、mine、case VL-XXXXXXXX、stats、export、repost）。' },
  channel: {
    title: '使用此频道',
    description: '将升级的工单发送到这里（或输入：“use this channel for takeover cases”）。',
  },
  check: {
    title: '检查我的 VLSC 登录',
    description: '了解你在 VLSC 使用的帐户类型是否正确，如果不正确该怎么办。',
  },
  admins: {
    title: '谁是我的管理员？',
    description: '找到你的全局管理员以及可以启用 MFA 的管理员。',
  },
  mfa: {
    title: 'MFA 准备好了吗？',
    description: 'Volume Licensing Central 要求 MFA：你和你的管理员需要做什么。',
  },
};
