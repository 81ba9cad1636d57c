import type { CatalogWords } from '../catalog';

/** The question card: which account the person signs in to VLSC with. */
export const account: CatalogWords['account'] = {
  title: 'VLSC에 로그인할 때 어떤 계정을 사용하나요?',
  prompt: 'Microsoft의 공개 로그인 서비스로 확인합니다. 계정은 아무것도 변경되지 않습니다.',
  workChoice: (address: string) => `내 회사 계정: ${address}`,
  otherLabel: '다른 메일 주소',
  otherPlaceholder: 'name@company.com',
  otherButton: '이 주소 확인',
  personalButton: '개인 계정(outlook.com 등)',
  answered: '선택한 항목',
  personalAnswer: '개인 계정',
  alreadyAnswered: '이 카드에는 이미 답했습니다. 새로 확인하려면 “내 계정 확인”을 입력하세요.',
  rateLimited: (minutes: number) =>
    `지난 1시간 동안 많은 주소를 확인했습니다. 개인 정보를 보호하기 위해 조회 횟수를 제한하고 있습니다. 약 ${minutes}분 후에 다시 시도하세요.`,
  tenantRateLimited: (minutes: number) =>
    `지난 1시간 동안 조직 사용자들이 많은 주소를 확인했습니다. 개인 정보를 보호하기 위해 조회 횟수를 제한하고 있습니다. 약 ${minutes}분 후에 다시 시도하세요.`,
};
