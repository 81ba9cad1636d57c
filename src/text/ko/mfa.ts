import type { CatalogWords } from '../catalog';

/** The MFA card: what the person and their admin do for mandatory MFA. */
export const mfa: CatalogWords['mfa'] = {
  title: 'Volume Licensing Central의 MFA',
  summary:
    'Volume Licensing Central에 로그인하는 모든 사용자는 다단계 인증(MFA)을 사용해야 합니다. 2026년 1월 5일부터 필수입니다. 아직 설정하지 않았다면 로그인할 때 먼저 등록하라는 메시지가 표시되며, 건너뛸 수 없습니다.',
  user: {
    heading: '본인이 할 일',
    short: '본인이 할 일: https://aka.ms/mfasetup에서 확인 방법을 하나 이상 등록하고 백업 방법도 추가합니다.',
    steps: [
      'MFA 설정 페이지 https://aka.ms/mfasetup으로 이동하여 조직에서 허용하는 확인 방법을 하나 이상 추가합니다. 휴대폰의 Microsoft Authenticator 앱이 대개 가장 쉽습니다.',
      '첫 번째 방법을 사용할 수 없게 될 경우에 대비해 백업 방법(두 번째 휴대폰 또는 하드웨어 토큰이 있다면 하드웨어 토큰)을 추가합니다.',
      '등록하기 전에 로그인하면 Microsoft Entra ID가 먼저 등록하라고 요청합니다. “다음”(Next)을 선택하고, 목록에서 확인 방법을 선택하여 등록을 마친 다음, 그 방법으로 MFA 확인을 완료합니다. 완료할 때까지 이 메시지는 매번 표시됩니다.',
    ],
  },
  help: '도움을 줄 수 있는 사람: 전역 관리자 또는 보안 설정을 관리하는 관리자입니다. “내 관리자는 누구인가요?”로 목록을 볼 수 있습니다.',
  ready: {
    title: '조직에서 MFA를 요구하고 있습니다',
    summary: (enforcedBy: string) => `방금 확인함: ${enforcedBy}.`,
    userDone: 'Volume Licensing Central에 로그인하고 MFA 확인에 응답하세요. 하나를 사용할 수 없게 될 경우에 대비해 방법을 두 개 이상 등록해 두세요.',
    addBackup: 'Volume Licensing Central에 로그인하고 MFA 확인에 응답하세요. 첫 번째 방법을 사용할 수 없게 될 경우에 대비해 https://aka.ms/mfasetup에서 백업 방법(두 번째 휴대폰 또는 하드웨어 토큰)을 추가하세요.',
    registerFirst: '먼저 할 일',
    detailsButton: '확인한 내용',
  },
  notReady: {
    summary:
      '방금 확인함: 조직에서 아직 모든 사용자에게 MFA를 요구하지 않지만, Volume Licensing Central은 2026년 1월 5일부터 MFA를 요구합니다. 전역 관리자가 다음 작업을 마쳐야 합니다:',
  },
  admin: {
    button: '관리자가 할 일',
    allButton: '본인과 관리자를 위한 단계',
    heading: '전역 관리자가 할 일',
    whoCan: (whoCanEnforce: string) =>
      `할 수 있는 사람: ${whoCanEnforce}. 사용자가 등록할 수 있는 확인 방법은 인증 정책 관리자가 선택합니다. “내 관리자는 누구인가요?”로 이 역할의 사용자 목록을 볼 수 있습니다.`,
    intro: '조건부 액세스(Conditional Access) 정책으로 모든 사용자에게 MFA를 요구합니다(권장):',
    steps: [
      'Microsoft Entra 관리 센터 https://entra.microsoft.com에 전역 관리자(또는 조건부 액세스 관리자)로 로그인합니다.',
      'Entra ID > 조건부 액세스 > 개요(Entra ID > Conditional Access > Overview)로 이동하여 + 새 정책 만들기(+ Create new policy)를 선택합니다.',
      '이름을 지정합니다. 예: "MFA for Volume Licensing Central".',
      '할당 > 사용자 > 포함(Assignments > Users > Include)에서 모든 사용자(All users)를 선택합니다. 내부 사용자와 B2B 게스트가 포함됩니다.',
      '대상 리소스(Target resources)에서 “리소스(이전의 클라우드 앱)”(Resources (formerly cloud apps))를 그대로 두고 리소스 선택(Select resources)을 선택한 다음 Microsoft 관리 포털(Microsoft Admin Portals)을 선택합니다. 그러면 다른 Microsoft 관리 포털(Microsoft 365 관리 센터, Exchange 관리 센터, Azure Portal, Entra 관리 센터 등)에서도 MFA가 필요해집니다.',
      '특정 제외가 필요한 경우가 아니면 조건(Conditions)은 기본값으로 둡니다.',
      '액세스 제어 > 권한 부여(Access controls > Grant)에서 다단계 인증 필요(Require multifactor authentication)를 선택하고, 액세스 차단(Block access) 같은 충돌하는 제어는 선택하지 않습니다.',
      '정책 사용(Enable policy)을 켜기(On)로 설정하고 만들기(Create)를 선택합니다.',
    ],
    fallbackHeading: '조건부 액세스를 사용할 수 없는 경우',
    fallbacks: [
      '보안 기본값(Security Defaults)(Entra ID > 개요 > 속성 > 보안 기본값 관리(Entra ID > Overview > Properties > Manage Security Defaults))은 조건부 액세스가 없는 테넌트를 위한 것입니다. 조건부 액세스에는 Microsoft Entra ID P1 라이선스가 필요하지만 보안 기본값에는 라이선스가 필요하지 않습니다. 보안 기본값을 사용하면 모든 사용자가 MFA에 등록해야 하며, 사용자에게 언제 MFA를 요구할지는 Microsoft가 결정합니다(전역 관리자, 보안 관리자, 조건부 액세스 관리자 같은 특정 관리자 역할은 로그인할 때마다). Volume Licensing Central뿐 아니라 모든 앱의 모든 로그인에 적용됩니다. 보안 기본값이 이미 켜져 있다면 별도의 정책이 필요하지 않을 수 있습니다.',
      '사용자별 MFA(레거시): Entra 관리 센터의 사용자 > 다단계 인증(Users > Multi-Factor Authentication) 또는 Microsoft 365 관리 센터의 활성 사용자 > MFA(Active Users > MFA)에서, Volume Licensing Central을 사용하는 모든 계정(게스트 포함)을 사용(Enabled) 또는 적용(Enforced)으로 설정합니다. 사용하도록 설정한 계정만 포함됩니다. 사용하도록 설정된 사용자는 다음에 브라우저에서 로그인할 때 등록하라는 요청을 받으므로 미리 알려 주세요.',
    ],
    methodsHeading: '확인 방법, 타사 MFA 및 페더레이션 로그인',
    methods: [
      '사용자가 등록할 수 있는 확인 방법: Entra 포털의 홈 > 인증 방법 > 정책(Home > Authentication methods > Policies).',
      '타사 MFA는 외부 인증 방법으로 Microsoft Entra ID에 직접 통합할 수 있습니다.',
      '페더레이션 로그인(AD FS, Okta 등): ID 공급자가 multipleauthn 클레임을 Microsoft Entra ID로 보내야 하며, Entra ID는 도메인의 페더레이션 MFA 설정(federatedIdpMfaBehavior)이 ID 공급자에서 수행한 MFA를 허용하는 경우에만 이를 인정합니다.',
    ],
    guestsHeading: '파트너 조직의 게스트',
    guests:
      '파트너와 협력하여 파트너의 사용자가 이 요구 사항을 알도록 하세요. 파트너 사용자는 자신의 홈 테넌트에서 MFA를 사용하도록 설정해야 할 수 있으며, 대부분의 경우 MFA 확인은 홈 테넌트가 처리합니다(Microsoft 파트너 지침). 홈 테넌트에서 수행한 MFA는 테넌트 간 액세스 인바운드 신뢰 설정(cross-tenant access inbound trust settings)에서 그 테넌트의 MFA를 신뢰하는 경우에만 사용자의 테넌트에서 인정됩니다(Microsoft Learn). 이 신뢰가 없으면(기본값) 게스트는 사용자의 테넌트에서 MFA를 등록하고 수행합니다.',
  },
  whoCanEnforce:
    '전역 관리자 또는 이 보안 설정을 관리할 수 있는 역할의 관리자(조건부 액세스 정책에는 최소한 조건부 액세스 관리자 또는 보안 관리자, 보안 기본값에는 최소한 보안 관리자, 사용자별 MFA에는 인증 관리자 또는 인증 정책 관리자)',
  federated: {
    heading: '조직이 자체 ID 공급자를 통해 로그인하는 경우의 MFA',
    text: (domain: string) =>
      `${domain}은(는) 자체 ID 공급자를 통해 로그인합니다(페더레이션 도메인). 그곳에서 수행한 MFA가 인정되려면 ID 공급자가 multipleauthn 클레임을 Microsoft Entra ID로 보내야 하며, Entra ID는 도메인의 페더레이션 MFA 설정(federatedIdpMfaBehavior)이 ID 공급자에서 수행한 MFA를 허용하는 경우(acceptIfMfaDoneByFederatedIdp 또는 enforceMfaByFederatedIdp)에만 그 클레임을 인정합니다. rejectMfaByFederatedIdp이면 Entra ID가 항상 직접 MFA를 수행합니다.`,
  },
  unmanaged: {
    heading: '먼저 테넌트에 관리자가 필요합니다',
    text: (domain: string) =>
      `${domain}은(는) 관리되지 않는(“바이럴”) 테넌트입니다. 관리자가 없으므로 아직 아무도 MFA를 켤 수 없습니다. 먼저 조직의 누군가가 테넌트를 인수하고(옵션 1), 그다음 전역 관리자로서 MFA를 요구할 수 있습니다.`,
    help: '도움을 줄 수 있는 사람: 테넌트를 인수하는 사람이며, 인수한 사람이 관리자가 됩니다. 조직의 누군가(내부 인수)이거나, Teams에서 사용하는 테넌트와 같은 관리되는 테넌트의 전역 관리자(외부 인수, “내 관리자는 누구인가요?”로 목록을 볼 수 있음)입니다. 인수 단계는 주소 확인 결과의 옵션 1에 있습니다.',
  },
  support: '조직에서 MFA를 사용하도록 설정하는 데 문제가 있나요? MFAVLCsupport@microsoft.com으로 문의하세요.',
};
