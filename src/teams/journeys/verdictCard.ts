import { addressForDisplay } from '../../domain/address';
import type { Diagnosis } from '../../domain/types';
import { TEXT } from '../../text/en';
import type { GuideCardData, GuideSection } from '../cards/data';
import { guideCard, section } from '../cards/guide';
import { LINK_BUTTONS, userRealmCheckUrl } from '../cards/links';
import { adminsButton, checkAnotherButton, draftButton, escalateButton, mfaButton, verbs } from './buttons';
import { tenantMfaSections } from './mfaCard';

const R = TEXT.result;

/** What the bot knows about the person asking, from Teams. */
export interface Requester {
  /** Their Teams (work) sign-in name, when Teams gave it. */
  upn?: string;
  /** The Entra tenant they use Teams with (always managed: Teams needs a managed tenant). */
  tenantId?: string;
}

export const BLOCKERS = ['no-admin', 'no-domain-proof', 'restricted-domain'] as const;
export type Blocker = (typeof BLOCKERS)[number];

function facts(d: Diagnosis): GuideCardData['facts'] {
  const rows: GuideCardData['facts'] = [{ title: R.address, value: addressForDisplay(d.address) }];
  if (d.domain) rows.push({ title: R.domain, value: addressForDisplay(d.domain) });
  rows.push({ title: R.domainType, value: R.domainTypes[d.domainType] });
  if (d.tenantId) rows.push({ title: R.tenant, value: d.tenantName ? `${d.tenantName} (${d.tenantId})` : d.tenantId });
  rows.push({ title: R.checkedAt, value: new Date(d.checkedAt).toUTCString() });
  return rows;
}

function tenantLabel(d: Diagnosis): string {
  return d.tenantName ?? d.domain ?? d.address;
}

/** What the card can say when Microsoft's lookup could not confirm this exact address (federated, or answering "exists" for anything). */
function unconfirmedSections(d: Diagnosis): GuideSection[] {
  if (d.addressConfirmed !== false) return [];
  const text = d.domainType === 'federated' ? R.unconfirmed.federated(d.address, d.personalAccount) : R.unconfirmed.busy(d.address, d.domain ?? d.address, d.personalAccount);
  return [section(R.unconfirmed.heading, { text })];
}

function readySummary(d: Diagnosis): string {
  if (d.domainType === 'federated') return R.ready.federated(addressForDisplay(d.domain ?? d.address), tenantLabel(d));
  return d.addressConfirmed === false ? R.ready.unconfirmed(addressForDisplay(d.domain ?? d.address), tenantLabel(d)) : R.ready.summary(addressForDisplay(d.address), tenantLabel(d));
}

function option2Section(address: string) {
  return section(R.takeover.option2.heading, {
    text: R.takeover.option2.intro,
    steps: R.takeover.option2.steps(address),
    note: R.takeover.option2.tip,
  });
}

function personalCard(d: Diagnosis | undefined, requester: Requester): GuideCardData {
  const haveWork = requester.upn && requester.upn.toLowerCase() !== d?.address.toLowerCase();
  return guideCard({
    title: R.personal.title,
    tone: 'warning',
    summary: d ? R.personal.summary(addressForDisplay(d.address)) : R.personal.chosenSummary,
    facts: d ? facts(d) : [],
    sections: [
      haveWork
        ? section(R.personal.haveWork.heading, { text: R.personal.haveWork.text(requester.upn as string) })
        : section(R.personal.maybeWork.heading, { text: R.personal.maybeWork.text }),
      section(R.personal.signUp.heading, { steps: R.personal.signUp.steps }),
    ],
    links: [LINK_BUTTONS.signUp, LINK_BUTTONS.vlsc],
    actions: [
      ...(haveWork ? [{ title: R.actions.useWork(requester.upn as string), data: { verb: verbs.check, address: requester.upn } }] : []),
      // No drafts here: the seed ties the disassociation and extra log-ins requests to unmanaged-tenant accounts.
      ...(d ? [escalateButton(d.address)] : []),
      checkAnotherButton,
    ],
  });
}

/** The guidance card for a person who says they sign in with a personal account. */
export function personalChoiceCard(requester: Requester): GuideCardData {
  return personalCard(undefined, requester);
}

/** The result card for a verdict: what it means and the next sensible actions. */
export function verdictCard(d: Diagnosis, requester: Requester): GuideCardData {
  switch (d.verdict) {
    case 'ready':
      return guideCard({
        title: d.addressConfirmed === false ? R.ready.unconfirmedTitle : R.ready.title,
        tone: 'good',
        summary: readySummary(d),
        facts: facts(d),
        sections: [...unconfirmedSections(d), section(R.ready.next), ...tenantMfaSections(d)],
        actions: [mfaButton, adminsButton, escalateButton(d.address), checkAnotherButton],
      });
    case 'choose-work-account':
      return guideCard({
        title: R.chooseWork.title,
        tone: 'accent',
        summary: R.chooseWork.summary(addressForDisplay(d.address), addressForDisplay(d.domain ?? d.address), tenantLabel(d), d.domainType === 'federated', d.addressConfirmed),
        facts: facts(d),
        sections: [...unconfirmedSections(d), section(R.chooseWork.why), section(R.ready.next), ...tenantMfaSections(d)],
        actions: [mfaButton, escalateButton(d.address), checkAnotherButton],
      });
    case 'takeover-needed': {
      const domain = d.domain ?? d.address;
      const ownTenantDiffers = Boolean(requester.tenantId && d.tenantId && requester.tenantId.toLowerCase() !== d.tenantId.toLowerCase());
      return guideCard({
        title: R.takeover.title,
        tone: 'warning',
        summary: R.takeover.summary(addressForDisplay(d.address), domain, d.addressConfirmed),
        facts: facts(d),
        sections: [
          ...unconfirmedSections(d),
          section(R.takeover.whatIs.heading, { text: R.takeover.whatIs.text }),
          section(R.takeover.option1.heading, {
            steps: R.takeover.option1.steps(domain, ownTenantDiffers ? (requester.upn?.split('@')[1] ?? requester.tenantId) : undefined),
            note: R.takeover.option1.tip,
          }),
          option2Section(d.address),
          section(R.takeover.skip.heading, { text: R.takeover.skip.text(d.address) }),
        ],
        links: [LINK_BUTTONS.takeover, LINK_BUTTONS.signUp, LINK_BUTTONS.vlscSupport],
        question: R.takeover.blockerQuestion,
        choices: BLOCKERS.map((blocker) => ({
          title: R.blockers[blocker].button,
          data: { verb: verbs.blocker, blocker, address: d.address },
        })),
        actions: [draftButton('disassociation', d.address), draftButton('extra-logins', d.address), escalateButton(d.address), checkAnotherButton],
      });
    }
    case 'personal-account':
      return personalCard(d, requester);
    case 'no-account':
      return guideCard({
        title: R.noAccount.title,
        tone: 'attention',
        summary: R.noAccount.summary(addressForDisplay(d.address)),
        facts: facts(d),
        sections: [
          ...(d.domainType === 'managed' || d.domainType === 'federated' ? [section(R.noAccount.tenantExists(d.domain ?? ''))] : []),
          section(R.noAccount.workSignIn),
          section(R.noAccount.signUp),
        ],
        links: [LINK_BUTTONS.signUp],
        actions: [escalateButton(d.address), checkAnotherButton],
      });
    case 'lookup-failed': {
      const failure = d.failure ?? { source: 'user-realm' as const, detail: d.reason };
      return guideCard({
        title: R.failed.title,
        tone: 'attention',
        summary: R.failed.summary(R.failed.sources[failure.source], failure.detail),
        facts: facts(d),
        sections: [section(R.failed.manualHeading, { text: R.failed.manual(userRealmCheckUrl(d.address)) })],
        actions: [{ title: R.actions.retry, data: { verb: verbs.retry, address: d.address } }, escalateButton(d.address), checkAnotherButton],
      });
    }
    case 'invalid-address':
      return guideCard({ title: R.noAccount.title, tone: 'attention', summary: d.reason, actions: [checkAnotherButton] });
  }
}

/** What to do when a takeover is blocked: the seed's reasons, then Option 2. */
export function blockerCard(blocker: Blocker, address: string): GuideCardData {
  const b = R.blockers[blocker];
  return guideCard({
    title: b.title,
    tone: 'accent',
    summary: b.text,
    sections: [section(R.blockers.steer), option2Section(address)],
    links: [LINK_BUTTONS.vlscSupport, LINK_BUTTONS.signUp],
    actions: [draftButton('disassociation', address), escalateButton(address), checkAnotherButton],
  });
}
