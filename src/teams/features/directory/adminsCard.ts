import type { AdminLookupResult, AdminPerson } from '../../../domain/admins';
import type { Catalog } from '../../../text/catalog';
import type { GuideCardData, GuideSection } from '../../kit/cards/data';
import { detail, guideCard, primaryLink, secondary, section } from '../../kit/cards/guide';
import { linkButtons } from '../../kit/cards/links';
import { actionTitle } from '../../kit/cards/titles';
import { escalateButton } from '../cases/verbs';
import { adminsButton, mfaButton } from './verbs';
/** People shown on the first view; the rest open on demand. */
const FIRST_VIEW_PEOPLE = 2;

/** Teams' deep link to a 1:1 chat with a message ready to send. */
export function chatLink(words: Catalog, upn: string): string {
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(upn)}&message=${encodeURIComponent(words.admins.chatMessage)}`;
}

function personSection(words: Catalog, person: AdminPerson): GuideSection {
  const T = words.admins;
  const contact = person.mail ?? person.userPrincipalName;
  const assignment = person.assignment === 'active' ? T.active : T.eligible;
  return section(person.displayName, { text: `${contact}\n${person.roles.join(', ')} (${assignment})` });
}

function chat(words: Catalog, person: AdminPerson): { title: string; url: string } {
  return { title: actionTitle(words.admins.chat(person.displayName)), url: chatLink(words, person.userPrincipalName) };
}

/** How to find the admins in the Entra admin center. */
function manualSection(words: Catalog): GuideSection {
  return section('', { steps: words.manual.findAdmin.steps, note: words.manual.findAdmin.otherwise });
}

/** The people found, Global Administrators first (as found): a few on the card, the others and their chat links on demand. */
function peopleParts(words: Catalog, people: readonly AdminPerson[]) {
  const first = people.slice(0, FIRST_VIEW_PEOPLE);
  const rest = people.slice(FIRST_VIEW_PEOPLE);
  const sectionOf = (person: AdminPerson) => personSection(words, person);
  const chatOf = (person: AdminPerson) => chat(words, person);
  return {
    sections: first.map(sectionOf),
    primary: first.length ? primaryLink(chatOf(first[0])) : [],
    links: secondary(...first.slice(1).map(chatOf)),
    details: rest.length ? [detail(words.admins.more(rest.length), { sections: rest.map(sectionOf), links: rest.slice(0, 5).map(chatOf) })] : [],
  };
}

/**
 * The answer to "who is my admin?", for every way the lookup can end; always with a way to a
 * person. After an unmanaged verdict, `ownTenant` is the lookup in the person's own Teams
 * tenant: its Global Administrators can do an external takeover.
 */
export function adminsCard(words: Catalog, result: AdminLookupResult, domain?: string, ownTenant?: AdminLookupResult): GuideCardData {
  const T = words.admins;
  const entraAdminCenter = linkButtons(words).entraAdminCenter;
  switch (result.kind) {
    case 'found': {
      const people = peopleParts(words, result.admins);
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
        actions: [escalateButton(words), ...secondary(mfaButton(words))],
        links: people.links,
      });
    }
    case 'manual':
      return guideCard({
        title: T.manualTitle,
        summary: result.reason === 'other-tenant' ? T.otherTenant : T.manualSummary,
        sections: [manualSection(words)],
        primary: primaryLink(entraAdminCenter),
        actions: [escalateButton(words)],
      });
    case 'permission-error':
      return guideCard({
        title: T.permissionTitle,
        tone: 'warning',
        summary: T.permission,
        sections: [manualSection(words)],
        primary: primaryLink(entraAdminCenter),
        details: [
          detail(words.result.failed.detailsButton, {
            sections: [section('', { text: T.permissionDetail(result.failure.permission) })],
            links: result.failure.consentUrl ? [{ title: T.consent, url: result.failure.consentUrl }] : [],
          }),
        ],
        actions: [escalateButton(words)],
      });
    case 'failed':
      return guideCard({
        title: T.failedTitle,
        tone: 'attention',
        summary: T.failed,
        sections: [manualSection(words)],
        primary: primaryLink(entraAdminCenter),
        details: [detail(words.result.failed.detailsButton, { sections: [section('', { text: T.failedDetail(result.failure.message) })] })],
        actions: [{ ...adminsButton(words), title: words.result.actions.retry }, escalateButton(words)],
      });
    case 'unmanaged': {
      // Only a Global Administrator of the managed tenant can add the domain (the external takeover).
      const globalAdmins = ownTenant?.kind === 'found' ? ownTenant.admins.filter((admin) => admin.roles.includes('Global Administrator')) : [];
      const own = globalAdmins.length ? peopleParts(words, globalAdmins) : undefined;
      return guideCard({
        title: T.unmanagedTitle,
        tone: 'warning',
        summary: T.unmanaged(domain ?? T.unmanagedDetail),
        next: own ? T.ownTenant.found : T.ownTenant.ask,
        sections: own?.sections ?? [],
        primary: own?.primary ?? [],
        details: own?.details ?? [],
        actions: [escalateButton(words)],
        links: [...(own?.links ?? []), ...secondary(linkButtons(words).takeover)],
      });
    }
  }
}
