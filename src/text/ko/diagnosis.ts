import type { LookupFailure, LookupProblem, TenantLabel, TenantNote, UnconfirmedCause } from '../../domain/types';
import { inWords, type CatalogWords, type WordsFor } from '../catalog';
import { address } from './address';

const sources: CatalogWords['diagnosis']['sources'] = {
  'user-realm': '사용자 영역(user realm)',
  'credential-type': '자격 증명 유형(credential type)',
  'openid-configuration': '테넌트 OpenID 구성',
};

/** What the check found wrong in Microsoft's answers, as the failure's detail says it. */
const problems: WordsFor<LookupProblem> = {
  'not-an-answer': ({ ifExistsResult }) => `IfExistsResult ${ifExistsResult}은(는) 올바른 응답이 아닙니다`,
  'unknown-domain': ({ domain }) =>
    `자격 증명 유형 조회는 회사 계정이 있다고 답하지만 Entra ID는 ${domain}을(를) 알지 못합니다. 이 조회는 제한(스로틀링)되는 동안 모든 주소에 “존재함”이라고 답하는 것으로 알려져 있습니다`,
  'no-tenant': ({ domain }) => `${domain}의 테넌트를 찾지 못했지만 자격 증명 유형 조회는 회사 계정이 있다고 답합니다`,
};

/** A failed lookup's detail: what the check found wrong, or what the upstream service said. */
const failureDetail = (failure: LookupFailure): string => ('detail' in failure ? failure.detail : inWords<LookupProblem>(problems, failure));

/** Why the exact address is not confirmed, as the end of a reason. */
const unconfirmedCauses: WordsFor<UnconfirmedCause> = {
  federated: () => '페더레이션 도메인은 모든 주소에 “존재함”이라고 답하기 때문입니다',
  busy: () => '그 도메인의 지어낸 주소도 “존재함”이라고 답했기 때문입니다(조회가 제한되는 동안의 동작입니다)',
  'control-failed': ({ detail }) => `실제 응답과 제한된 응답을 구분하기 위한, 그 도메인의 지어낸 주소 조회가 실패했기 때문입니다(${detail})`,
  'control-not-asked': () => '실제 응답과 제한된 응답을 구분하기 위한, 그 도메인의 지어낸 주소 조회가 실패했기 때문입니다(요청하지 않음)',
};
const why = (cause: UnconfirmedCause) => inWords(unconfirmedCauses, cause);

const tenantNotes: WordsFor<TenantNote> = {
  organisation: ({ domain, tenant }) => ` (${domain}은(는) ${tenant} 테넌트에 속하며, 그 관리자가 계정을 만들 수 있습니다)`,
  unmanaged: ({ domain }) => ` (${domain}에는 관리되지 않는 셀프 서비스 테넌트만 있습니다)`,
};
const note = (tenantNote: TenantNote | null) => (tenantNote ? inWords(tenantNotes, tenantNote) : '');
const tenantLabel = ({ tenant, federated }: TenantLabel) => `${tenant}(${federated ? '페더레이션' : '관리됨'})`;

/** The diagnosis's `reason`: one sentence of what the lookups found, for the command line and case cards. */
export const diagnosis: CatalogWords['diagnosis'] = {
  sources,
  failureDetail,
  reasons: {
    'invalid-address': ({ problem }) => address.problems[problem],
    'lookup-failed': (r) =>
      `${sources[r.failure.source]} 조회가 실패하여(${failureDetail(r.failure)}) ${r.address}을(를) 확인할 수 없었으므로 아무것도 결론 내리지 않았습니다. 몇 분 후에 다시 시도하세요.`,
    'personal-account': (r) => `${r.address}은(는) 개인 Microsoft 계정일 뿐이며, 이 주소를 사용하는 회사 또는 학교 계정은 없습니다${note(r.note)}.`,
    'no-account': (r) => `${r.address}을(를) 사용하는 회사 또는 학교 계정도, 개인 Microsoft 계정도 없습니다${note(r.note)}.`,
    takeover: (r) =>
      `${r.domain}은(는) 관리되지 않는(셀프 서비스 등록) Entra 테넌트에 속하며 ${r.address}은(는) 그곳의 회사 계정입니다. 관리자가 도메인을 증명하여 테넌트를 인수해야 합니다.`,
    'choose-work': (r) =>
      `${r.address}은(는) ${tenantLabel(r.tenant)} 테넌트의 회사 계정이면서 개인 Microsoft 계정이기도 합니다. 로그인할 때 회사 또는 학교 계정을 선택하세요.`,
    ready: (r) => `${r.address}은(는) ${tenantLabel(r.tenant)} 테넌트의 회사 계정이며, 이 주소를 사용하는 개인 Microsoft 계정은 없습니다.`,
    'takeover-unconfirmed': (r) =>
      `${r.domain}은(는) 관리되지 않는(셀프 서비스 등록) Entra 테넌트에 속합니다. 관리자가 도메인을 증명하여 테넌트를 인수해야 합니다. ${r.address} 자체가 존재하는지는 확인되지 않았습니다. ${why(r.why)}.`,
    'choose-work-unconfirmed': (r) =>
      `개인 Microsoft 계정이 ${r.address}을(를) 사용하고 있으며, ${r.domain}은(는) ${tenantLabel(r.tenant)} 테넌트에 속합니다. 로그인할 때 회사 또는 학교 계정을 선택하세요. 회사 계정이 ${r.address} 자체를 사용하는지는 확인되지 않았습니다. ${why(r.why)}.`,
    'ready-unconfirmed': (r) =>
      `${r.domain}은(는) VLSC에 필요한 종류인 ${tenantLabel(r.tenant)} 테넌트에 속하며, ${r.address}을(를) 사용하는 개인 Microsoft 계정은 없습니다. ${r.address} 자체가 존재하는지는 확인되지 않았습니다. ${why(r.why)}.`,
    'ready-personal-unknown': (r) =>
      `${r.domain}은(는) VLSC에 필요한 종류인 ${tenantLabel(r.tenant)} 테넌트에 속합니다. ${r.address} 자체가 존재하는지, 그리고 개인 Microsoft 계정도 이 주소를 사용하는지는 알 수 없습니다. ${why(r.why)}. 사용자 영역(user realm)도 알려 주지 않았습니다.`,
    recorded: ({ text }) => text,
  },
};
