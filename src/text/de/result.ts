import type { CatalogWords } from '../catalog';

/** The seed: "Microsoft will respond to Web Form submissions within 24 hours." */
export const WEB_FORM_ANSWER = 'Microsoft beantwortet Anfragen über das Webformular innerhalb von 24 Stunden.';

/** The choice on Microsoft's sign-in page, with the English label for a page shown in English. */
const WORK_CHOICE = '„Geschäfts-, Schul- oder Unikonto“ (Work or school account)';

/** When the lookups cannot tell whether a personal account shares the address (federated or throttled, and the user realm did not say). */
const PERSONAL_UNKNOWN = ` Microsoft konnte auch nicht sagen, ob ein persönliches Microsoft-Konto dieselbe Adresse verwendet: Wenn die Anmeldeseite fragt, welches Konto, wählen Sie ${WORK_CHOICE}.`;

const SIGN_IN_OR_ASK = 'Melden Sie sich damit an; wird die Anmeldung abgelehnt, prüfen Sie die Schreibweise oder fragen Sie Ihre IT-Abteilung.';

const tenantKind = (federated: boolean) => (federated ? 'Verbund' : 'verwaltet');

/** The verdict cards: what a check found and what to do about it. */
export const result: CatalogWords['result'] = {
  detailsButton: 'Details',
  checkedAt: 'Geprüft',
  address: 'Adresse',
  domain: 'Domäne',
  tenant: 'Mandant',
  domainType: 'Mandantentyp',
  domainTypes: {
    managed: 'Verwaltet',
    federated: 'Verbund (eigener Anmeldedienst)',
    unmanaged: 'Nicht verwaltet („viral“)',
    unknown: 'Kein Microsoft-Mandant gefunden',
  },
  actions: {
    checkAnother: 'Andere Adresse prüfen',
    mfa: 'MFA-Bereitschaft prüfen',
    retry: 'Erneut versuchen',
    useWork: 'Mein Geschäftskonto prüfen',
    cannotTakeOver: 'Ich kann nicht übernehmen',
    signUp: 'Für Geschäftskonto registrieren',
  },
  ready: {
    title: 'Dieses Konto ist bereit für das VLSC',
    unconfirmedTitle: 'Die richtige Kontoart, aber diese Adresse ist nicht bestätigt',
    summary: (address, tenant) =>
      `${address} ist ein Geschäfts-, Schul- oder Unikonto in ${tenant}, einem verwalteten Microsoft Entra-Mandanten. Genau diese Kontoart verlangt das VLSC: Melden Sie sich weiter damit an.`,
    /** Managed domain whose lookups answer "exists" for anything just now: only the domain is known. */
    unconfirmed: (address, domain, tenant) =>
      `${domain} gehört zu ${tenant}, einem verwalteten Microsoft Entra-Mandanten: die Art, die das VLSC verlangt. Gerade antwortet Microsoft für jede Adresse dort mit „existiert“, daher kann ich nicht bestätigen, dass ${address} selbst existiert. ${SIGN_IN_OR_ASK}`,
    federated: (address, domain, tenant) =>
      `${domain} gehört zu ${tenant}, dessen Anmeldung über einen eigenen Identitätsanbieter läuft (eine Verbunddomäne): die Art, die das VLSC verlangt. Microsoft antwortet für jede Adresse einer Verbunddomäne mit „existiert“, daher kann ich nicht bestätigen, dass ${address} selbst existiert. ${SIGN_IN_OR_ASK}`,
    next: 'Als Nächstes: Volume Licensing Central verlangt seit dem 5. Januar 2026 die Multi-Faktor-Authentifizierung (MFA). Prüfen Sie, ob Sie und Ihre Organisation bereit sind.',
    help: 'Fragen, oder die Anmeldung schlägt weiter fehl? Fragen Sie Ihren Admin oder Helpdesk.',
  },
  /** When Microsoft's lookup cannot tell whether this exact address exists (see diagnosis addressConfirmed). */
  unconfirmed: {
    heading: 'Genau diese Adresse ist nicht bestätigt',
    federated: (address, personalAccount) =>
      `Bei einer Verbunddomäne antwortet Microsoft für jede Adresse mit „existiert“, daher kann ich nicht bestätigen, dass ${address} selbst existiert. ${SIGN_IN_OR_ASK}${personalAccount === null ? PERSONAL_UNKNOWN : ''}`,
    busy: (address, domain, personalAccount) =>
      `Gerade antwortet die Abfrage von Microsoft für jede Adresse bei ${domain} mit „existiert“, sogar für erfundene (das tut sie Berichten zufolge, während sie gedrosselt wird), daher kann ich nicht bestätigen, dass ${address} selbst existiert. Melden Sie sich damit an; wird die Anmeldung abgelehnt, prüfen Sie die Schreibweise oder fragen Sie Ihre IT-Abteilung, oder prüfen Sie in ein paar Minuten noch einmal.${personalAccount === null ? PERSONAL_UNKNOWN : ''}`,
  },
  chooseWork: {
    title: 'Wählen Sie bei der Anmeldung „Geschäfts-, Schul- oder Unikonto“',
    /** `confirmed`: Microsoft confirmed the work account for this exact address (see diagnosis addressConfirmed). */
    summary: (address, domain, tenant, federated, confirmed) =>
      confirmed
        ? `${address} gibt es zweimal: als Geschäfts-, Schul- oder Unikonto in ${tenant} (${tenantKind(federated)}) und als persönliches Microsoft-Konto. Wenn das VLSC oder die Microsoft-Anmeldeseite fragt, welches, wählen Sie ${WORK_CHOICE}.`
        : `Ein persönliches Microsoft-Konto verwendet ${address}, und Adressen bei ${domain} sind Geschäfts-, Schul- oder Unikonten in ${tenant} (${tenantKind(federated)}); Microsoft konnte kein Geschäftskonto für genau diese Adresse bestätigen. Wenn das VLSC oder die Microsoft-Anmeldeseite fragt, welches, wählen Sie ${WORK_CHOICE}.`,
    why: 'Ein persönliches Microsoft-Konto hat beim VLSC nur eine begrenzte Zahl von Anmeldungen; das Geschäftskonto ist das, was das VLSC verlangt.',
  },
  personal: {
    title: 'Dies ist ein persönliches Microsoft-Konto',
    help: 'Nicht sicher, welches Konto Sie verwenden sollen? Fragen Sie Ihren Admin oder Helpdesk.',
    /** The address's domain already has a managed or federated tenant: its organisation gives work accounts. */
    organisation: {
      next: (domain, tenant) =>
        `Ihre Organisation hat bereits einen Microsoft Entra-Mandanten, das Verzeichnis, das Microsoft 365 verwendet (${domain} gehört zu ${tenant}): Melden Sie sich beim VLSC mit Ihrem Geschäftskonto dort an, oder bitten Sie dessen Admins um eines.`,
      admins: (names) => `Seine Admins, die ein Geschäftskonto für Sie anlegen können: ${names.join(', ')}.`,
      askAdmins: 'Seine Admins können ein Geschäftskonto für Sie anlegen: „Wer ist mein Admin?“ findet sie.',
      /** The domain's tenant is not the one the person uses Teams with: the bot can list neither its admins nor reach them. */
      otherOrganisation: (domain) =>
        `Die IT-Abteilung, die ${domain} betreibt, kann ein Geschäftskonto für Sie anlegen. Das ist nicht die Organisation, mit der Sie Teams verwenden, daher kann ich ihre Admins nicht auflisten; Ihr eigener Admin oder Helpdesk kann Ihnen helfen, sie zu erreichen.`,
    },
    summary: (address) =>
      `${address} ist ein persönliches Microsoft-Konto. Das VLSC lässt persönliche Konten noch für eine begrenzte Zahl von Anmeldungen zu, damit Sie Zeit haben, zu dem Geschäfts-, Schul- oder Unikonto zu wechseln, das es verlangt. Verwenden Sie so bald wie möglich eines.`,
    chosenSummary:
      'Das VLSC lässt persönliche Microsoft-Konten noch für eine begrenzte Zahl von Anmeldungen zu, damit Sie Zeit haben, zu dem Geschäfts-, Schul- oder Unikonto zu wechseln, das es verlangt. Verwenden Sie so bald wie möglich eines.',
    haveWork: {
      heading: 'Sie haben bereits ein Geschäftskonto',
      text: (upn) =>
        `Ihre Organisation verwendet Microsoft 365 (Sie nutzen Teams damit), also haben Sie bereits ein Geschäftskonto: ${upn}. Melden Sie sich damit beim VLSC an und wählen Sie ${WORK_CHOICE}. Wenn es nicht für das VLSC verwendet werden soll, bitten Sie Ihre IT-Abteilung um eines.`,
    },
    maybeWork: {
      heading: 'Wenn Ihre Organisation Microsoft 365 verwendet',
      text: 'Wenn Ihr Unternehmen oder Ihre Bildungseinrichtung Microsoft 365 oder einen anderen Microsoft-Onlinedienst verwendet, haben Sie wahrscheinlich schon ein Geschäfts-, Schul- oder Unikonto. Versuchen Sie die Benutzer-ID und das Kennwort, mit denen Sie sich bei der Arbeit anmelden, oder fragen Sie Ihre IT-Abteilung.',
    },
    signUp: {
      button: 'So registrieren Sie sich',
      heading: 'Andernfalls registrieren Sie sich für ein neues Geschäfts-, Schul- oder Unikonto',
      steps: [
        'Öffnen Sie die Registrierung (Sign Up) und legen Sie ein neues Geschäfts-, Schul- oder Unikonto an. Sie müssen sich für keinen Onlinedienst registrieren; Sie können demselben Mandanten später Dienste hinzufügen, wenn Sie möchten.',
        'Ihr neues Konto sieht vielleicht so aus: yourusername@yourcompany.onmicrosoft.com. Das ist normal.',
        'Wenn Sie einen eigenen Domänennamen haben (etwa yourcompany.com), können Sie ihn später über die Verwaltungskonsole hinzufügen.',
      ],
    },
  },
  takeover: {
    title: 'Ihr VLSC-Konto ist in einem nicht verwalteten („viralen“) Mandanten',
    summary: (address, domain, confirmed) =>
      `${confirmed ? `${address} gehört zu ${domain}, einem` : `Adressen bei ${domain} gehören zu einem`} Microsoft Entra-Mandanten ohne Administrator (einem nicht verwalteten oder „viralen“ Mandanten).${confirmed ? '' : ` Ich kann nicht bestätigen, dass ${address} selbst existiert: Gerade antwortet Microsoft für jede Adresse dort mit „existiert“.`} Das VLSC verlangt jetzt verwaltete Mandanten: Übernehmen Sie den Mandanten, indem Sie nachweisen, dass Ihnen ${domain} gehört (Option 1), oder wechseln Sie zu einem neuen Geschäftskonto (Option 2).`,
    next: 'Bis dahin gibt Ihnen das VLSC eine begrenzte Zahl verbleibender Anmeldungen: Wählen Sie in seiner Meldung Überspringen (Skip), während Sie sich vorbereiten.',
    help: 'Wer helfen kann: Ihr IT- oder Netzwerkadministrator (wer Ihre Domäne verwaltet) kann die Übernahme durchführen. Der VLSC-Support kann an Ihrem Mandanten keine Änderungen für Sie vornehmen.',
    whatIs: {
      heading: 'Was ist ein nicht verwalteter Mandant?',
      text: 'Ein Mandant ohne globalen Administrator. Er entsteht, wenn sich Personen für einen Clouddienst registrieren und für sie automatisch eine Identität anhand ihrer E-Mail-Domäne angelegt wird. Das VLSC hat solche Konten früher zugelassen, verlangt jetzt aber verwaltete Mandanten, damit dieselbe Benutzer-ID auf allen Websites funktioniert, auf die Volume-Licensing-Funktionen umziehen.',
    },
    option1: {
      button: 'Option 1: Mandant übernehmen',
      heading: 'Option 1 – den Mandanten übernehmen und Ihre Adresse behalten',
      verify: (domain) =>
        `Sie oder der IT- oder Netzwerkadministrator Ihrer Organisation weisen nach, dass ${domain} Ihnen gehört, indem Sie einen DNS-TXT-Eintrag bei der Domänenregistrierungsstelle (etwa GoDaddy) bestätigen.`,
      alternativesHeading: 'Dann eine von zwei Alternativen',
      /** Internal and external takeover are alternatives, not consecutive steps. */
      alternatives: [
        '- **Interne Übernahme**: Wer die Domäne bestätigt, wird Globaler Administrator des Mandanten. Es werden keine Benutzer, Domänen oder Servicepläne in ein anderes Verzeichnis migriert. (Globaler Administrator zu werden heißt nicht, im VLSC Lizenzen verwalten zu müssen.)',
        '- **Externe Übernahme**: Ein Globaler Administrator eines bestehenden verwalteten Mandanten fügt den Domänennamen hinzu und ordnet Benutzer Ressourcen zu. Die Benutzer, Abonnements und Lizenzzuweisungen des nicht verwalteten Mandanten ziehen mit der Domäne um. Microsoft unterstützt das für Azure Rights Management und Exchange Online sowie für die Servicepläne Power Apps Free, Power Automate Free, RMS for individuals, Microsoft Stream und Dynamics 365 free trial; nicht unterstützt wird es, wenn der nicht verwaltete Mandant Servicepläne mit SharePoint, OneDrive oder Skype for Business hat (zum Beispiel über ein kostenloses Office-Abonnement).',
      ].join('\n'),
      /** The person's Teams tenant, when it differs from the unmanaged one: it can do the external takeover. */
      ownTenant: (ownTenant) =>
        `Sie verwenden Teams mit einem verwalteten Mandanten (${ownTenant}). Wenn es der Ihrer Organisation ist, der die Domäne gehört, können dessen Globale Administratoren die externe Übernahme durchführen (sie weisen die Domäne mit demselben DNS-TXT-Eintrag nach), sofern der nicht verwaltete Mandant keinen dieser Servicepläne hat.`,
      afterwards: 'Sobald der Mandant einen Administrator hat, melden Sie sich weiter mit Ihrem bestehenden Konto beim VLSC an.',
      tip: 'Vielleicht bitten Sie lieber Ihren IT- oder Netzwerkadministrator (wer Ihre Domäne verwaltet), die Übernahme durchzuführen. Das heißt nicht, dass er das VLSC verwalten oder ein Abonnement kaufen muss. Der VLSC-Support kann an Ihrem Mandanten keine Änderungen für Sie vornehmen.',
    },
    option2: {
      button: 'Option 2: ein neues Konto',
      heading: 'Option 2 – ein neues …onmicrosoft.com-Konto anlegen',
      intro: 'Gut, wenn Sie das Konto nur für das VLSC brauchen oder den Besitz der Domäne jetzt nicht nachweisen können. Sie schaffen das, ohne den VLSC-Support anrufen zu müssen, und jeder Schritt dauert nur Minuten, aber es kann bis zu 2 Arbeitstage dauern, bis Sie sich mit dem neuen Konto anmelden können.',
      steps: (address) => [
        `Beantragen Sie über ein Webformular beim VLSC-Support, Ihr aktuelles VLSC-Konto von ${address} zu trennen und Sie erneut zur Registrierung einzuladen. (Für Kanada und die USA verwenden Sie das Webformular „N. America MAK ADD“.) ${WEB_FORM_ANSWER}`,
        'Melden Sie sich NICHT beim VLSC an, bevor der VLSC-Support bestätigt hat, dass die Trennung abgeschlossen ist.',
        'Öffnen Sie die Registrierung (Sign Up) und legen Sie ein neues Geschäfts-, Schul- oder Unikonto an (etwa user@yourcompany.onmicrosoft.com), mit Ihnen selbst als Administrator. Für diese Art von Domäne ist kein DNS-TXT-Eintrag nötig. Notieren Sie sich die Benutzer-ID.',
        'Nachdem der VLSC-Support bestätigt hat, kehren Sie zum VLSC zurück, wählen „Mit einem Geschäfts-, Schul- oder Unikonto anmelden“ (Sign in with a Work or School Account) und geben das neue Konto ein.',
      ],
      tip: 'Bevor Ihre Organisation Onlinedienste wie Office 365 bereitstellt, sollte sie diesen neuen Mandanten übernehmen und mit ihrer eigenen benutzerdefinierten Domäne verknüpfen.',
    },
    skip: {
      button: 'Noch nicht bereit? Überspringen',
      heading: 'Noch nicht bereit? Überspringen (Skip)',
      text: (address) =>
        `Solange Sie noch verbleibende Anmeldungen haben, wählen Sie in der VLSC-Meldung Überspringen (Skip) und melden sich weiter mit Ihrem bestehenden Konto an: nützlich, während Sie oder jemand in Ihrer Organisation die Übernahme vorbereiten. Wenn Sie null verbleibende Anmeldungen haben und mehr Zeit brauchen, bitten Sie den VLSC-Support, ${address} zusätzliche Anmeldesitzungen hinzuzufügen. ${WEB_FORM_ANSWER}`,
    },
    blockerQuestion: 'Sie können den Mandanten nicht übernehmen? Sagen Sie mir, was Sie daran hindert:',
  },
  blockers: {
    'no-admin': {
      button: 'Ich finde meinen IT-Admin nicht',
      title: 'Sie können Ihren IT-Administrator nicht ermitteln',
      text: 'In großen Organisationen ist das meist eine Helpdesk-Nummer; kleinere Organisationen lagern die IT oft an einen Dienstleister aus.',
    },
    'no-domain-proof': {
      button: 'Domäne nicht nachweisbar',
      title: 'Sie können den Besitz der Domäne nicht nachweisen',
      text: 'Ihre IT-Administratoren wissen das oder haben Zugang zu den Informationen, die von Ihrem Internetdienstanbieter oder Ihrer Domänenregistrierungsstelle stammen.',
    },
    'restricted-domain': {
      button: 'Domäne gesperrt/zurückgeholt',
      title: 'Ihr Konto gehört zu einer gesperrten oder zurückgeforderten Domäne',
      text: 'Diese Einstellung legt der Administrator Ihrer Organisation fest. Möglicherweise ist ein Geschäftskonto getrennt vom Mandanten Ihrer Organisation nötig.',
    },
    steer: 'Legen Sie in diesem Fall stattdessen eine neue Benutzer-ID an: Öffnen Sie unten Option 2.',
    help: 'Kommen Sie trotzdem nicht weiter? Fragen Sie Ihren Admin oder Helpdesk.',
  },
  noAccount: {
    title: 'Kein Microsoft-Konto für diese Adresse gefunden',
    summary: (address) =>
      `Microsoft kennt für ${address} weder ein Geschäfts-, Schul- oder Unikonto noch ein persönliches Microsoft-Konto. Vielleicht ist es ein Tippfehler, oder es gibt noch kein Konto.`,
    tenantExists: (domain) =>
      `${domain} hat durchaus einen Microsoft Entra-Mandanten: Prüfen Sie also die Schreibweise, oder fragen Sie Ihre IT-Abteilung nach Ihrem Anmeldenamen.`,
    workSignIn:
      'Wenn Ihr Unternehmen oder Ihre Bildungseinrichtung Microsoft 365 oder einen anderen Microsoft-Onlinedienst verwendet, haben Sie wahrscheinlich schon ein Geschäfts-, Schul- oder Unikonto: Versuchen Sie die Benutzer-ID und das Kennwort, mit denen Sie sich bei der Arbeit anmelden.',
    signUp: 'Wenn Sie noch kein Geschäfts-, Schul- oder Unikonto haben, können Sie bei der Registrierung (Sign Up) eines anlegen, ohne sich für einen Onlinedienst zu registrieren.',
    help: 'Nicht sicher, wie Ihr Anmeldename lautet? Fragen Sie Ihren Admin oder Helpdesk.',
  },
  invalid: {
    title: 'Diese Adresse kann ich nicht prüfen',
    next: 'Prüfen Sie die Schreibweise und versuchen Sie es noch einmal.',
  },
  failed: {
    title: 'Ich konnte die Prüfung nicht abschließen',
    summary: 'Ich konnte den Anmeldedienst von Microsoft gerade nicht erreichen, daher kann ich nicht sagen, welche Art von Konto das ist. Versuchen Sie es in einer Minute noch einmal.',
    help: 'Schlägt es weiter fehl? Fragen Sie Ihren Admin oder Helpdesk: „Details für die IT“ enthält, was sie brauchen.',
    detailsButton: 'Details für die IT',
    technical: (source, detail) => `Der Microsoft-Dienst „${source}“ hat nicht richtig geantwortet (${detail}).`,
    manualHeading: 'Selbst prüfen',
    manual: 'Öffnen Sie die User-Realm-Antwort unten in einem Browser. Wenn sie "IsViral": true enthält, ist das Konto in einem nicht verwalteten Mandanten und braucht eine Übernahme.',
    realmLink: 'User-Realm-Antwort öffnen',
    sources: { 'user-realm': 'User Realm', 'credential-type': 'Kontoabfrage', 'openid-configuration': 'Mandantenkonfiguration' },
  },
};
