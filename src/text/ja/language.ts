import type { CatalogWords } from '../catalog';

/** The language the bot answers in: the override command, the language card, and drafts kept in English for support. */
export const language: CatalogWords['language'] = {
  changed: (name) => `今後は${name}でお答えします。Teams の言語に戻すには「言語 自動」と入力してください。`,
  followingTeams: (name) => `Teams の言語に戻しました: ${name}。`,
  pickerTitle: 'どの言語でお答えしますか?',
  pickerSummary: '1 つ選ぶか、「言語」と言語名を入力してください (例:「言語: 英語」)。',
  followTeamsButton: 'Teams の言語に合わせる',
  unknown: (said) => `「${said}」という言語はわかりません。`,
  unavailable: (name) => `${name} ではまだお答えできません。`,
  helpHint: '言語を変えるには「言語」と言語名を入力してください (例:「言語: 英語」)。「言語 自動」で Teams の言語に戻ります。',
  draftInMyLanguage: '自分の言語で下書き',
  emailTo: (address) => `(宛先: ${address})`,
  draftInEnglish: 'VLSC サポートと MFA サポートは英語で対応するため、送信する文面は英語です。「自分の言語で下書き」を選ぶと、お使いの言語で作成します。',
};
