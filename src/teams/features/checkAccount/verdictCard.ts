import { addressForDisplay } from '../../../domain/address';
import type { Requester } from '../../../domain/requester';
import { sameTenant } from '../../../domain/tenant';
import type { Diagnosis } from '../../../domain/types';
import { verdictMeaning, type VerdictCardAction, type VerdictCardSection, type VerdictDetailSection } from '../../../domain/verdicts';
import { inWords, type Catalog, type VerdictFacts } from '../../../text/catalog';
import type { CardButton, GuideCardData, GuideDetail, GuideSection } from '../../kit/cards/data';
import { utcMinute } from '../../kit/cards/dates';
import { detail, guideCard, primaryButton, primaryLink, secondary, section, type GuideCardFields } from '../../kit/cards/guide';
import { linkButtons, userRealmCheckUrl } from '../../kit/cards/links';
import { escalateButton } from '../cases/verbs';
import { adminsButton, mfaButton } from '../directory/verbs';
import { tenantMfaSections } from '../directory/mfaCard';
import { draftButton } from '../drafts/verbs';
import { stopWatchingButton, watchButton } from '../watch/verbs';
import { checkAnotherButton, checkButton, CHECK_ACCOUNT_VERBS } from './verbs';

/** What the cards use of the person asking: their own sign-in name and tenant, to compare with the address checked. */
type AskedBy = Pick<Requester, 'upn' | 'tenantId'>;

export const BLOCKERS = ['no-admin', 'no-domain-proof', 'restricted-domain'] as const;
export type Blocker = (typeof BLOCKERS)[number];

/** What the check observed; the tenant type only when Microsoft answered. */
function facts(words: Catalog, d: Diagnosis): GuideDetail['facts'] {
  const R = words.result;
  const rows: GuideDetail['facts'] = [{ title: R.address, value: addressForDisplay(d.address) }];
  if (d.domain) rows.push({ title: R.domain, value: addressForDisplay(d.domain) });
  if (d.verdict !== 'lookup-failed' && d.verdict !== 'invalid-address') rows.push({ title: R.domainType, value: R.domainTypes[d.domainType] });
  if (d.tenantId) rows.push({ title: R.tenant, value: d.tenantName ? `${d.tenantName} (${d.tenantId})` : d.tenantId });
  rows.push({ title: R.checkedAt, value: utcMinute(d.checkedAt) });
  return rows;
}

/** The "Details" a verdict card opens: what was checked, and what the card's summary leaves out. */
function detailsOf(words: Catalog, d: Diagnosis, sections: GuideSection[] = []): GuideDetail {
  return detail(words.result.detailsButton, { facts: facts(words, d), sections: [...unconfirmedSections(words, d), ...sections] });
}

function tenantLabel(d: Diagnosis): string {
  return d.tenantName ?? d.domain ?? d.address;
}

/** What the card can say when Microsoft's lookup could not confirm this exact address (federated, or answering "exists" for anything). */
function unconfirmedSections(words: Catalog, d: Diagnosis): GuideSection[] {
  const R = words.result;
  if (d.addressConfirmed !== false || d.verdict === 'lookup-failed' || d.verdict === 'invalid-address') return [];
  const text = d.domainType === 'federated' ? R.unconfirmed.federated(d.address, d.personalAccount) : R.unconfirmed.busy(d.address, d.domain ?? d.address, d.personalAccount);
  return [section(R.unconfirmed.heading, { text })];
}

/** Option 2 of the seed, as its own page: the takeover card and the blocker cards open it. */
function option2Detail(words: Catalog, address: string): GuideDetail {
  const R = words.result;
  const L = linkButtons(words);
  return detail(R.takeover.option2.button, {
    sections: [
      section(R.takeover.option2.heading, {
        text: R.takeover.option2.intro,
        steps: R.takeover.option2.steps(address),
        note: R.takeover.option2.tip,
      }),
    ],
    links: [L.vlscSupport, L.signUp],
    buttons: [draftButton(words, 'disassociation', address)],
  });
}

/**
 * Option 1 of the seed: prove the domain, then one of two alternatives (internal or external
 * takeover), then keep signing in. `ownTenant`: the person's Teams tenant when it differs from
 * the unmanaged one, since its Global Administrators can do the external takeover.
 */
function option1Detail(words: Catalog, d: Diagnosis, domain: string, ownTenant: string | undefined, watch: readonly CardButton[]): GuideDetail {
  const R = words.result;
  const O = R.takeover.option1;
  return detail(O.button, {
    style: 'positive',
    // The check's facts (domain, tenant ID) are what whoever takes the tenant over needs.
    facts: facts(words, d),
    sections: [
      ...unconfirmedSections(words, d),
      section(R.takeover.whatIs.heading, { text: R.takeover.whatIs.text }),
      section(O.heading, { text: O.verify(domain) }),
      section(O.alternativesHeading, { markdown: O.alternatives }),
      ...(ownTenant ? [section('', { text: O.ownTenant(ownTenant) })] : []),
      section('', { text: O.afterwards, note: O.tip }),
      section(R.takeover.blockerQuestion),
    ],
    links: [linkButtons(words).takeover],
    // A page holds five actions (its link among them): the watch, where there is one, takes the place of
    // "Who is my admin?", which the blocker pages offer too.
    buttons: [
      ...BLOCKERS.map((blocker): CardButton => ({ title: R.blockers[blocker].button, data: { verb: CHECK_ACCOUNT_VERBS.blocker, blocker, address: d.address } })),
      ...(watch.length ? watch : [adminsButton(words)]),
    ],
  });
}

/** The seed's Skip: keep signing in while the takeover is prepared, and extra log-ins when none are left. */
function skipDetail(words: Catalog, address: string): GuideDetail {
  const { skip } = words.result.takeover;
  return detail(skip.button, {
    sections: [section(skip.heading, { text: skip.text(address) })],
    buttons: [draftButton(words, 'extra-logins', address)],
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
function personalGuidance(words: Catalog, d: Diagnosis | undefined, requester: AskedBy, domainAdmins: readonly string[]): CardPart {
  const R = words.result;
  const P = R.personal;
  const L = linkButtons(words);
  const admins = adminsButton(words);
  const checkAnother = checkAnotherButton(words);
  const work = requester.upn && requester.upn.toLowerCase() !== d?.address.toLowerCase() ? requester.upn : undefined;
  const useWork: CardButton | undefined = work ? checkButton(R.actions.useWork, work) : undefined;
  const human = d ? escalateButton(words, d.address) : admins;
  if (d && (d.domainType === 'managed' || d.domainType === 'federated')) {
    // "Who is my admin?" lists the admins of the person's own Teams tenant: only theirs to offer when the domain's tenant is that one.
    const ownTenant = sameTenant(requester.tenantId, d.tenantId);
    const domain = addressForDisplay(d.domain ?? d.address);
    if (!ownTenant && !domainAdmins.length) {
      return {
        next: P.organisation.next(domain, tenantLabel(d)),
        help: P.organisation.otherOrganisation(domain),
        primary: primaryButton(human),
        details: [detailsOf(words, d, [])],
        actions: secondary(...(useWork ? [useWork] : []), checkAnother),
      };
    }
    return {
      next: P.organisation.next(domain, tenantLabel(d)),
      help: domainAdmins.length ? P.organisation.admins(domainAdmins) : P.organisation.askAdmins,
      primary: primaryButton(useWork ?? admins),
      details: [detailsOf(words, d, work ? [section(P.haveWork.heading, { text: P.haveWork.text(work) })] : [])],
      actions: [human, ...secondary(...(useWork ? [admins] : []), checkAnother)],
    };
  }
  return {
    next: work ? P.haveWork.text(work) : P.maybeWork.text,
    help: P.help,
    primary: useWork ? primaryButton(useWork) : primaryLink(L.signUp),
    details: [detail(P.signUp.button, { sections: [section(P.signUp.heading, { steps: P.signUp.steps })], links: [L.signUp, L.vlsc] })],
    actions: [human, ...secondary(...(d ? [admins] : []), checkAnother)],
  };
}

/** The guidance card for a person who says they sign in with a personal account. */
export function personalChoiceCard(words: Catalog, requester: AskedBy): GuideCardData {
  const P = words.result.personal;
  return guideCard({ title: P.title, tone: 'warning', summary: P.chosenSummary, ...personalGuidance(words, undefined, requester, []) });
}

/** The domain has an organisation's tenant (managed or federated). */
function hasTenant(d: Diagnosis): boolean {
  return d.domainType === 'managed' || d.domainType === 'federated';
}

/** What the card's words are given about the check. */
function verdictFacts(words: Catalog, d: Diagnosis): VerdictFacts {
  return {
    shownAddress: addressForDisplay(d.address),
    shownDomain: addressForDisplay(d.domain ?? d.address),
    domain: d.domain ?? d.address,
    tenant: tenantLabel(d),
    confirmed: d.addressConfirmed,
    federated: d.domainType === 'federated',
    hasTenant: hasTenant(d),
    reason: inWords(words.diagnosis.reasons, d.reason),
  };
}

/**
 * "Tell me when it's fixed" on a card whose verdict a later check can find fixed: offered (the
 * reader's 1:1 chat), on (the address is watched: a line saying so, and "Stop watching"), or not
 * shown (a group chat, where a watch would notify someone else's chat).
 */
export type WatchOffer = 'offer' | 'on' | 'none';

function watchButtons(words: Catalog, d: Diagnosis, watch: WatchOffer): CardButton[] {
  if (watch === 'none' || !verdictMeaning(d.verdict).watchable) return [];
  return [watch === 'offer' ? watchButton(words, d.address) : stopWatchingButton(words, d.address)];
}

/**
 * Where the watch control goes: on the takeover page when the card has one (the fix it watches
 * for is made there), else in the card's overflow menu: the first views of these cards already
 * show the four buttons a phone has room for. A watched card says so in its footer.
 */
function watchPart(words: Catalog, d: Diagnosis, watch: WatchOffer): Pick<GuideCardFields, 'actions' | 'footer'> {
  const buttons = watchButtons(words, d, watch);
  if (!buttons.length) return {};
  const onCard = verdictMeaning(d.verdict).card.sections.includes('takeover-option1') ? [] : buttons;
  return { actions: secondary(...onCard), ...(watch === 'on' ? { footer: words.watch.watching } : {}) };
}

interface CardContext {
  words: Catalog;
  d: Diagnosis;
  requester: AskedBy;
  /** The names of the admins of the address's tenant, when Graph could list them. */
  domainAdmins: readonly string[];
  watch: WatchOffer;
}

/** Each button a verdict card offers (the verdict table's action codes). */
const ACTIONS: Record<VerdictCardAction, (words: Catalog, d: Diagnosis) => CardButton> = {
  mfa: (words) => mfaButton(words),
  'check-another': (words) => checkAnotherButton(words),
  retry: (words, d) => ({ title: words.result.actions.retry, data: { verb: CHECK_ACCOUNT_VERBS.retry, address: d.address } }),
  escalate: (words, d) => escalateButton(words, d.address),
  admins: (words) => adminsButton(words),
};

/** Each section of a verdict card's "Details" page. */
const DETAIL_SECTIONS: Record<VerdictDetailSection, (words: Catalog, d: Diagnosis) => GuideSection[]> = {
  'choose-work-why': (words) => [section('', { text: words.result.chooseWork.why })],
  'tenant-mfa': (words, d) => tenantMfaSections(words, d),
  'no-account-next': (words, d) => [section('', { text: hasTenant(d) ? words.result.noAccount.workSignIn : words.result.noAccount.signUp })],
};

/** Each other part of a verdict card. */
const SECTIONS: Record<VerdictCardSection, (c: CardContext) => CardPart> = {
  'takeover-option1': ({ words, d, requester, watch }) => ({ details: [option1Detail(words, d, d.domain ?? d.address, otherOwnTenant(d, requester), watchButtons(words, d, watch))] }),
  'takeover-option2': ({ words, d }) => ({ details: [option2Detail(words, d.address)] }),
  'takeover-skip': ({ words, d }) => ({ details: [skipDetail(words, d.address)] }),
  'personal-guidance': ({ words, d, requester, domainAdmins }) => personalGuidance(words, d, requester, domainAdmins),
  'failure-details': ({ words, d }) => {
    const F = words.result.failed;
    const failure = d.failure ?? { source: 'user-realm' as const, detail: inWords(words.diagnosis.reasons, d.reason) };
    return {
      details: [
        detail(F.detailsButton, {
          facts: facts(words, d),
          sections: [section('', { text: F.technical(F.sources[failure.source], words.diagnosis.failureDetail(failure)) }), section(F.manualHeading, { text: F.manual })],
          links: [{ title: F.realmLink, url: userRealmCheckUrl(d.address) }],
        }),
      ],
    };
  },
  // Sign-up only where the domain has no organisation tenant: there it would start a second one.
  'sign-up-link': ({ words, d }) => ({ links: hasTenant(d) ? [] : secondary(linkButtons(words).signUp) }),
};

/**
 * The result card for a verdict, laid out by its row of the verdict table: the head in the
 * catalog's words, the action it leads with, its "Details" page, its other sections and its
 * buttons. `domainAdmins`: the names of the admins of the address's tenant, when Graph could list them.
 */
export function verdictCard(words: Catalog, d: Diagnosis, requester: AskedBy, domainAdmins: readonly string[] = [], watch: WatchOffer = 'none'): GuideCardData {
  const { card } = verdictMeaning(d.verdict);
  const head = words.verdictCards[d.verdict];
  const known = verdictFacts(words, d);
  const button = (code: VerdictCardAction) => ACTIONS[code](words, d);
  const parts = card.sections.map((code) => SECTIONS[code]({ words, d, requester, domainAdmins, watch }));
  const fromParts = <K extends 'next' | 'help' | 'primary'>(key: K): CardPart[K] => parts.find((part) => part[key] !== undefined)?.[key];
  const checkDetails = card.details ? [detailsOf(words, d, card.details.flatMap((code) => DETAIL_SECTIONS[code](words, d)))] : [];
  const watching = watchPart(words, d, watch);
  return guideCard({
    title: head.title(known),
    tone: card.tone,
    summary: head.summary(known),
    next: head.next?.(known) ?? fromParts('next') ?? '',
    help: head.help?.(known) ?? fromParts('help') ?? '',
    primary: card.primary ? primaryButton(button(card.primary)) : (fromParts('primary') ?? []),
    details: [...checkDetails, ...parts.flatMap((part) => part.details ?? [])],
    actions: [...card.actions.map(button), ...parts.flatMap((part) => part.actions ?? []), ...(watching.actions ?? []), ...secondary(...card.overflow.map(button))],
    links: parts.flatMap((part) => part.links ?? []),
    ...(watching.footer ? { footer: watching.footer } : {}),
  });
}

/** What to do when a takeover is blocked: the seed's reason, then Option 2, which it opens rather than repeats. */
export function blockerCard(words: Catalog, blocker: Blocker, address: string): GuideCardData {
  const R = words.result;
  const b = R.blockers[blocker];
  return guideCard({
    title: b.title,
    tone: 'accent',
    summary: b.text,
    next: R.blockers.steer,
    help: R.blockers.help,
    details: [option2Detail(words, address)],
    actions: [escalateButton(words, address), ...secondary(adminsButton(words), checkAnotherButton(words))],
  });
}
