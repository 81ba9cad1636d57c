import type { CatalogWords } from '../catalog';

/** 主题周围的常见问题卡片。 */
export const faq: CatalogWords['faq'] = {
  notSureTitle: '我不确定是否理解了你的问题',
  notSure: '我无法将其与我所了解的指南对应起来。',
  related: '是以下其中之一吗？',
  journeysHeading: '或者开始以下操作之一，或询问相关人员：',
  journeysOnly: '开始以下操作之一，或询问相关人员：',
  stepsButton: '显示步骤',
  linksButton: 'Microsoft 页面',
  /** 没有足够确定的主题时，`vlsa ask` 的文本回答。 */
  plain: {
    noAnswer: '抱歉，我无法回答这个问题。运行 `vlsa --help` 查看我还能做什么。',
    didYouMean: (options: string) => `我不确定是否理解了你的问题。你是指以下其中之一吗？\n\n${options}\n\n请换个说法再问一次，或运行 \`vlsa --help\` 查看我还能做什么。`,
  },
};
