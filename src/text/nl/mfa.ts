import type { CatalogWords } from '../catalog';

/** The MFA card: what the person and their admin do for mandatory MFA. */
export const mfa: CatalogWords['mfa'] = {
  title: 'MFA voor Volume Licensing Central',
  summary:
    'Iedereen die zich aanmeldt bij Volume Licensing Central moet meervoudige verificatie (MFA) gebruiken: dat is verplicht sinds 5 januari 2026. Als u het nog niet hebt ingesteld, vraagt de aanmelding u eerst om u te registreren, en dat kunt u niet overslaan.',
  user: {
    heading: 'Wat u doet',
    short: 'Wat u doet: registreer u op https://aka.ms/mfasetup met minstens één verificatiemethode, en voeg een reservemethode toe.',
    steps: [
      'Ga naar de pagina voor het instellen van MFA, https://aka.ms/mfasetup, en voeg minstens één verificatiemethode toe die uw organisatie toestaat. De Microsoft Authenticator-app op uw telefoon is vaak het makkelijkst.',
      'Voeg een reservemethode toe (een tweede telefoon of een hardwaretoken, als u die hebt) voor het geval u geen toegang meer hebt tot de eerste.',
      'Als u zich aanmeldt voordat u zich hebt geregistreerd, vraagt Microsoft Entra ID u eerst om u te registreren: kies Volgende (Next), kies een verificatiemethode uit de lijst, rond de registratie af en voltooi daarna de MFA-controle ermee. De vraag verschijnt elke keer totdat u ze voltooit.',
    ],
  },
  help: 'Wie kan helpen: uw globale beheerder, of een beheerder die beveiligingsinstellingen beheert. "Wie is mijn beheerder?" geeft ze weer.',
  /** The live check found MFA required for everyone, with nothing left to do. */
  ready: {
    title: 'Uw organisatie vereist MFA',
    summary: (enforcedBy) => `Zojuist gecontroleerd: ${enforcedBy}.`,
    userDone: 'Meld u aan bij Volume Licensing Central en beantwoord de MFA-vraag. Houd meer dan één methode geregistreerd, voor het geval u de toegang tot een ervan verliest.',
    addBackup: 'Meld u aan bij Volume Licensing Central en beantwoord de MFA-vraag. Voeg op https://aka.ms/mfasetup een reservemethode toe (een tweede telefoon of een hardwaretoken) voor het geval u geen toegang meer hebt tot de eerste.',
    registerFirst: 'Wat u eerst doet',
    detailsButton: 'Wat is gecontroleerd',
  },
  notReady: {
    summary:
      'Zojuist gecontroleerd: uw organisatie vereist MFA nog niet voor iedereen, en Volume Licensing Central vereist het sinds 5 januari 2026. Uw globale beheerder moet dit afmaken:',
  },
  admin: {
    button: 'Wat uw beheerder doet',
    allButton: 'Stappen voor u en uw beheerder',
    heading: 'Wat uw globale beheerder doet',
    whoCan: (whoCanEnforce) =>
      `Wie dit kan doen: ${whoCanEnforce}. Een beheerder van verificatiebeleid kiest welke verificatiemethoden gebruikers mogen registreren. "Wie is mijn beheerder?" geeft de mensen in deze rollen weer.`,
    intro: 'Vereis MFA voor alle gebruikers met een beleid voor voorwaardelijke toegang (Conditional Access) (aanbevolen):',
    steps: [
      'Meld u aan bij het Microsoft Entra-beheercentrum, https://entra.microsoft.com, als globale beheerder (of beheerder voor voorwaardelijke toegang).',
      'Ga naar Entra ID > Voorwaardelijke toegang > Overzicht (Conditional Access > Overview) en kies + Nieuw beleid maken (+ Create new policy).',
      'Geef het een naam, bijvoorbeeld "MFA voor Volume Licensing Central".',
      'Kies onder Toewijzingen > Gebruikers > Opnemen (Assignments > Users > Include) de optie Alle gebruikers (All users): dat omvat interne gebruikers en B2B-gasten.',
      'Laat onder Doelresources (Target resources) "Resources (voorheen cloud-apps)" (Resources (formerly cloud apps)) staan, kies Resources selecteren (Select resources) en selecteer Microsoft-beheerportals (Microsoft Admin Portals). Dit vereist ook MFA op de andere Microsoft-beheerportals (Microsoft 365-beheercentrum, Exchange-beheercentrum, Azure Portal, Entra-beheercentrum en andere).',
      'Laat Voorwaarden (Conditions) op de standaardwaarden staan, tenzij u een specifieke uitzondering nodig hebt.',
      'Kies onder Toegangsbeheer > Toekennen (Access controls > Grant) de optie Meervoudige verificatie vereisen (Require multifactor authentication), zonder tegenstrijdig besturingselement zoals Toegang blokkeren (Block access).',
      'Zet Beleid inschakelen (Enable policy) op Aan (On) en kies Maken (Create).',
    ],
    fallbackHeading: 'Als voorwaardelijke toegang niet beschikbaar is',
    fallbacks: [
      'Standaardinstellingen voor beveiliging (Security defaults) (Entra ID > Overzicht > Eigenschappen > Standaardinstellingen voor beveiliging beheren; Overview > Properties > Manage security defaults), voor tenants zonder voorwaardelijke toegang: voorwaardelijke toegang vereist een Microsoft Entra ID P1-licentie, de standaardinstellingen voor beveiliging geen enkele. Met de standaardinstellingen voor beveiliging moet elke gebruiker zich registreren voor MFA, en Microsoft beslist wanneer een gebruiker erom wordt gevraagd (bepaalde beheerdersrollen, zoals globale beheerder, beveiligingsbeheerder en beheerder voor voorwaardelijke toegang, bij elke aanmelding). Ze gelden voor alle aanmeldingen bij alle apps, niet alleen voor Volume Licensing Central. Als de standaardinstellingen voor beveiliging al aan staan, hebt u misschien geen apart beleid nodig.',
      'MFA per gebruiker (per-user MFA, verouderd): zet in het Entra-beheercentrum onder Gebruikers > Meervoudige verificatie (Users > Multi-Factor Authentication), of in het Microsoft 365-beheercentrum onder Actieve gebruikers > MFA (Active users > MFA), elk account dat Volume Licensing Central gebruikt, gasten inbegrepen, op Ingeschakeld (Enabled) of Afgedwongen (Enforced): alleen de accounts die u inschakelt, vallen eronder. Een ingeschakelde gebruiker wordt bij de volgende aanmelding in een browser gevraagd zich te registreren, dus laat het hem vooraf weten.',
    ],
    methodsHeading: 'Verificatiemethoden, MFA van derden en federatieve aanmelding',
    methods: [
      'Welke verificatiemethoden gebruikers mogen registreren: Start > Verificatiemethoden > Beleid (Home > Authentication methods > Policies) in de Entra-portal.',
      'MFA van derden kan rechtstreeks worden geïntegreerd met Microsoft Entra ID, als externe verificatiemethode.',
      'Federatieve aanmelding (AD FS, Okta …): de id-provider moet de claim multipleauthn naar Microsoft Entra ID sturen, en Entra ID honoreert die alleen als de federatieve MFA-instelling van het domein (federatedIdpMfaBehavior) MFA accepteert die door de id-provider is uitgevoerd.',
    ],
    guestsHeading: 'Gasten van partnerorganisaties',
    guests:
      'Stem af met uw partners zodat hun gebruikers van de vereiste weten; ze moeten MFA misschien inschakelen in hun thuistenant, die hun MFA-vraag in de meeste gevallen afhandelt (de partnerrichtlijnen van Microsoft). MFA die in hun thuistenant is uitgevoerd, telt in de uwe alleen als uw instellingen voor inkomend vertrouwen voor toegang tussen tenants (cross-tenant access inbound trust settings) MFA van die tenant vertrouwen (Microsoft Learn); zonder dat vertrouwen (de standaard) registreren gasten zich voor MFA in uw tenant en voeren ze MFA daar uit.',
  },
  /** Who can enforce MFA tenant-wide, in the roles "Who is my admin?" lists (seed: "or an equivalent admin role"; Learn: the least roles). */
  whoCanEnforce:
    'een globale beheerder, of een beheerder met een rol die deze beveiligingsinstellingen kan beheren: minimaal een beheerder voor voorwaardelijke toegang of beveiligingsbeheerder voor een beleid voor voorwaardelijke toegang, minimaal een beveiligingsbeheerder voor de standaardinstellingen voor beveiliging, een verificatiebeheerder of beheerder van verificatiebeleid voor MFA per gebruiker',
  federated: {
    heading: 'MFA als uw organisatie zich aanmeldt via een eigen id-provider',
    text: (domain) =>
      `Bij ${domain} verloopt de aanmelding via een eigen id-provider (een federatief domein). Om MFA die daar wordt uitgevoerd te laten tellen, moet de id-provider de claim multipleauthn naar Microsoft Entra ID sturen, en Entra ID honoreert die claim alleen als de federatieve MFA-instelling van het domein (federatedIdpMfaBehavior) MFA accepteert die door de id-provider is uitgevoerd (acceptIfMfaDoneByFederatedIdp of enforceMfaByFederatedIdp). Met rejectMfaByFederatedIdp voert Entra ID de MFA altijd zelf uit.`,
  },
  unmanaged: {
    heading: 'Eerst heeft de tenant een beheerder nodig',
    text: (domain) =>
      `${domain} is een niet-beheerde (“virale”) tenant: er is geen beheerder, dus niemand kan er nog MFA inschakelen. Eerst neemt iemand in uw organisatie de tenant over (optie 1); daarna kan die als globale beheerder MFA vereisen.`,
    help: 'Wie kan helpen: wie de tenant overneemt, want die wordt de beheerder: iemand in uw organisatie (een interne overname), of een globale beheerder van een beheerde tenant, zoals die waarmee u Teams gebruikt (een externe overname; "Wie is mijn beheerder?" geeft ze weer). Optie 1 van uw adrescontrole bevat de stappen voor de overname.',
  },
  support: 'Problemen met het inschakelen van MFA voor uw organisatie? Schrijf naar MFAVLCsupport@microsoft.com.',
};
