import type { CatalogWords } from '../catalog';

/** The manual path in the Entra admin center, quoted from the partner guidance on mandatory MFA. */
export const manual: CatalogWords['manual'] = {
  findAdmin: {
    steps: [
      'https://entra.microsoft.com으로 이동합니다',
      'Entra ID > 역할 및 관리자(Entra ID > Roles and administrators)로 이동합니다',
      '전역 관리자(Global Administrator)를 검색합니다',
      '테넌트에서 그 역할이 할당된 사용자 목록이 표시됩니다.',
    ],
    otherwise: 'Entra 포털에 액세스할 수 없으면 IT 부서, 보안 운영팀 또는 사내 헬프 데스크에 문의하세요.',
  },
  conditionalAccess: [
    'Microsoft Entra 관리 센터(https://entra.microsoft.com)에 전역 관리자(또는 조건부 액세스 관리자)로 로그인합니다.',
    'Entra ID > 조건부 액세스 > 개요(Entra ID > Conditional Access > Overview)로 이동하여 + 새 정책 만들기(+ Create new policy)를 선택합니다.',
    '정책 이름을 입력합니다. 예: "MFA for Volume Licensing Central".',
    '할당(Assignments)에서 사용자(Users) 아래의 현재 값을 선택합니다.',
    '포함(Include)에서 모든 사용자(All users)를 선택합니다(내부 사용자와 B2B 게스트가 포함됨).',
    '할당(Assignments)에서 대상 리소스(Target resources) 아래의 현재 값을 선택하고, 리소스(이전의 클라우드 앱)(Resources (formerly cloud apps))가 선택되어 있는지 확인합니다.',
    '포함(Include)에서 앱 선택(Select apps)을 선택합니다.',
    '포함(Include)에서 리소스 선택(Select resources)을 선택한 다음, 선택(Select) 아래의 없음(None)을 선택합니다.',
    '리소스 선택(Select resources)에서 Microsoft 관리 포털(Microsoft Admin Portals)을 선택한 다음 선택(Select)을 선택합니다(그러면 Microsoft 365 관리 센터, Exchange 관리 센터, Azure Portal, Microsoft Entra 관리 센터를 포함한 모든 Microsoft 관리 포털에서 MFA가 필요해집니다).',
    '제외(예: 신뢰할 수 있는 IP 또는 규정 준수 디바이스)가 필요한 경우가 아니면 조건(Conditions)은 기본값으로 둡니다.',
    "액세스 제어 > 권한 부여(Access controls > Grant)에서 다단계 인증 필요(Require multifactor authentication)를 선택하고, '액세스 차단'(Block access) 같은 충돌하는 제어는 선택하지 않습니다.",
    '정책 사용(Enable policy)을 켜기(On)로 설정하고 만들기(Create)를 선택합니다.',
  ],
  securityDefaults: [
    'Microsoft Entra 관리 센터에서 Entra ID > 개요 > 속성(Entra ID > Overview > Properties)으로 이동합니다.',
    '보안 기본값 관리(Manage security defaults)를 선택하고 보안 기본값(Security defaults)을 켭니다(Volume Licensing Central뿐 아니라 모든 앱의 모든 로그인에 적용됩니다).',
  ],
  perUserMfa: [
    'Microsoft Entra 관리 센터에서 사용자 > 다단계 인증(Users > Multi-Factor Authentication)을 엽니다(또는 Microsoft 365 관리 센터에서 활성 사용자 > MFA(Active Users > MFA)).',
    'Volume Licensing Central을 사용하는 모든 계정(게스트 포함)이 MFA에 대해 사용(Enabled) 또는 적용(Enforced)으로 설정되어 있는지 확인합니다.',
  ],
  registration: (setupUrl: string) => [
    `${setupUrl}(으)로 이동하여 테넌트에서 사용하도록 설정된 확인 방법을 하나 이상 추가합니다(대개 Microsoft Authenticator 앱이 가장 쉽습니다).`,
    '첫 번째 방법을 사용할 수 없게 될 경우에 대비해 백업 방법(예: 두 번째 휴대폰 또는 하드웨어 토큰)을 추가합니다.',
  ],
};
