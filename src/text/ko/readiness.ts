import type { CatalogWords } from '../catalog';

const excludedKinds = { user: '사용자', group: '그룹', role: '역할' } as const;
const counters = { user: '명', group: '개', role: '개' } as const;

/** The live MFA check: what the directory shows, point by point. */
export const readiness: CatalogWords['readiness'] = {
  heading: '방금 확인한 조직 상태',
  marks: { done: '✔', todo: '✘', warning: '!', unknown: '?' },
  adminMustDo: '남은 작업',
  problems: {
    notAllUsers: '모든 사용자가 아니라 선택한 사용자, 그룹 또는 역할에만 적용됩니다(할당 > 사용자 > 포함: 모든 사용자(Assignments > Users > Include: All users)).',
    otherResources:
      'Microsoft 관리 포털이나 모든 리소스가 아닌 다른 리소스를 대상으로 합니다(대상 리소스 > 포함 > 리소스 선택: Microsoft 관리 포털(Target resources > Include > Select resources: Microsoft Admin Portals)).',
    blocks:
      "'액세스 차단'(Block access)도 포함되어 있어 MFA를 요구하는 대신 로그인을 차단합니다(액세스 제어 > 권한 부여: 다단계 인증 필요만(Access controls > Grant: Require multifactor authentication only)).",
    withoutMfa: (controls: string) =>
      `MFA 없이도 충족될 수 있습니다. ${controls}도 허용합니다(액세스 제어 > 권한 부여: 다단계 인증 필요만(Access controls > Grant: Require multifactor authentication only)).`,
    excludes: (parts: string) => `${parts}을(를) 제외합니다.`,
    excluded: (n: number, what: 'user' | 'group' | 'role') => `${excludedKinds[what]} ${n}${counters[what]}`,
  },
  states: { reportOnly: '보고서 전용', on: '켜기', off: '끄기' },
  conditionalAccess: {
    manualTitle: '조건부 액세스: 직접 확인',
    manualDetail:
      'Entra ID > 조건부 액세스 > 정책(Entra ID > Conditional Access > Policies)에서 Microsoft 관리 포털에 대해 모든 사용자(All users)에게 MFA를 요구하고 켜져 있는 정책이 있는지 확인하세요.',
    manualTask:
      'Entra 관리 센터에서 Microsoft 관리 포털에 대해 모든 사용자(All users)에게 MFA를 요구하는 조건부 액세스 정책이 켜져 있는지(또는 보안 기본값이 켜져 있는지) 확인합니다.',
    enforcedTitle: '조건부 액세스가 관리 포털에서 MFA를 요구합니다',
    enforcedBy: (policies: string) => `적용하는 정책: ${policies}`,
    checkExclusions: '제외된 사용자가 Volume Licensing Central에 로그인하지 않는지 확인하세요.',
    alsoNote: (policies: string) => `다음도 참고하세요: ${policies}`,
    removeBlock: (name: string) =>
      `MFA만 요구해야 한다면 “${name}”에서 '액세스 차단'(Block access)을 제거하세요(액세스 제어 > 권한 부여(Access controls > Grant)).`,
    shortTitle: '조건부 액세스: MFA 정책은 있지만 모든 사용자에게 MFA를 적용하지 않습니다',
    noneTitle: '조건부 액세스: MFA를 요구하는 정책이 없습니다',
    noneDetail: 'Microsoft 관리 포털에 대해 모든 사용자(All users)에게 MFA를 요구하는 조건부 액세스 정책을 만드세요(Microsoft가 권장하는 방법입니다).',
    createTask:
      'Microsoft 관리 포털에 대해 모든 사용자(All users)에게 다단계 인증을 요구하는 조건부 액세스 정책 "MFA for Volume Licensing Central"을 만들고 켜기로 설정합니다. 테넌트에 조건부 액세스가 없으면(Microsoft Entra ID P1 라이선스가 필요함) 라이선스가 필요 없는 보안 기본값(Security defaults)을 켭니다. 사용자별 MFA는 최후의 수단입니다.',
    reportOnlyToOn: (name: string) => `“${name}”의 정책 사용(Enable policy)을 보고서 전용(Report-only)에서 켜기(On)로 전환합니다.`,
    offToOn: (name: string) => `“${name}”의 정책 사용(Enable policy)을 켜기(On)로 설정합니다.`,
    fix: (name: string) => `“${name}” 수정:`,
    then: (task: string) => `그런 다음 ${task}`,
  },
  securityDefaults: {
    manualTitle: '보안 기본값: 직접 확인',
    manualDetail: (why: string) => `${why} Entra ID > 개요 > 속성(Entra ID > Overview > Properties)에서 확인하세요.`,
    onTitle: '보안 기본값이 켜져 있습니다',
    onDetail:
      '모든 사용자가 MFA에 등록해야 합니다. 로그인할 때 언제 MFA를 요구할지는 Microsoft가 결정하며, 전역 관리자, 보안 관리자, 조건부 액세스 관리자 같은 특정 관리자 역할은 로그인할 때마다 요구받습니다. Volume Licensing Central을 포함한 모든 앱의 모든 로그인에 적용되므로 별도의 정책이 필요하지 않을 수 있습니다.',
    offTitle: '보안 기본값이 꺼져 있습니다',
    offExpected: '예상대로입니다. 조건부 액세스 정책을 사용하는 동안에는 보안 기본값을 켤 수 없습니다.',
    offDetail:
      '테넌트에 조건부 액세스가 없으면(Microsoft Entra ID P1 라이선스가 필요함), 라이선스가 필요 없는 보안 기본값이 포괄적인 대안입니다. 모든 사용자가 MFA에 등록해야 하며, Microsoft가 필요하다고 판단할 때 모든 앱에서 MFA를 수행합니다(전역 관리자, 보안 관리자, 조건부 액세스 관리자 같은 특정 관리자 역할은 로그인할 때마다).',
  },
  perUserMfa: {
    title: '사용자별 MFA(레거시): 직접 확인',
    detail:
      'Microsoft Graph v1.0에는 사용자별 MFA가 표시되지 않으므로 봇이 확인할 수 없습니다. 테넌트가 조건부 액세스나 보안 기본값 대신 이 방법을 사용한다면 Volume Licensing Central을 사용하는 모든 계정을 확인하세요.',
  },
  registration: {
    manualTitle: (upn: string) => `${upn}의 MFA 등록: 직접 확인`,
    notFoundTitle: (upn: string) => `${upn}의 MFA 등록: 찾을 수 없음`,
    notFoundDetail:
      '테넌트에 이 주소의 등록 정보가 없습니다. 주소를 확인하세요. 파트너 조직의 게스트는 홈 테넌트에서 MFA를 등록했을 수 있지만, 그 MFA는 테넌트 간 액세스 인바운드 신뢰 설정(cross-tenant access inbound trust settings)에서 홈 테넌트의 MFA를 허용하는 경우에만 여기에서 인정됩니다. 그렇지 않으면 게스트는 사용자의 테넌트에서 MFA를 등록하고 수행합니다.',
    notRegisteredTitle: (upn: string) => `${upn}은(는) MFA에 등록하지 않았습니다`,
    notRegisteredDetail: 'Volume Licensing Central에 로그인하기 전에 등록하세요. 그렇지 않으면 로그인할 때 먼저 등록을 요구하며 건너뛸 수 없습니다.',
    oneMethodTitle: (upn: string) => `${upn}은(는) 한 가지 방법으로 MFA에 등록되어 있습니다`,
    oneMethodDetail: (methods: string) => `등록된 방법: ${methods}. 아직 백업 방법이 없습니다.`,
    doneTitle: (upn: string) => `${upn}은(는) MFA에 등록되어 있습니다`,
    doneDetail: (methods: string) => `등록된 방법: ${methods}.`,
    unknownMethods: '디렉터리에서 이름을 알려 주지 않는 방법',
    methodNames: {
      microsoftAuthenticatorPush: 'Microsoft Authenticator 알림',
      microsoftAuthenticatorPasswordless: 'Microsoft Authenticator 암호 없는 로그인',
      softwareOneTimePasscode: '인증 앱의 코드',
      hardwareOneTimePasscode: '하드웨어 토큰',
      mobilePhone: '휴대폰',
      alternateMobilePhone: '두 번째 휴대폰',
      officePhone: '사무실 전화',
      email: '메일 주소',
      fido2SecurityKey: 'FIDO2 보안 키',
      windowsHelloForBusiness: 'Windows Hello for Business',
      temporaryAccessPass: '임시 액세스 패스',
      passKeyDeviceBound: '패스키',
      passKeyDeviceBoundAuthenticator: 'Microsoft Authenticator의 패스키',
      passKeyDeviceBoundWindowsHello: 'Windows Hello의 패스키',
      passKeySynced: '동기화된 패스키',
      macOsSecureEnclaveKey: 'macOS 플랫폼 SSO 키',
      securityQuestion: '보안 질문',
      externalAuthMethod: '외부 인증 방법',
    },
    otherMethod: '다른 방법',
    otherMethods: (n: number) => `다른 방법 ${n}개`,
    /** Two or more methods, listed. */
    methodList: (names: readonly string[]) => `${names.slice(0, -1).join(', ')} 및 ${names.at(-1)}`,
  },
  notConfigured: '봇이 Microsoft Graph에 연결되어 있지 않습니다.',
  otherTenant: '봇의 앱이 이 테넌트를 읽을 수 없습니다.',
  /** Items of a list: the controls a policy also accepts, whom it excludes. */
  list: (items: readonly string[]) => items.join(', '),
  /** A policy as a point's detail names it: its name and its state. */
  policy: (name: string, state: string) => `“${name}”(${state})`,
  /** Policies named one after another, each with what is wrong with it. */
  policies: (described: readonly string[]) => described.join('; '),
  /** Sentences of one detail, one after another. */
  sentences: (sentences: readonly string[]) => sentences.join(' '),
};
