import type { CatalogWords } from '../catalog';

/** The seed: "Microsoft will respond to Web Form submissions within 24 hours." */
export const WEB_FORM_ANSWER = 'Microsoft는 웹 양식으로 제출된 문의에 24시간 이내에 답변합니다.';

/** When the lookups cannot tell whether a personal account shares the address (federated or throttled, and the user realm did not say). */
const PERSONAL_UNKNOWN =
  ' 또한 같은 주소를 개인 Microsoft 계정이 사용하는지도 Microsoft에서 알 수 없었습니다. 로그인 페이지에서 어떤 계정인지 물으면 “회사 또는 학교 계정”(Work or school account)을 선택하세요.';

/** The verdict cards: what a check found and what to do about it. */
export const result: CatalogWords['result'] = {
  detailsButton: '세부 정보',
  checkedAt: '확인 시각',
  address: '주소',
  domain: '도메인',
  tenant: '테넌트',
  domainType: '테넌트 유형',
  domainTypes: { managed: '관리됨', federated: '페더레이션(자체 로그인 서비스)', unmanaged: '관리되지 않음(“바이럴”)', unknown: 'Microsoft 테넌트를 찾을 수 없음' },
  actions: {
    checkAnother: '다른 주소 확인',
    mfa: 'MFA 준비 상태 확인',
    retry: '다시 시도',
    useWork: '내 회사 계정 확인',
    cannotTakeOver: '테넌트를 인수할 수 없습니다',
    signUp: '회사 계정 가입',
  },
  ready: {
    title: '이 계정은 VLSC에 사용할 수 있습니다',
    unconfirmedTitle: '계정 종류는 맞지만 이 주소는 확인되지 않았습니다',
    summary: (address: string, tenant: string) =>
      `${address}은(는) 관리되는 Microsoft Entra 테넌트인 ${tenant}의 회사 또는 학교 계정입니다. VLSC에 필요한 종류의 계정이므로 계속 이 계정으로 로그인하세요.`,
    unconfirmed: (address: string, domain: string, tenant: string) =>
      `${domain}은(는) 관리되는 Microsoft Entra 테넌트인 ${tenant}에 속합니다. VLSC에 필요한 종류입니다. 다만 지금 Microsoft가 이 도메인의 모든 주소에 대해 “존재함”이라고 답하므로 ${address} 자체가 존재하는지는 확인할 수 없습니다. 이 주소로 로그인하고, 로그인이 거부되면 철자를 확인하거나 IT 부서에 문의하세요.`,
    federated: (address: string, domain: string, tenant: string) =>
      `${domain}은(는) ${tenant}에 속하며, 자체 ID 공급자를 통해 로그인합니다(페더레이션 도메인). VLSC에 필요한 종류입니다. Microsoft는 페더레이션 도메인의 모든 주소에 대해 “존재함”이라고 답하므로 ${address} 자체가 존재하는지는 확인할 수 없습니다. 이 주소로 로그인하고, 로그인이 거부되면 철자를 확인하거나 IT 부서에 문의하세요.`,
    next: '다음 단계: Volume Licensing Central은 2026년 1월 5일부터 다단계 인증(MFA)을 요구합니다. 본인과 조직이 준비되었는지 확인하세요.',
    help: '질문이 있거나 로그인이 계속 실패하나요? 관리자나 헬프 데스크에 문의하세요.',
  },
  unconfirmed: {
    heading: '이 주소 자체는 확인되지 않았습니다',
    federated: (address: string, personalAccount: boolean | null) =>
      `페더레이션 도메인의 경우 Microsoft는 모든 주소에 대해 “존재함”이라고 답하므로 ${address} 자체가 존재하는지는 확인할 수 없습니다. 이 주소로 로그인하고, 로그인이 거부되면 철자를 확인하거나 IT 부서에 문의하세요.${personalAccount === null ? PERSONAL_UNKNOWN : ''}`,
    busy: (address: string, domain: string, personalAccount: boolean | null) =>
      `지금 Microsoft의 조회는 ${domain}의 모든 주소에 대해, 지어낸 주소에도 “존재함”이라고 답하고 있습니다(제한(스로틀링)되는 동안 이렇게 답하는 것으로 알려져 있습니다). 그래서 ${address} 자체가 존재하는지는 확인할 수 없습니다. 이 주소로 로그인하고, 로그인이 거부되면 철자를 확인하거나 IT 부서에 문의하거나, 몇 분 후에 다시 확인하세요.${personalAccount === null ? PERSONAL_UNKNOWN : ''}`,
  },
  chooseWork: {
    title: '로그인할 때 “회사 또는 학교 계정”을 선택하세요',
    summary: (address: string, domain: string, tenant: string, federated: boolean, confirmed: boolean) =>
      confirmed
        ? `${address}은(는) 두 가지로 존재합니다. ${tenant}(${federated ? '페더레이션' : '관리됨'})의 회사 또는 학교 계정과 개인 Microsoft 계정입니다. VLSC나 Microsoft 로그인 페이지에서 어느 쪽인지 물으면 “회사 또는 학교 계정”(Work or school account)을 선택하세요.`
        : `개인 Microsoft 계정이 ${address}을(를) 사용하고 있으며, ${domain}의 주소는 ${tenant}(${federated ? '페더레이션' : '관리됨'})의 회사 또는 학교 계정입니다. 이 주소 자체의 회사 계정은 Microsoft에서 확인하지 못했습니다. VLSC나 Microsoft 로그인 페이지에서 어느 쪽인지 물으면 “회사 또는 학교 계정”(Work or school account)을 선택하세요.`,
    why: '개인 Microsoft 계정으로는 VLSC에 제한된 횟수만 로그인할 수 있습니다. VLSC에 필요한 계정은 회사 계정입니다.',
  },
  personal: {
    title: '개인 Microsoft 계정입니다',
    help: '어떤 계정을 사용해야 할지 잘 모르겠나요? 관리자나 헬프 데스크에 문의하세요.',
    organisation: {
      next: (domain: string, tenant: string) =>
        `조직에는 이미 Microsoft 365가 사용하는 디렉터리인 Microsoft Entra 테넌트가 있습니다(${domain}은(는) ${tenant}에 속함). 그 테넌트의 회사 계정으로 VLSC에 로그인하거나, 그 테넌트의 관리자에게 계정을 요청하세요.`,
      admins: (names: readonly string[]) => `회사 계정을 만들어 줄 수 있는 그 테넌트의 관리자: ${names.join(', ')}.`,
      askAdmins: '그 테넌트의 관리자가 회사 계정을 만들어 줄 수 있습니다. “내 관리자는 누구인가요?”로 찾을 수 있습니다.',
      otherOrganisation: (domain: string) =>
        `${domain}을(를) 운영하는 IT 부서가 회사 계정을 만들어 줄 수 있습니다. Teams에서 사용하는 조직과는 다른 조직이므로 그 관리자 목록은 표시할 수 없습니다. 본인 조직의 관리자나 헬프 데스크가 연락을 도와드릴 수 있습니다.`,
    },
    summary: (address: string) =>
      `${address}은(는) 개인 Microsoft 계정입니다. VLSC는 필요한 회사 또는 학교 계정으로 옮길 시간을 주기 위해 개인 계정도 제한된 횟수만큼 로그인을 허용합니다. 가능한 한 빨리 회사 또는 학교 계정을 사용하기 시작하세요.`,
    chosenSummary:
      'VLSC는 필요한 회사 또는 학교 계정으로 옮길 시간을 주기 위해 개인 Microsoft 계정도 제한된 횟수만큼 로그인을 허용합니다. 가능한 한 빨리 회사 또는 학교 계정을 사용하기 시작하세요.',
    haveWork: {
      heading: '이미 회사 계정이 있습니다',
      text: (upn: string) =>
        `조직에서 Microsoft 365를 사용하므로(그 계정으로 Teams를 사용 중) 이미 회사 계정이 있습니다: ${upn}. 이 계정으로 VLSC에 로그인하고 “회사 또는 학교 계정”(Work or school account)을 선택하세요. 이 계정을 VLSC에 사용하면 안 되는 경우 IT 부서에 계정을 요청하세요.`,
    },
    maybeWork: {
      heading: '조직에서 Microsoft 365를 사용하는 경우',
      text: '회사나 학교에서 Microsoft 365 또는 다른 Microsoft 온라인 서비스를 사용한다면 이미 회사 또는 학교 계정이 있을 가능성이 높습니다. 직장에서 로그인할 때 사용하는 사용자 ID와 암호를 사용해 보거나 IT 부서에 문의하세요.',
    },
    signUp: {
      button: '가입 방법',
      heading: '그렇지 않으면 새 회사 또는 학교 계정에 가입하세요',
      steps: [
        '“가입”(Sign Up) 페이지에서 새 회사 또는 학교 계정을 만듭니다. 온라인 서비스에 가입할 필요는 없으며, 원하면 나중에 같은 테넌트에 서비스를 추가할 수 있습니다.',
        '새 계정은 yourusername@yourcompany.onmicrosoft.com과 같은 형식일 수 있습니다. 정상입니다.',
        '자체 도메인 이름(예: yourcompany.com)이 있으면 나중에 관리 콘솔에서 추가할 수 있습니다.',
      ],
    },
  },
  takeover: {
    title: 'VLSC 계정이 관리되지 않는(“바이럴”) 테넌트에 있습니다',
    summary: (address: string, domain: string, confirmed: boolean) =>
      `${confirmed ? `${address}은(는) ${domain}에 속하며, 이는` : `${domain}의 주소는`} 관리자가 없는 Microsoft Entra 테넌트(관리되지 않는 테넌트 또는 “바이럴” 테넌트)${confirmed ? '입니다' : '에 속합니다'}.${confirmed ? '' : ` 지금 Microsoft가 이 도메인의 모든 주소에 대해 “존재함”이라고 답하므로 ${address} 자체가 존재하는지는 확인할 수 없습니다.`} VLSC는 이제 관리되는 테넌트를 요구합니다. ${domain}을(를) 소유하고 있음을 증명하여 테넌트를 인수하거나(옵션 1), 새 회사 계정으로 옮기세요(옵션 2).`,
    next: '그동안 VLSC에서는 남은 로그인 횟수가 제한됩니다. 준비하는 동안에는 VLSC 화면에서 “건너뛰기”(Skip)를 선택하세요.',
    help: '도움을 줄 수 있는 사람: IT 관리자나 네트워크 관리자(도메인을 관리하는 사람)가 인수를 할 수 있습니다. VLSC 지원팀은 사용자를 대신해 테넌트를 변경할 수 없습니다.',
    whatIs: {
      heading: '관리되지 않는 테넌트란?',
      text: '전역 관리자가 없는 테넌트입니다. 사용자가 클라우드 서비스에 가입할 때 메일 도메인을 기반으로 ID가 자동으로 만들어지면서 생깁니다. 예전에는 VLSC에서 이런 계정을 허용했지만, 볼륨 라이선스 기능이 옮겨 가는 모든 사이트에서 같은 사용자 ID를 쓸 수 있도록 이제 관리되는 테넌트를 요구합니다.',
    },
    option1: {
      button: '옵션 1: 테넌트 인수',
      heading: '옵션 1 — 테넌트를 인수하고 현재 주소 유지',
      verify: (domain: string) =>
        `본인 또는 조직의 IT 관리자나 네트워크 관리자가 도메인 이름 등록 기관(예: GoDaddy)에서 DNS TXT 레코드를 확인하여 ${domain}의 소유권을 증명합니다.`,
      alternativesHeading: '그런 다음 두 가지 방법 중 하나',
      alternatives: [
        '- **내부 인수**(internal takeover): 도메인을 증명한 사람이 테넌트의 전역 관리자가 됩니다. 사용자, 도메인, 서비스 플랜은 다른 디렉터리로 마이그레이션되지 않습니다. (전역 관리자가 되어도 VLSC에서 라이선스를 관리해야 하는 것은 아닙니다.)',
        '- **외부 인수**(external takeover): 기존 관리되는 테넌트의 전역 관리자가 도메인 이름을 추가하고 사용자를 리소스에 매핑합니다. 관리되지 않는 테넌트의 사용자, 구독, 라이선스 할당이 도메인과 함께 옮겨집니다. Microsoft는 Azure Rights Management와 Exchange Online, 그리고 서비스 플랜 Power Apps Free, Power Automate Free, RMS for individuals, Microsoft Stream, Dynamics 365 무료 평가판에 대해 이를 지원합니다. 관리되지 않는 테넌트에 SharePoint, OneDrive 또는 비즈니스용 Skype가 포함된 서비스 플랜이 있으면(예: Office 무료 구독을 통해) 지원되지 않습니다.',
      ].join('\n'),
      ownTenant: (ownTenant: string) =>
        `Teams는 관리되는 테넌트(${ownTenant})에서 사용하고 있습니다. 이 테넌트가 도메인을 소유한 조직의 것이라면, 관리되지 않는 테넌트에 위의 서비스 플랜이 하나도 없는 경우 그 전역 관리자가 외부 인수를 할 수 있습니다(같은 DNS TXT 레코드로 도메인을 증명합니다).`,
      afterwards: '테넌트에 관리자가 생기면 기존 계정으로 계속 VLSC에 로그인하세요.',
      tip: '인수를 IT 관리자나 네트워크 관리자(도메인을 관리하는 사람)에게 요청하는 것도 좋습니다. 그렇다고 그 사람이 VLSC를 관리하거나 구독을 구매해야 하는 것은 아닙니다. VLSC 지원팀은 사용자를 대신해 테넌트를 변경할 수 없습니다.',
    },
    option2: {
      button: '옵션 2: 새 계정',
      heading: '옵션 2 — 새 …onmicrosoft.com 계정 만들기',
      intro: 'VLSC에만 계정이 필요하거나 지금 도메인 소유권을 증명할 수 없는 경우에 적합합니다. VLSC 지원팀에 전화하지 않고도 진행할 수 있고 각 단계는 몇 분이면 끝나지만, 새 계정으로 로그인할 수 있을 때까지 최대 2영업일이 걸릴 수 있습니다.',
      steps: (address: string) => [
        `VLSC 지원팀에 웹 양식으로, 현재 VLSC 계정과 ${address}의 연결을 해제하고 다시 등록하도록 초대해 달라고 요청합니다. (캐나다와 미국은 N. America MAK ADD 웹 양식을 사용합니다.) ${WEB_FORM_ANSWER}`,
        'VLSC 지원팀이 연결 해제가 완료되었다고 확인해 줄 때까지 절대로 VLSC에 로그인하지 마세요.',
        '“가입”(Sign Up) 페이지에서 본인을 관리자로 하여 새 회사 또는 학교 계정(예: user@yourcompany.onmicrosoft.com)을 만듭니다. 이런 종류의 도메인에는 DNS TXT 레코드가 필요하지 않습니다. 사용자 ID를 적어 두세요.',
        'VLSC 지원팀이 확인해 주면 VLSC로 돌아가 “회사 또는 학교 계정으로 로그인”(Sign in with a Work or School Account)을 선택하고 새 계정을 입력합니다.',
      ],
      tip: '조직에서 Office 365 같은 온라인 서비스를 배포하기 전에, 조직이 이 새 테넌트를 인수하여 조직 고유의 사용자 지정 도메인에 연결해야 합니다.',
    },
    skip: {
      button: '아직 준비되지 않았나요? 건너뛰기',
      heading: '아직 준비되지 않았나요? 건너뛰기',
      text: (address: string) =>
        `남은 로그인 횟수가 있는 동안에는 VLSC 화면에서 “건너뛰기”(Skip)를 선택하고 기존 계정으로 계속 로그인할 수 있습니다. 본인이나 조직의 누군가가 인수를 준비하는 동안 유용합니다. 남은 로그인 횟수가 0이고 시간이 더 필요하면, VLSC 지원팀에 ${address}에 로그인 세션을 추가해 달라고 요청하세요. ${WEB_FORM_ANSWER}`,
    },
    blockerQuestion: '테넌트를 인수할 수 없나요? 무엇이 문제인지 알려 주세요:',
  },
  blockers: {
    'no-admin': {
      button: 'IT 관리자를 찾을 수 없습니다',
      title: 'IT 관리자가 누구인지 알 수 없음',
      text: '대규모 조직에서는 보통 헬프 데스크 번호가 이에 해당합니다. 소규모 조직은 IT를 외부 업체에 맡기기도 합니다.',
    },
    'no-domain-proof': {
      button: '도메인 소유를 증명할 수 없습니다',
      title: '도메인 소유권을 증명할 수 없음',
      text: 'IT 관리자가 이 정보를 알고 있거나 정보에 액세스할 수 있습니다. 이 정보는 인터넷 서비스 공급자나 도메인 등록 기관에서 제공합니다.',
    },
    'restricted-domain': {
      button: '도메인이 제한되었거나 회수되었습니다',
      title: '계정이 제한되었거나 회수된 도메인에 속함',
      text: '이 설정은 조직의 관리자가 정합니다. 조직의 테넌트와 별개인 회사 계정이 필요할 수 있습니다.',
    },
    steer: '이 경우에는 대신 새 사용자 ID를 만드세요. 아래의 옵션 2를 여세요.',
    help: '여전히 해결되지 않나요? 관리자나 헬프 데스크에 문의하세요.',
  },
  noAccount: {
    title: '이 주소의 Microsoft 계정을 찾지 못했습니다',
    summary: (address: string) =>
      `Microsoft에는 ${address}에 대한 회사 또는 학교 계정도, 개인 Microsoft 계정도 없습니다. 오타이거나 아직 계정이 없는 것일 수 있습니다.`,
    tenantExists: (domain: string) =>
      `${domain}에는 Microsoft Entra 테넌트가 있으므로, 철자를 확인하거나 IT 부서에 로그인 이름을 문의하세요.`,
    workSignIn: '회사나 학교에서 Microsoft 365 또는 다른 Microsoft 온라인 서비스를 사용한다면 이미 회사 또는 학교 계정이 있을 가능성이 높습니다. 직장에서 로그인할 때 사용하는 사용자 ID와 암호를 사용해 보세요.',
    signUp: '아직 회사 또는 학교 계정이 없다면 “가입”(Sign Up) 페이지에서 만들 수 있으며, 온라인 서비스에 가입할 필요는 없습니다.',
    help: '로그인 이름을 잘 모르겠나요? 관리자나 헬프 데스크에 문의하세요.',
  },
  invalid: {
    title: '이 주소는 확인할 수 없습니다',
    next: '철자를 확인하고 다시 시도하세요.',
  },
  failed: {
    title: '확인을 마치지 못했습니다',
    summary: '지금 Microsoft 로그인 서비스에 연결할 수 없어서 어떤 종류의 계정인지 알 수 없습니다. 1분 후에 다시 시도하세요.',
    help: '계속 실패하나요? 관리자나 헬프 데스크에 문의하세요. 필요한 정보는 “IT 담당자용 세부 정보”에 있습니다.',
    detailsButton: 'IT 담당자용 세부 정보',
    technical: (source: string, detail: string) => `Microsoft의 ${source} 서비스가 제대로 응답하지 않았습니다(${detail}).`,
    manualHeading: '직접 확인하기',
    manual: '아래의 사용자 영역(user realm) 응답을 브라우저에서 여세요. "IsViral": true가 들어 있으면 그 계정은 관리되지 않는 테넌트에 있으며 인수가 필요합니다.',
    realmLink: '사용자 영역 응답 열기',
    sources: { 'user-realm': '사용자 영역(user realm)', 'credential-type': '계정 조회', 'openid-configuration': '테넌트 구성' },
  },
};
