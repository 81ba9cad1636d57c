import type { CatalogWords } from '../catalog';

/** The app's name, the welcome, the help card and the commands Teams lists. */
export const appName: CatalogWords['appName'] = 'VL-Anmeldeassistent';

export const welcome: CatalogWords['welcome'] = {
  intro:
    'Ich helfe Ihnen, sich beim Volume Licensing Service Center (VLSC) mit dem verwalteten Geschäfts-, Schul- oder Unikonto anzumelden, das es jetzt verlangt, und sich auf die Multi-Faktor-Authentifizierung (MFA) vorzubereiten, die Volume Licensing Central seit dem 5. Januar 2026 erzwingt.',
  personalHint: 'Wählen Sie eine Schaltfläche, oder schreiben Sie einfach eine Frage wie „Was ist ein viraler Mandant?“.',
  teamHint: 'In diesem Team kann ich Helpdesk-Fälle posten. Erwähnen Sie mich mit „Hilfe“, um zu sehen, was ich hier kann.',
  groupChatHint:
    'In diesem Chat beantworte ich Fragen zur VLSC-Anmeldung und zur MFA, die Volume Licensing Central verlangt. Um Ihr eigenes Konto zu prüfen, chatten Sie allein mit mir.',
};

export const help: CatalogWords['help'] = {
  heading: 'Was ich kann',
  teamHeading: 'Was ich in diesem Team kann',
  groupChatHeading: 'Was ich in diesem Chat kann',
  footer: 'Schreiben Sie jederzeit „Abbrechen“ oder „Neu starten“, um ein Gespräch zu verlassen.',
};

export const commands: CatalogWords['commands'] = {
  help: { title: 'Hilfe', description: 'Zeigen, was ich kann.' },
  cases: { title: 'Offene Fälle', description: 'Offene Fälle auflisten (auch: unassigned, mine, case VL-XXXXXXXX, stats, export, repost).' },
  channel: {
    title: 'Diesen Kanal verwenden',
    description: 'Eskalierte Fälle hierher senden (oder: „use this channel for takeover cases“).',
  },
  check: {
    title: 'Meine VLSC-Anmeldung prüfen',
    description: 'Herausfinden, ob Ihr Konto beim VLSC die richtige Art ist, und was zu tun ist, wenn nicht.',
  },
  admins: {
    title: 'Wer ist mein Admin?',
    description: 'Ihre Globalen Administratoren finden und die Admins, die MFA einschalten können.',
  },
  mfa: {
    title: 'Ist MFA bereit?',
    description: 'Was Sie und Ihr Admin für die MFA brauchen, die Volume Licensing Central verlangt.',
  },
};
