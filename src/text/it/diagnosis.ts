import type { DiagnosisReason, LookupFailure, LookupProblem, TenantLabel, TenantNote, UnconfirmedCause } from '../../domain/types';
import type { CatalogWords } from '../catalog';
import { inWords, type WordsFor } from '../catalog';
import { address } from './address';

const sources = { 'user-realm': 'realm utente', 'credential-type': 'tipo di credenziale', 'openid-configuration': 'configurazione OpenID del tenant' } as const;

/** What the check found wrong in Microsoft's answers, as the failure's detail says it. */
const problems: WordsFor<LookupProblem> = {
  'not-an-answer': ({ ifExistsResult }) => `IfExistsResult ${ifExistsResult} non è una risposta`,
  'unknown-domain': ({ domain }) =>
    `il tipo di credenziale indica un account aziendale, ma Entra ID non conosce ${domain}; risulta che la ricerca risponda “exists” (esiste) per qualsiasi indirizzo quando è sotto limitazione`,
  'no-tenant': ({ domain }) => `nessun tenant trovato per ${domain}, ma il tipo di credenziale indica un account aziendale`,
};

/** A failed lookup's detail: what the check found wrong, or what the upstream service said. */
const failureDetail = (failure: LookupFailure): string => ('detail' in failure ? failure.detail : inWords<LookupProblem>(problems, failure));

/** Why the exact address is not confirmed, as the end of a reason. */
const unconfirmedCauses: WordsFor<UnconfirmedCause> = {
  federated: () => 'un dominio federato risponde “exists” (esiste) per ogni indirizzo',
  busy: () => 'anche un indirizzo inventato dello stesso dominio ha risposto “exists” (esiste), come fa la ricerca quando è sotto limitazione',
  'control-failed': ({ detail }) =>
    `la ricerca di un indirizzo inventato dello stesso dominio, che distingue le risposte reali da quelle sotto limitazione, non è riuscita (${detail})`,
  'control-not-asked': () =>
    'la ricerca di un indirizzo inventato dello stesso dominio, che distingue le risposte reali da quelle sotto limitazione, non è riuscita (non eseguita)',
};
const why = (cause: UnconfirmedCause) => inWords(unconfirmedCauses, cause);

const tenantNotes: WordsFor<TenantNote> = {
  organisation: ({ domain, tenant }) => ` (${domain} appartiene al tenant ${tenant}: i suoi amministratori possono crearne uno)`,
  unmanaged: ({ domain }) => ` (${domain} ha solo un tenant non gestito, creato con iscrizione self-service)`,
};
const note = (tenantNote: TenantNote | null) => (tenantNote ? inWords(tenantNotes, tenantNote) : '');
const tenantLabel = ({ tenant, federated }: TenantLabel) => `${tenant} (${federated ? 'federato' : 'gestito'})`;

const reasons: WordsFor<DiagnosisReason> = {
  'invalid-address': ({ problem }) => address.problems[problem],
  'lookup-failed': (r) =>
    `Non è stato possibile controllare ${r.address} perché la ricerca ${sources[r.failure.source]} non è riuscita (${failureDetail(r.failure)}), quindi non si conclude nulla; riprova tra qualche minuto.`,
  'personal-account': (r) => `${r.address} è solo un account Microsoft personale; nessun account aziendale o dell’istituto di istruzione lo usa${note(r.note)}.`,
  'no-account': (r) => `Né un account aziendale o dell’istituto di istruzione né un account Microsoft personale usa ${r.address}${note(r.note)}.`,
  takeover: (r) =>
    `${r.domain} appartiene a un tenant Entra non gestito (creato con iscrizione self-service) e ${r.address} è un account aziendale in quel tenant; un amministratore deve acquisire il tenant dimostrando la proprietà del dominio.`,
  'choose-work': (r) =>
    `${r.address} è sia un account aziendale nel tenant ${tenantLabel(r.tenant)} sia un account Microsoft personale; quando accedi, scegli l’account aziendale o dell’istituto di istruzione.`,
  ready: (r) => `${r.address} è un account aziendale nel tenant ${tenantLabel(r.tenant)} e nessun account Microsoft personale lo usa.`,
  'takeover-unconfirmed': (r) =>
    `${r.domain} appartiene a un tenant Entra non gestito (creato con iscrizione self-service); un amministratore deve acquisire il tenant dimostrando la proprietà del dominio. Non è confermato che ${r.address} esista davvero: ${why(r.why)}.`,
  'choose-work-unconfirmed': (r) =>
    `Un account Microsoft personale usa ${r.address}, e ${r.domain} appartiene al tenant ${tenantLabel(r.tenant)}; quando accedi, scegli l’account aziendale o dell’istituto di istruzione. Non è confermato che un account aziendale usi proprio ${r.address}: ${why(r.why)}.`,
  'ready-unconfirmed': (r) =>
    `${r.domain} appartiene al tenant ${tenantLabel(r.tenant)}, il tipo che VLSC richiede, e nessun account Microsoft personale usa ${r.address}. Non è confermato che ${r.address} esista davvero: ${why(r.why)}.`,
  'ready-personal-unknown': (r) =>
    `${r.domain} appartiene al tenant ${tenantLabel(r.tenant)}, il tipo che VLSC richiede. Non si sa se ${r.address} esista davvero, né se lo usi anche un account Microsoft personale: ${why(r.why)}, e il realm utente non l’ha indicato.`,
  recorded: ({ text }) => text,
};

/** The diagnosis's `reason`: one sentence of what the lookups found, for the command line and case cards. */
export const diagnosis: CatalogWords['diagnosis'] = {
  sources,
  failureDetail,
  reasons,
};
