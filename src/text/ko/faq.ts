import type { CatalogWords } from '../catalog';

/** The FAQ cards around the topics. */
export const faq: CatalogWords['faq'] = {
  notSureTitle: '제대로 이해했는지 잘 모르겠습니다',
  notSure: '알고 있는 지침에서 일치하는 내용을 찾지 못했습니다.',
  related: '다음 중 하나인가요?',
  journeysHeading: '또는 다음 중 하나를 시작하거나 담당자에게 문의하세요:',
  journeysOnly: '다음 중 하나를 시작하거나 담당자에게 문의하세요:',
  stepsButton: '단계 보기',
  linksButton: 'Microsoft 페이지',
  plain: {
    noAnswer: '죄송합니다. 그 질문에는 답할 수 없습니다. 다른 기능은 `vlsa --help`로 확인할 수 있습니다.',
    didYouMean: (options: string) =>
      `제대로 이해했는지 잘 모르겠습니다. 다음 중 하나를 말씀하신 건가요?\n\n${options}\n\n다른 말로 다시 질문하거나, \`vlsa --help\`를 실행해서 다른 기능을 확인하세요.`,
  },
};
