import type { TopicWords } from '../../domain/faq/topics';
import { LINKS } from '../../domain/links';

/**
 * The FAQ topics' words, by topic id: the questions the two Microsoft documents answer
 * (../shared/seeds/). The MFA deadline (5 January 2026) is in the past, so the requirement is
 * described as in force.
 */
export const topics: TopicWords = {
  topics: {
    'why-work-account': {
      title: 'VLSC에 회사 또는 학교 계정이 필요한 이유는 무엇인가요?',
      shortAnswer:
        'Microsoft는 볼륨 라이선스 기능을 회사 또는 학교 계정이 필요한 Microsoft 365 관리 센터 같은 최신 플랫폼으로 옮기고 있습니다. 회사 또는 학교 계정이 있으면 Volume Licensing Service Center와 다른 Microsoft 사이트에서 온-프레미스 소프트웨어, 온라인 서비스, Visual Studio 같은 구독을 하나의 로그인 ID로 관리할 수 있습니다.',
      steps: [
        '최고 수준의 인증 및 권한 부여: Microsoft 볼륨 라이선스 프로그램으로 취득한 기업 자산을 보호하는 가장 좋은 방법입니다.',
        '더 안전함: 사용자가 조직에 속해 있음을 쉽게 식별할 수 있고, 조직을 떠나면 액세스 권한이 제거됩니다.',
        '암호를 잊어버리면 조직의 전역 관리자가 재설정할 수 있으며, 전역 관리자가 허용하면 셀프 서비스 암호 재설정도 사용할 수 있습니다.',
      ],
    },
    'what-is-work-account': {
      title: '회사 또는 학교 계정이란 무엇인가요?',
      shortAnswer:
        '회사 또는 학교 계정은 조직에 연결된 계정으로, 보통 username@orgname.com 또는 username@orgname.onmicrosoft.com 형식입니다. 라이선스를 받은 조직과 본인의 관계를 인증하는 계정이며, 본인이나 조직이 Office 365 같은 Microsoft 서비스를 사용해야 하는 것은 아닙니다.',
      steps: [
        '조직에서 이미 Office 365나 Microsoft 365 같은 서비스를 사용한다면 이미 회사 계정이 있습니다. 그 서비스에 사용하는 것과 같은 계정으로 VLSC에 로그인하세요.',
        '개인 Microsoft 계정(예: outlook.com, hotmail.com)과 달리 회사 또는 학교 계정은 조직에 속합니다. 전역 관리자가 암호를 재설정할 수 있고, 조직을 떠나면 액세스가 종료됩니다. VLSC는 개인 Microsoft 계정의 로그인을 제한된 횟수만 허용합니다.',
      ],
    },
    'takeover-prompt': {
      title: 'VLSC에서 관리되지 않는 디렉터리를 관리자로 인수하라고 합니다',
      shortAnswer:
        '회사 또는 학교 계정이 셀프 서비스 등록으로 만들어졌습니다(관리자가 없는, 관리되지 않는 테넌트 또는 “바이럴” 테넌트). Microsoft는 로그인에 사용하는 메일 도메인을 조직이 소유하고 있는지 확인해야 합니다. 예를 들어 admin@fourthcoffee.xyz라면 조직이 fourthcoffee.xyz를 소유하는지 확인합니다. 그동안에는 남은 로그인 횟수가 주어집니다.',
      steps: [
        '옵션 1: 바이럴 테넌트를 인수하여(도메인 소유를 증명하여) 조직의 메일 주소로 계속 로그인합니다.',
        '옵션 2: 조직의 메일 도메인과 일치하지 않는 새 회사 또는 학교 계정(예: user@fourthcoffeexyz.onmicrosoft.com)을 만듭니다.',
        '아직 준비되지 않았나요? 남은 로그인 횟수가 있는 동안에는 **건너뛰기**(Skip)를 선택하고 기존 계정으로 로그인하세요.',
      ],
    },
    'option1-takeover': {
      title: '옵션 1: 바이럴 테넌트를 인수하여 조직의 메일 도메인으로 로그인',
      shortAnswer:
        '조직 고유의 주소(예: admin@fourthcoffee.xyz)로 계속 로그인하려면, 본인 또는 조직의 네트워크 관리자가 바이럴 테넌트를 인수하여 그 메일 도메인의 소유권을 증명합니다.',
      steps: [
        'IT 관리자나 네트워크 관리자가 도메인의 DNS TXT 레코드를 확인합니다. 이 레코드는 GoDaddy 같은 도메인 이름 등록 기관에서 얻을 수 있습니다.',
        '관리자는 DNS TXT 세부 정보를 알려 주어 본인이 단계를 완료하게 하거나, 직접 조직의 회사 또는 학교 계정의 전역 관리자가 될 수 있습니다. 그렇다고 VLSC에서 라이선스를 관리해야 하는 것은 아닙니다.',
        '관리되지 않는 디렉터리를 인수하는 Microsoft의 단계별 지침을 따릅니다.',
        '아직 준비되지 않았고 남은 로그인 횟수가 있나요? **건너뛰기**(Skip)를 선택하고 기존 계정으로 VLSC에 로그인하세요.',
      ],
    },
    'option2-new-account': {
      title: '옵션 2: 조직의 메일 도메인과 일치하지 않는 새 사용자 ID 만들기',
      shortAnswer:
        '조직의 메일 도메인과 일치하지 않는 로그인이어도 괜찮거나 지금 도메인 소유권을 증명할 수 없다면, 직접 관리하는 새 회사 또는 학교 계정(예: user@fourthcoffeexyz.onmicrosoft.com)을 만드세요. VLSC 지원팀에 전화하지 않고도 진행할 수 있고 단계는 몇 분이면 끝나지만, 새 계정으로 VLSC에 로그인할 수 있을 때까지 최대 2영업일이 걸릴 수 있습니다.',
      steps: [
        'VLSC 지원팀에 웹 양식으로, 현재 VLSC 계정과 메일 주소의 연결을 해제하고 다시 등록하도록 초대해 달라고 요청합니다. 캐나다와 미국은 N.America MAK ADD 웹 양식을 사용합니다. VLSC 지원팀이 연결 해제가 완료되었다고 확인해 줄 때까지 절대로 VLSC에 로그인하지 마세요.',
        '“가입”(Sign Up) 페이지에서 본인을 관리자로 하여 새 회사 또는 학교 계정(예: user@fourthcoffeexyz.onmicrosoft.com)을 만듭니다. 이런 종류의 도메인에는 DNS TXT 세부 정보가 필요하지 않습니다. 사용자 ID를 적어 두세요.',
        'VLSC 지원팀이 연결 해제를 확인해 주면 VLSC로 돌아가 **회사 또는 학교 계정으로 로그인**(Sign In with a Work or School Account)을 선택하고 새 계정을 입력합니다.',
        '팁: Office 365 같은 온라인 서비스를 배포하기 전에 조직이 이 새 계정을 인수하여 조직 고유의 사용자 지정 도메인에 연결하도록 하세요.',
      ],
    },
    'skip-and-remaining-logins': {
      title: '남은 로그인 횟수가 제한되는 이유는 무엇이며, 건너뛰기는 무엇을 하나요?',
      shortAnswer:
        '관리되지 않는(바이럴 테넌트) 계정으로 VLSC에 로그인하면, 관리되는 계정으로 전환할 시간을 주기 위해 제한된 횟수의 로그인이 주어집니다. 그동안 **건너뛰기**(Skip)를 선택하면 기존 VLSC 로그인 ID로 계속 로그인할 수 있습니다.',
      steps: [
        '관리되지 않는 계정을 인수할 시간이나 인수할 수 있는 사람을 조직에서 찾을 시간이 필요하면 **건너뛰기**(Skip)를 선택하세요.',
        '남은 로그인 횟수는 제한되어 있습니다. 모두 사용하기 전에 본인이나 조직의 누군가가 로그인에 사용하는 계정의 관리자가 되어야 합니다.',
        '남은 로그인이 0회이고 시간이 더 필요한가요? VLSC 로그인에 사용하는 메일 주소를 알려 주고 계정에 로그인 세션을 추가해 달라고 VLSC 지원팀에 요청하세요.',
      ],
    },
    'limited-logins-msa': {
      title: '개인 Microsoft 계정으로는 로그인 횟수가 제한되는 이유는 무엇인가요?',
      shortAnswer:
        '아직 개인 Microsoft 계정으로 로그인하는 VLSC 사용자에게는, 필요한 회사 또는 학교 계정으로 전환할 충분한 시간을 주기 위해 제한된 횟수의 로그인이 주어집니다. 가능한 한 빨리 회사 또는 학교 계정을 사용하기 시작하세요.',
      steps: [
        '조직에서 Microsoft 365 또는 다른 Microsoft 온라인 서비스를 사용한다면, 그곳에서 사용하는 회사 계정으로 VLSC에 로그인하세요.',
        '아직 회사 또는 학교 계정이 없다면 “가입”(Sign Up) 페이지에서 만드세요.',
      ],
    },
    'sign-up-work-account': {
      title: '새 회사 또는 학교 계정에 가입하려면 어떻게 하나요?',
      shortAnswer:
        '조직에서 Microsoft 365 또는 다른 Microsoft 온라인 서비스를 사용한다면 이미 회사 또는 학교 계정이 있을 가능성이 높습니다. 직장에서 사용하는 사용자 ID와 암호를 사용해 보세요. 계정이 없다면 온라인 서비스에 가입하지 않고도 “가입”(Sign Up) 페이지에서 만들 수 있습니다.',
      steps: [
        '직장에서 로그인할 때 사용하는 사용자 ID와 암호로 VLSC에 로그인해 보세요.',
        '조직에서 Microsoft 365 같은 온라인 서비스를 사용하지 않는다면 “가입”(Sign Up) 페이지에서 회사 또는 학교 계정을 만드세요.',
        '새 계정은 yourusername@yourcompany.onmicrosoft.com과 같은 형식일 수 있습니다. 자체 도메인 이름(예: yourcompany.com)이 있으면 나중에 관리 콘솔에서 추가할 수 있습니다.',
        '원하면 나중에 같은 테넌트에 서비스를 추가할 수 있습니다.',
      ],
    },
    'what-is-unmanaged-tenant': {
      title: '관리되지 않는(“바이럴”) 테넌트란 무엇인가요?',
      shortAnswer:
        '관리되지 않는 Azure AD 테넌트(“바이럴 테넌트”라고도 함)는 전역 관리자가 없는 테넌트입니다. 사용자가 클라우드 서비스에 가입할 때 메일 도메인을 기반으로 Azure AD에 ID가 자동으로 만들어지면서 생깁니다.',
      steps: [
        '예전에는 VLSC에서 관리되지 않는 테넌트로 로그인할 수 있었지만, 이제는 관리되는 테넌트가 필요합니다.',
        '이유: 볼륨 라이선스 기능이 더 최신 플랫폼으로 옮겨지고 있기 때문입니다. 이에 따라 볼륨 라이선스 솔루션 공급자, 클라우드 솔루션 공급자를 통하거나 Microsoft 365 관리 센터에서 Microsoft로부터 직접 구매하는 등 여러 방식으로 구매한 Microsoft 제품과 서비스에 같은 사용자 ID와 암호를 사용할 수 있습니다.',
      ],
    },
    'check-unmanaged': {
      title: '관리되지 않는 테넌트 계정인지 어떻게 알 수 있나요?',
      shortAnswer:
        '관리되지 않는(“바이럴 테넌트”) 계정으로 VLSC에 로그인하면 사이트에서 알려 줍니다. VLSC에 로그인하지 않고도 확인할 수 있습니다.',
      steps: [
        'Volume Licensing Service Center에 로그인합니다. 계정이 관리되지 않으면 그렇게 알려 줍니다.',
        '또는 Portal.Office.com(또는 다른 온라인 서비스)에 로그인합니다. 앱 시작 관리자(App Picker)에 관리(Admin) 타일이 보이면 그 테넌트는 관리되지 않는 테넌트입니다.',
        '또는 IT 전문가라면 VLSC에 로그인하지 않고 확인할 수 있습니다. **확인** 뒤에 주소를 입력하면(예: 확인 you@yourcompany.com) Microsoft에서 도메인을 조회해 드립니다.',
      ],
    },
    'what-is-takeover': {
      title: '바이럴 테넌트 인수란 무엇인가요?',
      shortAnswer:
        '바이럴 테넌트 인수(관리되지 않는 테넌트의 인수)는 사용자가 관리되지 않는 테넌트의 관리자가 되는 과정입니다. 테넌트에 관리자가 생기면 같은 조직에 다른 사용자를 추가하고, 온라인 서비스를 추가하고, VLSC 같은 리소스를 계속 사용할 수 있습니다.',
      steps: [
        '내부 관리자 인수(internal admin takeover): 본인이 관리되지 않는 테넌트의 전역 관리자가 됩니다. 사용자, 도메인, 서비스 플랜은 본인이 관리하는 다른 디렉터리로 마이그레이션되지 않습니다.',
        '외부 관리자 인수(external admin takeover): 기존 관리되는 테넌트의 전역 관리자가 도메인 이름을 추가하고 사용자를 리소스에 매핑합니다. 관리되지 않는 테넌트의 사용자, 구독, 라이선스 할당이 도메인과 함께 옮겨집니다. Microsoft는 Azure Rights Management와 Exchange Online, 그리고 서비스 플랜 Power Apps Free, Power Automate Free, RMS for individuals, Microsoft Stream, Dynamics 365 무료 평가판에 대해 이를 지원합니다. 관리되지 않는 테넌트에 SharePoint, OneDrive 또는 비즈니스용 Skype가 포함된 서비스 플랜이 있으면(예: Office 무료 구독을 통해) 지원되지 않습니다.',
      ],
    },
    'takeover-blockers': {
      title: '인수를 완료하지 못하게 하는 원인은 무엇인가요?',
      shortAnswer:
        '흔한 원인은 IT 관리자가 누구인지 알 수 없거나, 도메인 소유권을 증명할 수 없거나, 계정이 제한되었거나 회수된 도메인에 속한 경우입니다. 이런 경우에는 대신 새 사용자 ID를 만드는 것이 좋습니다(옵션 2).',
      steps: [
        'IT 관리자가 누구인지 알 수 없음: 대규모 조직에는 보통 헬프 데스크 번호가 있고, 소규모 조직은 IT 업체에 맡기기도 합니다. 조직에 관리되는 테넌트(예: Teams에서 사용하는 테넌트)도 있다면, 그 전역 관리자는 Microsoft Entra 관리 센터의 **Entra ID > 역할 및 관리자 > 전역 관리자**(Entra ID > Roles and administrators > Global Administrator)에 표시됩니다. 또는 **내 관리자는 누구**를 입력하세요.',
        '도메인 소유권을 증명할 수 없음: IT 관리자가 이 정보를 알고 있거나 정보에 액세스할 수 있습니다. 이 정보는 인터넷 서비스 공급자에서 제공합니다.',
        '제한되었거나 회수된 도메인: 이 설정은 조직의 관리자가 정합니다. 조직의 테넌트와 별개인 회사 계정이 필요할 수 있습니다.',
        '어느 경우든 옵션 2, 즉 user@fourthcoffeexyz.onmicrosoft.com 같은 새 회사 또는 학교 계정을 고려하세요.',
      ],
    },
    'how-to-takeover': {
      title: '바이럴 테넌트 인수는 어떻게 하나요?',
      shortAnswer:
        '인수는 여러 단계로 이루어진 과정으로, 본인 또는 조직의 누군가가 도메인 소유권을 증명하고 Microsoft에서 그 전역 관리자가 됩니다. 예를 들어 admin@fourthcoffee.xyz가 fourthcoffee.xyz 테넌트의 전역 관리자가 됩니다. VLSC 지원팀은 사용자를 대신해 테넌트를 변경할 수 없습니다.',
      steps: [
        '시간을 두고 자료를 검토하고 조직의 관련자와 상의하세요. 그동안 급한 VLSC 작업은 기존 계정으로 계속 로그인하여 처리할 수 있습니다.',
        'IT 관리자나 네트워크 관리자(도메인을 관리하는 사람)에게 인수를 요청하는 것도 고려하세요. 그렇다고 그 사람이 VLSC를 관리하거나 구독을 구매해야 하는 것은 아닙니다.',
        '“내부” 인수(본인이 전역 관리자가 되며 아무것도 마이그레이션되지 않음) 또는 “외부” 인수(기존 관리되는 테넌트의 전역 관리자가 도메인을 추가하고 사용자를 리소스에 매핑함. 사용자, 구독, 라이선스 할당이 옮겨짐. Microsoft는 Azure Rights Management와 Exchange Online 및 일부 무료 서비스 플랜에 대해 이를 지원하지만, 관리되지 않는 테넌트에 SharePoint, OneDrive 또는 비즈니스용 Skype가 포함된 서비스 플랜이 있으면 지원하지 않음)를 선택하세요.',
        'Microsoft의 단계별 가이드 “관리되지 않는 디렉터리 인수”(Take over an unmanaged directory)를 따르세요.',
      ],
    },
    'contact-support': {
      title: 'VLSC 지원팀에 어떻게 문의하나요?',
      shortAnswer:
        'VLSC 고객은 전화나 웹 양식으로 VLSC 지원팀에 문의할 수 있습니다. Microsoft는 웹 양식으로 제출된 문의에 24시간 이내에 답변합니다. VLSC 지원팀은 사용자를 대신해 테넌트를 변경할 수 없습니다.',
      steps: [
        'VLSC 지원팀 문의 페이지를 열고 전화 또는 웹 양식을 선택합니다.',
        'VLSC 로그인에 사용하는 메일 주소를 알려 주고 필요한 사항(예: 로그인 세션 추가 또는 계정 연결 해제)을 설명합니다.',
        '캐나다와 미국의 연결 해제 요청은 N.America MAK ADD 웹 양식을 사용합니다.',
      ],
    },
    'mfa-requirement': {
      title: 'Volume Licensing Central의 필수 MFA 요구 사항은 무엇인가요?',
      shortAnswer:
        'Volume Licensing Central(VL Central)에 로그인하는 모든 사용자에게 다단계 인증(MFA)이 필수입니다. 준비 기한이 2026년 1월 5일이었으므로 이 요구 사항은 이미 적용되고 있습니다. MFA가 없는 사용자는 로그인할 때 등록하라는 메시지가 표시되며, 등록할 때까지 계속할 수 없습니다.',
      steps: [
        'MFA를 구현할 관리자를 정합니다. 보통 Microsoft Entra 전역 관리자입니다.',
        '테넌트 전체에서 VL Central에 MFA를 적용합니다. 가능하면 조건부 액세스 정책을 사용합니다(보안 기본값이나 사용자별 MFA도 대안입니다).',
        '사용자가 MFA를 준비하도록 합니다. 사용자는 aka.ms/mfasetup에서 확인 방법을 하나 이상 등록합니다.',
      ],
    },
    'find-global-admin': {
      title: '테넌트의 전역 관리자를 어떻게 찾나요?',
      shortAnswer:
        'MFA를 구현하는 사람은 보통 Microsoft Entra 전역 관리자(“회사 관리자”(Company Administrator)라고도 함) 또는 보안 설정을 관리할 수 있는 동등한 관리자 역할입니다. 누가 그 역할을 가지고 있는지는 Microsoft Entra 관리 센터에서 볼 수 있습니다.',
      steps: [
        'https://entra.microsoft.com으로 이동합니다.',
        '**Entra ID > 역할 및 관리자**(Entra ID > Roles and administrators)로 이동합니다.',
        '**전역 관리자**(Global Administrator)를 검색합니다.',
        '테넌트에서 그 역할이 할당된 사용자 목록이 표시됩니다.',
        'Entra 포털에 액세스할 수 없나요? IT 부서, 보안 운영팀 또는 사내 헬프 데스크에 문의하세요. 또는 **내 관리자는 누구**를 입력하면 제가 찾아 드립니다.',
      ],
    },
    'enforce-mfa-conditional-access': {
      title: '조건부 액세스로 Volume Licensing Central에 MFA를 적용하려면 어떻게 하나요?',
      shortAnswer:
        'Microsoft는 내부 사용자와 게스트를 포함한 모든 사용자가 Volume Licensing Central에 액세스할 때 MFA를 요구하는 Microsoft Entra ID 조건부 액세스 정책을 권장합니다. 테넌트에서 조건부 액세스를 사용할 수 없다면 대신 보안 기본값이나 사용자별 MFA를 사용하세요.',
      steps: [
        'Microsoft Entra 관리 센터(https://entra.microsoft.com)에 전역 관리자(또는 조건부 액세스 관리자)로 로그인합니다.',
        '**Entra ID > 조건부 액세스 > 개요**(Entra ID > Conditional Access > Overview)로 이동하여 **+ 새 정책 만들기**(+ Create new policy)를 선택합니다.',
        '정책 이름을 입력합니다. 예: “MFA for Volume Licensing Central”.',
        '**할당**(Assignments)에서 **사용자**(Users) 아래의 현재 값을 선택합니다.',
        '**포함**(Include)에서 **모든 사용자**(All Users)를 선택합니다. 모든 내부 사용자와 Volume Licensing 리소스에 액세스하는 모든 B2B 게스트 사용자가 포함됩니다.',
        '**할당**(Assignments)에서 **대상 리소스**(Target Resources) 아래의 현재 값을 선택하고, **이 정책이 적용되는 대상 선택**(Select what this policy applies to)에서 **리소스(이전의 클라우드 앱)**(Resources (Formerly cloud apps))가 선택되어 있는지 확인합니다.',
        '**포함**(Include)에서 **앱 선택**(Select Apps)을 선택합니다.',
        '**포함**(Include)에서 **리소스 선택**(Select resources)을 선택한 다음, **선택**(Select) 아래의 **없음**(None)을 클릭합니다.',
        '**리소스 선택**(Select Resources) 창에서 **Microsoft 관리 포털**(Microsoft Admin Portals)을 선택하고 **선택**(Select)을 클릭합니다. 참고: 이렇게 하면 Microsoft 365 관리 센터, Exchange 관리 센터, Azure Portal, Microsoft Entra 관리 센터를 포함한 모든 관련 관리 포털에서 MFA가 사용됩니다.',
        '신뢰할 수 있는 IP나 규정 준수 디바이스 제외처럼 특별히 필요한 경우가 아니면 **조건**(Conditions)은 기본값(모든 위치, 모든 디바이스 상태)으로 둡니다.',
        '**액세스 제어 > 권한 부여**(Access controls > Grant)에서 **다단계 인증 필요**(Require multi-factor authentication)를 선택하고, 충돌하는 제어(예: **액세스 차단**(Block access))가 선택되어 있지 않은지 확인합니다.',
        '**정책 사용**(Enable policy)을 **켜기**(On)로 설정하고 **만들기**(Create)를 선택합니다. 이후 사용자는 Volume Licensing Central에 로그인할 때 MFA를 요구받습니다. 세션 유지를 허용한 경우, 최근에 MFA를 완료한 사용자는 로그인할 때마다 요구받지 않을 수 있습니다.',
      ],
    },
    'mfa-security-defaults': {
      title: '조건부 액세스 대신 보안 기본값을 사용할 수 있나요?',
      shortAnswer:
        '예, 조건부 액세스를 사용할 수 없다면 가능합니다. 조건부 액세스에는 최소한 Microsoft Entra ID P1 라이선스가 필요하지만 보안 기본값에는 라이선스가 필요하지 않습니다. 보안 기본값을 사용하면 모든 사용자가 MFA에 등록해야 하고 특정 상황에서 MFA를 수행합니다. 언제 요구할지는 Microsoft가 결정하며, Microsoft가 지정한 관리자(전역 관리자, 보안 관리자, 조건부 액세스 관리자 등)는 로그인할 때마다 요구받습니다. Volume Licensing Central뿐 아니라 모든 앱의 모든 로그인에 적용됩니다.',
      steps: [
        '최소한 보안 관리자로 Microsoft Entra 관리 센터에 로그인하고 **Entra ID > 개요 > 속성 > 보안 기본값 관리**(Entra ID > Overview > Properties > Manage Security Defaults)로 이동하여 사용하도록 설정합니다.',
        '보안 기본값이 이미 적용되어 있고 모든 앱에 적용되어도 괜찮다면 별도의 정책이 필요하지 않을 수 있습니다.',
        '보안 기본값과 조건부 액세스 정책은 함께 사용할 수 없습니다. 조건부 액세스 정책을 사용하는 테넌트는 보안 기본값을 꺼야 합니다.',
        '보안 기본값도 맞지 않는다면, 조건부 액세스 없이 MFA를 요구하는 남은 방법은 사용자별 MFA(레거시)입니다.',
      ],
    },
    'mfa-per-user': {
      title: '사용자별 MFA를 사용하도록 설정하려면 어떻게 하나요?',
      shortAnswer:
        '사용자별 MFA는 조건부 액세스를 사용할 수 없고 보안 기본값도 맞지 않을 때의 레거시 대안입니다. 확장성과 유연성이 떨어지므로 Microsoft는 일반적으로 조건부 액세스를 권장합니다.',
      steps: [
        'Microsoft Entra 관리 센터에서 **사용자 > 다단계 인증**(Users > Multi-Factor Authentication)으로 이동합니다(또는 Microsoft 365 관리 센터에서 **활성 사용자 > MFA**(Active Users > MFA)).',
        '각 사용자를 선택하고 그 계정의 MFA 적용을 켭니다.',
        'Volume Licensing Central을 사용하는 모든 계정(디렉터리의 게스트 포함)이 **적용**(Enforced) 또는 **사용**(Enabled)으로 설정되어 있는지 확인합니다.',
        '사용하도록 설정한 계정만 포함됩니다. 사용하도록 설정된 사용자는 다음에 브라우저에서 로그인할 때 MFA 등록을 요구받고, 그 후에는 로그인할 때마다 MFA를 수행합니다(신뢰할 수 있는 IP나 기억된 디바이스 같은 일부 예외가 있음). 미리 알려 주세요.',
        '사용자별 MFA는 인증 관리자 또는 인증 정책 관리자(또는 전역 관리자)가 관리합니다.',
      ],
    },
    'user-mfa-registration': {
      title: '사용자는 MFA에 어떻게 등록하나요?',
      shortAnswer:
        '각 사용자가 MFA 설정 페이지(https://aka.ms/mfasetup)로 이동하여 테넌트에서 사용하도록 설정된 확인 방법을 하나 이상 추가합니다. 휴대폰의 Microsoft Authenticator 앱이 대개 가장 쉽습니다.',
      steps: [
        'https://aka.ms/mfasetup으로 이동하여 확인 방법(예: Microsoft Authenticator 앱)을 추가합니다.',
        '첫 번째 방법을 사용할 수 없게 될 경우에 대비해 백업 방법(예: 두 번째 휴대폰 또는 하드웨어 토큰)도 추가합니다.',
        '테넌트에서 허용하는 방법은 관리자가 Entra 포털의 **홈 > 인증 방법 > 정책**(Home > Authentication methods > Policies)에서 선택합니다.',
        '유일한 방법이 들어 있는 휴대폰을 잃어버렸거나 바꾸었나요? 백업 방법으로 로그인하고 https://aka.ms/mfasetup에서 새 휴대폰을 등록하세요. 백업 방법이 없다면 IT 부서나 헬프 데스크에 문의하세요. 인증 관리자가 방법을 다시 등록하도록 요구할 수 있습니다.',
        `조직에서 MFA를 사용하도록 설정하는 데 문제가 있으면 ${LINKS.mfaSupportEmail}(으)로 메일을 보내세요.`,
      ],
    },
    'mfa-guest-users': {
      title: '게스트 사용자도 Volume Licensing Central에 MFA가 필요한가요?',
      shortAnswer:
        '예. 모든 사용자(All Users)를 포함하는 조건부 액세스 정책은 B2B 게스트 사용자도 포함하므로 게스트에게도 MFA를 요구합니다. 파트너 조직의 게스트는 자신의 홈 테넌트에서 MFA를 사용하도록 설정해야 할 수 있으며, 대부분의 경우 MFA 확인은 홈 테넌트가 처리합니다(Microsoft 파트너 지침). 홈 테넌트에서 수행한 MFA는 테넌트 간 액세스 인바운드 신뢰 설정(cross-tenant access inbound trust settings)에서 그 테넌트의 MFA를 신뢰하는 경우에만 사용자의 테넌트에서 인정됩니다(Microsoft Learn). 이 신뢰가 없으면(기본값) 게스트는 사용자의 테넌트에서 MFA를 등록하고 수행합니다.',
      steps: [
        '파트너와 협력하여 파트너의 사용자가 이 요구 사항을 알도록 합니다.',
        '게스트가 홈 테넌트에서 수행한 MFA를 인정하려면 테넌트 간 액세스 인바운드 신뢰 설정에서 그 테넌트의 MFA를 신뢰합니다.',
        '사용자별 MFA를 사용한다면 디렉터리의 게스트도 적용(Enforced) 또는 사용(Enabled)으로 설정합니다.',
      ],
    },
    'mfa-external-idp': {
      title: '타사 MFA 또는 페더레이션 ID 공급자를 사용합니다',
      shortAnswer:
        '타사 MFA는 외부 인증 방법으로 Microsoft Entra ID에 직접 통합할 수 있습니다. Entra ID가 ID 공급자와 페더레이션되어 있다면, 그 공급자가 multipleauthn 클레임을 Microsoft Entra ID로 보내도록 구성해야 합니다. Entra ID는 도메인의 federatedIdpMfaBehavior 설정이 ID 공급자에서 수행한 MFA를 허용하는 경우에만 이를 인정합니다.',
      steps: [
        '타사 MFA: 공급자를 외부 인증 방법으로 추가합니다(“Microsoft Entra ID에서 외부 인증 방법 관리” 참조. 외부 인증 방법에는 최소한 Microsoft Entra ID P1이 필요함). 공급자용 세부 정보는 Microsoft Entra 다단계 인증 외부 방법 공급자 참조에 있습니다.',
        '페더레이션 ID 공급자: “페더레이션 IdP의 MFA 클레임으로 Microsoft Entra ID MFA 제어 충족”에 설명된 대로 multipleauthn 클레임을 보내도록 구성합니다.',
        'Microsoft Entra ID는 도메인의 페더레이션 MFA 설정(federatedIdpMfaBehavior)이 ID 공급자에서 수행한 MFA를 허용하는 경우(acceptIfMfaDoneByFederatedIdp 또는 enforceMfaByFederatedIdp)에만 그 클레임을 인정합니다. rejectMfaByFederatedIdp이면 Entra ID가 항상 직접 MFA를 수행합니다.',
      ],
    },
    'mfa-after-deadline': {
      title: 'MFA를 설정하지 않은 사용자는 어떻게 되나요?',
      shortAnswer:
        '2026년 1월 5일부터 MFA를 설정하지 않은 사용자가 Volume Licensing Central에서 완전히 차단되지는 않습니다. 로그인 과정에서 MFA에 등록하라는 메시지가 표시됩니다. 건너뛸 수 없으며, MFA 없이는 계속할 수 없습니다.',
      steps: [
        '로그인할 때 Microsoft Entra ID가 사용자에게 먼저 MFA 등록을 완료하라고 요청합니다.',
        '**다음**(Next)을 선택하면 확인 방법 목록에서 선택하라는 메시지가 표시됩니다.',
        '등록한 후 선택한 방법으로 MFA 확인을 완료합니다.',
        '등록을 거부한 사용자는 Volume Licensing Central로 진행할 수 없습니다. 완료할 때까지 이 메시지는 매번 표시됩니다.',
      ],
    },
    'mfa-support-contact': {
      title: 'MFA를 사용하도록 설정하는 데 문제가 있으면 어디에 문의하나요?',
      shortAnswer: `조직에서 MFA를 사용하도록 설정하는 데 문제가 있으면 ${LINKS.mfaSupportEmail}(으)로 메일을 보내 도움을 요청하세요.`,
      steps: [
        `조직에서 MFA를 사용하도록 설정할 때의 문제를 설명하여 ${LINKS.mfaSupportEmail}(으)로 메일을 보냅니다.`,
        '또는 **MFA 지원팀에 보낼 메일 작성**을 입력하면 제가 메시지를 준비해 드립니다.',
      ],
    },
  },
  links: {
    takeover: '관리되지 않는 디렉터리 인수(Microsoft Learn)',
    selfServiceSignup: 'Microsoft Entra ID의 셀프 서비스 등록이란?(Microsoft Learn)',
    signUp: '회사 또는 학교 계정 가입',
    vlscSupport: 'VLSC 지원팀에 문의',
    vlsc: 'Volume Licensing Service Center',
    entra: 'Microsoft Entra 관리 센터',
    mfaSetup: '로그인 방법 설정(aka.ms/mfasetup)',
    enableMfa: 'Microsoft Entra 다단계 인증 사용(Microsoft Learn)',
    securityDefaults: 'Microsoft Entra ID의 보안 기본값 구성(Microsoft Learn)',
    perUserMfa: '사용자별 다단계 인증 사용(Microsoft Learn)',
    externalMfa: 'Microsoft Entra 다단계 인증 외부 방법 공급자 참조(Microsoft Learn)',
    externalMfaManage: 'Microsoft Entra ID에서 외부 인증 방법 관리(Microsoft Learn)',
    federatedMfa: '페더레이션 IdP의 MFA 클레임으로 Microsoft Entra ID MFA 제어 충족(Microsoft Learn)',
    guestMfa: 'External ID의 인증 및 조건부 액세스(Microsoft Learn)',
    manageUserMfaMethods: 'Microsoft Entra 다단계 인증의 사용자 인증 방법 관리(Microsoft Learn)',
    mfaSupport: `${LINKS.mfaSupportEmail}(으)로 메일 보내기`,
  },
};
