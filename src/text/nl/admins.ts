import type { CatalogWords } from '../catalog';
import { plural } from './plural';

const ownTenantTakeover =
  'Als de organisatie waarmee u Teams gebruikt eigenaar is van dit domein, kunnen haar globale beheerders de tenant overnemen (een externe overname: ze bewijzen het domein met dezelfde DNS TXT-record), tenzij de tenant serviceplannen heeft met SharePoint, OneDrive of Skype for Business.';

/** "Who is my admin?": the people found, or how to find them by hand. */
export const admins: CatalogWords['admins'] = {
  foundTitle: 'Uw beheerders',
  foundSummary: (count) =>
    `${count} ${plural(count, 'persoon', 'personen')} in uw organisatie ${plural(count, 'kan', 'kunnen')} helpen: eerst de globale beheerders, dan de beheerders die MFA kunnen inschakelen.`,
  none: 'Ik heb in deze rollen niemand gevonden die is ingeschakeld. Vraag het uw IT-afdeling, uw securityteam of uw interne helpdesk.',
  eligible: 'in aanmerking, moet de rol eerst activeren',
  more: (n) => `nog ${n}`,
  active: 'actief',
  chat: (name) => `Chatten met ${name}`,
  chatMessage: 'Hallo, ik heb hulp nodig bij onze Volume Licensing-aanmelding (VLSC-werkaccount / MFA voor Volume Licensing Central).',
  gaps: 'Een deel van de lijst kon niet worden gelezen:',
  manualTitle: 'Zo vindt u uw globale beheerder',
  manualSummary: 'Ik kan de directory van uw organisatie niet lezen, maar u kunt het opzoeken in het Microsoft Entra-beheercentrum:',
  otherTenant: 'Deze assistent kan alleen de directory lezen van de organisatie die hem heeft geïnstalleerd, dus zoek het zelf op:',
  permissionTitle: 'Ik mag de lijst met beheerders nog niet lezen',
  permission: 'Een beheerder moet deze assistent nog toestemming geven om de lijst met beheerders te lezen. Zoek het tot die tijd zelf op:',
  permissionDetail: (permission) => `De app van de assistent heeft de Microsoft Graph-toepassingsmachtiging ${permission} nodig, verleend door een beheerder.`,
  consent: 'Beheerderstoestemming verlenen',
  failedTitle: 'Ik kon de lijst met beheerders niet lezen',
  failed: 'Ik kon Microsoft net niet bereiken om de lijst met beheerders te lezen. Probeer het over een minuut opnieuw, of zoek het intussen zelf op:',
  failedDetail: (message) => `Microsoft Graph gaf geen goed antwoord (${message}).`,
  unmanagedTitle: 'De tenant van uw VLSC-account heeft geen beheerder',
  unmanaged: (domain) =>
    `${domain} is een niet-beheerde (“virale”) tenant: er is helemaal geen globale beheerder. Iemand in uw organisatie wordt dat door de tenant over te nemen (optie 1), of u stapt over op een nieuw werkaccount (optie 2).`,
  /** Said on its own when there is no domain to name. */
  unmanagedDetail:
    'Dit is een niet-beheerde tenant (uit een selfserviceregistratie): niemand beheert hem nog, dus er is geen globale beheerder om het te vragen. Neem in plaats daarvan de tenant over als beheerder.',
  button: 'Wie is mijn beheerder?',
  /** After an unmanaged verdict: the person's own Teams tenant is managed, and its admins can do an external takeover. */
  ownTenant: {
    found: ownTenantTakeover,
    ask: `${ownTenantTakeover} Vraag het uw beheerder of helpdesk.`,
  },
};
