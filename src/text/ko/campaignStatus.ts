/** "캠페인 현황": 캠페인 관리자가 읽는 내용 (../en/campaignStatus.ts 참조). */
export const campaignStatus = {
  title: (id: string) => `캠페인 ${id}: 현황`,
  started: (when: string, name: string) => (name ? `${when}에 ${name} 님이 시작했습니다.` : `${when}에 시작했습니다.`),
  states: {
    draft: '확인 중, 아직 보내지 않음',
    previewed: '확인 완료, 아직 보내지 않음',
    sending: '보내는 중',
    done: '보냄',
    cancelled: '취소됨',
    closed: '종료됨',
  },
  people: '목록의 인원',
  counts: {
    'needs-action': '조치 필요',
    'in-progress': '진행 중',
    fixed: '해결됨',
    'not-reachable': 'Teams에서 연락할 수 없음',
  },
  changed: {
    'needs-action': '조치 필요',
    'in-progress': '진행 중',
    fixed: '해결됨',
    'not-reachable': '연락할 수 없음',
  },
  separator: ', ',
  since: (changes: string, when: string) => `${when} 이후: ${changes}.`,
  unchangedSince: (when: string) => `${when} 이후 변화가 없습니다.`,
  firstReport: '첫 번째 보고서입니다. 다음 보고서에서 그 이후의 변화를 보여 줍니다.',
  meaning:
    '진행 중: 결과를 받았지만 아직 해결되지 않음. 조치 필요: 아직 결과를 받지 않았거나 보내기에 실패함. 해결됨: 확인 결과 계정이 준비됨.',
  exportButton: 'CSV 내보내기',
  closeButton: '캠페인 종료',
  summary: {
    heading: '주간 요약',
    last: '주간 요약: 목록의 모든 계정이 해결되었습니다. 이것이 마지막 요약입니다.',
  },
  export: {
    title: (id: string) => `캠페인 ${id}: 내보내기`,
    ready: (count: number) => `CSV의 주소 수: ${count}. 링크는 15분 동안 한 번만 사용할 수 있습니다.`,
    button: 'CSV 다운로드',
  },
  closed: (id: string) => `캠페인 ${id}을(를) 종료했습니다. 이제 "캠페인 현황"은 가장 최근의 열린 캠페인을 보여 줍니다.`,
  notClosable: (id: string) => `캠페인 ${id}은(는) 보내는 중이라 종료할 수 없습니다. 취소하거나 끝날 때까지 기다리세요.`,
  none: '열린 캠페인이 없습니다. "캠페인 시작"이라고 보내면 시작할 수 있습니다.',
};
