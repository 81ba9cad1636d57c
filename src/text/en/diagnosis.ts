import type { DiagnosisReason, LookupFailure, LookupProblem, TenantLabel, TenantNote, UnconfirmedCause } from '../../domain/types';
import { inWords, type WordsFor } from '../catalog';
import { address } from './address';

const sources = { 'user-realm': 'user realm', 'credential-type': 'credential type', 'openid-configuration': 'tenant OpenID configuration' } as const;

/** What the check found wrong in Microsoft's answers, as the failure's detail says it. */
const problems: WordsFor<LookupProblem> = {
  'not-an-answer': ({ ifExistsResult }) => `IfExistsResult ${ifExistsResult} is not an answer`,
  'unknown-domain': ({ domain }) =>
    `credential type reports a work account, yet Entra ID does not know ${domain}; the lookup is reported to answer “exists” for any address while throttled`,
  'no-tenant': ({ domain }) => `no tenant found for ${domain}, yet credential type reports a work account`,
};

/** A failed lookup's detail: what the check found wrong, or what the upstream service said. */
const failureDetail = (failure: LookupFailure): string => ('detail' in failure ? failure.detail : inWords<LookupProblem>(problems, failure));

/** Why the exact address is not confirmed, as the end of a reason. */
const unconfirmedCauses: WordsFor<UnconfirmedCause> = {
  federated: () => 'a federated domain answers “exists” for every address',
  busy: () => 'a made-up address at the domain also answered “exists”, as the lookup does while throttled',
  'control-failed': ({ detail }) => `the lookup of a made-up address at the domain, which tells real answers from throttled ones, failed (${detail})`,
  'control-not-asked': () => 'the lookup of a made-up address at the domain, which tells real answers from throttled ones, failed (not asked)',
};
const why = (cause: UnconfirmedCause) => inWords(unconfirmedCauses, cause);

const tenantNotes: WordsFor<TenantNote> = {
  organisation: ({ domain, tenant }) => ` (${domain} belongs to the ${tenant} tenant: its administrators can create one)`,
  unmanaged: ({ domain }) => ` (${domain} has only an unmanaged, self-service tenant)`,
};
const note = (tenantNote: TenantNote | null) => (tenantNote ? inWords(tenantNotes, tenantNote) : '');
const tenantLabel = ({ tenant, federated }: TenantLabel) => `${tenant} (${federated ? 'federated' : 'managed'})`;

/** The diagnosis's `reason`: one sentence of what the lookups found, for the command line and case cards. */
export const diagnosis = {
  sources,
  failureDetail,
  reasons: {
    'invalid-address': ({ problem }) => address.problems[problem],
    'lookup-failed': (r) =>
      `Could not check ${r.address} because the ${sources[r.failure.source]} lookup failed (${failureDetail(r.failure)}), so nothing is concluded; try again in a few minutes.`,
    'personal-account': (r) => `${r.address} is a personal Microsoft account only; no work or school account uses it${note(r.note)}.`,
    'no-account': (r) => `Neither a work or school account nor a personal Microsoft account uses ${r.address}${note(r.note)}.`,
    takeover: (r) =>
      `${r.domain} belongs to an unmanaged (self-service sign-up) Entra tenant and ${r.address} is a work account there; an administrator must take the tenant over by proving the domain.`,
    'choose-work': (r) =>
      `${r.address} is both a work account in the ${tenantLabel(r.tenant)} tenant and a personal Microsoft account; choose the work or school account when you sign in.`,
    ready: (r) => `${r.address} is a work account in the ${tenantLabel(r.tenant)} tenant and no personal Microsoft account uses it.`,
    'takeover-unconfirmed': (r) =>
      `${r.domain} belongs to an unmanaged (self-service sign-up) Entra tenant; an administrator must take the tenant over by proving the domain. Whether ${r.address} itself exists is not confirmed: ${why(r.why)}.`,
    'choose-work-unconfirmed': (r) =>
      `A personal Microsoft account uses ${r.address}, and ${r.domain} belongs to the ${tenantLabel(r.tenant)} tenant; choose the work or school account when you sign in. Whether a work account uses ${r.address} itself is not confirmed: ${why(r.why)}.`,
    'ready-unconfirmed': (r) =>
      `${r.domain} belongs to the ${tenantLabel(r.tenant)} tenant, the kind VLSC requires, and no personal Microsoft account uses ${r.address}. Whether ${r.address} itself exists is not confirmed: ${why(r.why)}.`,
    'ready-personal-unknown': (r) =>
      `${r.domain} belongs to the ${tenantLabel(r.tenant)} tenant, the kind VLSC requires. Whether ${r.address} itself exists, and whether a personal Microsoft account also uses it, is not known: ${why(r.why)}, and the user realm did not say.`,
    recorded: ({ text }) => text,
  } satisfies WordsFor<DiagnosisReason>,
} as const;
