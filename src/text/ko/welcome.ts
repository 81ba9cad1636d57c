import type { CatalogWords } from '../catalog';

/** The app's name, the welcome, the help card and the commands Teams lists. */
export const appName: CatalogWords['appName'] = 'VL 로그인 도우미';

export const welcome: CatalogWords['welcome'] = {
  intro:
    'VLSC(Volume Licensing Service Center)가 이제 요구하는 관리되는 회사 또는 학교 계정으로 로그인하고, Volume Licensing Central에서 2026년 1월 5일부터 적용되는 다단계 인증(MFA)을 준비하도록 도와드립니다.',
  personalHint: '버튼을 선택하거나 “바이럴 테넌트가 뭐예요?”처럼 질문을 입력하세요.',
  teamHint: '이 팀에서는 헬프 데스크 케이스를 게시할 수 있습니다. 여기서 할 수 있는 일을 보려면 저를 멘션하고 “도움말”을 입력하세요.',
  groupChatHint:
    '이 채팅에서는 VLSC 로그인과 Volume Licensing Central에 필요한 MFA에 관한 질문에 답합니다. 본인 계정을 확인하려면 저와 1:1 채팅을 하세요.',
};

export const help: CatalogWords['help'] = {
  heading: '할 수 있는 일',
  teamHeading: '이 팀에서 할 수 있는 일',
  groupChatHeading: '이 채팅에서 할 수 있는 일',
  footer: '대화를 끝내려면 언제든지 “취소” 또는 “처음부터”를 입력하세요.',
};

export const commands: CatalogWords['commands'] = {
  help: { title: '도움말', description: '할 수 있는 일을 표시합니다.' },
  cases: { title: '열린 케이스', description: '열린 케이스를 나열합니다(그 밖에: unassigned, mine, case VL-XXXXXXXX, stats, export, repost).' },
  channel: {
    title: '이 채널 사용',
    description: '에스컬레이션된 케이스를 여기로 보냅니다(또는 “use this channel for takeover cases”).',
  },
  check: {
    title: 'VLSC 로그인 확인',
    description: 'VLSC에서 사용하는 계정이 올바른 종류인지, 아니라면 무엇을 해야 하는지 확인합니다.',
  },
  admins: {
    title: '내 관리자는 누구인가요?',
    description: '전역 관리자와 MFA를 켤 수 있는 관리자를 찾습니다.',
  },
  mfa: {
    title: 'MFA 준비가 되었나요?',
    description: 'Volume Licensing Central에 필요한 MFA를 위해 본인과 관리자가 해야 할 일입니다.',
  },
};
