import type { LookupFailure, LookupProblem, TenantLabel, TenantNote, UnconfirmedCause } from '../../domain/types';
import { inWords, type CatalogWords, type WordsFor } from '../catalog';
import { address } from './address';

const sources = { 'user-realm': 'user realm', 'credential-type': 'credential type', 'openid-configuration': 'OpenID-configuratie van de tenant' } as const;

/** What the check found wrong in Microsoft's answers, as the failure's detail says it. */
const problems: WordsFor<LookupProblem> = {
  'not-an-answer': ({ ifExistsResult }) => `IfExistsResult ${ifExistsResult} is geen antwoord`,
  'unknown-domain': ({ domain }) =>
    `credential type meldt een werkaccount, maar Entra ID kent ${domain} niet; de opzoeking antwoordt naar verluidt “bestaat” voor elk adres wanneer ze wordt beperkt`,
  'no-tenant': ({ domain }) => `geen tenant gevonden voor ${domain}, maar credential type meldt een werkaccount`,
};

/** A failed lookup's detail: what the check found wrong, or what the upstream service said. */
const failureDetail = (failure: LookupFailure): string => ('detail' in failure ? failure.detail : inWords<LookupProblem>(problems, failure));

const MADE_UP_LOOKUP_FAILED = 'de opzoeking van een verzonnen adres bij het domein, die echte antwoorden onderscheidt van beperkte, is mislukt';

/** Why the exact address is not confirmed, as the end of a reason. */
const unconfirmedCauses: WordsFor<UnconfirmedCause> = {
  federated: () => 'een federatief domein antwoordt “bestaat” voor elk adres',
  busy: () => 'een verzonnen adres bij het domein antwoordde ook “bestaat”, zoals de opzoeking doet wanneer ze wordt beperkt',
  'control-failed': ({ detail }) => `${MADE_UP_LOOKUP_FAILED} (${detail})`,
  'control-not-asked': () => `${MADE_UP_LOOKUP_FAILED} (niet gevraagd)`,
};
const why = (cause: UnconfirmedCause) => inWords(unconfirmedCauses, cause);

const tenantNotes: WordsFor<TenantNote> = {
  organisation: ({ domain, tenant }) => ` (${domain} hoort bij de tenant ${tenant}: de beheerders daarvan kunnen er een maken)`,
  unmanaged: ({ domain }) => ` (${domain} heeft alleen een niet-beheerde selfservicetenant)`,
};
const note = (tenantNote: TenantNote | null) => (tenantNote ? inWords(tenantNotes, tenantNote) : '');
const tenantLabel = ({ tenant, federated }: TenantLabel) => `${tenant} (${federated ? 'federatief' : 'beheerd'})`;

const TAKEOVER = 'een beheerder moet de tenant overnemen door het domein te bewijzen';
const CHOOSE_WORK = 'kies het werk- of schoolaccount wanneer u zich aanmeldt';

/** The diagnosis's `reason`: one sentence of what the lookups found, for the command line and case cards. */
export const diagnosis: CatalogWords['diagnosis'] = {
  sources,
  failureDetail,
  reasons: {
    'invalid-address': ({ problem }) => address.problems[problem],
    'lookup-failed': (r) =>
      `${r.address} kon niet worden gecontroleerd omdat de opzoeking via ${sources[r.failure.source]} is mislukt (${failureDetail(r.failure)}), dus er wordt niets geconcludeerd; probeer het over een paar minuten opnieuw.`,
    'personal-account': (r) => `${r.address} is alleen een persoonlijk Microsoft-account; geen werk- of schoolaccount gebruikt het${note(r.note)}.`,
    'no-account': (r) => `Geen werk- of schoolaccount en geen persoonlijk Microsoft-account gebruikt ${r.address}${note(r.note)}.`,
    takeover: (r) =>
      `${r.domain} hoort bij een niet-beheerde Entra-tenant (uit een selfserviceregistratie) en ${r.address} is daar een werkaccount; ${TAKEOVER}.`,
    'choose-work': (r) =>
      `${r.address} is zowel een werkaccount in de tenant ${tenantLabel(r.tenant)} als een persoonlijk Microsoft-account; ${CHOOSE_WORK}.`,
    ready: (r) => `${r.address} is een werkaccount in de tenant ${tenantLabel(r.tenant)} en geen persoonlijk Microsoft-account gebruikt het.`,
    'takeover-unconfirmed': (r) =>
      `${r.domain} hoort bij een niet-beheerde Entra-tenant (uit een selfserviceregistratie); ${TAKEOVER}. Of ${r.address} zelf bestaat, is niet bevestigd: ${why(r.why)}.`,
    'choose-work-unconfirmed': (r) =>
      `Een persoonlijk Microsoft-account gebruikt ${r.address}, en ${r.domain} hoort bij de tenant ${tenantLabel(r.tenant)}; ${CHOOSE_WORK}. Of een werkaccount ${r.address} zelf gebruikt, is niet bevestigd: ${why(r.why)}.`,
    'ready-unconfirmed': (r) =>
      `${r.domain} hoort bij de tenant ${tenantLabel(r.tenant)}, het soort dat VLSC vereist, en geen persoonlijk Microsoft-account gebruikt ${r.address}. Of ${r.address} zelf bestaat, is niet bevestigd: ${why(r.why)}.`,
    'ready-personal-unknown': (r) =>
      `${r.domain} hoort bij de tenant ${tenantLabel(r.tenant)}, het soort dat VLSC vereist. Of ${r.address} zelf bestaat, en of een persoonlijk Microsoft-account het ook gebruikt, is niet bekend: ${why(r.why)}, en de user realm zei het niet.`,
    recorded: ({ text }) => text,
  },
};
