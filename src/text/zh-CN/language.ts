import type { CatalogWords } from '../catalog';

/** The language the bot answers in: the override command, the language card, and drafts kept in English for support. */
export const language: CatalogWords['language'] = {
  changed: (name) => `从现在起，我用${name}回答。输入“语言 自动”即可重新跟随 Teams 的语言。`,
  followingTeams: (name) => `我已重新跟随你的 Teams 语言：${name}。`,
  pickerTitle: '我应该用哪种语言回答？',
  pickerSummary: '选择一种，或输入“语言”加语言名称，例如“语言：英语”。',
  followTeamsButton: '跟随我的 Teams 语言',
  unknown: (said) => `我不认识“${said}”这种语言。`,
  unavailable: (name) => `我还不能用${name}回答。`,
  helpHint: '要更改我的语言，请输入“语言”加语言名称，例如“语言：英语”；输入“语言 自动”可重新跟随 Teams。',
  draftInMyLanguage: '用我的语言起草',
  emailTo: (address) => `（收件人：${address}）`,
  draftInEnglish: 'VLSC 支持团队和 MFA 支持团队使用英语工作，因此要发送的文本是英语；“用我的语言起草”会用你的语言撰写。',
};
