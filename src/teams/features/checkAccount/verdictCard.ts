import { addressForDisplay } from '../../../domain/address';
import type { Requester } from '../../../domain/requester';
import { sameTenant } from '../../../domain/tenant';
import type { Diagnosis } from '../../../domain/types';
import { verdictMeaning, type VerdictCardAction, type VerdictCardSection, type VerdictDetailSection } from '../../../domain/verdicts';
import { inWords, type VerdictFacts } from '../../../text/catalog';
import { TEXT } from '../../../text/en';
import type { CardButton, GuideCardData, GuideDetail, GuideSection } from '../../kit/cards/data';
import { detail, guideCard, primaryButton, primaryLink, secondary, section, type GuideCardFields } from '../../kit/cards/guide';
import { LINK_BUTTONS, userRealmCheckUrl } from '../../kit/cards/links';
import { escalateButton } from '../cases/verbs';
import { adminsButton, mfaButton } from '../directory/verbs';
import { tenantMfaSections } from '../directory/mfaCard';
import { draftButton } from '../drafts/verbs';
import { checkAnotherButton, checkButton, CHECK_ACCOUNT_VERBS } from './verbs';

const R = TEXT.result;

/** What the cards use of the person asking: their own sign-in name and tenant, to compare with the address checked. */
type AskedBy = Pick<Requester, 'upn' | 'tenantId'>;

export const BLOCKERS = ['no-admin', 'no-domain-proof', 'restricted-domain'] as const;
export type Blocker = (typeof BLOCKERS)[number];

/** What the check observed; the tenant type only when Microsoft answered. */
function facts(d: Diagnosis): GuideDetail['facts'] {
  const rows: GuideDetail['facts'] = [{ title: R.address, value: addressForDisplay(d.address) }];
  if (d.domain) rows.push({ title: R.domain, value: addressForDisplay(d.domain) });
  if (d.verdict !== 'lookup-failed' && d.verdict !== 'invalid-address') rows.push({ title: R.domainType, value: R.domainTypes[d.domainType] });
  if (d.tenantId) rows.push({ title: R.tenant, value: d.tenantName ? `${d.tenantName} (${d.tenantId})` : d.tenantId });
  rows.push({ title: R.checkedAt, value: new Date(d.checkedAt).toUTCString() });
  return rows;
}

/** The "Details" a verdict card opens: what was checked, and what the card's summary leaves out. */
function detailsOf(d: Diagnosis, sections: GuideSection[] = []): GuideDetail {
  return detail(R.detailsButton, { facts: facts(d), sections: [...unconfirmedSections(d), ...sections] });
}

function tenantLabel(d: Diagnosis): string {
  return d.tenantName ?? d.domain ?? d.address;
}

/** What the card can say when Microsoft's lookup could not confirm this exact address (federated, or answering "exists" for anything). */
function unconfirmedSections(d: Diagnosis): GuideSection[] {
  if (d.addressConfirmed !== false || d.verdict === 'lookup-failed' || d.verdict === 'invalid-address') return [];
  const text = d.domainType === 'federated' ? R.unconfirmed.federated(d.address, d.personalAccount) : R.unconfirmed.busy(d.address, d.domain ?? d.address, d.personalAccount);
  return [section(R.unconfirmed.heading, { text })];
}

/** Option 2 of the seed, as its own page: the takeover card and the blocker cards open it. */
function option2Detail(address: string): GuideDetail {
  return detail(R.takeover.option2.button, {
    sections: [
      section(R.takeover.option2.heading, {
        text: R.takeover.option2.intro,
        steps: R.takeover.option2.steps(address),
        note: R.takeover.option2.tip,
      }),
    ],
    links: [LINK_BUTTONS.vlscSupport, LINK_BUTTONS.signUp],
    buttons: [draftButton('disassociation', address)],
  });
}

/**
 * Option 1 of the seed: prove the domain, then one of two alternatives (internal or external
 * takeover), then keep signing in. `ownTenant`: the person's Teams tenant when it differs from
 * the unmanaged one, since its Global Administrators can do the external takeover.
 */
function option1Detail(d: Diagnosis, domain: string, ownTenant: string | undefined): GuideDetail {
  const O = R.takeover.option1;
  return detail(O.button, {
    style: 'positive',
    // The check's facts (domain, tenant ID) are what whoever takes the tenant over needs.
    facts: facts(d),
    sections: [
      ...unconfirmedSections(d),
      section(R.takeover.whatIs.heading, { text: R.takeover.whatIs.text }),
      section(O.heading, { text: O.verify(domain) }),
      section(O.alternativesHeading, { markdown: O.alternatives }),
      ...(ownTenant ? [section('', { text: O.ownTenant(ownTenant) })] : []),
      section('', { text: O.afterwards, note: O.tip }),
      section(R.takeover.blockerQuestion),
    ],
    links: [LINK_BUTTONS.takeover],
    buttons: [
      ...BLOCKERS.map((blocker): CardButton => ({ title: R.blockers[blocker].button, data: { verb: CHECK_ACCOUNT_VERBS.blocker, blocker, address: d.address } })),
      adminsButton,
    ],
  });
}

/** The seed's Skip: keep signing in while the takeover is prepared, and extra log-ins when none are left. */
function skipDetail(address: string): GuideDetail {
  return detail(R.takeover.skip.button, {
    sections: [section(R.takeover.skip.heading, { text: R.takeover.skip.text(address) })],
    buttons: [draftButton('extra-logins', address)],
  });
}

/** The person's Teams tenant when it differs from the unmanaged one: its Global Administrators can do the external takeover. */
function otherOwnTenant(d: Diagnosis, requester: AskedBy): string | undefined {
  const ownTenantDiffers = Boolean(requester.tenantId && d.tenantId) && !sameTenant(requester.tenantId, d.tenantId);
  return ownTenantDiffers ? (requester.upn?.split('@')[1] ?? requester.tenantId) : undefined;
}

/** What a card section adds to a verdict card: pages, links, and the head's next step, help and buttons when they depend on who asks. */
type CardPart = Pick<GuideCardFields, 'next' | 'help' | 'primary' | 'details' | 'actions' | 'links'>;

/**
 * What a personal Microsoft account does next. Where the address's domain already has a managed
 * or federated tenant, the organisation gives work accounts: sign in with one or ask its admins,
 * named when Graph could list them (`domainAdmins`); signing up for a new tenant there would only
 * add tenant sprawl. Sign-up is the advice only where the domain has no organisation tenant.
 */
function personalGuidance(d: Diagnosis | undefined, requester: AskedBy, domainAdmins: readonly string[]): CardPart {
  const P = R.personal;
  const work = requester.upn && requester.upn.toLowerCase() !== d?.address.toLowerCase() ? requester.upn : undefined;
  const useWork: CardButton | undefined = work ? checkButton(R.actions.useWork, work) : undefined;
  const human = d ? escalateButton(d.address) : adminsButton;
  if (d && (d.domainType === 'managed' || d.domainType === 'federated')) {
    // "Who is my admin?" lists the admins of the person's own Teams tenant: only theirs to offer when the domain's tenant is that one.
    const ownTenant = sameTenant(requester.tenantId, d.tenantId);
    const domain = addressForDisplay(d.domain ?? d.address);
    if (!ownTenant && !domainAdmins.length) {
      return {
        next: P.organisation.next(domain, tenantLabel(d)),
        help: P.organisation.otherOrganisation(domain),
        primary: primaryButton(human),
        details: [detailsOf(d, [])],
        actions: secondary(...(useWork ? [useWork] : []), checkAnotherButton),
      };
    }
    return {
      next: P.organisation.next(domain, tenantLabel(d)),
      help: domainAdmins.length ? P.organisation.admins(domainAdmins) : P.organisation.askAdmins,
      primary: primaryButton(useWork ?? adminsButton),
      details: [detailsOf(d, work ? [section(P.haveWork.heading, { text: P.haveWork.text(work) })] : [])],
      actions: [human, ...secondary(...(useWork ? [adminsButton] : []), checkAnotherButton)],
    };
  }
  return {
    next: work ? P.haveWork.text(work) : P.maybeWork.text,
    help: P.help,
    primary: useWork ? primaryButton(useWork) : primaryLink(LINK_BUTTONS.signUp),
    details: [detail(P.signUp.button, { sections: [section(P.signUp.heading, { steps: P.signUp.steps })], links: [LINK_BUTTONS.signUp, LINK_BUTTONS.vlsc] })],
    actions: [human, ...secondary(...(d ? [adminsButton] : []), checkAnotherButton)],
  };
}

/** The guidance card for a person who says they sign in with a personal account. */
export function personalChoiceCard(requester: AskedBy): GuideCardData {
  return guideCard({ title: R.personal.title, tone: 'warning', summary: R.personal.chosenSummary, ...personalGuidance(undefined, requester, []) });
}

/** What the card's words are given about the check. */
function verdictFacts(d: Diagnosis): VerdictFacts {
  return {
    shownAddress: addressForDisplay(d.address),
    shownDomain: addressForDisplay(d.domain ?? d.address),
    domain: d.domain ?? d.address,
    tenant: tenantLabel(d),
    confirmed: d.addressConfirmed,
    federated: d.domainType === 'federated',
    hasTenant: d.domainType === 'managed' || d.domainType === 'federated',
    reason: inWords(TEXT.diagnosis.reasons, d.reason),
  };
}

interface CardContext {
  d: Diagnosis;
  requester: AskedBy;
  /** The names of the admins of the address's tenant, when Graph could list them. */
  domainAdmins: readonly string[];
}

/** Each button a verdict card offers (the verdict table's action codes). */
const ACTIONS: Record<VerdictCardAction, (d: Diagnosis) => CardButton> = {
  mfa: () => mfaButton,
  'check-another': () => checkAnotherButton,
  retry: (d) => ({ title: R.actions.retry, data: { verb: CHECK_ACCOUNT_VERBS.retry, address: d.address } }),
  escalate: (d) => escalateButton(d.address),
  admins: () => adminsButton,
};

/** Each section of a verdict card's "Details" page. */
const DETAIL_SECTIONS: Record<VerdictDetailSection, (d: Diagnosis) => GuideSection[]> = {
  'choose-work-why': () => [section('', { text: R.chooseWork.why })],
  'tenant-mfa': (d) => tenantMfaSections(d),
  'no-account-next': (d) => [section('', { text: verdictFacts(d).hasTenant ? R.noAccount.workSignIn : R.noAccount.signUp })],
};

/** Each other part of a verdict card. */
const SECTIONS: Record<VerdictCardSection, (c: CardContext) => CardPart> = {
  'takeover-option1': ({ d, requester }) => ({ details: [option1Detail(d, d.domain ?? d.address, otherOwnTenant(d, requester))] }),
  'takeover-option2': ({ d }) => ({ details: [option2Detail(d.address)] }),
  'takeover-skip': ({ d }) => ({ details: [skipDetail(d.address)] }),
  'personal-guidance': ({ d, requester, domainAdmins }) => personalGuidance(d, requester, domainAdmins),
  'failure-details': ({ d }) => {
    const failure = d.failure ?? { source: 'user-realm' as const, detail: inWords(TEXT.diagnosis.reasons, d.reason) };
    return {
      details: [
        detail(R.failed.detailsButton, {
          facts: facts(d),
          sections: [section('', { text: R.failed.technical(R.failed.sources[failure.source], TEXT.diagnosis.failureDetail(failure)) }), section(R.failed.manualHeading, { text: R.failed.manual })],
          links: [{ title: R.failed.realmLink, url: userRealmCheckUrl(d.address) }],
        }),
      ],
    };
  },
  // Sign-up only where the domain has no organisation tenant: there it would start a second one.
  'sign-up-link': ({ d }) => ({ links: verdictFacts(d).hasTenant ? [] : secondary(LINK_BUTTONS.signUp) }),
};

/**
 * The result card for a verdict, laid out by its row of the verdict table: the head in the
 * catalog's words, the action it leads with, its "Details" page, its other sections and its
 * buttons. `domainAdmins`: the names of the admins of the address's tenant, when Graph could list them.
 */
export function verdictCard(d: Diagnosis, requester: AskedBy, domainAdmins: readonly string[] = []): GuideCardData {
  const { card } = verdictMeaning(d.verdict);
  const words = TEXT.verdictCards[d.verdict];
  const known = verdictFacts(d);
  const button = (code: VerdictCardAction) => ACTIONS[code](d);
  const parts = card.sections.map((code) => SECTIONS[code]({ d, requester, domainAdmins }));
  const fromParts = <K extends 'next' | 'help' | 'primary'>(key: K): CardPart[K] => parts.find((part) => part[key] !== undefined)?.[key];
  const checkDetails = card.details ? [detailsOf(d, card.details.flatMap((code) => DETAIL_SECTIONS[code](d)))] : [];
  return guideCard({
    title: words.title(known),
    tone: card.tone,
    summary: words.summary(known),
    next: words.next?.(known) ?? fromParts('next') ?? '',
    help: words.help?.(known) ?? fromParts('help') ?? '',
    primary: card.primary ? primaryButton(button(card.primary)) : (fromParts('primary') ?? []),
    details: [...checkDetails, ...parts.flatMap((part) => part.details ?? [])],
    actions: [...card.actions.map(button), ...parts.flatMap((part) => part.actions ?? []), ...secondary(...card.overflow.map(button))],
    links: parts.flatMap((part) => part.links ?? []),
  });
}

/** What to do when a takeover is blocked: the seed's reason, then Option 2, which it opens rather than repeats. */
export function blockerCard(blocker: Blocker, address: string): GuideCardData {
  const b = R.blockers[blocker];
  return guideCard({
    title: b.title,
    tone: 'accent',
    summary: b.text,
    next: R.blockers.steer,
    help: R.blockers.help,
    details: [option2Detail(address)],
    actions: [escalateButton(address), ...secondary(checkAnotherButton)],
  });
}
