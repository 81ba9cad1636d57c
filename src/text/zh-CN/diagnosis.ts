import type { LookupFailure, LookupProblem, TenantLabel, TenantNote, UnconfirmedCause } from '../../domain/types';
import { inWords, type CatalogWords, type WordsFor } from '../catalog';
import { address } from './address';

const sources = { 'user-realm': '用户领域 (user realm)', 'credential-type': '凭据类型 (credential type)', 'openid-configuration': '租户 OpenID 配置' };

/** 检查在 Microsoft 的响应中发现的问题，即失败详细信息所述内容。 */
const problems: WordsFor<LookupProblem> = {
  'not-an-answer': ({ ifExistsResult }) => `IfExistsResult ${ifExistsResult} 不是有效的响应`,
  'unknown-domain': ({ domain }) =>
    `凭据类型查询报告存在工作帐户，但 Entra ID 不知道 ${domain}；据报告，该查询在受限流时对任何地址都回答“存在”`,
  'no-tenant': ({ domain }) => `未找到 ${domain} 的租户，但凭据类型查询报告存在工作帐户`,
};

/** 失败查询的详细信息：检查发现的问题，或上游服务的说法。 */
const failureDetail = (failure: LookupFailure): string => ('detail' in failure ? failure.detail : inWords<LookupProblem>(problems, failure));

/** 这个确切地址未经确认的原因，作为原因说明的结尾。 */
const unconfirmedCauses: WordsFor<UnconfirmedCause> = {
  federated: () => '联合域对每个地址都回答“存在”',
  busy: () => '该域中一个编造的地址也回答了“存在”，查询在受限流时就会这样',
  'control-failed': ({ detail }) => `对该域中一个编造地址的查询（用于区分真实响应和受限流响应）失败（${detail}）`,
  'control-not-asked': () => '对该域中一个编造地址的查询（用于区分真实响应和受限流响应）失败（未查询）',
};
const why = (cause: UnconfirmedCause) => inWords(unconfirmedCauses, cause);

const tenantNotes: WordsFor<TenantNote> = {
  organisation: ({ domain, tenant }) => `（${domain} 属于 ${tenant} 租户：其管理员可以创建一个）`,
  unmanaged: ({ domain }) => `（${domain} 只有一个非托管的自助服务租户）`,
};
const note = (tenantNote: TenantNote | null) => (tenantNote ? inWords(tenantNotes, tenantNote) : '');
const tenantLabel = ({ tenant, federated }: TenantLabel) => `${tenant}（${federated ? '联合' : '托管'}）`;

/** 诊断的 `reason`：用一句话说明查询发现了什么，供命令行和工单卡片使用。 */
export const diagnosis: CatalogWords['diagnosis'] = {
  sources,
  failureDetail,
  reasons: {
    'invalid-address': ({ problem }) => address.problems[problem],
    'lookup-failed': (r) =>
      `无法检查 ${r.address}，因为“${sources[r.failure.source]}”查询失败（${failureDetail(r.failure)}），因此未得出任何结论；请在几分钟后重试。`,
    'personal-account': (r) => `${r.address} 只是个人 Microsoft 帐户；没有工作或学校帐户使用它${note(r.note)}。`,
    'no-account': (r) => `既没有工作或学校帐户，也没有个人 Microsoft 帐户使用 ${r.address}${note(r.note)}。`,
    takeover: (r) =>
      `${r.domain} 属于一个非托管（自助注册）Entra 租户，${r.address} 是其中的工作帐户；管理员必须通过证明对域的所有权来接管该租户。`,
    'choose-work': (r) =>
      `${r.address} 既是 ${tenantLabel(r.tenant)} 租户中的工作帐户，也是个人 Microsoft 帐户；登录时请选择工作或学校帐户。`,
    ready: (r) => `${r.address} 是 ${tenantLabel(r.tenant)} 租户中的工作帐户，并且没有个人 Microsoft 帐户使用它。`,
    'takeover-unconfirmed': (r) =>
      `${r.domain} 属于一个非托管（自助注册）Entra 租户；管理员必须通过证明对域的所有权来接管该租户。${r.address} 本身是否存在未经确认：${why(r.why)}。`,
    'choose-work-unconfirmed': (r) =>
      `有个人 Microsoft 帐户使用 ${r.address}，且 ${r.domain} 属于 ${tenantLabel(r.tenant)} 租户；登录时请选择工作或学校帐户。是否有工作帐户使用 ${r.address} 本身未经确认：${why(r.why)}。`,
    'ready-unconfirmed': (r) =>
      `${r.domain} 属于 ${tenantLabel(r.tenant)} 租户，这正是 VLSC 要求的类型，并且没有个人 Microsoft 帐户使用 ${r.address}。${r.address} 本身是否存在未经确认：${why(r.why)}。`,
    'ready-personal-unknown': (r) =>
      `${r.domain} 属于 ${tenantLabel(r.tenant)} 租户，这正是 VLSC 要求的类型。${r.address} 本身是否存在，以及是否还有个人 Microsoft 帐户使用它，均不得而知：${why(r.why)}，且用户领域未作说明。`,
    recorded: ({ text }) => text,
  },
};
