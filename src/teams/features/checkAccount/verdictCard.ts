import { addressForDisplay } from '../../../domain/address';
import type { Requester } from '../../../domain/requester';
import { sameTenant } from '../../../domain/tenant';
import type { Diagnosis } from '../../../domain/types';
import { TEXT } from '../../../text/en';
import type { CardButton, GuideCardData, GuideDetail, GuideSection } from '../../kit/cards/data';
import { detail, guideCard, primaryButton, primaryLink, secondary, section } from '../../kit/cards/guide';
import { LINK_BUTTONS, userRealmCheckUrl } from '../../kit/cards/links';
import { escalateButton } from '../cases/verbs';
import { adminsButton, mfaButton } from '../directory/verbs';
import { draftButton } from '../drafts/verbs';
import { checkAnotherButton, checkButton, CHECK_ACCOUNT_VERBS } from './verbs';
import { tenantMfaSections } from '../directory/mfaCard';

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

function readySummary(d: Diagnosis): string {
  const domain = addressForDisplay(d.domain ?? d.address);
  if (d.domainType === 'federated') return R.ready.federated(addressForDisplay(d.address), domain, tenantLabel(d));
  return d.addressConfirmed === false ? R.ready.unconfirmed(addressForDisplay(d.address), domain, tenantLabel(d)) : R.ready.summary(addressForDisplay(d.address), tenantLabel(d));
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

function takeoverCard(d: Diagnosis, requester: AskedBy): GuideCardData {
  const domain = d.domain ?? d.address;
  const ownTenantDiffers = Boolean(requester.tenantId && d.tenantId) && !sameTenant(requester.tenantId, d.tenantId);
  const ownTenant = ownTenantDiffers ? (requester.upn?.split('@')[1] ?? requester.tenantId) : undefined;
  return guideCard({
    title: R.takeover.title,
    tone: 'warning',
    summary: R.takeover.summary(addressForDisplay(d.address), domain, d.addressConfirmed),
    next: R.takeover.next,
    help: R.takeover.help,
    details: [option1Detail(d, domain, ownTenant), option2Detail(d.address), skipDetail(d.address)],
    actions: [escalateButton(d.address)],
  });
}

/**
 * A personal Microsoft account. Where the address's domain already has a managed or federated
 * tenant, the organisation gives work accounts: sign in with one or ask its admins, named when
 * Graph could list them (`domainAdmins`); signing up for a new tenant there would only add
 * tenant sprawl. Sign-up is the advice only where the domain has no organisation tenant.
 */
function personalCard(d: Diagnosis | undefined, requester: AskedBy, domainAdmins: readonly string[]): GuideCardData {
  const P = R.personal;
  const work = requester.upn && requester.upn.toLowerCase() !== d?.address.toLowerCase() ? requester.upn : undefined;
  const useWork: CardButton | undefined = work ? checkButton(R.actions.useWork, work) : undefined;
  const human = d ? escalateButton(d.address) : adminsButton;
  const summary = d ? P.summary(addressForDisplay(d.address)) : P.chosenSummary;
  if (d && (d.domainType === 'managed' || d.domainType === 'federated')) {
    // "Who is my admin?" lists the admins of the person's own Teams tenant: only theirs to offer when the domain's tenant is that one.
    const ownTenant = sameTenant(requester.tenantId, d.tenantId);
    const domain = addressForDisplay(d.domain ?? d.address);
    if (!ownTenant && !domainAdmins.length) {
      return guideCard({
        title: P.title,
        tone: 'warning',
        summary,
        next: P.organisation.next(domain, tenantLabel(d)),
        help: P.organisation.otherOrganisation(domain),
        primary: primaryButton(human),
        details: [detailsOf(d, [])],
        actions: secondary(...(useWork ? [useWork] : []), checkAnotherButton),
      });
    }
    return guideCard({
      title: P.title,
      tone: 'warning',
      summary,
      next: P.organisation.next(domain, tenantLabel(d)),
      help: domainAdmins.length ? P.organisation.admins(domainAdmins) : P.organisation.askAdmins,
      primary: primaryButton(useWork ?? adminsButton),
      details: [detailsOf(d, work ? [section(P.haveWork.heading, { text: P.haveWork.text(work) })] : [])],
      actions: [human, ...secondary(...(useWork ? [adminsButton] : []), checkAnotherButton)],
    });
  }
  return guideCard({
    title: P.title,
    tone: 'warning',
    summary,
    next: work ? P.haveWork.text(work) : P.maybeWork.text,
    help: P.help,
    primary: useWork ? primaryButton(useWork) : primaryLink(LINK_BUTTONS.signUp),
    details: [detail(P.signUp.button, { sections: [section(P.signUp.heading, { steps: P.signUp.steps })], links: [LINK_BUTTONS.signUp, LINK_BUTTONS.vlsc] })],
    actions: [human, ...secondary(...(d ? [adminsButton] : []), checkAnotherButton)],
  });
}

/** The guidance card for a person who says they sign in with a personal account. */
export function personalChoiceCard(requester: AskedBy): GuideCardData {
  return personalCard(undefined, requester, []);
}

/**
 * The result card for a verdict: what it means, the next sensible action and who can help.
 * `domainAdmins`: the names of the admins of the address's tenant, when Graph could list them.
 */
export function verdictCard(d: Diagnosis, requester: AskedBy, domainAdmins: readonly string[] = []): GuideCardData {
  switch (d.verdict) {
    case 'ready':
      return guideCard({
        title: d.addressConfirmed === false ? R.ready.unconfirmedTitle : R.ready.title,
        tone: 'good',
        summary: readySummary(d),
        next: R.ready.next,
        help: R.ready.help,
        primary: primaryButton(mfaButton),
        details: [detailsOf(d, tenantMfaSections(d))],
        actions: [escalateButton(d.address), ...secondary(adminsButton, checkAnotherButton)],
      });
    case 'choose-work-account':
      return guideCard({
        title: R.chooseWork.title,
        tone: 'accent',
        summary: R.chooseWork.summary(addressForDisplay(d.address), addressForDisplay(d.domain ?? d.address), tenantLabel(d), d.domainType === 'federated', d.addressConfirmed),
        next: R.ready.next,
        help: R.ready.help,
        primary: primaryButton(mfaButton),
        details: [detailsOf(d, [section('', { text: R.chooseWork.why }), ...tenantMfaSections(d)])],
        actions: [escalateButton(d.address), ...secondary(adminsButton, checkAnotherButton)],
      });
    case 'takeover-needed':
      return takeoverCard(d, requester);
    case 'personal-account':
      return personalCard(d, requester, domainAdmins);
    case 'no-account': {
      const hasTenant = d.domainType === 'managed' || d.domainType === 'federated';
      return guideCard({
        title: R.noAccount.title,
        tone: 'attention',
        summary: R.noAccount.summary(addressForDisplay(d.address)),
        next: hasTenant ? R.noAccount.tenantExists(addressForDisplay(d.domain ?? '')) : R.noAccount.workSignIn,
        help: R.noAccount.help,
        primary: primaryButton(checkAnotherButton),
        details: [detailsOf(d, [section('', { text: hasTenant ? R.noAccount.workSignIn : R.noAccount.signUp })])],
        actions: [escalateButton(d.address), ...secondary(adminsButton)],
        // Sign-up only where the domain has no organisation tenant: there it would start a second one.
        links: hasTenant ? [] : secondary(LINK_BUTTONS.signUp),
      });
    }
    case 'lookup-failed': {
      const failure = d.failure ?? { source: 'user-realm' as const, detail: d.reason };
      const realmUrl = userRealmCheckUrl(d.address);
      return guideCard({
        title: R.failed.title,
        tone: 'attention',
        summary: R.failed.summary,
        help: R.failed.help,
        primary: primaryButton({ title: R.actions.retry, data: { verb: CHECK_ACCOUNT_VERBS.retry, address: d.address } }),
        details: [
          detail(R.failed.detailsButton, {
            facts: facts(d),
            sections: [section('', { text: R.failed.technical(R.failed.sources[failure.source], failure.detail) }), section(R.failed.manualHeading, { text: R.failed.manual })],
            links: [{ title: R.failed.realmLink, url: realmUrl }],
          }),
        ],
        actions: [escalateButton(d.address), ...secondary(checkAnotherButton)],
      });
    }
    case 'invalid-address':
      return guideCard({
        title: R.invalid.title,
        tone: 'attention',
        summary: d.reason,
        next: R.invalid.next,
        primary: primaryButton(checkAnotherButton),
        actions: [adminsButton],
      });
  }
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
