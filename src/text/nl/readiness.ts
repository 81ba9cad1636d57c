import type { CatalogWords } from '../catalog';
import { plural } from './plural';

const ONLY_MFA = '(Toegangsbeheer > Toekennen: alleen Meervoudige verificatie vereisen; Access controls > Grant: Require multifactor authentication only)';

/** The live MFA check: what the directory shows, point by point. */
export const readiness: CatalogWords['readiness'] = {
  heading: 'Uw organisatie, zojuist gecontroleerd',
  marks: { done: '✔', todo: '✘', warning: '!', unknown: '?' },
  adminMustDo: 'Nog te doen',
  /**
   * What keeps a Conditional Access policy from enforcing MFA. Each names the setting that fixes
   * it, not a step number: the card and the command line show differently numbered lists.
   */
  problems: {
    notAllUsers:
      'Het geldt alleen voor geselecteerde gebruikers, groepen of rollen, niet voor Alle gebruikers (Toewijzingen > Gebruikers > Opnemen: Alle gebruikers; Assignments > Users > Include: All users).',
    otherResources:
      'Het is gericht op andere resources, niet op Microsoft-beheerportals of Alle resources (Doelresources > Opnemen > Resources selecteren: Microsoft-beheerportals; Target resources > Include > Select resources: Microsoft Admin Portals).',
    blocks: `Het bevat ook 'Toegang blokkeren' ('Block access'), wat de aanmelding blokkeert in plaats van om MFA te vragen ${ONLY_MFA}.`,
    withoutMfa: (controls: string) => `Er kan zonder MFA aan worden voldaan: het accepteert ook ${controls} ${ONLY_MFA}.`,
    excludes: (parts: string) => `Het sluit ${parts} uit.`,
    excluded: (n: number, what: 'user' | 'group' | 'role') =>
      `${n} ${{ user: plural(n, 'gebruiker', 'gebruikers'), group: plural(n, 'groep', 'groepen'), role: plural(n, 'rol', 'rollen') }[what]}`,
  },
  states: { reportOnly: 'Alleen-rapport (Report-only)', on: 'Aan', off: 'Uit' },
  conditionalAccess: {
    manualTitle: 'Voorwaardelijke toegang: handmatig controleren',
    manualDetail:
      'Controleer in Entra ID > Voorwaardelijke toegang > Beleid (Conditional Access > Policies) dat een beleid MFA vereist voor Alle gebruikers op Microsoft-beheerportals (Microsoft Admin Portals) en op Aan staat.',
    manualTask:
      'Controleer in het Entra-beheercentrum dat een beleid voor voorwaardelijke toegang MFA vereist voor Alle gebruikers op Microsoft-beheerportals (Microsoft Admin Portals) en op Aan staat (of dat de standaardinstellingen voor beveiliging aan staan).',
    enforcedTitle: 'Voorwaardelijke toegang vereist MFA op de beheerportals',
    enforcedBy: (policies: string) => `Afgedwongen door ${policies}`,
    checkExclusions: 'Zorg ervoor dat niemand die is uitgesloten zich aanmeldt bij Volume Licensing Central.',
    alsoNote: (policies: string) => `Let ook op: ${policies}`,
    removeBlock: (name: string) => `Verwijder 'Toegang blokkeren' ('Block access') uit "${name}" (Toegangsbeheer > Toekennen) als het alleen om MFA moet vragen.`,
    shortTitle: 'Voorwaardelijke toegang: er is een MFA-beleid, maar het dwingt MFA niet voor iedereen af',
    noneTitle: 'Voorwaardelijke toegang: geen beleid vereist MFA',
    noneDetail:
      'Maak een beleid voor voorwaardelijke toegang dat MFA vereist voor Alle gebruikers op Microsoft-beheerportals (Microsoft Admin Portals) (de manier die Microsoft aanbeveelt).',
    createTask:
      'Maak een beleid voor voorwaardelijke toegang "MFA voor Volume Licensing Central" dat meervoudige verificatie vereist voor Alle gebruikers op Microsoft-beheerportals (Microsoft Admin Portals), en zet het op Aan. Heeft de tenant geen voorwaardelijke toegang (daarvoor is een Microsoft Entra ID P1-licentie nodig), zet dan de standaardinstellingen voor beveiliging (Security defaults) aan, die geen licentie nodig hebben; MFA per gebruiker is het laatste redmiddel.',
    reportOnlyToOn: (name: string) => `zet Beleid inschakelen (Enable policy) van "${name}" van Alleen-rapport (Report-only) op Aan.`,
    offToOn: (name: string) => `zet Beleid inschakelen (Enable policy) van "${name}" op Aan.`,
    fix: (name: string) => `Corrigeer "${name}":`,
    then: (task: string) => `Daarna: ${task}`,
  },
  securityDefaults: {
    manualTitle: 'Standaardinstellingen voor beveiliging: handmatig controleren',
    manualDetail: (why: string) => `${why} Controleer het in Entra ID > Overzicht > Eigenschappen (Overview > Properties).`,
    onTitle: 'De standaardinstellingen voor beveiliging staan aan',
    onDetail:
      'Elke gebruiker moet zich registreren voor MFA. Microsoft beslist wanneer een gebruiker er bij de aanmelding om wordt gevraagd; bepaalde beheerdersrollen, zoals globale beheerder, beveiligingsbeheerder en beheerder voor voorwaardelijke toegang, worden bij elke aanmelding gevraagd. Ze gelden voor alle aanmeldingen bij alle apps, Volume Licensing Central inbegrepen, dus u hebt misschien geen apart beleid nodig.',
    offTitle: 'De standaardinstellingen voor beveiliging staan uit',
    offExpected: 'Zoals verwacht: de standaardinstellingen voor beveiliging kunnen niet aan staan terwijl er beleid voor voorwaardelijke toegang wordt gebruikt.',
    offDetail:
      'Heeft uw tenant geen voorwaardelijke toegang (daarvoor is een Microsoft Entra ID P1-licentie nodig), dan zijn de standaardinstellingen voor beveiliging (Security defaults), die geen licentie nodig hebben, het alternatief dat alles dekt: elke gebruiker moet zich registreren voor MFA en voert het uit wanneer Microsoft beslist dat het nodig is (bepaalde beheerdersrollen, zoals globale beheerder, beveiligingsbeheerder en beheerder voor voorwaardelijke toegang, bij elke aanmelding), bij alle apps.',
  },
  perUserMfa: {
    title: 'MFA per gebruiker (verouderd): handmatig controleren',
    detail:
      'Microsoft Graph v1.0 toont MFA per gebruiker niet, dus de bot kan het niet zien. Als uw tenant daarop vertrouwt in plaats van op voorwaardelijke toegang of de standaardinstellingen voor beveiliging, controleer dan elk account dat Volume Licensing Central gebruikt.',
  },
  registration: {
    manualTitle: (upn: string) => `MFA-registratie van ${upn}: handmatig controleren`,
    notFoundTitle: (upn: string) => `MFA-registratie van ${upn}: niet gevonden`,
    notFoundDetail:
      'De tenant heeft geen registratiegegevens voor dit adres: controleer het adres. Een gast van een partnerorganisatie registreert MFA misschien in zijn thuistenant, maar die MFA telt hier alleen als uw instellingen voor inkomend vertrouwen voor toegang tussen tenants MFA van zijn thuistenant accepteren; anders registreert de gast zich voor MFA in uw tenant en voert hij MFA daar uit.',
    notRegisteredTitle: (upn: string) => `${upn} heeft zich niet geregistreerd voor MFA`,
    notRegisteredDetail:
      'Registreer u voordat u zich aanmeldt bij Volume Licensing Central; anders vraagt de aanmelding eerst om registratie, en die kan niet worden overgeslagen.',
    oneMethodTitle: (upn: string) => `${upn} is geregistreerd voor MFA met één methode`,
    oneMethodDetail: (methods: string) => `Met ${methods}, en nog geen reservemethode.`,
    doneTitle: (upn: string) => `${upn} is geregistreerd voor MFA`,
    doneDetail: (methods: string) => `Met ${methods}.`,
    unknownMethods: 'methoden die de directory niet benoemt',
    /**
     * Graph's methodsRegistered values (userRegistrationDetails, Microsoft Learn) in words.
     * A value not listed here reads as `otherMethod`, never as the raw id.
     */
    methodNames: {
      microsoftAuthenticatorPush: 'meldingen in Microsoft Authenticator',
      microsoftAuthenticatorPasswordless: 'aanmelden zonder wachtwoord met Microsoft Authenticator',
      softwareOneTimePasscode: 'codes uit een authenticator-app',
      hardwareOneTimePasscode: 'een hardwaretoken',
      mobilePhone: 'een mobiele telefoon',
      alternateMobilePhone: 'een tweede mobiele telefoon',
      officePhone: 'een kantoortelefoon',
      email: 'een e-mailadres',
      fido2SecurityKey: 'een FIDO2-beveiligingssleutel',
      windowsHelloForBusiness: 'Windows Hello for Business',
      temporaryAccessPass: 'een tijdelijke toegangspas (Temporary Access Pass)',
      passKeyDeviceBound: 'een wachtwoordsleutel',
      passKeyDeviceBoundAuthenticator: 'een wachtwoordsleutel in Microsoft Authenticator',
      passKeyDeviceBoundWindowsHello: 'een wachtwoordsleutel in Windows Hello',
      passKeySynced: 'een gesynchroniseerde wachtwoordsleutel',
      macOsSecureEnclaveKey: 'een macOS Platform SSO-sleutel',
      securityQuestion: 'beveiligingsvragen',
      externalAuthMethod: 'een externe verificatiemethode',
    } as Record<string, string>,
    otherMethod: 'een andere methode',
    otherMethods: (n: number) => `${n} andere methoden`,
    /** Two or more methods, listed. */
    methodList: (names: readonly string[]) => `${names.slice(0, -1).join(', ')} en ${names.at(-1)}`,
  },
  notConfigured: 'De bot is niet verbonden met Microsoft Graph.',
  otherTenant: 'De app van de bot kan deze tenant niet lezen.',
  /** Items of a list: the controls a policy also accepts, whom it excludes. */
  list: (items: readonly string[]) => items.join(', '),
  /** A policy as a point's detail names it: its name and its state. */
  policy: (name: string, state: string) => `"${name}" (${state})`,
  /** Policies named one after another, each with what is wrong with it. */
  policies: (described: readonly string[]) => described.join('; '),
  /** Sentences of one detail, one after another. */
  sentences: (sentences: readonly string[]) => sentences.join(' '),
};
