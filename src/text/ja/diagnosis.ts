import type { LookupFailure, LookupProblem, TenantLabel, TenantNote, UnconfirmedCause } from '../../domain/types';
import { inWords, type CatalogWords, type WordsFor } from '../catalog';
import { address } from './address';

const sources: CatalogWords['diagnosis']['sources'] = {
  'user-realm': 'ユーザー領域',
  'credential-type': '資格情報の種類',
  'openid-configuration': 'テナントの OpenID 構成',
};

/** What the check found wrong in Microsoft's answers, as the failure's detail says it. */
const problems: WordsFor<LookupProblem> = {
  'not-an-answer': ({ ifExistsResult }) => `IfExistsResult ${ifExistsResult} は有効な応答ではありません`,
  'unknown-domain': ({ domain }) =>
    `資格情報の種類の検索は職場アカウントがあると答えていますが、Entra ID は ${domain} を認識していません。この検索は、調整 (スロットリング) 中はどのアドレスにも「存在する」と答えることが報告されています`,
  'no-tenant': ({ domain }) => `${domain} のテナントが見つかりませんが、資格情報の種類の検索は職場アカウントがあると答えています`,
};

/** A failed lookup's detail: what the check found wrong, or what the upstream service said. */
const failureDetail = (failure: LookupFailure): string => ('detail' in failure ? failure.detail : inWords<LookupProblem>(problems, failure));

/** Why the exact address is not confirmed, as the end of a reason. */
const unconfirmedCauses: WordsFor<UnconfirmedCause> = {
  federated: () => 'フェデレーション ドメインはすべてのアドレスに「存在する」と答えるため',
  busy: () => 'そのドメインの存在しないはずのアドレスにも「存在する」と答えたため (調整 (スロットリング) 中の検索の動作です)',
  'control-failed': ({ detail }) => `本当の応答と調整中の応答を見分けるための、そのドメインの存在しないはずのアドレスの検索が失敗したため (${detail})`,
  'control-not-asked': () => '本当の応答と調整中の応答を見分けるための、そのドメインの存在しないはずのアドレスの検索が失敗したため (未実施)',
};
const why = (cause: UnconfirmedCause) => inWords(unconfirmedCauses, cause);

const tenantNotes: WordsFor<TenantNote> = {
  organisation: ({ domain, tenant }) => ` (${domain} は ${tenant} テナントに属しており、その管理者がアカウントを作成できます)`,
  unmanaged: ({ domain }) => ` (${domain} には管理されていないセルフサービスのテナントしかありません)`,
};
const note = (tenantNote: TenantNote | null) => (tenantNote ? inWords(tenantNotes, tenantNote) : '');
const tenantLabel = ({ tenant, federated }: TenantLabel) => `${tenant} (${federated ? 'フェデレーション' : '管理されている'})`;

/** The diagnosis's `reason`: one sentence of what the lookups found, for the command line and case cards. */
export const diagnosis: CatalogWords['diagnosis'] = {
  sources,
  failureDetail,
  reasons: {
    'invalid-address': ({ problem }) => address.problems[problem],
    'lookup-failed': (r) =>
      `${sources[r.failure.source]}の検索が失敗したため (${failureDetail(r.failure)})、${r.address} を確認できませんでした。何も結論づけていません。数分後にもう一度お試しください。`,
    'personal-account': (r) => `${r.address} は個人用 Microsoft アカウントのみで、職場または学校アカウントでは使われていません${note(r.note)}。`,
    'no-account': (r) => `${r.address} は、職場または学校アカウントでも個人用 Microsoft アカウントでも使われていません${note(r.note)}。`,
    takeover: (r) =>
      `${r.domain} は管理されていない (セルフサービス サインアップの) Entra テナントに属しており、${r.address} はそこの職場アカウントです。管理者がドメインを証明してテナントを引き継ぐ必要があります。`,
    'choose-work': (r) =>
      `${r.address} は ${tenantLabel(r.tenant)} テナントの職場アカウントであり、個人用 Microsoft アカウントでもあります。サインイン時に職場または学校アカウントを選んでください。`,
    ready: (r) => `${r.address} は ${tenantLabel(r.tenant)} テナントの職場アカウントで、個人用 Microsoft アカウントでは使われていません。`,
    'takeover-unconfirmed': (r) =>
      `${r.domain} は管理されていない (セルフサービス サインアップの) Entra テナントに属しています。管理者がドメインを証明してテナントを引き継ぐ必要があります。${r.address} 自体が存在するかは確認できていません。${why(r.why)}です。`,
    'choose-work-unconfirmed': (r) =>
      `${r.address} は個人用 Microsoft アカウントで使われており、${r.domain} は ${tenantLabel(r.tenant)} テナントに属しています。サインイン時に職場または学校アカウントを選んでください。${r.address} 自体を職場アカウントが使っているかは確認できていません。${why(r.why)}です。`,
    'ready-unconfirmed': (r) =>
      `${r.domain} は VLSC が必須としている種類の ${tenantLabel(r.tenant)} テナントに属しており、${r.address} は個人用 Microsoft アカウントでは使われていません。${r.address} 自体が存在するかは確認できていません。${why(r.why)}です。`,
    'ready-personal-unknown': (r) =>
      `${r.domain} は VLSC が必須としている種類の ${tenantLabel(r.tenant)} テナントに属しています。${r.address} 自体が存在するか、また個人用 Microsoft アカウントでも使われているかはわかりません。${why(r.why)}で、ユーザー領域 (user realm) からも情報がありませんでした。`,
    recorded: ({ text }) => text,
  },
};
