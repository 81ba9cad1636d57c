import type { CatalogWords } from '../catalog';
import { WEB_FORM_ANSWER } from './result';

/** The first fields of both VLSC Support web-form drafts. */
const VLSC_SUPPORT_CONTACT_FIELDS = {
  contactName: { label: 'Name der Kontaktperson', missing: 'Geben Sie Ihren Namen ein.' },
  contactEmail: { label: 'Kontakt-E-Mail (für die Antwort des VLSC-Supports)', missing: 'Geben Sie die E-Mail-Adresse ein, an die der VLSC-Support antworten soll.' },
  vlscAddress: { label: 'E-Mail-Adresse für die VLSC-Anmeldung', missing: 'Geben Sie die E-Mail-Adresse ein, mit der Sie sich beim VLSC anmelden.' },
};

/** The words that point to a next step, for the chat or the command line. */
type DraftNextStep = CatalogWords['drafts']['nextStep']['chat'];

/** The support-request drafts: their card, their fields and their text. */
export const drafts: CatalogWords['drafts'] = {
  buttons: {
    disassociation: 'Trennungsantrag entwerfen',
    'extra-logins': 'Mehr Anmeldungen beantragen',
    'mfa-support': 'An den MFA-Support schreiben',
  },
  textHeading: 'Text zum Einfügen',
  emailHeading: 'Zu sendende E-Mail',
  subject: 'Betreff',
  editHeading: 'Details bearbeiten',
  update: 'Entwurf aktualisieren',
  review: 'Zur Prüfung an meinen Helpdesk',
  openEmail: 'In E-Mail öffnen',
  openWebForm: 'Kontaktseite des VLSC-Supports',
  truncated:
    'Der E-Mail-Link enthält einen gekürzten Text (Mailprogramme lehnen längere Links ab): Fügen Sie den vollständigen Text von oben in die E-Mail ein.',
  updated: 'Entwurf aktualisiert: bereit zum Senden.',
  fixErrors: 'Einige Angaben brauchen Ihre Aufmerksamkeit (siehe unten).',
  checkFirst: 'Lassen Sie mich zuerst Ihr Konto prüfen, damit ich die Angaben ausfüllen kann.',
  required: 'Dieses Feld ist erforderlich.',
  webFormAnswer: WEB_FORM_ANSWER,
  /** Shown in a draft in place of a required value nobody has filled in yet. */
  fillIn: '[bitte ausfüllen]',
  /** Ends an e-mail link's body that had to be shortened. */
  shortened: '[Gekürzt, damit es in einen E-Mail-Link passt: Fügen Sie stattdessen den vollständigen Text von der Karte ein.]',
  /** A "Label: value" line, using the field labels so the text and the form line up. */
  detail: (label: string, value: string) => `${label}: ${value}`,
  /** The titles of a field's choices, listed. */
  choiceList: (titles: readonly string[]) => titles.join(', '),
  /** What is wrong with a value entered in a draft's field. */
  problems: {
    address: (reason: string) => `Das ist keine gültige E-Mail-Adresse: ${reason}`,
    domain: 'Das ist kein gültiger Domänenname wie contoso.com.',
    tenantId: 'Eine Mandanten-ID ist eine GUID, etwa 72f988bf-86f1-41af-91ab-2d7cd011db47.',
    count: 'Geben Sie eine ganze Zahl ein, etwa 0.',
    choice: (titles: string) => `Wählen Sie eines davon: ${titles}.`,
    tooLong: (max: number) => `Das ist länger als ${max} Zeichen; bitte kürzen Sie es.`,
    sameAccount: 'Das neue Konto muss eine andere Adresse haben als die, deren Zuordnung der VLSC-Support aufhebt.',
    /** The seed ties the extra log-ins request to zero remaining log-ins; with some left, Skip is the path. */
    loginsLeft: (count: string) =>
      `Sie haben noch verbleibende Anmeldungen (${count}): Der Antrag auf zusätzliche Anmeldesitzungen ist für den Fall, dass das VLSC 0 verbleibende Anmeldungen anzeigt und Sie mehr Zeit brauchen. Wählen Sie bis dahin in der VLSC-Meldung Überspringen (Skip) und melden Sie sich mit Ihrem bestehenden Konto an.`,
  },
  /** What an empty optional field reads as in a draft: a blank, not a claim about why it is empty. */
  blank: '[leer gelassen]',
  /** Labels, the sentence shown when a required field is empty, and the titles of choices: one list per draft. */
  fields: {
    disassociation: {
      ...VLSC_SUPPORT_CONTACT_FIELDS,
      domain: { label: 'Domäne', missing: 'Geben Sie die Domäne dieser Adresse ein, etwa contoso.com.' },
      tenantId: { label: 'Mandanten-ID' },
      verdictFound: { label: 'Ergebnis der Anmeldeprüfung' },
      request: { label: 'Anliegen', missing: 'Schreiben Sie, worum Sie den VLSC-Support bitten.' },
      newAccount: { label: 'Neues Geschäfts-, Schul- oder Unikonto' },
      region: { label: 'Region' },
      tried: { label: 'Was ich versucht habe' },
    },
    'extra-logins': {
      ...VLSC_SUPPORT_CONTACT_FIELDS,
      remainingLogins: { label: 'Verbleibende Anmeldungen laut VLSC', missing: 'Geben Sie ein, wie viele Anmeldungen Ihnen das VLSC noch anzeigt.' },
      progress: { label: 'Stand der Übernahme', missing: 'Wählen Sie, wie weit die Übernahme Ihres Mandanten ist.' },
      reason: { label: 'Mehr dazu, warum ich mehr Zeit brauche' },
      expectedCompletion: { label: 'Voraussichtlicher Abschluss' },
    },
    'mfa-support': {
      tenantId: { label: 'Mandanten-ID', missing: 'Geben Sie die ID Ihres Microsoft Entra-Mandanten ein.' },
      domain: { label: 'Domäne', missing: 'Geben Sie die Domäne Ihrer Organisation ein, etwa contoso.com.' },
      tenantType: { label: 'Mandantentyp' },
      relationship: { label: 'Unsere Organisation ist' },
      method: { label: 'Versuchte MFA-Methode', missing: 'Wählen Sie, wie Sie versucht haben, MFA zu aktivieren.' },
      error: { label: 'Angezeigter Fehler', missing: 'Fügen Sie den Fehler ein, den Sie gesehen haben, oder beschreiben Sie ihn.' },
      globalAdmin: { label: 'Globaler Administrator' },
      contactName: { label: 'Name der Kontaktperson', missing: 'Geben Sie Ihren Namen ein.' },
      contactEmail: { label: 'Kontakt-E-Mail', missing: 'Geben Sie die E-Mail-Adresse ein, an die der Support antworten soll.' },
    },
  },
  choices: {
    region: { 'north-america': 'Kanada oder USA (Webformular „N. America MAK ADD“)', elsewhere: 'Außerhalb von Kanada und den USA' },
    /** The two reasons the seed gives for choosing Skip: the takeover is under way, or someone who can do it is still being found. */
    progress: {
      'takeover-in-progress': 'Meine Organisation übernimmt den nicht verwalteten Mandanten (Bestätigung der Domäne per DNS-TXT-Eintrag)',
      'finding-admin': 'Wir suchen noch jemanden in meiner Organisation, der den Mandanten übernehmen kann',
    },
    relationship: { partner: 'Ein Volume-Licensing-Partner', customer: 'Ein Volume-Licensing-Kunde' },
    method: {
      'conditional-access': 'Richtlinie für bedingten Zugriff',
      'security-defaults': 'Sicherheitsstandards (Security defaults)',
      'per-user': 'MFA pro Benutzer (Legacy)',
    },
  },
  /** What the diagnosis found, as the draft states it: facts from the check only. */
  findings: {
    'takeover-needed': 'Die Adresse ist in einem nicht verwalteten („viralen“) Microsoft Entra-Mandanten ohne Administrator',
    'personal-account': 'Die Adresse ist ein persönliches Microsoft-Konto, kein Geschäfts-, Schul- oder Unikonto',
    'choose-work-account': 'Die Adresse ist sowohl ein Geschäfts-, Schul- oder Unikonto als auch ein persönliches Microsoft-Konto',
    ready: 'Die Adresse ist ein Geschäfts-, Schul- oder Unikonto in einem verwalteten Mandanten',
    readyFederated: 'Die Adresse gehört zu einer Verbunddomäne, deren Organisation sich über einen eigenen Identitätsanbieter anmeldet',
    'no-account': 'Für die Adresse gibt es weder ein Geschäfts-, Schul- oder Unikonto noch ein persönliches Microsoft-Konto',
    'lookup-failed': 'Die Prüfung hat vom Anmeldedienst von Microsoft keine Antwort erhalten',
    'invalid-address': 'Die Adresse ist keine gültige E-Mail-Adresse',
    /** When the check could not confirm this exact address: what is known of the domain only. */
    unconfirmed: {
      'takeover-needed':
        'Adressen der Domäne sind in einem nicht verwalteten („viralen“) Microsoft Entra-Mandanten ohne Administrator; Microsoft konnte genau diese Adresse nicht bestätigen',
      'choose-work-account':
        'Ein persönliches Microsoft-Konto verwendet die Adresse, und Adressen der Domäne sind Geschäfts-, Schul- oder Unikonten; Microsoft konnte kein Geschäftskonto für genau diese Adresse bestätigen',
      ready: 'Adressen der Domäne sind Geschäfts-, Schul- oder Unikonten in einem verwalteten Mandanten; Microsoft konnte genau diese Adresse nicht bestätigen',
      readyFederated:
        'Die Domäne ist eine Verbunddomäne (ihre Organisation meldet sich über einen eigenen Identitätsanbieter an), daher konnte Microsoft genau diese Adresse nicht bestätigen',
    },
    personalUnknown: '; ob ein persönliches Microsoft-Konto sie verwendet, ist nicht bekannt',
    tenant: (name: string) => ` (Mandant der Domäne: ${name})`,
    checked: (finding: string, when: string) => `${finding}. Geprüft: ${when}.`,
    /** "2026-01-05 09:30 UTC": unambiguous for a support agent anywhere. */
    when: (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  },
  /**
   * Where the next step is, in the words of where the person is: the chat's commands (the
   * README's table) or the command line's own commands.
   */
  nextStep: {
    chat: { check: 'schreiben Sie „Konto prüfen“', signUp: 'schreiben Sie „Konto prüfen“, um die Schritte zu sehen', mfa: 'schreiben Sie „MFA“' },
    cli: {
      check: 'führen Sie "vlsa diagnose <address>" aus',
      signUp: 'führen Sie "vlsa ask \'how do I sign up for a new work or school account\'" aus, um die Schritte zu sehen',
      mfa: 'führen Sie "vlsa mfa-readiness --user <address>" aus',
    },
  },
  /** Why a draft does not fit the check (see drafts/applies.ts), and the right path instead. */
  notFor: {
    vlscSupport: {
      /** `organisation`: the address's domain when it has a managed or federated tenant, whose admins give work accounts (no sign-up there). */
      'personal-account': (address: string, next: DraftNextStep, organisation?: string) =>
        `${address} ist ein persönliches Microsoft-Konto. Die Anträge auf Trennung und auf zusätzliche Anmeldungen beim VLSC-Support sind für Konten in einem nicht verwalteten Mandanten. Für ein persönliches Konto lautet die Anleitung, so bald wie möglich ein Geschäfts-, Schul- oder Unikonto zu verwenden: Versuchen Sie die Benutzer-ID und das Kennwort, mit denen Sie sich bei der Arbeit anmelden, oder ${organisation ? `bitten Sie die Admins von ${organisation} um ein Geschäftskonto dort` : `legen Sie bei der Registrierung (Sign Up) eines an (${next.signUp})`}.`,
      'no-account': (address: string, _next: DraftNextStep, organisation?: string) =>
        `Microsoft kennt kein Konto für ${address}, daher gibt es für den VLSC-Support nichts freizugeben oder zu verlängern: Prüfen Sie die Schreibweise, versuchen Sie die Benutzer-ID und das Kennwort, mit denen Sie sich bei der Arbeit anmelden, oder ${organisation ? `bitten Sie die Admins von ${organisation} um ein Geschäftskonto dort` : 'legen Sie bei der Registrierung (Sign Up) ein Geschäfts-, Schul- oder Unikonto an'}.`,
      /** `confirmed`: false when Microsoft's answer could not confirm this exact address (federated, or answering "exists" for anything). */
      ready: (address: string, next: DraftNextStep, _organisation?: string, confirmed = true) =>
        confirmed
          ? `${address} ist die Kontoart, die das VLSC verlangt, daher gibt es beim VLSC-Support nichts zu beantragen: Melden Sie sich damit an. Prüfen Sie als Nächstes, ob Sie für MFA bereit sind (${next.mfa}).`
          : `${address} gehört zu einer Domäne der Art, die das VLSC verlangt, auch wenn Microsoft genau diese Adresse nicht bestätigen konnte, daher gibt es beim VLSC-Support nichts zu beantragen: Melden Sie sich damit an; wird die Anmeldung abgelehnt, prüfen Sie die Schreibweise oder fragen Sie Ihre IT-Abteilung. Prüfen Sie als Nächstes, ob Sie für MFA bereit sind (${next.mfa}).`,
      'choose-work-account': (address: string, next: DraftNextStep) =>
        `${address} ist auch ein Geschäfts-, Schul- oder Unikonto, die Art, die das VLSC verlangt, daher gibt es beim VLSC-Support nichts zu beantragen: Wählen Sie bei der Anmeldung „Geschäfts-, Schul- oder Unikonto“ (Work or school account). Prüfen Sie als Nächstes, ob Sie für MFA bereit sind (${next.mfa}).`,
    },
    mfaSupport: {
      'personal-account': (address: string, next: DraftNextStep, organisation?: string) =>
        `${address} ist ein persönliches Microsoft-Konto: Es hat keinen Organisationsmandanten, in dem der MFA-Support beim Aktivieren von MFA helfen könnte. Wechseln Sie zuerst zu einem Geschäfts-, Schul- oder Unikonto: Versuchen Sie die Benutzer-ID und das Kennwort, mit denen Sie sich bei der Arbeit anmelden, oder ${organisation ? `bitten Sie die Admins von ${organisation} um ein Geschäftskonto dort` : `legen Sie bei der Registrierung (Sign Up) eines an (${next.signUp})`}.`,
      'no-account': (address: string, next: DraftNextStep, organisation?: string) =>
        organisation
          ? `Microsoft kennt kein Konto für ${address}, obwohl ${organisation} einen Microsoft Entra-Mandanten hat: Prüfen Sie die Schreibweise (${next.check}, um eine andere Adresse zu prüfen), oder bitten Sie dessen Admins um Ihr Geschäftskonto dort.`
          : `Microsoft kennt kein Konto für ${address}, daher gibt es keinen Mandanten, in dem der MFA-Support beim Aktivieren von MFA helfen könnte: Prüfen Sie die Schreibweise, oder ${next.check}, um eine andere Adresse zu prüfen.`,
    },
    invalid: (address: string, next: DraftNextStep) =>
      `„${address}“ ist keine E-Mail-Adresse, die ich prüfen konnte; ${next.check}, um die Adresse zu prüfen, mit der Sie sich beim VLSC anmelden.`,
  },
  signOff: 'Vielen Dank und freundliche Grüße',
  disassociation: {
    title: 'Trennungsantrag an den VLSC-Support',
    subject: (address: string) => `Mein VLSC-Konto von ${address} trennen`,
    greeting: 'Hallo VLSC-Support,',
    /** The request sentence the seed's Option 2, Step 1 asks for. */
    request: (address: string) => `bitte trennen Sie mein VLSC-Konto von ${address} und laden Sie mich erneut zur Registrierung ein.`,
    why: (address: string) =>
      `Ich muss mich beim VLSC mit einem anderen Geschäfts-, Schul- oder Unikonto anmelden, daher muss das mit ${address} registrierte VLSC-Konto zuerst freigegeben werden.`,
    newAccount: (account: string) => `Ich melde mich mit meinem neuen Geschäfts-, Schul- oder Unikonto ${account} an, sobald Sie es bestätigen.`,
    wait: 'Ich melde mich nicht beim VLSC an, bevor Sie bestätigt haben, dass die Trennung abgeschlossen ist.',
    pasteNorthAmerica: 'Fügen Sie dies in das Webformular „N. America MAK ADD“ des VLSC-Supports (für Kanada und die USA) ein, verlinkt auf der Kontaktseite.',
    paste: 'Fügen Sie dies in das Webformular des VLSC-Supports ein, verlinkt auf der Kontaktseite. Für Kanada und die USA verwenden Sie das Webformular „N. America MAK ADD“.',
    doNotSignIn: 'Melden Sie sich NICHT beim VLSC an, bevor der VLSC-Support bestätigt hat, dass die Trennung Ihres Kontos abgeschlossen ist.',
    signUpMeanwhile:
      'Öffnen Sie in der Zwischenzeit die Registrierung (Sign Up) und legen Sie ein neues Geschäfts-, Schul- oder Unikonto an (etwa name@yourcompany.onmicrosoft.com), mit Ihnen selbst als Administrator. Notieren Sie sich die Benutzer-ID.',
    afterwards:
      'Nachdem der VLSC-Support bestätigt hat, kehren Sie zum VLSC zurück, wählen „Mit einem Geschäfts-, Schul- oder Unikonto anmelden“ (Sign in with a Work or School Account) und geben das neue Konto ein. Es kann bis zu 2 Arbeitstage dauern, bis Sie sich damit anmelden können.',
  },
  extraLogins: {
    title: 'Antrag auf zusätzliche Anmeldesitzungen an den VLSC-Support',
    subject: (address: string) => `Zusätzliche VLSC-Anmeldesitzungen für ${address}`,
    greeting: 'Hallo VLSC-Support,',
    request: (address: string) => `bitte fügen Sie meinem VLSC-Konto, bei dem ich mich mit ${address} anmelde, zusätzliche Anmeldesitzungen hinzu.`,
    remaining: (count: string) =>
      `Verbleibende Anmeldungen laut VLSC: ${count}. Ich brauche mehr Zeit, bevor ich mich mit einem verwalteten Geschäfts-, Schul- oder Unikonto anmelden kann.`,
    paste: 'Fügen Sie dies in das Webformular des VLSC-Supports ein, verlinkt auf der Kontaktseite.',
    buysTime:
      'Zusätzliche Anmeldungen verschaffen Zeit: Sie oder jemand in Ihrer Organisation müssen trotzdem den Mandanten übernehmen oder zu einem Geschäfts-, Schul- oder Unikonto wechseln.',
    soFar: (tried: string) => `Bisher: ${tried}`,
  },
  mfaSupport: {
    title: 'E-Mail an den MFA-Support für Volume Licensing Central',
    subject: (domain: string, tenantId: string) => `MFA für Volume Licensing Central lässt sich nicht aktivieren: ${domain} (Mandant ${tenantId})`,
    greeting: 'Hallo,',
    relationship: { partner: 'Wir sind ein Volume-Licensing-Partner.', customer: 'Wir sind ein Volume-Licensing-Kunde.' },
    problem:
      'Wir können die Multi-Faktor-Authentifizierung (MFA) für Volume Licensing Central in unserem Microsoft Entra-Mandanten nicht aktivieren, wie es die Anleitung zur verpflichtenden MFA verlangt. Könnten Sie uns bitte helfen?',
    /** First, for a tenant the check found unmanaged: what was found, before any request. */
    unmanagedFirst: (domain: string) =>
      `Unsere Domäne ${domain} ist in einem nicht verwalteten („viralen“) Microsoft Entra-Mandanten, der keinen Administrator hat; daher kann dort niemand MFA aktivieren, bis der Mandant übernommen ist.`,
    /** What the chosen method says, and no more: the person chose it, the details are theirs to add. */
    method: {
      'conditional-access': 'Wir haben versucht, MFA mit einer Richtlinie für bedingten Zugriff zu verlangen.',
      'security-defaults': 'Wir haben versucht, die Sicherheitsstandards zu aktivieren.',
      'per-user': 'Wir haben versucht, MFA pro Benutzer zu erzwingen.',
    },
    send: (mailbox: string) => `Senden Sie dies an ${mailbox}, die Adresse, die der Partnerleitfaden für Probleme beim Aktivieren von MFA nennt.`,
    copyIn: (whoCanEnforce: string) => `Setzen Sie in Kopie, wer MFA aktivieren wird: ${whoCanEnforce}.`,
    afterTakeover: (unmanaged: string) => `${unmanaged} Schreiben Sie an den MFA-Support, wenn sich MFA auch dann nicht aktivieren lässt, wenn der Mandant einen Administrator hat.`,
  },
};

