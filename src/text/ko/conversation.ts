import type { CatalogWords } from '../catalog';

/** Leaving a conversation, small talk, and a conversation whose state was lost. */
export const cancel: CatalogWords['cancel'] = {
  done: '중지했습니다. 할 수 있는 일을 보려면 “도움말”을 입력하세요.',
  nothing: '취소할 것이 없습니다. 할 수 있는 일을 보려면 “도움말”을 입력하세요.',
  closedCard: '계정을 선택하기 전에 이 확인이 중지되었습니다. 새로 확인하려면 “내 계정 확인”을 입력하세요.',
};

/** Short answers to thanks, ok, a thumbs-up or a goodbye. */
export const smallTalk: CatalogWords['smallTalk'] = {
  thanks: '천만에요! 다시 필요하시면 언제든지 “도움말”을 입력하세요.',
  ok: '👍 다른 도움이 필요하시면 말씀하세요. 할 수 있는 일을 보려면 “도움말”을 입력하세요.',
  bye: '안녕히 가세요. 다시 필요하시면 언제든지 “도움말”을 입력하세요.',
};

/** When a conversation's stored state cannot be used, or a turn's state cannot be saved. */
export const turnState: CatalogWords['turnState'] = {
  startedAfresh: '진행 중이던 내용을 다시 불러올 수 없어서 이 대화를 처음부터 다시 시작했습니다.',
  notSaved: (correlationId: string) =>
    `저장하지 못해서 아무것도 변경되지 않았습니다. 잠시 후 다시 시도하세요. 문제가 계속되면 헬프 데스크에 다음 참조 번호를 알려 주세요: ${correlationId}`,
};
