import type { CatalogWords } from '../catalog';

/** Leaving a conversation, small talk, and a conversation whose state was lost. */
export const cancel: CatalogWords['cancel'] = {
  done: '中止しました。できることを確認するには「ヘルプ」と入力してください。',
  nothing: 'キャンセルするものはありません。できることを確認するには「ヘルプ」と入力してください。',
  closedCard: 'アカウントが選ばれる前に、この確認は中止されました。新しく確認するには「アカウントを確認」と入力してください。',
};

/** Short answers to thanks, ok, a thumbs-up or a goodbye. */
export const smallTalk: CatalogWords['smallTalk'] = {
  thanks: 'どういたしまして！ また必要なときは「ヘルプ」と入力してください。',
  ok: '👍 ほかにも何かあればお手伝いします。できることを確認するには「ヘルプ」と入力してください。',
  bye: 'それでは。また必要なときは「ヘルプ」と入力してください。',
};

/** When a conversation's stored state cannot be used, or a turn's state cannot be saved. */
export const turnState: CatalogWords['turnState'] = {
  startedAfresh: 'この会話を最初からやり直しました。途中だった内容を引き継げなかったためです。',
  notSaved: (correlationId: string) =>
    `保存できなかったため、何も変更されていません。しばらくしてからもう一度お試しください。繰り返し発生する場合は、ヘルプデスクに次の参照番号を伝えてください: ${correlationId}`,
};
