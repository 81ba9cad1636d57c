import type { LookupFailure, LookupProblem, TenantLabel, TenantNote, UnconfirmedCause } from '../../domain/types';
import { inWords, type CatalogWords, type WordsFor } from '../catalog';
import { address } from './address';

const sources = { 'user-realm': 'user realm', 'credential-type': 'credential type', 'openid-configuration': 'configuration OpenID du locataire' } as const;

/** What the check found wrong in Microsoft's answers, as the failure's detail says it. */
const problems: WordsFor<LookupProblem> = {
  'not-an-answer': ({ ifExistsResult }) => `IfExistsResult ${ifExistsResult} n’est pas une réponse`,
  'unknown-domain': ({ domain }) =>
    `credential type indique un compte professionnel, mais Entra ID ne connaît pas ${domain} ; cette recherche répondrait « existe » pour toute adresse quand elle est limitée en débit`,
  'no-tenant': ({ domain }) => `aucun locataire trouvé pour ${domain}, mais credential type indique un compte professionnel`,
};

/** A failed lookup's detail: what the check found wrong, or what the upstream service said. */
const failureDetail = (failure: LookupFailure): string => ('detail' in failure ? failure.detail : inWords<LookupProblem>(problems, failure));

/** Why the exact address is not confirmed, as the end of a reason. */
const unconfirmedCauses: WordsFor<UnconfirmedCause> = {
  federated: () => 'un domaine fédéré répond « existe » pour toute adresse',
  busy: () => 'une adresse inventée du domaine a aussi répondu « existe », comme le fait la recherche quand elle est limitée en débit',
  'control-failed': ({ detail }) =>
    `la recherche d’une adresse inventée du domaine, qui distingue les vraies réponses de celles d’une recherche limitée en débit, a échoué (${detail})`,
  'control-not-asked': () =>
    'la recherche d’une adresse inventée du domaine, qui distingue les vraies réponses de celles d’une recherche limitée en débit, a échoué (non effectuée)',
};
const why = (cause: UnconfirmedCause) => inWords(unconfirmedCauses, cause);

const tenantNotes: WordsFor<TenantNote> = {
  organisation: ({ domain, tenant }) => ` (${domain} appartient au locataire ${tenant} : ses administrateurs peuvent en créer un)`,
  unmanaged: ({ domain }) => ` (${domain} n’a qu’un locataire non géré, créé en libre-service)`,
};
const note = (tenantNote: TenantNote | null) => (tenantNote ? inWords(tenantNotes, tenantNote) : '');
const tenantLabel = ({ tenant, federated }: TenantLabel) => `${tenant} (${federated ? 'fédéré' : 'géré'})`;

/** The diagnosis's `reason`: one sentence of what the lookups found, for the command line and case cards. */
export const diagnosis: CatalogWords['diagnosis'] = {
  sources,
  failureDetail,
  reasons: {
    'invalid-address': ({ problem }) => address.problems[problem],
    'lookup-failed': (r) =>
      `Impossible de vérifier ${r.address}, car la recherche « ${sources[r.failure.source]} » a échoué (${failureDetail(r.failure)}) : rien n’est conclu ; réessayez dans quelques minutes.`,
    'personal-account': (r) => `${r.address} est uniquement un compte Microsoft personnel ; aucun compte professionnel ou scolaire ne l’utilise${note(r.note)}.`,
    'no-account': (r) => `Ni un compte professionnel ou scolaire ni un compte Microsoft personnel n’utilise ${r.address}${note(r.note)}.`,
    takeover: (r) =>
      `${r.domain} appartient à un locataire Entra non géré (inscription en libre-service) et ${r.address} y est un compte professionnel ; un administrateur doit prendre le contrôle du locataire en prouvant la possession du domaine.`,
    'choose-work': (r) =>
      `${r.address} est à la fois un compte professionnel du locataire ${tenantLabel(r.tenant)} et un compte Microsoft personnel ; choisissez le compte professionnel ou scolaire à la connexion.`,
    ready: (r) => `${r.address} est un compte professionnel du locataire ${tenantLabel(r.tenant)} et aucun compte Microsoft personnel ne l’utilise.`,
    'takeover-unconfirmed': (r) =>
      `${r.domain} appartient à un locataire Entra non géré (inscription en libre-service) ; un administrateur doit prendre le contrôle du locataire en prouvant la possession du domaine. L’existence de ${r.address} n’est pas confirmée : ${why(r.why)}.`,
    'choose-work-unconfirmed': (r) =>
      `Un compte Microsoft personnel utilise ${r.address}, et ${r.domain} appartient au locataire ${tenantLabel(r.tenant)} ; choisissez le compte professionnel ou scolaire à la connexion. L’existence d’un compte professionnel pour ${r.address} n’est pas confirmée : ${why(r.why)}.`,
    'ready-unconfirmed': (r) =>
      `${r.domain} appartient au locataire ${tenantLabel(r.tenant)}, du type qu’exige le VLSC, et aucun compte Microsoft personnel n’utilise ${r.address}. L’existence de ${r.address} n’est pas confirmée : ${why(r.why)}.`,
    'ready-personal-unknown': (r) =>
      `${r.domain} appartient au locataire ${tenantLabel(r.tenant)}, du type qu’exige le VLSC. On ne sait pas si ${r.address} existe, ni si un compte Microsoft personnel l’utilise aussi : ${why(r.why)}, et le user realm ne l’a pas indiqué.`,
    recorded: ({ text }) => text,
  },
};
