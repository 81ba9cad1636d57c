import type { CatalogWords } from '../catalog';

/** 退出对话、闲聊，以及状态丢失的对话。 */
export const cancel: CatalogWords['cancel'] = {
  done: '好的，已停止。输入“帮助”查看我能做什么。',
  nothing: '当前没有可取消的内容。输入“帮助”查看我能做什么。',
  /** 问题卡片未作答就被关闭（取消、重新开始或其他请求）。 */
  closedCard: '此检查在选择帐户之前已停止。输入“检查我的帐户”重新开始检查。',
};

/** 对感谢、好的、点赞或道别的简短回复。 */
export const smallTalk: CatalogWords['smallTalk'] = {
  thanks: '不客气！需要我时随时输入“帮助”。',
  ok: '👍 如果还需要其他帮助，我一直在：输入“帮助”查看我能做什么。',
  bye: '再见。需要我时随时输入“帮助”。',
};

/** 对话的已存储状态无法使用，或某一轮的状态无法保存。 */
export const turnState: CatalogWords['turnState'] = {
  startedAfresh: '我不得不重新开始此对话：之前进行到一半的内容无法恢复。',
  notSaved: (correlationId: string) =>
    `我无法保存该操作，因此没有任何更改：请稍后重试。如果问题持续出现，请将此参考编号提供给你的服务台：${correlationId}`,
};
