import type { CatalogWords } from '../catalog';

/** The app's name, the welcome, the help card and the commands Teams lists. */
export const appName: CatalogWords['appName'] = 'VL-aanmeldassistent';

export const welcome: CatalogWords['welcome'] = {
  intro:
    'Ik help u zich aan te melden bij het Volume Licensing Service Center (VLSC) met het beheerde werk- of schoolaccount dat het nu vereist, en u voor te bereiden op de meervoudige verificatie (MFA) die Volume Licensing Central sinds 5 januari 2026 afdwingt.',
  personalHint: 'Kies een knop, of typ gewoon een vraag, zoals "wat is een virale tenant?".',
  teamHint: 'In dit team kan ik helpdeskcases plaatsen. Vermeld mij met "help" om te zien wat ik hier kan.',
  groupChatHint:
    'In deze chat beantwoord ik vragen over het aanmelden bij VLSC en de MFA die Volume Licensing Central vereist. Chat één-op-één met mij om uw eigen account te controleren.',
};

export const help: CatalogWords['help'] = {
  heading: 'Wat ik kan',
  teamHeading: 'Wat ik in dit team kan',
  groupChatHeading: 'Wat ik in deze chat kan',
  footer: 'Typ op elk moment "annuleren" of "opnieuw beginnen" om een gesprek te verlaten.',
};

export const commands: CatalogWords['commands'] = {
  help: { title: 'Help', description: 'Laten zien wat ik kan.' },
  cases: { title: 'Open cases', description: 'Open cases weergeven (ook: unassigned, mine, case VL-XXXXXXXX, stats, export, repost).' },
  channel: {
    title: 'Dit kanaal gebruiken',
    description: 'Geëscaleerde cases hierheen sturen (of: "use this channel for takeover cases").',
  },
  check: {
    title: 'Mijn VLSC-aanmelding controleren',
    description: 'Nagaan of het account dat u bij VLSC gebruikt het juiste soort is, en wat u moet doen als dat niet zo is.',
  },
  admins: {
    title: 'Wie is mijn beheerder?',
    description: 'Uw globale beheerders vinden en de beheerders die MFA kunnen inschakelen.',
  },
  mfa: {
    title: 'Is MFA klaar?',
    description: 'Wat u en uw beheerder nodig hebben voor de MFA die Volume Licensing Central vereist.',
  },
};
