import type { LookupFailure, LookupProblem, TenantLabel, TenantNote, UnconfirmedCause } from '../../domain/types';
import { inWords, type CatalogWords, type WordsFor } from '../catalog';
import { address } from './address';

const sources = { 'user-realm': 'realm do usuário (user realm)', 'credential-type': 'tipo de credencial (credential type)', 'openid-configuration': 'configuração OpenID do locatário' } as const;

/** What the check found wrong in Microsoft's answers, as the failure's detail says it. */
const problems: WordsFor<LookupProblem> = {
  'not-an-answer': ({ ifExistsResult }) => `IfExistsResult ${ifExistsResult} não é uma resposta`,
  'unknown-domain': ({ domain }) =>
    `o tipo de credencial indica uma conta corporativa, mas o Entra ID não conhece ${domain}; sabe-se que a consulta responde “existe” para qualquer endereço quando está limitando as solicitações`,
  'no-tenant': ({ domain }) => `nenhum locatário encontrado para ${domain}, mas o tipo de credencial indica uma conta corporativa`,
};

/** A failed lookup's detail: what the check found wrong, or what the upstream service said. */
const failureDetail = (failure: LookupFailure): string => ('detail' in failure ? failure.detail : inWords<LookupProblem>(problems, failure));

/** Why the exact address is not confirmed, as the end of a reason. */
const unconfirmedCauses: WordsFor<UnconfirmedCause> = {
  federated: () => 'um domínio federado responde “existe” para todos os endereços',
  busy: () => 'um endereço inventado do domínio também respondeu “existe”, como a consulta faz quando está limitando as solicitações',
  'control-failed': ({ detail }) =>
    `a consulta de um endereço inventado do domínio, que distingue as respostas reais das limitadas, falhou (${detail})`,
  'control-not-asked': () => 'a consulta de um endereço inventado do domínio, que distingue as respostas reais das limitadas, falhou (não foi feita)',
};
const why = (cause: UnconfirmedCause) => inWords(unconfirmedCauses, cause);

const tenantNotes: WordsFor<TenantNote> = {
  organisation: ({ domain, tenant }) => ` (${domain} pertence ao locatário ${tenant}: os administradores dele podem criar uma)`,
  unmanaged: ({ domain }) => ` (${domain} só tem um locatário não gerenciado, de autoatendimento)`,
};
const note = (tenantNote: TenantNote | null) => (tenantNote ? inWords(tenantNotes, tenantNote) : '');
const tenantLabel = ({ tenant, federated }: TenantLabel) => `${tenant} (${federated ? 'federado' : 'gerenciado'})`;

/** The diagnosis's `reason`: one sentence of what the lookups found, for the command line and case cards. */
export const diagnosis: CatalogWords['diagnosis'] = {
  sources,
  failureDetail,
  reasons: {
    'invalid-address': ({ problem }) => address.problems[problem],
    'lookup-failed': (r) =>
      `Não foi possível verificar ${r.address} porque a consulta de ${sources[r.failure.source]} falhou (${failureDetail(r.failure)}), então nada foi concluído; tente de novo em alguns minutos.`,
    'personal-account': (r) => `${r.address} é apenas uma conta pessoal da Microsoft; nenhuma conta corporativa ou de estudante o usa${note(r.note)}.`,
    'no-account': (r) => `Nem uma conta corporativa ou de estudante nem uma conta pessoal da Microsoft usa ${r.address}${note(r.note)}.`,
    takeover: (r) =>
      `${r.domain} pertence a um locatário do Entra não gerenciado (criado por inscrição de autoatendimento) e ${r.address} é uma conta corporativa nele; um administrador precisa assumir o controle do locatário provando a propriedade do domínio.`,
    'choose-work': (r) =>
      `${r.address} é ao mesmo tempo uma conta corporativa do locatário ${tenantLabel(r.tenant)} e uma conta pessoal da Microsoft; escolha a conta corporativa ou de estudante ao entrar.`,
    ready: (r) => `${r.address} é uma conta corporativa do locatário ${tenantLabel(r.tenant)} e nenhuma conta pessoal da Microsoft o usa.`,
    'takeover-unconfirmed': (r) =>
      `${r.domain} pertence a um locatário do Entra não gerenciado (criado por inscrição de autoatendimento); um administrador precisa assumir o controle do locatário provando a propriedade do domínio. Não está confirmado se ${r.address} existe: ${why(r.why)}.`,
    'choose-work-unconfirmed': (r) =>
      `Uma conta pessoal da Microsoft usa ${r.address}, e ${r.domain} pertence ao locatário ${tenantLabel(r.tenant)}; escolha a conta corporativa ou de estudante ao entrar. Não está confirmado se uma conta corporativa usa ${r.address}: ${why(r.why)}.`,
    'ready-unconfirmed': (r) =>
      `${r.domain} pertence ao locatário ${tenantLabel(r.tenant)}, o tipo que o VLSC exige, e nenhuma conta pessoal da Microsoft usa ${r.address}. Não está confirmado se ${r.address} existe: ${why(r.why)}.`,
    'ready-personal-unknown': (r) =>
      `${r.domain} pertence ao locatário ${tenantLabel(r.tenant)}, o tipo que o VLSC exige. Não se sabe se ${r.address} existe nem se uma conta pessoal da Microsoft também o usa: ${why(r.why)}, e o realm do usuário (user realm) não informou.`,
    recorded: ({ text }) => text,
  },
};
