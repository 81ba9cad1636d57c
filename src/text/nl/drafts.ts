import type { CatalogWords } from '../catalog';
import { WEB_FORM_ANSWER } from './result';

/** The first fields of both VLSC Support web-form drafts. */
const VLSC_SUPPORT_CONTACT_FIELDS = {
  contactName: { label: 'Naam contactpersoon', missing: 'Voer uw naam in.' },
  contactEmail: { label: 'Contact-e-mail (waar VLSC Support antwoordt)', missing: 'Voer het e-mailadres in waarop VLSC Support moet antwoorden.' },
  vlscAddress: { label: 'E-mailadres voor aanmelden bij VLSC', missing: 'Voer het e-mailadres in waarmee u zich aanmeldt bij VLSC.' },
};

/** The words that point to a next step, for the chat or the command line. */
type DraftNextStep = CatalogWords['drafts']['nextStep']['chat'];

/** The support-request drafts: their card, their fields and their text. */
export const drafts: CatalogWords['drafts'] = {
  buttons: {
    disassociation: 'Loskoppelaanvraag opstellen',
    'extra-logins': 'Meer aanmeldingen aanvragen',
    'mfa-support': 'Mail aan MFA-support opstellen',
  },
  textHeading: 'Tekst om te plakken',
  emailHeading: 'Te verzenden e-mail',
  subject: 'Onderwerp',
  editHeading: 'De gegevens bewerken',
  update: 'Concept bijwerken',
  review: 'Ter controle naar mijn helpdesk',
  openEmail: 'Openen in e-mail',
  openWebForm: 'Contactpagina van VLSC Support',
  truncated:
    'De e-maillink bevat een ingekorte tekst (mailprogramma\'s weigeren langere links): plak de volledige tekst hierboven in de e-mail.',
  updated: 'Concept bijgewerkt: klaar om te verzenden.',
  fixErrors: 'Sommige gegevens hebben aandacht nodig (zie hieronder).',
  checkFirst: 'Laat me eerst uw account controleren, zodat ik de gegevens kan invullen.',
  required: 'Dit veld is verplicht.',
  webFormAnswer: WEB_FORM_ANSWER,
  /** Shown in a draft in place of a required value nobody has filled in yet. */
  fillIn: '[graag invullen]',
  /** Ends an e-mail link's body that had to be shortened. */
  shortened: '[Ingekort om in een e-maillink te passen: plak in plaats daarvan de volledige tekst van de kaart.]',
  /** A "Label: value" line, using the field labels so the text and the form line up. */
  detail: (label: string, value: string) => `${label}: ${value}`,
  /** The titles of a field's choices, listed. */
  choiceList: (titles: readonly string[]) => titles.join(', '),
  /** What is wrong with a value entered in a draft's field. */
  problems: {
    address: (reason: string) => `Dit is geen geldig e-mailadres: ${reason}`,
    domain: 'Dit is geen geldige domeinnaam, zoals contoso.com.',
    tenantId: 'Een tenant-id is een GUID, zoals 72f988bf-86f1-41af-91ab-2d7cd011db47.',
    count: 'Voer een geheel getal in, zoals 0.',
    choice: (titles: string) => `Kies een van: ${titles}.`,
    tooLong: (max: number) => `Dit is langer dan ${max} tekens; maak het korter.`,
    sameAccount: 'Het nieuwe account moet een ander adres hebben dan het adres dat VLSC Support loskoppelt.',
    /** The seed ties the extra log-ins request to zero remaining log-ins; with some left, Skip is the path. */
    loginsLeft: (count: string) =>
      `U hebt nog resterende aanmeldingen (${count}): de aanvraag voor extra aanmeldsessies is voor wanneer VLSC 0 resterende aanmeldingen toont en u meer tijd nodig hebt. Kies tot die tijd Overslaan (Skip) in de VLSC-melding en meld u aan met uw bestaande account.`,
  },
  /** What an empty optional field reads as in a draft: a blank, not a claim about why it is empty. */
  blank: '[leeg gelaten]',
  /** Labels, the sentence shown when a required field is empty, and the titles of choices: one list per draft. */
  fields: {
    disassociation: {
      ...VLSC_SUPPORT_CONTACT_FIELDS,
      domain: { label: 'Domein', missing: 'Voer het domein van dat adres in, zoals contoso.com.' },
      tenantId: { label: 'Tenant-id' },
      verdictFound: { label: 'Wat de aanmeldcontrole vond' },
      request: { label: 'Verzoek', missing: 'Zeg wat u VLSC Support vraagt te doen.' },
      newAccount: { label: 'Nieuw werk- of schoolaccount om te gebruiken' },
      region: { label: 'Regio' },
      tried: { label: 'Wat ik heb geprobeerd' },
    },
    'extra-logins': {
      ...VLSC_SUPPORT_CONTACT_FIELDS,
      remainingLogins: { label: 'Resterende aanmeldingen volgens VLSC', missing: 'Voer in hoeveel aanmeldingen VLSC zegt dat u nog hebt.' },
      progress: { label: 'Stand van de overname', missing: 'Kies hoe ver de overname van uw tenant is.' },
      reason: { label: 'Meer over waarom ik meer tijd nodig heb' },
      expectedCompletion: { label: 'Verwachte afronding' },
    },
    'mfa-support': {
      tenantId: { label: 'Tenant-id', missing: 'Voer de id van uw Microsoft Entra-tenant in.' },
      domain: { label: 'Domein', missing: 'Voer het domein van uw organisatie in, zoals contoso.com.' },
      tenantType: { label: 'Type tenant' },
      relationship: { label: 'Onze organisatie is' },
      method: { label: 'Geprobeerde MFA-methode', missing: 'Kies de manier waarop u MFA hebt proberen in te schakelen.' },
      error: { label: 'Geziene fout', missing: 'Plak of beschrijf de fout die u zag.' },
      globalAdmin: { label: 'Globale beheerder' },
      contactName: { label: 'Naam contactpersoon', missing: 'Voer uw naam in.' },
      contactEmail: { label: 'Contact-e-mail', missing: 'Voer het e-mailadres in waarop de support moet antwoorden.' },
    },
  },
  choices: {
    region: { 'north-america': 'Canada of de VS (webformulier “N. America MAK ADD”)', elsewhere: 'Buiten Canada en de VS' },
    /** The two reasons the seed gives for choosing Skip: the takeover is under way, or someone who can do it is still being found. */
    progress: {
      'takeover-in-progress': 'Mijn organisatie neemt de niet-beheerde tenant over (het domein wordt bevestigd met een DNS TXT-record)',
      'finding-admin': 'We zoeken nog iemand in mijn organisatie die de tenant kan overnemen',
    },
    relationship: { partner: 'Een Volume Licensing-partner', customer: 'Een Volume Licensing-klant' },
    method: {
      'conditional-access': 'Beleid voor voorwaardelijke toegang',
      'security-defaults': 'Standaardinstellingen voor beveiliging (Security defaults)',
      'per-user': 'MFA per gebruiker (verouderd)',
    },
  },
  /** What the diagnosis found, as the draft states it: facts from the check only. */
  findings: {
    'takeover-needed': 'Het adres staat in een niet-beheerde (“virale”) Microsoft Entra-tenant zonder beheerder',
    'personal-account': 'Het adres is een persoonlijk Microsoft-account, geen werk- of schoolaccount',
    'choose-work-account': 'Het adres is zowel een werk- of schoolaccount als een persoonlijk Microsoft-account',
    ready: 'Het adres is een werk- of schoolaccount in een beheerde tenant',
    readyFederated: 'Het adres hoort bij een federatief domein, waarvan de organisatie zich aanmeldt via een eigen id-provider',
    'no-account': 'Er bestaat geen werk- of schoolaccount en geen persoonlijk Microsoft-account voor het adres',
    'lookup-failed': 'De controle kreeg geen antwoord van de aanmeldservice van Microsoft',
    'invalid-address': 'Het adres is geen geldig e-mailadres',
    /** When the check could not confirm this exact address: what is known of the domain only. */
    unconfirmed: {
      'takeover-needed':
        'Adressen bij het domein staan in een niet-beheerde (“virale”) Microsoft Entra-tenant zonder beheerder; Microsoft kon dit exacte adres niet bevestigen',
      'choose-work-account':
        'Een persoonlijk Microsoft-account gebruikt het adres, en adressen bij het domein zijn werk- of schoolaccounts; Microsoft kon geen werkaccount voor dit exacte adres bevestigen',
      ready: 'Adressen bij het domein zijn werk- of schoolaccounts in een beheerde tenant; Microsoft kon dit exacte adres niet bevestigen',
      readyFederated:
        'Het domein is federatief (de organisatie meldt zich aan via een eigen id-provider), dus Microsoft kon dit exacte adres niet bevestigen',
    },
    personalUnknown: '; of een persoonlijk Microsoft-account het gebruikt, is niet bekend',
    tenant: (name: string) => ` (tenant van het domein: ${name})`,
    checked: (finding: string, when: string) => `${finding}. Gecontroleerd op ${when}.`,
    /** "2026-01-05 09:30 UTC": unambiguous for a support agent anywhere. */
    when: (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  },
  /**
   * Where the next step is, in the words of where the person is: the chat's commands (the
   * README's table) or the command line's own commands.
   */
  nextStep: {
    chat: { check: 'typ "account controleren"', signUp: 'typ "account controleren" om de stappen te zien', mfa: 'typ "mfa"' },
    cli: {
      check: 'voer "vlsa diagnose <address>" uit',
      signUp: 'voer "vlsa ask \'how do I sign up for a new work or school account\'" uit voor de stappen',
      mfa: 'voer "vlsa mfa-readiness --user <address>" uit',
    },
  },
  /** Why a draft does not fit the check (see drafts/applies.ts), and the right path instead. */
  notFor: {
    vlscSupport: {
      /** `organisation`: the address's domain when it has a managed or federated tenant, whose admins give work accounts (no sign-up there). */
      'personal-account': (address: string, next: DraftNextStep, organisation?: string) =>
        `${address} is een persoonlijk Microsoft-account. De aanvragen bij VLSC Support voor loskoppelen en voor extra aanmeldingen zijn voor accounts in een niet-beheerde tenant. Voor een persoonlijk account is de richtlijn om zo snel mogelijk een werk- of schoolaccount te gaan gebruiken: probeer de gebruikers-id en het wachtwoord waarmee u zich op het werk aanmeldt, of ${organisation ? `vraag de beheerders van ${organisation} om een werkaccount daar` : `maak er een op de registratiepagina (Sign Up) (${next.signUp})`}.`,
      'no-account': (address: string, _next: DraftNextStep, organisation?: string) =>
        `Microsoft kent geen account voor ${address}, dus er is niets dat VLSC Support kan vrijgeven of verlengen: controleer de spelling, probeer de gebruikers-id en het wachtwoord waarmee u zich op het werk aanmeldt, of ${organisation ? `vraag de beheerders van ${organisation} om een werkaccount daar` : 'maak een werk- of schoolaccount op de registratiepagina (Sign Up)'}.`,
      /** `confirmed`: false when Microsoft's answer could not confirm this exact address (federated, or answering "exists" for anything). */
      ready: (address: string, next: DraftNextStep, _organisation?: string, confirmed = true) =>
        confirmed
          ? `${address} is het soort account dat VLSC vereist, dus er is niets om VLSC Support te vragen: meld u ermee aan. Controleer daarna of u klaar bent voor MFA (${next.mfa}).`
          : `${address} hoort bij een domein van het soort dat VLSC vereist, al kon Microsoft dit exacte adres niet bevestigen, dus er is niets om VLSC Support te vragen: meld u ermee aan, en wordt de aanmelding geweigerd, controleer dan de spelling of vraag het uw IT-afdeling. Controleer daarna of u klaar bent voor MFA (${next.mfa}).`,
      'choose-work-account': (address: string, next: DraftNextStep) =>
        `${address} is ook een werk- of schoolaccount, het soort dat VLSC vereist, dus er is niets om VLSC Support te vragen: kies bij het aanmelden “Werk- of schoolaccount” (Work or school account). Controleer daarna of u klaar bent voor MFA (${next.mfa}).`,
    },
    mfaSupport: {
      'personal-account': (address: string, next: DraftNextStep, organisation?: string) =>
        `${address} is een persoonlijk Microsoft-account: het heeft geen organisatietenant waarin de MFA-support kan helpen MFA in te schakelen. Stap eerst over op een werk- of schoolaccount: probeer de gebruikers-id en het wachtwoord waarmee u zich op het werk aanmeldt, of ${organisation ? `vraag de beheerders van ${organisation} om een werkaccount daar` : `maak er een op de registratiepagina (Sign Up) (${next.signUp})`}.`,
      'no-account': (address: string, next: DraftNextStep, organisation?: string) =>
        organisation
          ? `Microsoft kent geen account voor ${address}, al heeft ${organisation} een Microsoft Entra-tenant: controleer de spelling (${next.check} om een ander adres te controleren), of vraag de beheerders ervan om uw werkaccount daar.`
          : `Microsoft kent geen account voor ${address}, dus er is geen tenant waarin de MFA-support kan helpen MFA in te schakelen: controleer de spelling, of ${next.check} om een ander adres te controleren.`,
    },
    invalid: (address: string, next: DraftNextStep) =>
      `“${address}” is geen e-mailadres dat ik kon controleren; ${next.check} om het adres te controleren waarmee u zich aanmeldt bij VLSC.`,
  },
  signOff: 'Met vriendelijke groet,',
  disassociation: {
    title: 'Aanvraag voor loskoppelen aan VLSC Support',
    subject: (address: string) => `Mijn VLSC-account loskoppelen van ${address}`,
    greeting: 'Beste VLSC Support,',
    /** The request sentence the seed's Option 2, Step 1 asks for. */
    request: (address: string) => `Wilt u mijn VLSC-account loskoppelen van ${address} en mij uitnodigen om me opnieuw te registreren?`,
    why: (address: string) =>
      `Ik moet me bij VLSC aanmelden met een ander werk- of schoolaccount, dus het VLSC-account dat met ${address} is geregistreerd, moet eerst worden vrijgegeven.`,
    newAccount: (account: string) => `Ik meld me aan met mijn nieuwe werk- of schoolaccount, ${account}, zodra u het hebt bevestigd.`,
    wait: 'Ik meld me niet aan bij VLSC totdat u hebt bevestigd dat het loskoppelen is voltooid.',
    pasteNorthAmerica: 'Plak dit in het webformulier “N. America MAK ADD” van VLSC Support (voor Canada en de VS), gelinkt vanaf de contactpagina.',
    paste: 'Plak dit in het webformulier van VLSC Support, gelinkt vanaf de contactpagina. Gebruik voor Canada en de VS het webformulier “N. America MAK ADD”.',
    doNotSignIn: 'Meld u NIET aan bij VLSC totdat VLSC Support heeft bevestigd dat het loskoppelen van uw account is voltooid.',
    signUpMeanwhile:
      'Ga intussen naar de registratiepagina (Sign Up) en maak een nieuw werk- of schoolaccount (zoals name@yourcompany.onmicrosoft.com) met uzelf als beheerder. Noteer de gebruikers-id.',
    afterwards:
      'Nadat VLSC Support het heeft bevestigd, gaat u terug naar VLSC, kiest u “Aanmelden met een werk- of schoolaccount” (Sign in with a Work or School Account) en voert u het nieuwe account in. Het kan tot 2 werkdagen duren voordat u zich ermee kunt aanmelden.',
  },
  extraLogins: {
    title: 'Aanvraag voor extra aanmeldsessies aan VLSC Support',
    subject: (address: string) => `Extra VLSC-aanmeldsessies voor ${address}`,
    greeting: 'Beste VLSC Support,',
    request: (address: string) => `Wilt u extra aanmeldsessies toevoegen aan mijn VLSC-account, waarbij ik me aanmeld met ${address}?`,
    remaining: (count: string) =>
      `Resterende aanmeldingen volgens VLSC: ${count}. Ik heb meer tijd nodig voordat ik me kan aanmelden met een beheerd werk- of schoolaccount.`,
    paste: 'Plak dit in het webformulier van VLSC Support, gelinkt vanaf de contactpagina.',
    buysTime:
      'Extra aanmeldingen leveren tijd op: u, of iemand in uw organisatie, moet de tenant nog steeds overnemen of overstappen op een werk- of schoolaccount.',
    soFar: (tried: string) => `Tot nu toe: ${tried}`,
  },
  mfaSupport: {
    title: 'E-mail aan MFA-support voor Volume Licensing Central',
    subject: (domain: string, tenantId: string) => `Kan MFA niet inschakelen voor Volume Licensing Central: ${domain} (tenant ${tenantId})`,
    greeting: 'Hallo,',
    relationship: { partner: 'Wij zijn een Volume Licensing-partner.', customer: 'Wij zijn een Volume Licensing-klant.' },
    problem:
      'We kunnen meervoudige verificatie (MFA) voor Volume Licensing Central niet inschakelen in onze Microsoft Entra-tenant, zoals de richtlijnen over verplichte MFA vragen. Kunt u ons helpen?',
    /** First, for a tenant the check found unmanaged: what was found, before any request. */
    unmanagedFirst: (domain: string) =>
      `Ons domein ${domain} staat in een niet-beheerde (“virale”) Microsoft Entra-tenant, die geen beheerder heeft, dus niemand kan er MFA in inschakelen totdat de tenant is overgenomen.`,
    /** What the chosen method says, and no more: the person chose it, the details are theirs to add. */
    method: {
      'conditional-access': 'We hebben geprobeerd MFA te vereisen met een beleid voor voorwaardelijke toegang.',
      'security-defaults': 'We hebben geprobeerd de standaardinstellingen voor beveiliging in te schakelen.',
      'per-user': 'We hebben geprobeerd MFA per gebruiker af te dwingen.',
    },
    send: (mailbox: string) => `Stuur dit naar ${mailbox}, het adres dat de partnerrichtlijnen noemen voor problemen met het inschakelen van MFA.`,
    copyIn: (whoCanEnforce: string) => `Zet in de cc wie MFA gaat inschakelen: ${whoCanEnforce}.`,
    afterTakeover: (unmanaged: string) => `${unmanaged} Schrijf naar de MFA-support als het inschakelen van MFA nog steeds mislukt zodra de tenant een beheerder heeft.`,
  },
};

