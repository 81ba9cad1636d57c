import type { AdminLookupResult, AdminPerson } from '../../domain/admins';
import type { ManualPath } from '../../domain/manualSteps';
import { TEXT } from '../../text/en';
import type { GuideCardData, GuideSection } from '../cards/data';
import { guideCard, section } from '../cards/guide';
import { LINK_BUTTONS } from '../cards/links';
import { checkAnotherButton, escalateButton, mfaButton } from './buttons';

const T = TEXT.admins;

/** Teams' deep link to a 1:1 chat with a message ready to send. */
export function chatLink(upn: string): string {
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(upn)}&message=${encodeURIComponent(T.chatMessage)}`;
}

function personSection(person: AdminPerson): GuideSection {
  const contact = person.mail ?? person.userPrincipalName;
  const assignment = person.assignment === 'active' ? T.active : T.eligible;
  return section(person.displayName, { text: `${contact}\n${person.roles.join(', ')} (${assignment})` });
}

function manualSections(manual: ManualPath): GuideSection[] {
  return [section('', { steps: manual.steps, note: manual.otherwise })];
}

/** The answer to "who is my admin?", for every way the lookup can end. */
export function adminsCard(result: AdminLookupResult, domain?: string): GuideCardData {
  switch (result.kind) {
    case 'found': {
      const people = [...result.admins].sort((a, b) => Number(a.assignment === 'eligible') - Number(b.assignment === 'eligible'));
      return guideCard({
        title: T.foundTitle,
        tone: 'good',
        summary: people.length ? T.foundSummary(people.length) : T.none,
        sections: [
          ...people.map(personSection),
          ...(result.gaps.length ? [section(T.gaps, { steps: result.gaps.map((gap) => gap.message) })] : []),
        ],
        links: people.slice(0, 5).map((person) => ({ title: T.chat(person.displayName), url: chatLink(person.userPrincipalName) })),
        actions: [escalateButton(), mfaButton],
      });
    }
    case 'manual':
      return guideCard({
        title: T.manualTitle,
        summary: result.reason === 'other-tenant' ? T.otherTenant : T.manualSummary,
        sections: manualSections(result.manual),
        links: [LINK_BUTTONS.entraAdminCenter],
      });
    case 'permission-error':
      return guideCard({
        title: T.permissionTitle,
        tone: 'warning',
        summary: T.permission(result.failure.permission),
        sections: manualSections(result.manual),
        links: [
          ...(result.failure.consentUrl ? [{ title: T.consent, url: result.failure.consentUrl }] : []),
          LINK_BUTTONS.entraAdminCenter,
        ],
      });
    case 'failed':
      return guideCard({
        title: T.failedTitle,
        tone: 'attention',
        summary: T.failed(result.failure.message),
        sections: manualSections(result.manual),
        links: [LINK_BUTTONS.entraAdminCenter],
      });
    case 'unmanaged':
      return guideCard({
        title: T.unmanagedTitle,
        tone: 'warning',
        summary: T.unmanaged(domain ?? result.detail),
        links: [LINK_BUTTONS.takeover],
        actions: [checkAnotherButton],
      });
  }
}
