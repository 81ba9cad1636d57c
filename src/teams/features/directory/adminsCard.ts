import type { AdminLookupResult, AdminPerson } from '../../../domain/admins';
import { TEXT } from '../../../text/en';
import type { GuideCardData, GuideSection } from '../../kit/cards/data';
import { detail, guideCard, primaryLink, secondary, section } from '../../kit/cards/guide';
import { LINK_BUTTONS } from '../../kit/cards/links';
import { actionTitle } from '../../kit/cards/titles';
import { escalateButton } from '../cases/verbs';
import { adminsButton, mfaButton } from './verbs';

const T = TEXT.admins;
/** People shown on the first view; the rest open on demand. */
const FIRST_VIEW_PEOPLE = 2;

/** Teams' deep link to a 1:1 chat with a message ready to send. */
export function chatLink(upn: string): string {
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(upn)}&message=${encodeURIComponent(T.chatMessage)}`;
}

function personSection(person: AdminPerson): GuideSection {
  const contact = person.mail ?? person.userPrincipalName;
  const assignment = person.assignment === 'active' ? T.active : T.eligible;
  return section(person.displayName, { text: `${contact}\n${person.roles.join(', ')} (${assignment})` });
}

function chat(person: AdminPerson): { title: string; url: string } {
  return { title: actionTitle(T.chat(person.displayName)), url: chatLink(person.userPrincipalName) };
}

/** How to find the admins in the Entra admin center. */
function manualSection(): GuideSection {
  return section('', { steps: TEXT.manual.findAdmin.steps, note: TEXT.manual.findAdmin.otherwise });
}

/** The people found, Global Administrators first (as found): a few on the card, the others and their chat links on demand. */
function peopleParts(people: readonly AdminPerson[]) {
  const first = people.slice(0, FIRST_VIEW_PEOPLE);
  const rest = people.slice(FIRST_VIEW_PEOPLE);
  return {
    sections: first.map(personSection),
    primary: first.length ? primaryLink(chat(first[0])) : [],
    links: secondary(...first.slice(1).map(chat)),
    details: rest.length ? [detail(T.more(rest.length), { sections: rest.map(personSection), links: rest.slice(0, 5).map(chat) })] : [],
  };
}

/**
 * The answer to "who is my admin?", for every way the lookup can end; always with a way to a
 * person. After an unmanaged verdict, `ownTenant` is the lookup in the person's own Teams
 * tenant: its Global Administrators can do an external takeover.
 */
export function adminsCard(result: AdminLookupResult, domain?: string, ownTenant?: AdminLookupResult): GuideCardData {
  switch (result.kind) {
    case 'found': {
      const people = peopleParts(result.admins);
      return guideCard({
        title: T.foundTitle,
        tone: 'good',
        summary: result.admins.length ? T.foundSummary(result.admins.length) : T.none,
        sections: [
          ...people.sections,
          ...(result.gaps.length ? [section(T.gaps, { steps: result.gaps.map((gap) => gap.message) })] : []),
        ],
        primary: people.primary,
        details: people.details,
        actions: [escalateButton(), ...secondary(mfaButton)],
        links: people.links,
      });
    }
    case 'manual':
      return guideCard({
        title: T.manualTitle,
        summary: result.reason === 'other-tenant' ? T.otherTenant : T.manualSummary,
        sections: [manualSection()],
        primary: primaryLink(LINK_BUTTONS.entraAdminCenter),
        actions: [escalateButton()],
      });
    case 'permission-error':
      return guideCard({
        title: T.permissionTitle,
        tone: 'warning',
        summary: T.permission,
        sections: [manualSection()],
        primary: primaryLink(LINK_BUTTONS.entraAdminCenter),
        details: [
          detail(TEXT.result.failed.detailsButton, {
            sections: [section('', { text: T.permissionDetail(result.failure.permission) })],
            links: result.failure.consentUrl ? [{ title: T.consent, url: result.failure.consentUrl }] : [],
          }),
        ],
        actions: [escalateButton()],
      });
    case 'failed':
      return guideCard({
        title: T.failedTitle,
        tone: 'attention',
        summary: T.failed,
        sections: [manualSection()],
        primary: primaryLink(LINK_BUTTONS.entraAdminCenter),
        details: [detail(TEXT.result.failed.detailsButton, { sections: [section('', { text: T.failedDetail(result.failure.message) })] })],
        actions: [{ ...adminsButton, title: TEXT.result.actions.retry }, escalateButton()],
      });
    case 'unmanaged': {
      // Only a Global Administrator of the managed tenant can add the domain (the external takeover).
      const globalAdmins = ownTenant?.kind === 'found' ? ownTenant.admins.filter((admin) => admin.roles.includes('Global Administrator')) : [];
      const own = globalAdmins.length ? peopleParts(globalAdmins) : undefined;
      return guideCard({
        title: T.unmanagedTitle,
        tone: 'warning',
        summary: T.unmanaged(domain ?? T.unmanagedDetail),
        next: own ? T.ownTenant.found : T.ownTenant.ask,
        sections: own?.sections ?? [],
        primary: own?.primary ?? [],
        details: own?.details ?? [],
        actions: [escalateButton()],
        links: [...(own?.links ?? []), ...secondary(LINK_BUTTONS.takeover)],
      });
    }
  }
}
