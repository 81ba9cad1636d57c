import type { LookupFailure, LookupProblem, TenantLabel, TenantNote, UnconfirmedCause } from '../../domain/types';
import { inWords, type CatalogWords, type WordsFor } from '../catalog';
import { address } from './address';

const sources = { 'user-realm': 'User Realm', 'credential-type': 'Credential Type', 'openid-configuration': 'OpenID-Konfiguration des Mandanten' } as const;

/** What the check found wrong in Microsoft's answers, as the failure's detail says it. */
const problems: WordsFor<LookupProblem> = {
  'not-an-answer': ({ ifExistsResult }) => `IfExistsResult ${ifExistsResult} ist keine Antwort`,
  'unknown-domain': ({ domain }) =>
    `Credential Type meldet ein Geschäftskonto, doch Entra ID kennt ${domain} nicht; die Abfrage antwortet Berichten zufolge für jede Adresse mit „existiert“, während sie gedrosselt wird`,
  'no-tenant': ({ domain }) => `kein Mandant für ${domain} gefunden, doch Credential Type meldet ein Geschäftskonto`,
};

/** A failed lookup's detail: what the check found wrong, or what the upstream service said. */
const failureDetail = (failure: LookupFailure): string => ('detail' in failure ? failure.detail : inWords<LookupProblem>(problems, failure));

const MADE_UP_LOOKUP_FAILED = 'Die Abfrage einer erfundenen Adresse der Domäne, die echte Antworten von gedrosselten unterscheidet, ist fehlgeschlagen';

/** Why the exact address is not confirmed, as the end of a reason. */
const unconfirmedCauses: WordsFor<UnconfirmedCause> = {
  federated: () => 'Eine Verbunddomäne antwortet für jede Adresse mit „existiert“',
  busy: () => 'Auch eine erfundene Adresse der Domäne ergab „existiert“, wie es die Abfrage während einer Drosselung tut',
  'control-failed': ({ detail }) => `${MADE_UP_LOOKUP_FAILED} (${detail})`,
  'control-not-asked': () => `${MADE_UP_LOOKUP_FAILED} (nicht abgefragt)`,
};
const why = (cause: UnconfirmedCause) => inWords(unconfirmedCauses, cause);

const tenantNotes: WordsFor<TenantNote> = {
  organisation: ({ domain, tenant }) => ` (${domain} gehört zum Mandanten ${tenant}: Dessen Administratoren können eines anlegen)`,
  unmanaged: ({ domain }) => ` (${domain} hat nur einen nicht verwalteten Self-Service-Mandanten)`,
};
const note = (tenantNote: TenantNote | null) => (tenantNote ? inWords(tenantNotes, tenantNote) : '');
const tenantLabel = ({ tenant, federated }: TenantLabel) => `${tenant} (${federated ? 'Verbund' : 'verwaltet'})`;

const TAKEOVER = 'ein Administrator muss den Mandanten übernehmen, indem er die Domäne nachweist';
const CHOOSE_WORK = 'wählen Sie bei der Anmeldung das Geschäfts-, Schul- oder Unikonto';

/** The diagnosis's `reason`: one sentence of what the lookups found, for the command line and case cards. */
export const diagnosis: CatalogWords['diagnosis'] = {
  sources,
  failureDetail,
  reasons: {
    'invalid-address': ({ problem }) => address.problems[problem],
    'lookup-failed': (r) =>
      `${r.address} konnte nicht geprüft werden, weil die Abfrage „${sources[r.failure.source]}“ fehlgeschlagen ist (${failureDetail(r.failure)}); daher wird nichts gefolgert. Versuchen Sie es in ein paar Minuten noch einmal.`,
    'personal-account': (r) => `${r.address} ist nur ein persönliches Microsoft-Konto; kein Geschäfts-, Schul- oder Unikonto verwendet die Adresse${note(r.note)}.`,
    'no-account': (r) => `Weder ein Geschäfts-, Schul- oder Unikonto noch ein persönliches Microsoft-Konto verwendet ${r.address}${note(r.note)}.`,
    takeover: (r) =>
      `${r.domain} gehört zu einem nicht verwalteten Entra-Mandanten (aus einer Self-Service-Registrierung), und ${r.address} ist dort ein Geschäftskonto; ${TAKEOVER}.`,
    'choose-work': (r) =>
      `${r.address} ist sowohl ein Geschäftskonto im Mandanten ${tenantLabel(r.tenant)} als auch ein persönliches Microsoft-Konto; ${CHOOSE_WORK}.`,
    ready: (r) => `${r.address} ist ein Geschäftskonto im Mandanten ${tenantLabel(r.tenant)}, und kein persönliches Microsoft-Konto verwendet die Adresse.`,
    'takeover-unconfirmed': (r) =>
      `${r.domain} gehört zu einem nicht verwalteten Entra-Mandanten (aus einer Self-Service-Registrierung); ${TAKEOVER}. Ob ${r.address} selbst existiert, ist nicht bestätigt: ${why(r.why)}.`,
    'choose-work-unconfirmed': (r) =>
      `Ein persönliches Microsoft-Konto verwendet ${r.address}, und ${r.domain} gehört zum Mandanten ${tenantLabel(r.tenant)}; ${CHOOSE_WORK}. Ob ein Geschäftskonto ${r.address} selbst verwendet, ist nicht bestätigt: ${why(r.why)}.`,
    'ready-unconfirmed': (r) =>
      `${r.domain} gehört zum Mandanten ${tenantLabel(r.tenant)}, der Art, die das VLSC verlangt, und kein persönliches Microsoft-Konto verwendet ${r.address}. Ob ${r.address} selbst existiert, ist nicht bestätigt: ${why(r.why)}.`,
    'ready-personal-unknown': (r) =>
      `${r.domain} gehört zum Mandanten ${tenantLabel(r.tenant)}, der Art, die das VLSC verlangt. Ob ${r.address} selbst existiert und ob auch ein persönliches Microsoft-Konto die Adresse verwendet, ist nicht bekannt: ${why(r.why)}, und der User Realm hat es nicht gesagt.`,
    recorded: ({ text }) => text,
  },
};
