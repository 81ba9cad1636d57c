import type { CatalogWords } from '../catalog';

/** The seed: "Microsoft will respond to Web Form submissions within 24 hours." */
export const WEB_FORM_ANSWER = 'Microsoft beantwoordt aanvragen via het webformulier binnen 24 uur.';

/** The choice on Microsoft's sign-in page, with the English label for a page shown in English. */
const WORK_CHOICE = '“Werk- of schoolaccount” (Work or school account)';

/** When the lookups cannot tell whether a personal account shares the address (federated or throttled, and the user realm did not say). */
const PERSONAL_UNKNOWN = ` Microsoft kon ook niet zeggen of een persoonlijk Microsoft-account hetzelfde adres gebruikt: als de aanmeldpagina vraagt welk account, kiest u ${WORK_CHOICE}.`;

const SIGN_IN_OR_ASK = 'Meld u ermee aan; wordt de aanmelding geweigerd, controleer dan de spelling of vraag het uw IT-afdeling.';

const tenantKind = (federated: boolean) => (federated ? 'federatief' : 'beheerd');

/** The verdict cards: what a check found and what to do about it. */
export const result: CatalogWords['result'] = {
  detailsButton: 'Details',
  checkedAt: 'Gecontroleerd',
  address: 'Adres',
  domain: 'Domein',
  tenant: 'Tenant',
  domainType: 'Type tenant',
  domainTypes: {
    managed: 'Beheerd',
    federated: 'Federatief (eigen aanmeldservice)',
    unmanaged: 'Niet-beheerd (“viraal”)',
    unknown: 'Geen Microsoft-tenant gevonden',
  },
  actions: {
    checkAnother: 'Ander adres controleren',
    mfa: 'MFA-gereedheid controleren',
    retry: 'Opnieuw proberen',
    useWork: 'Mijn werkaccount controleren',
    cannotTakeOver: 'Ik kan de tenant niet overnemen',
    signUp: 'Registreren voor een werkaccount',
  },
  ready: {
    title: 'Dit account is klaar voor VLSC',
    unconfirmedTitle: 'Het juiste soort account, maar dit adres is niet bevestigd',
    summary: (address, tenant) =>
      `${address} is een werk- of schoolaccount in ${tenant}, een beheerde Microsoft Entra-tenant. Dat is het soort account dat VLSC vereist: blijf u ermee aanmelden.`,
    /** Managed domain whose lookups answer "exists" for anything just now: only the domain is known. */
    unconfirmed: (address, domain, tenant) =>
      `${domain} hoort bij ${tenant}, een beheerde Microsoft Entra-tenant: het soort dat VLSC vereist. Op dit moment antwoordt Microsoft “bestaat” voor elk adres daar, dus ik kan niet bevestigen dat ${address} zelf bestaat. ${SIGN_IN_OR_ASK}`,
    federated: (address, domain, tenant) =>
      `${domain} hoort bij ${tenant}, dat zich aanmeldt via een eigen id-provider (een federatief domein): het soort dat VLSC vereist. Microsoft antwoordt “bestaat” voor elk adres bij een federatief domein, dus ik kan niet bevestigen dat ${address} zelf bestaat. ${SIGN_IN_OR_ASK}`,
    next: 'Volgende stap: Volume Licensing Central vereist sinds 5 januari 2026 meervoudige verificatie (MFA). Controleer of u en uw organisatie er klaar voor zijn.',
    help: 'Vragen, of mislukt de aanmelding nog steeds? Vraag het uw beheerder of helpdesk.',
  },
  /** When Microsoft's lookup cannot tell whether this exact address exists (see diagnosis addressConfirmed). */
  unconfirmed: {
    heading: 'Dit exacte adres is niet bevestigd',
    federated: (address, personalAccount) =>
      `Bij een federatief domein antwoordt Microsoft “bestaat” voor elk adres, dus ik kan niet bevestigen dat ${address} zelf bestaat. ${SIGN_IN_OR_ASK}${personalAccount === null ? PERSONAL_UNKNOWN : ''}`,
    busy: (address, domain, personalAccount) =>
      `Op dit moment antwoordt de opzoeking van Microsoft “bestaat” voor elk adres bij ${domain}, zelfs voor verzonnen adressen (dat doet ze naar verluidt wanneer ze wordt beperkt), dus ik kan niet bevestigen dat ${address} zelf bestaat. Meld u ermee aan; wordt de aanmelding geweigerd, controleer dan de spelling of vraag het uw IT-afdeling, of controleer het over een paar minuten opnieuw.${personalAccount === null ? PERSONAL_UNKNOWN : ''}`,
  },
  chooseWork: {
    title: 'Kies “Werk- of schoolaccount” wanneer u zich aanmeldt',
    /** `confirmed`: Microsoft confirmed the work account for this exact address (see diagnosis addressConfirmed). */
    summary: (address, domain, tenant, federated, confirmed) =>
      confirmed
        ? `${address} bestaat twee keer: als werk- of schoolaccount in ${tenant} (${tenantKind(federated)}) en als persoonlijk Microsoft-account. Wanneer VLSC of de aanmeldpagina van Microsoft vraagt welk account, kiest u ${WORK_CHOICE}.`
        : `Een persoonlijk Microsoft-account gebruikt ${address}, en adressen bij ${domain} zijn werk- of schoolaccounts in ${tenant} (${tenantKind(federated)}); Microsoft kon geen werkaccount voor dit exacte adres bevestigen. Wanneer VLSC of de aanmeldpagina van Microsoft vraagt welk account, kiest u ${WORK_CHOICE}.`,
    why: 'Een persoonlijk Microsoft-account krijgt maar een beperkt aantal aanmeldingen bij VLSC; het werkaccount is het account dat VLSC vereist.',
  },
  personal: {
    title: 'Dit is een persoonlijk Microsoft-account',
    help: 'Weet u niet welk account u moet gebruiken? Vraag het uw beheerder of helpdesk.',
    /** The address's domain already has a managed or federated tenant: its organisation gives work accounts. */
    organisation: {
      next: (domain, tenant) =>
        `Uw organisatie heeft al een Microsoft Entra-tenant, de directory die Microsoft 365 gebruikt (${domain} hoort bij ${tenant}): meld u bij VLSC aan met uw werkaccount daar, of vraag de beheerders ervan om er een.`,
      admins: (names) => `De beheerders ervan, die een werkaccount voor u kunnen maken: ${names.join(', ')}.`,
      askAdmins: 'De beheerders ervan kunnen een werkaccount voor u maken: "Wie is mijn beheerder?" vindt ze.',
      /** The domain's tenant is not the one the person uses Teams with: the bot can list neither its admins nor reach them. */
      otherOrganisation: (domain) =>
        `De IT-afdeling die ${domain} beheert, kan een werkaccount voor u maken. Dat is niet de organisatie waarmee u Teams gebruikt, dus ik kan de beheerders ervan niet weergeven; uw eigen beheerder of helpdesk kan u helpen hen te bereiken.`,
    },
    summary: (address) =>
      `${address} is een persoonlijk Microsoft-account. VLSC laat persoonlijke accounts nog een beperkt aantal keren binnen, zodat u tijd hebt om over te stappen op het werk- of schoolaccount dat het vereist. Begin er zo snel mogelijk een te gebruiken.`,
    chosenSummary:
      'VLSC laat persoonlijke Microsoft-accounts nog een beperkt aantal keren binnen, zodat u tijd hebt om over te stappen op het werk- of schoolaccount dat het vereist. Begin er zo snel mogelijk een te gebruiken.',
    haveWork: {
      heading: 'U hebt al een werkaccount',
      text: (upn) =>
        `Uw organisatie gebruikt Microsoft 365 (u gebruikt Teams ermee), dus u hebt al een werkaccount: ${upn}. Meld u ermee aan bij VLSC en kies ${WORK_CHOICE}. Als het niet voor VLSC mag worden gebruikt, vraag uw IT-afdeling dan om een ander.`,
    },
    maybeWork: {
      heading: 'Als uw organisatie Microsoft 365 gebruikt',
      text: 'Als uw werk of school Microsoft 365 of een andere onlineservice van Microsoft gebruikt, hebt u waarschijnlijk al een werk- of schoolaccount. Probeer de gebruikers-id en het wachtwoord waarmee u zich op het werk aanmeldt, of vraag het uw IT-afdeling.',
    },
    signUp: {
      button: 'Zo registreert u zich',
      heading: 'Registreer u anders voor een nieuw werk- of schoolaccount',
      steps: [
        'Ga naar de registratiepagina (Sign Up) en maak een nieuw werk- of schoolaccount. U hoeft zich voor geen enkele onlineservice te registreren; u kunt later services aan dezelfde tenant toevoegen als u dat wilt.',
        'Uw nieuwe account ziet er misschien uit als yourusername@yourcompany.onmicrosoft.com. Dat is normaal.',
        'Als u een eigen domeinnaam hebt (zoals yourcompany.com), kunt u die later toevoegen via de beheerconsole.',
      ],
    },
  },
  takeover: {
    title: 'Uw VLSC-account staat in een niet-beheerde (“virale”) tenant',
    summary: (address, domain, confirmed) =>
      `${confirmed ? `${address} hoort bij ${domain}, een` : `Adressen bij ${domain} horen bij een`} Microsoft Entra-tenant zonder beheerder (een niet-beheerde of “virale” tenant).${confirmed ? '' : ` Ik kan niet bevestigen dat ${address} zelf bestaat: op dit moment antwoordt Microsoft “bestaat” voor elk adres daar.`} VLSC vereist nu beheerde tenants: neem de tenant over door te bewijzen dat ${domain} van u is (optie 1), of stap over op een nieuw werkaccount (optie 2).`,
    next: 'Intussen geeft VLSC u een beperkt aantal resterende aanmeldingen: kies Overslaan (Skip) in de melding terwijl u zich voorbereidt.',
    help: 'Wie kan helpen: uw IT- of netwerkbeheerder (wie uw domein beheert) kan de overname uitvoeren. VLSC Support kan namens u geen wijzigingen in uw tenant aanbrengen.',
    whatIs: {
      heading: 'Wat is een niet-beheerde tenant?',
      text: 'Een tenant zonder globale beheerder. Die ontstaat wanneer mensen zich registreren voor een cloudservice en er automatisch een identiteit voor hen wordt gemaakt op basis van hun e-maildomein. VLSC stond deze accounts vroeger toe, maar vereist nu beheerde tenants, zodat dezelfde gebruikers-id werkt op elke site waar Volume Licensing-functies naartoe verhuizen.',
    },
    option1: {
      button: 'Optie 1: de tenant overnemen',
      heading: 'Optie 1 – de tenant overnemen en uw adres houden',
      verify: (domain) =>
        `U, of de IT- of netwerkbeheerder van uw organisatie, bewijst dat ${domain} van u is door een DNS TXT-record te bevestigen bij de domeinregistrar (zoals GoDaddy).`,
      alternativesHeading: 'Daarna een van twee alternatieven',
      /** Internal and external takeover are alternatives, not consecutive steps. */
      alternatives: [
        '- **Interne overname**: wie het domein bevestigt, wordt globale beheerder van de tenant. Er worden geen gebruikers, domeinen of serviceplannen gemigreerd naar een andere directory. (Globale beheerder worden betekent niet dat diegene licenties in VLSC moet beheren.)',
        '- **Externe overname**: een globale beheerder van een bestaande beheerde tenant voegt de domeinnaam toe en koppelt gebruikers aan resources. De gebruikers, abonnementen en licentietoewijzingen van de niet-beheerde tenant gaan mee met het domein. Microsoft ondersteunt dit voor Azure Rights Management en Exchange Online, en voor de serviceplannen Power Apps Free, Power Automate Free, RMS for individuals, Microsoft Stream en Dynamics 365 free trial; het wordt niet ondersteund als de niet-beheerde tenant serviceplannen heeft met SharePoint, OneDrive of Skype for Business (bijvoorbeeld via een gratis Office-abonnement).',
      ].join('\n'),
      /** The person's Teams tenant, when it differs from the unmanaged one: it can do the external takeover. */
      ownTenant: (ownTenant) =>
        `U gebruikt Teams met een beheerde tenant (${ownTenant}). Als dat die van uw organisatie is, de eigenaar van het domein, kunnen de globale beheerders ervan de externe overname uitvoeren (ze bewijzen het domein met dezelfde DNS TXT-record), mits de niet-beheerde tenant geen van die serviceplannen heeft.`,
      afterwards: 'Zodra de tenant een beheerder heeft, blijft u zich bij VLSC aanmelden met uw bestaande account.',
      tip: 'Misschien vraagt u liever uw IT- of netwerkbeheerder (wie uw domein beheert) om de overname uit te voeren. Dat betekent niet dat die VLSC moet beheren of een abonnement moet kopen. VLSC Support kan namens u geen wijzigingen in uw tenant aanbrengen.',
    },
    option2: {
      button: 'Optie 2: een nieuw account',
      heading: 'Optie 2 – een nieuw …onmicrosoft.com-account maken',
      intro: 'Handig als u het account alleen voor VLSC nodig hebt, of nu niet kunt bewijzen dat het domein van u is. U kunt het doen zonder VLSC Support te hoeven bellen, en elke stap duurt minuten, maar het kan tot 2 werkdagen duren voordat u zich met het nieuwe account kunt aanmelden.',
      steps: (address) => [
        `Dien via een webformulier een aanvraag in bij VLSC Support om uw huidige VLSC-account los te koppelen van ${address} en u uit te nodigen om u opnieuw te registreren. (Gebruik voor Canada en de VS het webformulier “N. America MAK ADD”.) ${WEB_FORM_ANSWER}`,
        'Meld u NIET aan bij VLSC totdat VLSC Support heeft bevestigd dat het loskoppelen is voltooid.',
        'Ga naar de registratiepagina (Sign Up) en maak een nieuw werk- of schoolaccount (zoals user@yourcompany.onmicrosoft.com), met uzelf als beheerder. Voor dit soort domein is geen DNS TXT-record nodig. Noteer de gebruikers-id.',
        'Nadat VLSC Support het heeft bevestigd, gaat u terug naar VLSC, kiest u “Aanmelden met een werk- of schoolaccount” (Sign in with a Work or School Account) en voert u het nieuwe account in.',
      ],
      tip: 'Voordat uw organisatie onlineservices zoals Office 365 implementeert, moet ze deze nieuwe tenant overnemen en koppelen aan haar eigen aangepaste domein.',
    },
    skip: {
      button: 'Nog niet klaar? Overslaan',
      heading: 'Nog niet klaar? Overslaan (Skip)',
      text: (address) =>
        `Zolang u nog resterende aanmeldingen hebt, kiest u Overslaan (Skip) in de VLSC-melding en blijft u zich aanmelden met uw bestaande account: handig terwijl u, of iemand in uw organisatie, de overname voorbereidt. Hebt u nul resterende aanmeldingen en meer tijd nodig, vraag VLSC Support dan om extra aanmeldsessies toe te voegen aan ${address}. ${WEB_FORM_ANSWER}`,
    },
    blockerQuestion: 'Kunt u de tenant niet overnemen? Vertel me wat u tegenhoudt:',
  },
  blockers: {
    'no-admin': {
      button: 'Ik vind mijn IT-beheerder niet',
      title: 'U kunt uw IT-beheerder niet vinden',
      text: 'In grote organisaties is dit meestal een helpdesknummer; kleinere organisaties besteden IT vaak uit aan een leverancier.',
    },
    'no-domain-proof': {
      button: 'Ik kan het domein niet bewijzen',
      title: 'U kunt niet bewijzen dat het domein van u is',
      text: 'Uw IT-beheerders weten dit of hebben toegang tot de informatie, die afkomstig is van uw internetprovider of domeinregistrar.',
    },
    'restricted-domain': {
      button: 'Domein beperkt of teruggeëist',
      title: 'Uw account hoort bij een beperkt of teruggeëist domein',
      text: 'Die instelling wordt bepaald door de beheerder van uw organisatie. Mogelijk is een werkaccount nodig dat los staat van de tenant van uw organisatie.',
    },
    steer: 'Maak in deze situatie in plaats daarvan een nieuwe gebruikers-id: open hieronder optie 2.',
    help: 'Komt u er nog steeds niet uit? Vraag het uw beheerder of helpdesk.',
  },
  noAccount: {
    title: 'Geen Microsoft-account gevonden voor dit adres',
    summary: (address) =>
      `Microsoft kent geen werk- of schoolaccount en geen persoonlijk Microsoft-account voor ${address}. Het is misschien een typefout, of er is nog geen account.`,
    tenantExists: (domain) =>
      `${domain} heeft wel een Microsoft Entra-tenant, dus controleer de spelling of vraag uw IT-afdeling naar uw aanmeldnaam.`,
    workSignIn:
      'Als uw werk of school Microsoft 365 of een andere onlineservice van Microsoft gebruikt, hebt u waarschijnlijk al een werk- of schoolaccount: probeer de gebruikers-id en het wachtwoord waarmee u zich op het werk aanmeldt.',
    signUp: 'Als u nog geen werk- of schoolaccount hebt, kunt u er een maken op de registratiepagina (Sign Up), zonder u voor een onlineservice te registreren.',
    help: 'Weet u uw aanmeldnaam niet zeker? Vraag het uw beheerder of helpdesk.',
  },
  invalid: {
    title: 'Dat adres kan ik niet controleren',
    next: 'Controleer de spelling en probeer het opnieuw.',
  },
  failed: {
    title: 'Ik kon de controle niet afmaken',
    summary: 'Ik kon de aanmeldservice van Microsoft net niet bereiken, dus ik kan niet zeggen wat voor account dit is. Probeer het over een minuut opnieuw.',
    help: 'Mislukt het nog steeds? Vraag het uw beheerder of helpdesk: “Details voor IT” bevat wat ze nodig hebben.',
    detailsButton: 'Details voor IT',
    technical: (source, detail) => `De service “${source}” van Microsoft gaf geen goed antwoord (${detail}).`,
    manualHeading: 'Zelf controleren',
    manual: 'Open het user-realm-antwoord hieronder in een browser. Als het "IsViral": true bevat, staat het account in een niet-beheerde tenant en is een overname nodig.',
    realmLink: 'User-realm-antwoord openen',
    sources: { 'user-realm': 'user realm', 'credential-type': 'accountopzoeking', 'openid-configuration': 'tenantconfiguratie' },
  },
};
