import type { CatalogWords } from '../catalog';

/** The FAQ cards around the topics. */
export const faq: CatalogWords['faq'] = {
  notSureTitle: 'うまく理解できなかったかもしれません',
  notSure: '知っているガイダンスの中に、当てはまるものが見つかりませんでした。',
  related: 'この中にありますか？',
  journeysHeading: 'または、次のいずれかを始めるか、担当者に相談してください:',
  journeysOnly: '次のいずれかを始めるか、担当者に相談してください:',
  stepsButton: '手順を表示',
  linksButton: 'Microsoft のページ',
  plain: {
    noAnswer: '申し訳ありません。その質問にはお答えできません。ほかにできることは `vlsa --help` で確認できます。',
    didYouMean: (options: string) =>
      `うまく理解できなかったかもしれません。次のどれかでしょうか？\n\n${options}\n\n別の言葉でもう一度質問するか、\`vlsa --help\` を実行してほかにできることを確認してください。`,
  },
};
