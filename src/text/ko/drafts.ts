import type { CatalogWords } from '../catalog';
import { WEB_FORM_ANSWER } from './result';

/** The first fields of both VLSC Support web-form drafts. */
const VLSC_SUPPORT_CONTACT_FIELDS = {
  contactName: { label: '담당자 이름', missing: '이름을 입력하세요.' },
  contactEmail: { label: '담당자 메일(VLSC 지원팀이 회신할 주소)', missing: 'VLSC 지원팀이 회신할 메일 주소를 입력하세요.' },
  vlscAddress: { label: 'VLSC 로그인에 사용하는 메일 주소', missing: 'VLSC에 로그인할 때 사용하는 메일 주소를 입력하세요.' },
};

/** Who is asked in a refusal sentence, when the domain's organisation gives work accounts. */
const askOrganisation = (organisation: string) => `${organisation}의 관리자에게 그곳의 회사 계정을 요청하세요`;

/** The support-request drafts: their card, their fields and their text. */
export const drafts: CatalogWords['drafts'] = {
  buttons: {
    disassociation: '연결 해제 요청 작성',
    'extra-logins': 'VLSC 지원팀에 로그인 추가 요청',
    'mfa-support': 'MFA 지원팀에 보낼 메일 작성',
  },
  textHeading: '붙여 넣을 텍스트',
  emailHeading: '보낼 메일',
  subject: '제목',
  editHeading: '세부 정보 편집',
  update: '초안 업데이트',
  review: '헬프 데스크에 검토 요청',
  openEmail: '메일에서 열기',
  openWebForm: 'VLSC 지원팀 문의 페이지 열기',
  truncated: '메일 링크에는 줄인 텍스트가 들어 있습니다(메일 프로그램이 긴 링크를 거부하기 때문). 위의 전체 텍스트를 메일에 붙여 넣으세요.',
  updated: '초안이 업데이트되었습니다. 보낼 준비가 되었습니다.',
  fixErrors: '일부 세부 정보를 확인해야 합니다(아래 참조).',
  checkFirst: '세부 정보를 채울 수 있도록 먼저 계정을 확인하겠습니다.',
  required: '필수 항목입니다.',
  webFormAnswer: WEB_FORM_ANSWER,
  fillIn: '[입력해 주세요]',
  /** Ends an e-mail link's body that had to be shortened. */
  shortened: '[메일 링크에 맞게 줄였습니다. 대신 카드에서 전체 텍스트를 붙여 넣으세요.]',
  /** A "Label: value" line, using the field labels so the text and the form line up. */
  detail: (label: string, value: string) => `${label}: ${value}`,
  /** The titles of a field's choices, listed. */
  choiceList: (titles: readonly string[]) => titles.join(', '),
  problems: {
    address: (reason: string) => `올바른 메일 주소가 아닙니다: ${reason}`,
    domain: 'contoso.com 같은 올바른 도메인 이름이 아닙니다.',
    tenantId: '테넌트 ID는 72f988bf-86f1-41af-91ab-2d7cd011db47 같은 GUID입니다.',
    count: '0 같은 정수를 입력하세요.',
    choice: (titles: string) => `다음 중 하나를 선택하세요: ${titles}.`,
    tooLong: (max: number) => `${max}자보다 깁니다. 줄여 주세요.`,
    sameAccount: '새 계정은 VLSC 지원팀이 연결을 해제할 주소와 다른 주소여야 합니다.',
    loginsLeft: (count: string) =>
      `아직 남은 로그인 횟수가 ${count}회 있습니다. 로그인 세션 추가 요청은 VLSC에 남은 로그인 횟수가 0으로 표시되고 시간이 더 필요할 때 하는 것입니다. 그때까지는 VLSC 화면에서 “건너뛰기”(Skip)를 선택하고 기존 계정으로 로그인하세요.`,
  },
  blank: '[비워 둠]',
  fields: {
    disassociation: {
      ...VLSC_SUPPORT_CONTACT_FIELDS,
      domain: { label: '도메인', missing: '그 주소의 도메인(예: contoso.com)을 입력하세요.' },
      tenantId: { label: '테넌트 ID' },
      verdictFound: { label: '로그인 확인 결과' },
      request: { label: '요청 내용', missing: 'VLSC 지원팀에 요청할 내용을 입력하세요.' },
      newAccount: { label: '앞으로 사용할 새 회사 또는 학교 계정' },
      region: { label: '지역' },
      tried: { label: '시도한 방법' },
    },
    'extra-logins': {
      ...VLSC_SUPPORT_CONTACT_FIELDS,
      remainingLogins: { label: 'VLSC에 표시된 남은 로그인 횟수', missing: 'VLSC에 표시된 남은 로그인 횟수를 입력하세요.' },
      progress: { label: '인수 진행 상황', missing: '테넌트 인수의 진행 상황을 선택하세요.' },
      reason: { label: '시간이 더 필요한 이유(자세히)' },
      expectedCompletion: { label: '예상 완료 시기' },
    },
    'mfa-support': {
      tenantId: { label: '테넌트 ID', missing: 'Microsoft Entra 테넌트 ID를 입력하세요.' },
      domain: { label: '도메인', missing: '조직의 도메인(예: contoso.com)을 입력하세요.' },
      tenantType: { label: '테넌트 유형' },
      relationship: { label: '당사 구분' },
      method: { label: '시도한 MFA 방법', missing: 'MFA를 사용하도록 설정하려고 시도한 방법을 선택하세요.' },
      error: { label: '표시된 오류', missing: '표시된 오류를 붙여 넣거나 설명하세요.' },
      globalAdmin: { label: '전역 관리자' },
      contactName: { label: '담당자 이름', missing: '이름을 입력하세요.' },
      contactEmail: { label: '담당자 메일', missing: '지원팀이 회신할 메일 주소를 입력하세요.' },
    },
  },
  choices: {
    region: { 'north-america': '캐나다 또는 미국(N. America MAK ADD 웹 양식)', elsewhere: '캐나다 및 미국 이외 지역' },
    progress: {
      'takeover-in-progress': '조직에서 관리되지 않는 테넌트를 인수하는 중입니다(DNS TXT 레코드로 도메인 확인 중)',
      'finding-admin': '테넌트를 인수할 수 있는 사람을 조직에서 아직 찾고 있습니다',
    },
    relationship: { partner: '볼륨 라이선스 파트너', customer: '볼륨 라이선스 고객' },
    method: { 'conditional-access': '조건부 액세스 정책', 'security-defaults': '보안 기본값', 'per-user': '사용자별 MFA(레거시)' },
  },
  findings: {
    'takeover-needed': '이 주소는 관리자가 없는, 관리되지 않는(“바이럴”) Microsoft Entra 테넌트에 있습니다',
    'personal-account': '이 주소는 회사 또는 학교 계정이 아니라 개인 Microsoft 계정입니다',
    'choose-work-account': '이 주소는 회사 또는 학교 계정이면서 개인 Microsoft 계정이기도 합니다',
    ready: '이 주소는 관리되는 테넌트의 회사 또는 학교 계정입니다',
    readyFederated: '이 주소는 페더레이션 도메인에 있으며, 그 조직은 자체 ID 공급자를 통해 로그인합니다',
    'no-account': '이 주소에 대한 회사 또는 학교 계정도, 개인 Microsoft 계정도 없습니다',
    'lookup-failed': '확인 과정에서 Microsoft 로그인 서비스의 응답을 받지 못했습니다',
    'invalid-address': '이 주소는 올바른 메일 주소가 아닙니다',
    unconfirmed: {
      'takeover-needed': '이 도메인의 주소는 관리자가 없는, 관리되지 않는(“바이럴”) Microsoft Entra 테넌트에 있습니다. Microsoft에서 이 주소 자체는 확인하지 못했습니다',
      'choose-work-account': '개인 Microsoft 계정이 이 주소를 사용하고 있으며, 이 도메인의 주소는 회사 또는 학교 계정입니다. Microsoft에서 이 주소 자체의 회사 계정은 확인하지 못했습니다',
      ready: '이 도메인의 주소는 관리되는 테넌트의 회사 또는 학교 계정입니다. Microsoft에서 이 주소 자체는 확인하지 못했습니다',
      readyFederated: '이 도메인은 페더레이션 도메인(그 조직은 자체 ID 공급자를 통해 로그인)이므로 Microsoft에서 이 주소 자체는 확인하지 못했습니다',
    },
    personalUnknown: '. 개인 Microsoft 계정이 이 주소를 사용하는지는 알 수 없습니다',
    tenant: (name: string) => ` (도메인의 테넌트: ${name})`,
    checked: (finding: string, when: string) => `${finding}. 확인 시각: ${when}.`,
    /** "2026-01-05 09:30 UTC": unambiguous for a support agent anywhere. */
    when: (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  },
  nextStep: {
    chat: { check: '“내 계정 확인”을 입력하세요', signUp: '“내 계정 확인”을 입력하면 단계를 볼 수 있습니다', mfa: '“MFA”를 입력하세요' },
    cli: {
      check: '"vlsa diagnose <address>"를 실행하세요',
      signUp: '"vlsa ask \'how do I sign up for a new work or school account\'"를 실행하면 단계를 볼 수 있습니다',
      mfa: '"vlsa mfa-readiness --user <address>"를 실행하세요',
    },
  },
  notFor: {
    vlscSupport: {
      'personal-account': (address, next, organisation) =>
        `${address}은(는) 개인 Microsoft 계정입니다. VLSC 지원팀에 보내는 연결 해제 요청과 로그인 추가 요청은 관리되지 않는 테넌트의 계정을 위한 것입니다. 개인 계정의 경우 지침에 따라 가능한 한 빨리 회사 또는 학교 계정을 사용하기 시작해야 합니다. 직장에서 로그인할 때 사용하는 사용자 ID와 암호를 사용해 보거나, ${organisation ? askOrganisation(organisation) : `“가입”(Sign Up) 페이지에서 계정을 만드세요(${next.signUp})`}.`,
      'no-account': (address, _next, organisation) =>
        `Microsoft에 ${address}에 대한 계정이 없으므로 VLSC 지원팀이 해제하거나 연장할 것이 없습니다. 철자를 확인하거나, 직장에서 로그인할 때 사용하는 사용자 ID와 암호를 사용해 보거나, ${organisation ? askOrganisation(organisation) : '“가입”(Sign Up) 페이지에서 회사 또는 학교 계정을 만드세요'}.`,
      ready: (address, next, _organisation, confirmed = true) =>
        confirmed
          ? `${address}은(는) VLSC에 필요한 종류의 계정이므로 VLSC 지원팀에 요청할 것이 없습니다. 이 계정으로 로그인하세요. 다음으로 MFA 준비가 되었는지 확인하세요(${next.mfa}).`
          : `${address}은(는) VLSC에 필요한 종류의 도메인에 있습니다. Microsoft에서 이 주소 자체는 확인하지 못했지만 VLSC 지원팀에 요청할 것은 없습니다. 이 주소로 로그인하고, 로그인이 거부되면 철자를 확인하거나 IT 부서에 문의하세요. 다음으로 MFA 준비가 되었는지 확인하세요(${next.mfa}).`,
      'choose-work-account': (address, next) =>
        `${address}은(는) VLSC에 필요한 종류인 회사 또는 학교 계정이기도 하므로 VLSC 지원팀에 요청할 것이 없습니다. 로그인할 때 “회사 또는 학교 계정”(Work or school account)을 선택하세요. 다음으로 MFA 준비가 되었는지 확인하세요(${next.mfa}).`,
    },
    mfaSupport: {
      'personal-account': (address, next, organisation) =>
        `${address}은(는) 개인 Microsoft 계정이므로, MFA 지원팀이 MFA 설정을 도울 수 있는 조직 테넌트가 없습니다. 먼저 회사 또는 학교 계정으로 옮기세요. 직장에서 로그인할 때 사용하는 사용자 ID와 암호를 사용해 보거나, ${organisation ? askOrganisation(organisation) : `“가입”(Sign Up) 페이지에서 계정을 만드세요(${next.signUp})`}.`,
      'no-account': (address, next, organisation) =>
        organisation
          ? `Microsoft에 ${address}에 대한 계정이 없지만 ${organisation}에는 Microsoft Entra 테넌트가 있습니다. 철자를 확인하거나(다른 주소를 확인하려면 ${next.check}), 그 테넌트의 관리자에게 회사 계정을 문의하세요.`
          : `Microsoft에 ${address}에 대한 계정이 없으므로 MFA 지원팀이 MFA 설정을 도울 수 있는 테넌트가 없습니다. 철자를 확인하거나, 다른 주소를 확인하려면 ${next.check}.`,
    },
    invalid: (address, next) => `“${address}”은(는) 확인할 수 있는 메일 주소가 아닙니다. VLSC 로그인에 사용하는 주소를 확인하려면 ${next.check}.`,
  },
  signOff: '감사합니다.',
  disassociation: {
    title: 'VLSC 지원팀에 보내는 연결 해제 요청',
    subject: (address: string) => `VLSC 계정과 ${address}의 연결 해제 요청`,
    greeting: '안녕하세요, VLSC 지원팀 담당자님.',
    request: (address: string) => `제 VLSC 계정과 ${address}의 연결을 해제하고 다시 등록하도록 초대해 주시기 바랍니다.`,
    why: (address: string) => `다른 회사 또는 학교 계정으로 VLSC에 로그인해야 하므로, 먼저 ${address}(으)로 등록된 VLSC 계정을 해제해 주셔야 합니다.`,
    newAccount: (account: string) => `확인해 주시면 새 회사 또는 학교 계정 ${account}(으)로 로그인하겠습니다.`,
    wait: '연결 해제가 완료되었다고 확인해 주실 때까지 VLSC에 로그인하지 않겠습니다.',
    pasteNorthAmerica: '이 내용을 문의(Contact) 페이지에 연결된 VLSC 지원팀의 N. America MAK ADD 웹 양식(캐나다 및 미국용)에 붙여 넣으세요.',
    paste: '이 내용을 문의(Contact) 페이지에 연결된 VLSC 지원팀의 웹 양식에 붙여 넣으세요. 캐나다와 미국은 N. America MAK ADD 웹 양식을 사용합니다.',
    doNotSignIn: 'VLSC 지원팀이 계정 연결 해제가 완료되었다고 확인해 줄 때까지 절대로 VLSC에 로그인하지 마세요.',
    signUpMeanwhile: '그동안 “가입”(Sign Up) 페이지에서 본인을 관리자로 하여 새 회사 또는 학교 계정(예: name@yourcompany.onmicrosoft.com)을 만드세요. 사용자 ID를 적어 두세요.',
    afterwards:
      'VLSC 지원팀이 확인해 주면 VLSC로 돌아가 “회사 또는 학교 계정으로 로그인”(Sign in with a Work or School Account)을 선택하고 새 계정을 입력하세요. 새 계정으로 로그인할 수 있을 때까지 최대 2영업일이 걸릴 수 있습니다.',
  },
  extraLogins: {
    title: 'VLSC 지원팀에 보내는 로그인 세션 추가 요청',
    subject: (address: string) => `${address}의 VLSC 로그인 세션 추가 요청`,
    greeting: '안녕하세요, VLSC 지원팀 담당자님.',
    request: (address: string) => `${address}(으)로 로그인하는 제 VLSC 계정에 로그인 세션을 추가해 주시기 바랍니다.`,
    remaining: (count: string) => `VLSC에 남은 로그인 횟수가 ${count}회로 표시되며, 관리되는 회사 또는 학교 계정으로 로그인할 수 있을 때까지 시간이 더 필요합니다.`,
    paste: '이 내용을 문의(Contact) 페이지에 연결된 VLSC 지원팀의 웹 양식에 붙여 넣으세요.',
    buysTime: '로그인을 추가하면 시간을 벌 수 있지만, 본인이나 조직의 누군가가 테넌트를 인수하거나 회사 또는 학교 계정으로 옮겨야 한다는 점은 변하지 않습니다.',
    soFar: (tried: string) => `지금까지 시도한 방법: ${tried}`,
  },
  mfaSupport: {
    title: 'Volume Licensing Central MFA 지원팀에 보내는 메일',
    subject: (domain: string, tenantId: string) => `Volume Licensing Central의 MFA를 사용하도록 설정할 수 없음: ${domain}(테넌트 ${tenantId})`,
    greeting: '안녕하세요.',
    relationship: { partner: '당사는 볼륨 라이선스 파트너입니다.', customer: '당사는 볼륨 라이선스 고객입니다.' },
    problem:
      '필수 MFA 지침에 따라 당사의 Microsoft Entra 테넌트에서 Volume Licensing Central에 대한 다단계 인증(MFA)을 사용하도록 설정하려고 하지만 할 수 없습니다. 도와주실 수 있을까요?',
    unmanagedFirst: (domain: string) =>
      `당사 도메인 ${domain}은(는) 관리자가 없는, 관리되지 않는(“바이럴”) Microsoft Entra 테넌트에 있으므로, 테넌트를 인수하기 전에는 아무도 MFA를 사용하도록 설정할 수 없습니다.`,
    method: {
      'conditional-access': '조건부 액세스 정책으로 MFA를 요구하려고 시도했습니다.',
      'security-defaults': '보안 기본값을 사용하도록 설정하려고 시도했습니다.',
      'per-user': '사용자별 MFA를 적용하려고 시도했습니다.',
    },
    send: (mailbox: string) => `이 메일을 ${mailbox}(으)로 보내세요. 파트너 지침에서 MFA 설정 문제에 대해 안내하는 주소입니다.`,
    copyIn: (whoCanEnforce: string) => `MFA를 사용하도록 설정할 담당자를 참조(CC)에 넣으세요: ${whoCanEnforce}.`,
    afterTakeover: (unmanaged: string) => `${unmanaged} 테넌트에 관리자가 생긴 뒤에도 MFA를 사용하도록 설정할 수 없으면 MFA 지원팀에 메일을 보내세요.`,
  },
};
