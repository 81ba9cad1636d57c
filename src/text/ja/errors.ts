import type { CatalogWords } from '../catalog';

/** When something goes wrong. */
export const errors: CatalogWords['errors'] = {
  apology: (correlationId: string) =>
    `申し訳ありません。こちらで問題が発生し、処理を完了できませんでした。しばらくしてからもう一度お試しください。繰り返し発生する場合は、ヘルプデスクに次の参照番号を伝えてください: ${correlationId}`,
  refusedTenant: 'このアシスタントは、お客様の組織では有効になっていません。IT 部門にお問い合わせください。',
  unknownAction: 'このボタンは現在は機能しません。できることを確認するには「ヘルプ」と入力してください。',
  didNotUnderstand: 'わかりませんでした。できることを確認するには「ヘルプ」と入力してください。',
  trimmed: (shown: number) => `(最初の ${shown} 文字に短縮されました)`,
};
