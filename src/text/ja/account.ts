import type { CatalogWords } from '../catalog';

/** The question card: which account the person signs in to VLSC with. */
export const account: CatalogWords['account'] = {
  title: 'VLSC へのサインインに使っているアカウントはどれですか？',
  prompt: 'Microsoft の公開サインイン サービスで確認します。アカウントは何も変更されません。',
  workChoice: (address: string) => `職場のアカウント: ${address}`,
  otherLabel: '別のメール アドレス',
  otherPlaceholder: 'name@company.com',
  otherButton: 'このアドレスを確認',
  personalButton: '個人用アカウント (outlook.com など)',
  answered: '選択した内容',
  personalAnswer: '個人用アカウント',
  alreadyAnswered: 'このカードには既に回答済みです。新しく確認するには「アカウントを確認」と入力してください。',
  rateLimited: (minutes: number) =>
    `この 1 時間に多くのアドレスを確認しました。皆さんのプライバシーを守るため、確認の回数を制限しています。約 ${minutes} 分後にもう一度お試しください。`,
  tenantRateLimited: (minutes: number) =>
    `この 1 時間に、組織内で多くのアドレスが確認されました。皆さんのプライバシーを守るため、確認の回数を制限しています。約 ${minutes} 分後にもう一度お試しください。`,
};
