import type { CatalogWords } from '../catalog';

/** "Who is my admin?": the people found, or how to find them by hand. */
export const admins: CatalogWords['admins'] = {
  foundTitle: '조직의 관리자',
  foundSummary: (count: number) => `조직에서 ${count}명이 도와드릴 수 있습니다. 전역 관리자가 먼저, 그다음에 MFA를 켤 수 있는 관리자가 표시됩니다.`,
  none: '이 역할에 활성화된 사용자를 찾지 못했습니다. IT 부서, 보안 운영팀 또는 사내 헬프 데스크에 문의하세요.',
  eligible: '적격(먼저 역할을 활성화해야 함)',
  more: (n: number) => `${n}명 더 보기`,
  active: '활성',
  chat: (name: string) => `${name} 님과 채팅`,
  chatMessage: '안녕하세요. 볼륨 라이선스 로그인(VLSC 회사 계정 / Volume Licensing Central MFA)과 관련해 도움이 필요합니다.',
  gaps: '목록의 일부를 읽지 못했습니다:',
  manualTitle: '전역 관리자를 찾는 방법',
  manualSummary: '조직의 디렉터리를 읽을 수 없지만, Microsoft Entra 관리 센터에서 직접 찾아볼 수 있습니다:',
  otherTenant: '이 도우미는 자신을 설치한 조직의 디렉터리만 읽을 수 있습니다. 직접 찾아보세요:',
  permissionTitle: '아직 관리자 목록을 읽을 권한이 없습니다',
  permission: '이 도우미가 관리자 목록을 읽도록 관리자가 아직 허용해야 합니다. 그때까지는 직접 찾아보세요:',
  permissionDetail: (permission: string) => `도우미의 앱에는 관리자가 부여하는 Microsoft Graph 애플리케이션 권한 ${permission}이(가) 필요합니다.`,
  consent: '관리자 동의 부여',
  failedTitle: '관리자 목록을 읽지 못했습니다',
  failed: '지금 Microsoft에 연결할 수 없어서 관리자 목록을 읽지 못했습니다. 1분 후에 다시 시도하거나, 그동안 직접 찾아보세요:',
  failedDetail: (message: string) => `Microsoft Graph가 제대로 응답하지 않았습니다(${message}).`,
  unmanagedTitle: 'VLSC 계정의 테넌트에 관리자가 없습니다',
  unmanaged: (domain: string) =>
    `${domain}은(는) 관리되지 않는(“바이럴”) 테넌트이며 전역 관리자가 한 명도 없습니다. 조직의 누군가가 테넌트를 인수하여 관리자가 되거나(옵션 1), 새 회사 계정으로 옮기세요(옵션 2).`,
  unmanagedDetail:
    '관리되지 않는(셀프 서비스 등록) 테넌트입니다. 아직 아무도 관리하지 않으므로 문의할 전역 관리자가 없습니다. 대신 관리자로서 테넌트를 인수하세요.',
  button: '내 관리자는 누구인가요?',
  ownTenant: {
    found: 'Teams에서 사용하는 조직이 이 도메인을 소유하고 있다면, 그 조직의 전역 관리자가 테넌트를 인수할 수 있습니다(외부 인수: 같은 DNS TXT 레코드로 도메인을 증명합니다). 단, 그 테넌트에 SharePoint, OneDrive 또는 비즈니스용 Skype가 포함된 서비스 플랜이 있으면 인수할 수 없습니다.',
    ask: 'Teams에서 사용하는 조직이 이 도메인을 소유하고 있다면, 그 조직의 전역 관리자가 테넌트를 인수할 수 있습니다(외부 인수: 같은 DNS TXT 레코드로 도메인을 증명합니다). 단, 그 테넌트에 SharePoint, OneDrive 또는 비즈니스용 Skype가 포함된 서비스 플랜이 있으면 인수할 수 없습니다. 관리자나 헬프 데스크에 문의하세요.',
  },
};
