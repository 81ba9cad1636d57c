import type { CatalogWords } from '../catalog';

/**
 * "Tell me when it's fixed": the watch list as the person watching reads it. The sentences after
 * a takeover follow Microsoft Learn's "Admin takeover of an unmanaged directory" (links.takeover).
 * `time` is a moment as utcMinute writes it, "2026-01-05 09:30 UTC".
 */
export const watch: CatalogWords['watch'] = {
  button: '해결되면 알림',
  stopButton: '지켜보기 중지',
  checkNowButton: '지금 다시 확인',
  /** On a verdict card whose address is watched. */
  watching: '이 주소를 지켜보고 있습니다. 확인 결과 해결된 것으로 나타나면 여기로 메시지를 보내 드리겠습니다.',
  started: {
    title: (address) => `${address}을(를) 지켜보는 중`,
    summary: (hours) =>
      `${hours}시간마다 다시 확인하고, VLSC에 사용할 수 있게 되는 즉시 여기로 메시지를 보내 드리겠습니다. 방금 해결하셨나요? [지금 다시 확인]을 선택하세요.`,
  },
  stopped: (address) => `${address} 지켜보기를 중지했습니다.`,
  notWatching: (address) => `${address}을(를) 지켜보고 있지 않습니다.`,
  nothingToWatch: (address) => `${address}은(는) 이제 VLSC에 사용할 수 있습니다. 더 지켜볼 것이 없습니다.`,
  noWatches: '지켜보고 있는 주소가 없습니다. 확인 결과 해결할 문제가 발견되면 [해결되면 알림]을 선택하세요.',
  checked: {
    intro: '다시 확인한 결과:',
    fixed: (address) => `${address}: 해결됨(위 카드 참조).`,
    unchanged: (address, verdict) => `${address}: 여전히 “${verdict}”입니다. 계속 지켜보겠습니다.`,
    changed: (address, verdict) => `${address}: 이제 '${verdict}'입니다. 계속 지켜보겠습니다.`,
    inconclusive: (address) => `${address}: 이번 확인으로는 알 수 없었습니다(Microsoft에 연결하지 못했거나 모든 주소에 '있음'이라고 응답했습니다). 계속 지켜보겠습니다.`,
    postponed: (address, minutes) => `${address}: 조회 한도에 도달했습니다. 약 ${minutes}분 후에 확인하겠습니다.`,
  },
  fixed: {
    title: (address) => `해결됨: ${address}을(를) VLSC에 사용할 수 있습니다`,
    footer: (time) => `해결되면 알려 달라고 요청하셔서 ${time}에 다시 확인했습니다. 이 주소 지켜보기를 중지했습니다.`,
    footerCampaign: (time) => `IT 부서에서 후속 확인을 요청해 ${time}에 다시 확인했습니다. 이 주소는 더 이상 지켜보지 않습니다.`,
  },
  /** Shown after a takeover ended: what the Learn page says changes for the other accounts at the domain. */
  afterTakeover: {
    seeDetails: (domain) => `${domain}의 다른 사람에게 어떤 의미인지는 '세부 정보'를 참고하세요.`,
    heading: (domain) => `${domain}의 다른 모든 사람`,
    internal:
      '관리되지 않는 디렉터리 자체를 인수했다면(“내부” 인수), 그 디렉터리의 전역 관리자가 되었습니다. 사용자, 도메인, 서비스 플랜은 다른 디렉터리로 옮겨지지 않았으므로, 다른 사람들은 그곳의 계정을 그대로 유지하며 이제 그 계정은 관리됩니다.',
    external:
      '이미 관리하고 있는 조직에 도메인을 추가했다면(“외부” 인수), 그 도메인의 사용자, 구독, 라이선스 할당이 도메인과 함께 옮겨졌으며, Microsoft가 사용자를 해당 리소스에 매핑하므로 사용자는 중단 없이 서비스를 계속 사용할 수 있습니다.',
    removed:
      '인수한 디렉터리에서 도메인을 제거해 다른 곳에 추가하려면, 먼저 그 도메인의 사용자 이름을 디렉터리의 .onmicrosoft.com 도메인으로 바꿔야 합니다.',
  },
};
