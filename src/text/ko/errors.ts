import type { CatalogWords } from '../catalog';

/** When something goes wrong. */
export const errors: CatalogWords['errors'] = {
  apology: (correlationId: string) =>
    `죄송합니다. 문제가 발생해서 처리를 마치지 못했습니다. 잠시 후 다시 시도하세요. 문제가 계속되면 헬프 데스크에 다음 참조 번호를 알려 주세요: ${correlationId}`,
  refusedTenant: '이 도우미는 조직에서 사용하도록 설정되어 있지 않습니다. IT 부서에 문의하세요.',
  unknownAction: '이 버튼은 더 이상 작동하지 않습니다. 할 수 있는 일을 보려면 “도움말”을 입력하세요.',
  didNotUnderstand: '이해하지 못했습니다. 할 수 있는 일을 보려면 “도움말”을 입력하세요.',
  trimmed: (shown: number) => `(처음 ${shown}자로 줄였습니다)`,
};
