import type { CatalogWords } from '../catalog';
import { plural } from './plural';

const ownTenantTakeover =
  'Wenn die Organisation, mit der Sie Teams verwenden, diese Domäne besitzt, können deren Globale Administratoren den Mandanten übernehmen (eine externe Übernahme: Sie weisen die Domäne mit demselben DNS-TXT-Eintrag nach), es sei denn, er hat Servicepläne mit SharePoint, OneDrive oder Skype for Business.';

/** "Who is my admin?": the people found, or how to find them by hand. */
export const admins: CatalogWords['admins'] = {
  foundTitle: 'Ihre Admins',
  foundSummary: (count) =>
    `${count} ${plural(count, 'Person', 'Personen')} in Ihrer Organisation ${plural(count, 'kann', 'können')} helfen: zuerst die Globalen Administratoren, dann die Admins, die MFA einschalten können.`,
  none: 'Ich habe in diesen Rollen keine aktivierte Person gefunden. Fragen Sie Ihre IT-Abteilung, Ihr Security-Operations-Team oder Ihren internen Helpdesk.',
  eligible: 'berechtigt, muss die Rolle zuerst aktivieren',
  more: (n) => `${n} weitere`,
  active: 'aktiv',
  chat: (name) => `Chat mit ${name}`,
  chatMessage: 'Hallo, ich brauche Hilfe bei unserer Volume-Licensing-Anmeldung (VLSC-Geschäftskonto / MFA für Volume Licensing Central).',
  gaps: 'Ein Teil der Liste konnte nicht gelesen werden:',
  manualTitle: 'So finden Sie Ihren Globalen Administrator',
  manualSummary: 'Ich kann das Verzeichnis Ihrer Organisation nicht lesen, aber Sie können es im Microsoft Entra Admin Center nachsehen:',
  otherTenant: 'Dieser Assistent kann nur das Verzeichnis der Organisation lesen, die ihn installiert hat. Sehen Sie es daher selbst nach:',
  permissionTitle: 'Ich darf die Admin-Liste noch nicht lesen',
  permission: 'Ein Admin muss diesem Assistenten noch erlauben, die Admin-Liste zu lesen. Sehen Sie sie bis dahin selbst nach:',
  permissionDetail: (permission) => `Die App des Assistenten braucht die Microsoft Graph-Anwendungsberechtigung ${permission}, von einem Admin erteilt.`,
  consent: 'Administratorzustimmung erteilen',
  failedTitle: 'Ich konnte die Admin-Liste nicht lesen',
  failed: 'Ich konnte Microsoft gerade nicht erreichen, um die Admin-Liste zu lesen. Versuchen Sie es in einer Minute noch einmal, oder sehen Sie sie bis dahin selbst nach:',
  failedDetail: (message) => `Microsoft Graph hat nicht richtig geantwortet (${message}).`,
  unmanagedTitle: 'Der Mandant Ihres VLSC-Kontos hat keinen Admin',
  unmanaged: (domain) =>
    `${domain} ist ein nicht verwalteter („viraler“) Mandant: Er hat überhaupt keinen Globalen Administrator. Jemand in Ihrer Organisation wird es, indem er den Mandanten übernimmt (Option 1), oder Sie wechseln zu einem neuen Geschäftskonto (Option 2).`,
  /** Said on its own when there is no domain to name. */
  unmanagedDetail:
    'Dies ist ein nicht verwalteter Mandant (aus einer Self-Service-Registrierung): Niemand verwaltet ihn bisher, daher gibt es keinen Globalen Administrator, den Sie fragen könnten. Übernehmen Sie stattdessen den Mandanten als dessen Administrator.',
  button: 'Wer ist mein Admin?',
  /** After an unmanaged verdict: the person's own Teams tenant is managed, and its admins can do an external takeover. */
  ownTenant: {
    found: ownTenantTakeover,
    ask: `${ownTenantTakeover} Fragen Sie Ihren Admin oder Helpdesk.`,
  },
};
