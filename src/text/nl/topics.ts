import { LINKS } from '../../domain/links';
import type { CatalogWords } from '../catalog';

/**
 * The FAQ topics' words, by topic id: the questions the two Microsoft documents answer
 * (../shared/seeds/). Answers follow the seeds' wording; the MFA deadline (5 January 2026) is in
 * the past, so the requirement is described as in force.
 */
export const topics: CatalogWords['topics'] = {
  topics: {
    'why-work-account': {
      title: 'Waarom heeft VLSC een werk- of schoolaccount nodig?',
      shortAnswer:
        'Microsoft verplaatst Volume Licensing-functies naar moderne platforms zoals het Microsoft 365-beheercentrum, die werk- of schoolaccounts vereisen. Met zo’n account hebt u één aanmeld-id voor on-premises software, onlineservices en abonnementen zoals Visual Studio in het Volume Licensing Service Center en op andere Microsoft-sites.',
      steps: [
        'De beste verificatie en autorisatie: de beste optie om de bedrijfsmiddelen te beschermen die via de Volume Licensing-programma’s van Microsoft zijn aangeschaft.',
        'Veiliger: gebruikers zijn duidelijk herkenbaar als lid van een organisatie, en hun toegang wordt verwijderd zodra ze geen deel meer uitmaken van de directory van de organisatie.',
        'Vergeten wachtwoorden kunnen opnieuw worden ingesteld door de globale beheerder van uw organisatie, of via selfservice voor wachtwoordherstel als de globale beheerder dat toestaat.',
      ],
    },
    'what-is-work-account': {
      title: 'Wat is een werk- of schoolaccount?',
      shortAnswer:
        'Een werk- of schoolaccount is een account dat aan uw organisatie is gekoppeld, meestal username@orgname.com of username@orgname.onmicrosoft.com. Het bevestigt uw relatie met de gelicentieerde organisatie; u of uw organisatie hoeft daarvoor geen Microsoft-services zoals Office 365 te gebruiken.',
      steps: [
        'Als uw organisatie al een service zoals Office 365 of Microsoft 365 gebruikt, hebt u al een werkaccount: meld u bij VLSC aan met hetzelfde account dat u voor die service gebruikt.',
        'Anders dan een persoonlijk Microsoft-account (zoals outlook.com of hotmail.com) hoort een werk- of schoolaccount bij uw organisatie: de globale beheerder kan het wachtwoord opnieuw instellen, en uw toegang stopt zodra u vertrekt. VLSC laat persoonlijke Microsoft-accounts maar een beperkt aantal keren binnen.',
      ],
    },
    'takeover-prompt': {
      title: 'VLSC vraagt me mijn niet-beheerde directory als beheerder over te nemen',
      shortAnswer:
        'Uw werk- of schoolaccount is gemaakt via selfserviceregistratie (een niet-beheerde of “virale” tenant, zonder beheerder). Microsoft wil dat uw organisatie bevestigt dat ze eigenaar is van het e-maildomein waarmee u zich aanmeldt: bijvoorbeeld bij admin@fourthcoffee.xyz dat de organisatie eigenaar is van fourthcoffee.xyz. Intussen krijgt u een aantal resterende aanmeldingen.',
      steps: [
        'Optie 1: blijf u aanmelden met het e-mailadres van uw organisatie door de virale tenant over te nemen (en te bewijzen dat het domein van u is).',
        'Optie 2: maak een nieuw werk- of schoolaccount dat niet overeenkomt met het e-maildomein van uw organisatie, zoals user@fourthcoffeexyz.onmicrosoft.com.',
        'Nog niet klaar? Zolang u resterende aanmeldingen hebt, kiest u **Overslaan (Skip)** en meldt u zich aan met uw bestaande account.',
      ],
    },
    'option1-takeover': {
      title: 'Optie 1: aanmelden met het e-maildomein van uw organisatie door de virale tenant over te nemen',
      shortAnswer:
        'Om u te blijven aanmelden met een adres van uw organisatie (bijvoorbeeld admin@fourthcoffee.xyz), bewijst u, of de netwerkbeheerder van uw organisatie, dat u eigenaar bent van dat e-maildomein door de virale tenant over te nemen.',
      steps: [
        'Uw IT- of netwerkbeheerder bevestigt de DNS TXT-records van het domein. Die zijn beschikbaar bij de domeinregistrar, zoals GoDaddy.',
        'Die kan u de DNS TXT-gegevens geven zodat u de stappen uitvoert, of zelf globale beheerder worden van het werk- of schoolaccount van uw organisatie. Dat betekent niet dat die licenties in VLSC moet beheren.',
        'Volg de stapsgewijze instructies van Microsoft om een niet-beheerde directory over te nemen.',
        'Nog niet klaar en hebt u nog resterende aanmeldingen? Kies **Overslaan (Skip)** en meld u bij VLSC aan met uw bestaande account.',
      ],
    },
    'option2-new-account': {
      title: 'Optie 2: een nieuwe gebruikers-id maken die niet overeenkomt met het e-maildomein van uw organisatie',
      shortAnswer:
        'Als een aanmelding die niet overeenkomt met het e-maildomein van uw organisatie voor u acceptabel is, of u nu niet kunt bewijzen dat het domein van u is, maakt u een nieuw werk- of schoolaccount (zoals user@fourthcoffeexyz.onmicrosoft.com) dat u zelf beheert. U kunt het doen zonder VLSC Support te hoeven bellen en de stappen duren minuten, maar reken op maximaal 2 werkdagen voordat u zich met het nieuwe account bij VLSC kunt aanmelden.',
      steps: [
        'Dien via een webformulier een aanvraag in bij VLSC Support om uw huidige VLSC-account los te koppelen van uw e-mailadres en u uit te nodigen om u opnieuw te registreren. Gebruik voor Canada en de VS het webformulier “N.America MAK ADD Web Form”. Meld u NIET aan bij VLSC totdat VLSC Support bevestigt dat het loskoppelen is voltooid.',
        'Ga naar de registratiepagina (Sign Up) en maak een nieuw werk- of schoolaccount (zoals user@fourthcoffeexyz.onmicrosoft.com) met uzelf als beheerder; voor dit soort domein zijn geen DNS TXT-gegevens nodig. Noteer uw gebruikers-id.',
        'Nadat VLSC Support het loskoppelen heeft bevestigd, gaat u terug naar VLSC, kiest u **Aanmelden met een werk- of schoolaccount (Sign In with a Work or School Account)** en voert u het nieuwe account in.',
        'Tip: laat uw organisatie dit nieuwe account overnemen en koppelen aan haar eigen aangepaste domein voordat u onlineservices zoals Office 365 implementeert.',
      ],
    },
    'skip-and-remaining-logins': {
      title: 'Waarom heb ik een beperkt aantal resterende aanmeldingen, en wat doet Overslaan (Skip)?',
      shortAnswer:
        'Wanneer u zich bij VLSC aanmeldt met een niet-beheerd account (virale tenant), krijgt u een beperkt aantal resterende aanmeldingen, zodat u tijd hebt om het om te zetten naar een beheerd account. Kies **Overslaan (Skip)** om u intussen te blijven aanmelden met uw bestaande VLSC-aanmeld-id.',
      steps: [
        'Kies **Overslaan (Skip)** als u meer tijd nodig hebt om uw niet-beheerde account over te nemen, of om iemand in uw organisatie te vinden die dat kan.',
        'Het aantal resterende aanmeldingen is beperkt: voordat ze op zijn, moet u of iemand in uw organisatie beheerder worden van het account waarmee u zich aanmeldt.',
        'Geen aanmeldingen meer over en meer tijd nodig? Dien een aanvraag in bij VLSC Support met het e-mailadres waarmee u zich bij VLSC aanmeldt, en vraag om extra aanmeldsessies voor uw account.',
      ],
    },
    'limited-logins-msa': {
      title: 'Waarom krijg ik een beperkt aantal aanmeldingen met een persoonlijk Microsoft-account?',
      shortAnswer:
        'VLSC-gebruikers die zich nog aanmelden met een persoonlijk Microsoft-account krijgen een beperkt aantal resterende aanmeldingen, zodat u genoeg tijd hebt om over te stappen op het vereiste werk- of schoolaccount. Begin zo snel mogelijk een werk- of schoolaccount te gebruiken.',
      steps: [
        'Als uw organisatie Microsoft 365 of een andere onlineservice van Microsoft gebruikt, meld u dan bij VLSC aan met het werkaccount dat u daar gebruikt.',
        'Als u nog geen werk- of schoolaccount hebt, maakt u er een op de registratiepagina (Sign Up).',
      ],
    },
    'sign-up-work-account': {
      title: 'Hoe registreer ik me voor een nieuw werk- of schoolaccount?',
      shortAnswer:
        'Als uw organisatie Microsoft 365 of een andere onlineservice van Microsoft gebruikt, hebt u waarschijnlijk al een werk- of schoolaccount: probeer de gebruikers-id en het wachtwoord die u op het werk gebruikt. Zo niet, dan kunt u er toch een krijgen op de registratiepagina (Sign Up), zonder u voor een onlineservice te registreren.',
      steps: [
        'Probeer u bij VLSC aan te melden met de gebruikers-id en het wachtwoord waarmee u zich op het werk aanmeldt.',
        'Als uw organisatie geen onlineservices zoals Microsoft 365 gebruikt, gaat u naar de registratiepagina (Sign Up) en maakt u een werk- of schoolaccount.',
        'Uw nieuwe account ziet er misschien uit als yourusername@yourcompany.onmicrosoft.com. Als u een eigen domeinnaam hebt (zoals yourcompany.com), kunt u die later toevoegen via de beheerconsole.',
        'U kunt later services aan dezelfde tenant toevoegen als u dat wilt.',
      ],
    },
    'what-is-unmanaged-tenant': {
      title: 'Wat is een niet-beheerde (“virale”) tenant?',
      shortAnswer:
        'Een niet-beheerde Azure AD-tenant, soms “virale tenant” genoemd, is een tenant zonder globale beheerder. Die ontstaat wanneer gebruikers zich registreren voor een cloudservice en er automatisch een identiteit voor hen wordt gemaakt in Azure AD, op basis van hun e-maildomein.',
      steps: [
        'VLSC stond vroeger aanmelden met een niet-beheerde tenant toe, maar vereist nu beheerde tenants.',
        'Waarom: Volume Licensing-functies verhuizen naar modernere platforms, zodat u dezelfde gebruikers-id en hetzelfde wachtwoord kunt gebruiken voor Microsoft-producten en -services die op verschillende manieren zijn gekocht: via Volume Licensing Solution Providers, Cloud Solution Providers of rechtstreeks bij Microsoft in het Microsoft 365-beheercentrum.',
      ],
    },
    'check-unmanaged': {
      title: 'Hoe weet ik of ik een account in een niet-beheerde tenant heb?',
      shortAnswer:
        'Als u zich bij VLSC aanmeldt met een niet-beheerd account (“virale tenant”), meldt de site u dat. U kunt het ook controleren zonder u bij VLSC aan te melden.',
      steps: [
        'Meld u aan bij het Volume Licensing Service Center: het laat u weten als het account niet-beheerd is.',
        'Of meld u aan bij Portal.Office.com (of een andere onlineservice): als u in het startprogramma voor apps (App Picker) een tegel Beheerder (Admin) ziet, is de tenant niet-beheerd.',
        'Of, voor IT-professionals, zonder u bij VLSC aan te melden: typ **controleer** gevolgd door het adres (bijvoorbeeld controleer you@yourcompany.com), en ik zoek het domein op bij Microsoft.',
      ],
    },
    'what-is-takeover': {
      title: 'Wat is een overname van een virale tenant?',
      shortAnswer:
        'Een overname van een virale tenant (een overname van een niet-beheerde tenant) is het proces waarmee een gebruiker beheerder wordt van een niet-beheerde tenant. Zodra de tenant een beheerder heeft, kan hij worden gebruikt om andere gebruikers aan dezelfde organisatie toe te voegen, onlineservices toe te voegen en resources zoals VLSC te blijven gebruiken.',
      steps: [
        'Interne beheerdersovername: u wordt globale beheerder van de niet-beheerde tenant; er worden geen gebruikers, domeinen of serviceplannen gemigreerd naar een andere directory die u beheert.',
        'Externe beheerdersovername: een globale beheerder van een bestaande beheerde tenant voegt de domeinnaam toe en koppelt gebruikers aan resources; de gebruikers, abonnementen en licentietoewijzingen van de niet-beheerde tenant gaan mee met het domein. Microsoft ondersteunt dit voor Azure Rights Management en Exchange Online, en voor de serviceplannen Power Apps Free, Power Automate Free, RMS for individuals, Microsoft Stream en Dynamics 365 free trial; het wordt niet ondersteund als de niet-beheerde tenant serviceplannen heeft met SharePoint, OneDrive of Skype for Business (bijvoorbeeld via een gratis Office-abonnement).',
      ],
    },
    'takeover-blockers': {
      title: 'Wat kan me tegenhouden om een overname af te ronden?',
      shortAnswer:
        'De gebruikelijke obstakels zijn: u kunt uw IT-beheerder niet vinden, u kunt niet bewijzen dat het domein van u is, of uw account hoort bij een beperkt of teruggeëist domein. In die gevallen kunt u beter een nieuwe gebruikers-id maken (optie 2).',
      steps: [
        'U kunt uw IT-beheerder niet vinden: grote organisaties hebben meestal een helpdesknummer; kleinere besteden dit vaak uit aan een IT-leverancier. Als uw organisatie ook een beheerde tenant heeft (bijvoorbeeld die waarmee u Teams gebruikt), staan de globale beheerders ervan in het Microsoft Entra-beheercentrum onder **Entra ID > Rollen en beheerders > Globale beheerder** (Roles and administrators > Global Administrator), of typ **wie is mijn beheerder**.',
        'U kunt niet bewijzen dat het domein van u is: uw IT-beheerders weten dit of hebben toegang tot de informatie, die afkomstig is van uw internetprovider.',
        'Beperkt of teruggeëist domein: die instelling wordt bepaald door de beheerder van uw organisatie; mogelijk is een werkaccount nodig dat los staat van de tenant van uw organisatie.',
        'Overweeg in al deze gevallen optie 2: een nieuw werk- of schoolaccount zoals user@fourthcoffeexyz.onmicrosoft.com.',
      ],
    },
    'how-to-takeover': {
      title: 'Hoe voer ik een overname van een virale tenant uit?',
      shortAnswer:
        'Een overname is een proces in meerdere stappen waarin u, of iemand in uw organisatie, bewijst dat het domein van u is en er bij Microsoft globale beheerder van wordt: bijvoorbeeld wordt admin@fourthcoffee.xyz globale beheerder van de tenant fourthcoffee.xyz. VLSC Support kan namens u geen wijzigingen in uw tenant aanbrengen.',
      steps: [
        'Neem de tijd om de informatie door te nemen en overleg met mensen in uw organisatie; intussen kunt u zich voor dringende VLSC-taken blijven aanmelden met uw bestaande account.',
        'Overweeg uw IT- of netwerkbeheerder (de persoon die uw domein beheert) te vragen de overname uit te voeren. Dat betekent niet dat die VLSC moet beheren of een abonnement moet kopen.',
        'Kies een “interne” overname (u wordt globale beheerder, er wordt niets gemigreerd) of een “externe” overname (een globale beheerder van een bestaande beheerde tenant voegt het domein toe en koppelt gebruikers aan resources: gebruikers, abonnementen en licentietoewijzingen gaan mee; Microsoft ondersteunt dit voor Azure Rights Management en Exchange Online en enkele gratis serviceplannen, niet als de niet-beheerde tenant serviceplannen heeft met SharePoint, OneDrive of Skype for Business).',
        'Volg de stapsgewijze handleiding van Microsoft, “Een niet-beheerde directory overnemen” (Take over an unmanaged directory).',
      ],
    },
    'contact-support': {
      title: 'Hoe neem ik contact op met VLSC Support?',
      shortAnswer:
        'VLSC-klanten kunnen VLSC Support bereiken per telefoon of via een webformulier. Microsoft beantwoordt aanvragen via het webformulier binnen 24 uur. VLSC Support kan namens u geen wijzigingen in uw tenant aanbrengen.',
      steps: [
        'Open de contactpagina van VLSC Support en kies telefoon of webformulier.',
        'Geef het e-mailadres waarmee u zich bij VLSC aanmeldt en zeg wat u nodig hebt, bijvoorbeeld extra aanmeldsessies of het loskoppelen van uw account.',
        'Voor Canada en de VS gaan aanvragen voor loskoppelen via het webformulier “N.America MAK ADD Web Form”.',
      ],
    },
    'mfa-requirement': {
      title: 'Wat houdt de verplichte MFA voor Volume Licensing Central in?',
      shortAnswer:
        'Meervoudige verificatie (MFA) is verplicht voor iedereen die zich aanmeldt bij Volume Licensing Central (VL Central). De deadline om ermee te beginnen was 5 januari 2026, dus de verplichting geldt: een gebruiker zonder MFA wordt bij het aanmelden gevraagd zich te registreren en kan pas verder als dat gebeurd is.',
      steps: [
        'Bepaal welke beheerder MFA gaat invoeren, meestal uw globale beheerder in Microsoft Entra.',
        'Dwing MFA af voor VL Central in de hele tenant, bij voorkeur met een beleid voor voorwaardelijke toegang (de standaardinstellingen voor beveiliging of MFA per gebruiker zijn alternatieven).',
        'Zorg dat gebruikers klaar zijn voor MFA: ze registreren minstens één verificatiemethode op aka.ms/mfasetup.',
      ],
    },
    'find-global-admin': {
      title: 'Hoe vind ik de globale beheerder van mijn tenant?',
      shortAnswer:
        'De persoon die MFA invoert, is meestal uw globale beheerder in Microsoft Entra (ook wel “bedrijfsbeheerder” genoemd, Company Administrator) of een gelijkwaardige beheerdersrol die beveiligingsinstellingen kan beheren. Wie die rol heeft, ziet u in het Microsoft Entra-beheercentrum.',
      steps: [
        'Ga naar https://entra.microsoft.com.',
        'Navigeer naar **Entra ID > Rollen en beheerders** (Roles and administrators).',
        'Zoek naar **Globale beheerder** (Global Administrator).',
        'U ziet een lijst met gebruikers aan wie die rol in uw tenant is toegewezen.',
        'Geen toegang tot de Entra-portal? Neem contact op met uw IT-afdeling, uw securityteam of uw interne helpdesk. Of typ **wie is mijn beheerder**, dan zoek ik ze voor u op.',
      ],
    },
    'enforce-mfa-conditional-access': {
      title: 'Hoe dwing ik MFA af voor Volume Licensing Central met voorwaardelijke toegang?',
      shortAnswer:
        'Microsoft raadt een beleid voor voorwaardelijke toegang (Conditional Access) in Microsoft Entra ID aan dat MFA vereist voor alle gebruikers, intern en gasten, wanneer ze Volume Licensing Central openen. Als voorwaardelijke toegang niet beschikbaar is voor uw tenant, gebruik dan de standaardinstellingen voor beveiliging of MFA per gebruiker.',
      steps: [
        'Meld u aan bij het Microsoft Entra-beheercentrum (https://entra.microsoft.com) als globale beheerder (of beheerder voor voorwaardelijke toegang).',
        'Blader naar **Entra ID > Voorwaardelijke toegang > Overzicht** (Conditional Access > Overview) en kies **+ Nieuw beleid maken** (+ Create new policy).',
        'Voer een naam in voor het beleid, zoals “MFA voor Volume Licensing Central”.',
        'Kies onder **Toewijzingen** (Assignments) de huidige waarde onder **Gebruikers** (Users).',
        'Kies onder **Opnemen** (Include) de optie **Alle gebruikers** (All Users). Dat omvat alle interne gebruikers en alle B2B-gastgebruikers die uw Volume Licensing-resources openen.',
        'Kies onder **Toewijzingen** (Assignments) de huidige waarde onder **Doelresources** (Target Resources), en controleer onder **Selecteren waarop dit beleid van toepassing is** (Select what this policy applies to) of **Resources (voorheen cloud-apps)** (Resources (Formerly cloud apps)) is geselecteerd.',
        'Kies onder **Opnemen** (Include) de optie **Apps selecteren** (Select Apps).',
        'Kies onder **Opnemen** (Include) de optie **Resources selecteren** (Select resources), en klik daarna onder **Selecteren** (Select) op **Geen** (None).',
        'Kies in het venster **Resources selecteren** (Select Resources) de optie **Microsoft-beheerportals** (Microsoft Admin Portals) en klik op **Selecteren** (Select). Let op: dit schakelt MFA in voor alle bijbehorende beheerportals, waaronder het Microsoft 365-beheercentrum, het Exchange-beheercentrum, de Azure Portal en het Microsoft Entra-beheercentrum.',
        'Laat **Voorwaarden** (Conditions) op de standaardwaarden staan (alle locaties, alle apparaatstatussen), tenzij u een specifieke behoefte hebt, zoals vertrouwde IP-adressen of compatibele apparaten uitsluiten.',
        'Kies onder **Toegangsbeheer > Toekennen** (Access controls > Grant) de optie **Meervoudige verificatie vereisen** (Require multi-factor authentication), en zorg dat er geen tegenstrijdig besturingselement (zoals **Toegang blokkeren**, Block access) is geselecteerd.',
        'Zet **Beleid inschakelen** (Enable policy) op **Aan** (On) en kies **Maken** (Create). Gebruikers worden dan om MFA gevraagd wanneer ze zich aanmelden bij Volume Licensing Central; als sessiepersistentie is toegestaan, wordt een gebruiker die kort geleden MFA heeft voltooid misschien niet bij elke aanmelding gevraagd.',
      ],
    },
    'mfa-security-defaults': {
      title: 'Kan ik de standaardinstellingen voor beveiliging gebruiken in plaats van voorwaardelijke toegang?',
      shortAnswer:
        'Ja, als voorwaardelijke toegang niet beschikbaar is: die vereist minimaal een Microsoft Entra ID P1-licentie, de standaardinstellingen voor beveiliging (Security defaults) geen enkele. De standaardinstellingen voor beveiliging vereisen dat alle gebruikers zich registreren voor MFA en in bepaalde situaties MFA uitvoeren: Microsoft beslist wanneer een gebruiker wordt gevraagd, en de beheerders die Microsoft noemt (waaronder globale beheerders, beveiligingsbeheerders en beheerders voor voorwaardelijke toegang) worden bij elke aanmelding gevraagd. Ze gelden voor alle aanmeldingen bij alle apps, niet alleen voor Volume Licensing Central.',
      steps: [
        'Meld u aan bij het Microsoft Entra-beheercentrum als minimaal beveiligingsbeheerder, ga naar **Entra ID > Overzicht > Eigenschappen > Standaardinstellingen voor beveiliging beheren** (Overview > Properties > Manage security defaults) en schakel ze in.',
        'Als de standaardinstellingen voor beveiliging al aan staan en het acceptabel is dat ze voor alle apps gelden, hebt u misschien geen apart beleid nodig.',
        'De standaardinstellingen voor beveiliging en beleid voor voorwaardelijke toegang gaan niet samen: een tenant die beleid voor voorwaardelijke toegang gebruikt, moet de standaardinstellingen voor beveiliging uitzetten.',
        'Als de standaardinstellingen voor beveiliging ook niet passen, is MFA per gebruiker (verouderd) de overgebleven manier om MFA te vereisen zonder voorwaardelijke toegang.',
      ],
    },
    'mfa-per-user': {
      title: 'Hoe schakel ik MFA per gebruiker in?',
      shortAnswer:
        'MFA per gebruiker (per-user MFA) is de verouderde terugvaloptie als u geen voorwaardelijke toegang kunt gebruiken en de standaardinstellingen voor beveiliging niet passen. Het is minder schaalbaar en minder flexibel; Microsoft raadt over het algemeen voorwaardelijke toegang aan.',
      steps: [
        'Ga in het Microsoft Entra-beheercentrum naar **Gebruikers > Meervoudige verificatie** (Users > Multi-Factor Authentication) (of in het Microsoft 365-beheercentrum naar **Actieve gebruikers > MFA**, Active users > MFA).',
        'Selecteer elke gebruiker en schakel het afdwingen van MFA in voor zijn account.',
        'Zorg dat elk account dat Volume Licensing Central gebruikt, gasten in uw directory inbegrepen, op **Afgedwongen** (Enforced) of **Ingeschakeld** (Enabled) staat.',
        'Alleen de accounts die u inschakelt, vallen eronder. Een ingeschakelde gebruiker wordt bij de volgende aanmelding in een browser gevraagd zich te registreren voor MFA, en voert daarna bij elke aanmelding MFA uit (met enkele uitzonderingen, zoals vertrouwde IP-adressen of onthouden apparaten), dus laat het hem vooraf weten.',
        'MFA per gebruiker wordt beheerd door een verificatiebeheerder of beheerder van verificatiebeleid (of een globale beheerder).',
      ],
    },
    'user-mfa-registration': {
      title: 'Hoe registreren gebruikers zich voor MFA?',
      shortAnswer:
        'Elke gebruiker gaat naar de pagina voor het instellen van MFA (https://aka.ms/mfasetup) en voegt minstens één verificatiemethode toe die voor de tenant is ingeschakeld. De Microsoft Authenticator-app op een telefoon is vaak het makkelijkst.',
      steps: [
        'Ga naar https://aka.ms/mfasetup en voeg een verificatiemethode toe, bijvoorbeeld de Microsoft Authenticator-app.',
        'Voeg ook een reservemethode toe (bijvoorbeeld een tweede telefoon of een hardwaretoken) voor het geval u geen toegang meer hebt tot de eerste.',
        'Beheerders kiezen welke methoden de tenant toestaat onder **Start > Verificatiemethoden > Beleid** (Home > Authentication methods > Policies) in de Entra-portal.',
        'Telefoon met uw enige methode kwijt of vervangen? Meld u aan met uw reservemethode en registreer de nieuwe telefoon op https://aka.ms/mfasetup. Zonder reservemethode vraagt u het uw IT-afdeling of helpdesk: een verificatiebeheerder kan vereisen dat u uw methoden opnieuw registreert.',
        `Voor problemen met het inschakelen van MFA voor uw organisatie mailt u naar ${LINKS.mfaSupportEmail}.`,
      ],
    },
    'mfa-guest-users': {
      title: 'Hebben gastgebruikers MFA nodig voor Volume Licensing Central?',
      shortAnswer:
        'Ja. Een beleid voor voorwaardelijke toegang dat Alle gebruikers opneemt, geldt ook voor B2B-gastgebruikers: het vraagt ook gasten om MFA. Gasten van partnerorganisaties moeten MFA misschien inschakelen in hun thuistenant, die hun MFA-vraag in de meeste gevallen afhandelt (de partnerrichtlijnen van Microsoft). MFA die in hun thuistenant is uitgevoerd, telt in de uwe alleen als uw instellingen voor inkomend vertrouwen voor toegang tussen tenants (cross-tenant access inbound trust settings) MFA van die tenant vertrouwen (Microsoft Learn); zonder dat vertrouwen (de standaard) registreren gasten zich voor MFA in uw tenant en voeren ze MFA daar uit.',
      steps: [
        'Stem af met uw partners zodat hun gebruikers van de vereiste weten.',
        'Om de MFA te accepteren die gasten in hun thuistenant uitvoeren, vertrouwt u MFA van die tenant in uw instellingen voor inkomend vertrouwen voor toegang tussen tenants.',
        'Als u MFA per gebruiker gebruikt, zet dan ook de gasten in uw directory op Afgedwongen (Enforced) of Ingeschakeld (Enabled).',
      ],
    },
    'mfa-external-idp': {
      title: 'We gebruiken MFA van derden of een federatieve id-provider',
      shortAnswer:
        'MFA van derden kan rechtstreeks worden geïntegreerd met Microsoft Entra ID, als externe verificatiemethode. Als Entra ID is gefedereerd met een id-provider, moet die provider zo zijn geconfigureerd dat hij de claim multipleauthn naar Microsoft Entra ID stuurt; Entra ID honoreert die alleen als de instelling federatedIdpMfaBehavior van het domein MFA accepteert die door de id-provider is uitgevoerd.',
      steps: [
        'MFA van derden: voeg de provider toe als externe verificatiemethode (zie “Een externe verificatiemethode beheren in Microsoft Entra ID”, Manage an external authentication method in Microsoft Entra ID; externe verificatiemethoden vereisen minimaal Microsoft Entra ID P1). Providers vinden de details in de referentie voor providers van externe methoden voor Microsoft Entra-meervoudige verificatie (Microsoft Entra multifactor authentication external method provider reference).',
        'Federatieve id-provider: configureer die zo dat hij de claim multipleauthn stuurt, zoals beschreven in “Satisfy Microsoft Entra ID MFA controls with MFA claims from a federated IdP” (voldoen aan de MFA-besturingselementen van Microsoft Entra ID met MFA-claims van een federatieve IdP).',
        'Microsoft Entra ID honoreert die claim alleen als de federatieve MFA-instelling van het domein (federatedIdpMfaBehavior) MFA accepteert die door de id-provider is uitgevoerd: acceptIfMfaDoneByFederatedIdp of enforceMfaByFederatedIdp. Met rejectMfaByFederatedIdp voert Entra ID de MFA altijd zelf uit.',
      ],
    },
    'mfa-after-deadline': {
      title: 'Wat gebeurt er als een gebruiker MFA niet heeft ingesteld?',
      shortAnswer:
        'Sinds 5 januari 2026 wordt een gebruiker die MFA niet heeft ingesteld niet zomaar geblokkeerd voor Volume Licensing Central: hij wordt tijdens het aanmelden gevraagd zich voor MFA te registreren. Hij kan dat niet overslaan; zonder MFA kan hij niet verder.',
      steps: [
        'Bij het aanmelden vraagt Microsoft Entra ID de gebruiker eerst de MFA-registratie te voltooien.',
        'Na het kiezen van **Volgende** (Next) kiest de gebruiker uit een lijst met verificatiemethoden.',
        'Na de registratie voltooit de gebruiker de MFA-verificatie met de gekozen methode.',
        'Een gebruiker die weigert, kan niet verder naar Volume Licensing Central; de vraag verschijnt elke keer totdat hij ze voltooit.',
      ],
    },
    'mfa-support-contact': {
      title: 'Met wie neem ik contact op bij problemen met het inschakelen van MFA?',
      shortAnswer: `Als u problemen hebt met het inschakelen van MFA voor uw organisatie, mail dan naar ${LINKS.mfaSupportEmail} voor hulp.`,
      steps: [
        `Mail naar ${LINKS.mfaSupportEmail} en beschrijf het probleem dat u hebt met het inschakelen van MFA voor uw organisatie.`,
        'Of typ **mfa-supportmail opstellen**, dan bereid ik het bericht voor u voor.',
      ],
    },
  },
  links: {
    takeover: 'Een niet-beheerde directory overnemen (Microsoft Learn)',
    selfServiceSignup: 'Wat is selfserviceregistratie voor Microsoft Entra ID? (Microsoft Learn)',
    signUp: 'Werk- of schoolaccount maken',
    vlscSupport: 'Contact met VLSC Support',
    vlsc: 'Volume Licensing Service Center',
    entra: 'Microsoft Entra-beheercentrum',
    mfaSetup: 'Uw aanmeldmethoden instellen (aka.ms/mfasetup)',
    enableMfa: 'Microsoft Entra-meervoudige verificatie inschakelen (Microsoft Learn)',
    securityDefaults: 'Standaardinstellingen voor beveiliging voor Microsoft Entra ID configureren (Microsoft Learn)',
    perUserMfa: 'Meervoudige verificatie per gebruiker inschakelen (Microsoft Learn)',
    externalMfa: 'Referentie voor providers van externe methoden voor Microsoft Entra MFA (Microsoft Learn)',
    externalMfaManage: 'Een externe verificatiemethode beheren in Microsoft Entra ID (Microsoft Learn)',
    federatedMfa: 'MFA-besturingselementen voldoen met MFA-claims van een federatieve IdP (Microsoft Learn)',
    guestMfa: 'Verificatie en voorwaardelijke toegang voor External ID (Microsoft Learn)',
    manageUserMfaMethods: 'Verificatiemethoden van gebruikers beheren voor Microsoft Entra MFA (Microsoft Learn)',
    mfaSupport: `Mail naar ${LINKS.mfaSupportEmail}`,
  },
};
