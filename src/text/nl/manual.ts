import type { CatalogWords } from '../catalog';

/** The manual path in the Entra admin center, quoted from the partner guidance on mandatory MFA. */
export const manual: CatalogWords['manual'] = {
  findAdmin: {
    steps: [
      'Ga naar https://entra.microsoft.com',
      'Navigeer naar Entra ID > Rollen en beheerders (Roles and administrators)',
      'Zoek naar Globale beheerder (Global Administrator)',
      'U ziet een lijst met gebruikers aan wie die rol in uw tenant is toegewezen.',
    ],
    otherwise: 'Als u geen toegang hebt tot de Entra-portal, neem dan contact op met uw IT-afdeling, uw securityteam of uw interne helpdesk.',
  },
  /** Step 2 of the guidance: the Conditional Access policy, numbered as Microsoft numbers it. */
  conditionalAccess: [
    'Meld u aan bij het Microsoft Entra-beheercentrum (https://entra.microsoft.com) als globale beheerder (of beheerder voor voorwaardelijke toegang).',
    'Blader naar Entra ID > Voorwaardelijke toegang > Overzicht (Conditional Access > Overview) en kies + Nieuw beleid maken (+ Create new policy).',
    'Voer een naam in voor het beleid, bijvoorbeeld "MFA voor Volume Licensing Central".',
    'Kies onder Toewijzingen (Assignments) de huidige waarde onder Gebruikers (Users).',
    'Kies onder Opnemen (Include) de optie Alle gebruikers (All users) (dit omvat interne gebruikers en B2B-gasten).',
    'Kies onder Toewijzingen (Assignments) de huidige waarde onder Doelresources (Target resources), en controleer of Resources (voorheen cloud-apps) (Resources (formerly cloud apps)) is geselecteerd.',
    'Kies onder Opnemen (Include) de optie Apps selecteren (Select apps).',
    'Kies onder Opnemen (Include) de optie Resources selecteren (Select resources), en selecteer daarna Geen (None) onder Selecteren (Select).',
    'Kies in Resources selecteren (Select resources) de optie Microsoft-beheerportals (Microsoft Admin Portals), en daarna Selecteren (Select) (dit vereist MFA op alle Microsoft-beheerportals, waaronder het Microsoft 365-beheercentrum, het Exchange-beheercentrum, de Azure Portal en het Microsoft Entra-beheercentrum).',
    'Laat Voorwaarden (Conditions) op de standaardwaarden staan, tenzij u een uitzondering nodig hebt (bijvoorbeeld vertrouwde IP-adressen of compatibele apparaten).',
    "Kies onder Toegangsbeheer > Toekennen (Access controls > Grant) de optie Meervoudige verificatie vereisen (Require multifactor authentication), zonder tegenstrijdig besturingselement zoals 'Toegang blokkeren' ('Block access').",
    'Zet Beleid inschakelen (Enable policy) op Aan (On) en kies Maken (Create).',
  ],
  securityDefaults: [
    'Ga in het Microsoft Entra-beheercentrum naar Entra ID > Overzicht > Eigenschappen (Overview > Properties).',
    'Kies Standaardinstellingen voor beveiliging beheren (Manage security defaults) en zet de standaardinstellingen voor beveiliging (Security defaults) aan (ze gelden voor alle aanmeldingen bij alle apps, niet alleen voor Volume Licensing Central).',
  ],
  perUserMfa: [
    'Open in het Microsoft Entra-beheercentrum Gebruikers > Meervoudige verificatie (Users > Multi-Factor Authentication) (of in het Microsoft 365-beheercentrum Actieve gebruikers > MFA; Active users > MFA).',
    'Controleer of elk account dat Volume Licensing Central gebruikt, gasten inbegrepen, voor MFA op Ingeschakeld (Enabled) of Afgedwongen (Enforced) staat.',
  ],
  registration: (setupUrl: string) => [
    `Ga naar ${setupUrl} en voeg minstens één verificatiemethode toe die voor uw tenant is ingeschakeld (de Microsoft Authenticator-app is meestal het makkelijkst).`,
    'Voeg een reservemethode toe (bijvoorbeeld een tweede telefoon of een hardwaretoken) voor het geval u geen toegang meer hebt tot de eerste.',
  ],
};
