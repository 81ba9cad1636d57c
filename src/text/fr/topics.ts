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
      title: 'Pourquoi le VLSC exige-t-il un compte professionnel ou scolaire ?',
      shortAnswer:
        'Microsoft transfère les fonctionnalités de licences en volume vers des plateformes modernes comme le Centre d’administration Microsoft 365, qui exigent des comptes professionnels ou scolaires. Avec un tel compte, vous avez un seul identifiant de connexion pour les logiciels locaux, les services en ligne et les abonnements comme Visual Studio sur le Volume Licensing Service Center et les autres sites Microsoft.',
      steps: [
        'Une authentification et une autorisation parmi les meilleures : la meilleure option pour protéger les ressources de l’entreprise acquises via les programmes de licences en volume Microsoft.',
        'Plus de sécurité : les utilisateurs sont facilement identifiables comme membres d’une organisation, et leur accès est supprimé dès qu’ils ne font plus partie de l’annuaire de l’organisation.',
        'Un mot de passe oublié peut être réinitialisé par l’administrateur général de votre organisation, ou par la réinitialisation du mot de passe en libre-service si l’administrateur général l’autorise.',
      ],
    },
    'what-is-work-account': {
      title: 'Qu’est-ce qu’un compte professionnel ou scolaire ?',
      shortAnswer:
        'Un compte professionnel ou scolaire est un compte lié à votre organisation, en général username@orgname.com ou username@orgname.onmicrosoft.com. Il authentifie votre lien avec l’organisation titulaire des licences ; il n’exige pas que vous ou votre organisation utilisiez des services Microsoft comme Office 365.',
      steps: [
        'Si votre organisation utilise déjà un service comme Office 365 ou Microsoft 365, vous avez déjà un compte professionnel : connectez-vous au VLSC avec le même compte que pour ce service.',
        'Contrairement à un compte Microsoft personnel (comme outlook.com ou hotmail.com), un compte professionnel ou scolaire appartient à votre organisation : son administrateur général peut réinitialiser le mot de passe, et votre accès prend fin quand vous partez. Le VLSC n’accepte les comptes Microsoft personnels que pour un nombre limité de connexions.',
      ],
    },
    'takeover-prompt': {
      title: 'Le VLSC me demande de prendre le contrôle de mon annuaire non géré en tant qu’administrateur',
      shortAnswer:
        'Votre compte professionnel ou scolaire a été créé par inscription en libre-service (un locataire non géré ou « viral », sans administrateur). Microsoft a besoin que votre organisation vérifie qu’elle possède le domaine de messagerie avec lequel vous vous connectez : par exemple, pour admin@fourthcoffee.xyz, que l’organisation possède fourthcoffee.xyz. En attendant, vous disposez d’un certain nombre de connexions restantes.',
      steps: [
        'Option 1 : continuez à vous connecter avec l’adresse e-mail de votre organisation en prenant le contrôle du locataire viral (en vérifiant que vous possédez le domaine).',
        'Option 2 : créez un nouveau compte professionnel ou scolaire qui ne correspond pas au domaine de messagerie de votre organisation, par exemple user@fourthcoffeexyz.onmicrosoft.com.',
        'Pas encore prêt ? Tant qu’il vous reste des connexions, choisissez **Ignorer (Skip)** et connectez-vous avec votre compte actuel.',
      ],
    },
    'option1-takeover': {
      title: 'Option 1 : se connecter avec le domaine de messagerie de votre organisation en prenant le contrôle du locataire viral',
      shortAnswer:
        'Pour continuer à vous connecter avec une adresse propre à votre organisation (par exemple admin@fourthcoffee.xyz), vous ou l’administrateur réseau de votre organisation vérifiez que vous possédez ce domaine de messagerie en prenant le contrôle du locataire viral.',
      steps: [
        'Votre administrateur informatique ou réseau confirme les enregistrements DNS TXT du domaine. Ils sont disponibles auprès du bureau d’enregistrement du nom de domaine, par exemple GoDaddy.',
        'Il peut vous donner les détails DNS TXT pour que vous fassiez les étapes, ou devenir lui-même l’administrateur général du compte professionnel ou scolaire de votre organisation. Cela ne l’oblige pas à gérer les licences dans le VLSC.',
        'Suivez les instructions pas à pas de Microsoft pour prendre le contrôle d’un annuaire non géré.',
        'Pas encore prêt et il vous reste des connexions ? Choisissez **Ignorer (Skip)** et connectez-vous au VLSC avec votre compte actuel.',
      ],
    },
    'option2-new-account': {
      title: 'Option 2 : créer un nouvel identifiant qui ne correspond pas au domaine de messagerie de votre organisation',
      shortAnswer:
        'Si un identifiant qui ne correspond pas au domaine de messagerie de votre organisation vous convient, ou si vous ne pouvez pas prouver maintenant que vous possédez le domaine, créez un nouveau compte professionnel ou scolaire (par exemple user@fourthcoffeexyz.onmicrosoft.com) que vous gérez vous-même. Vous pouvez le faire sans avoir à téléphoner au support VLSC et les étapes prennent quelques minutes, mais comptez jusqu’à 2 jours ouvrés avant de pouvoir vous connecter au VLSC avec le nouveau compte.',
      steps: [
        'Envoyez une demande par formulaire web au support VLSC pour dissocier votre compte VLSC actuel de votre adresse e-mail et vous inviter à vous inscrire de nouveau. Pour le Canada et les États-Unis, utilisez le formulaire web N.America MAK ADD. Ne vous connectez PAS au VLSC tant que le support VLSC n’a pas confirmé que la dissociation est terminée.',
        'Allez sur la page d’inscription (Sign Up) et créez un nouveau compte professionnel ou scolaire (par exemple user@fourthcoffeexyz.onmicrosoft.com) dont vous êtes l’administrateur ; ce type de domaine ne demande aucun détail DNS TXT. Notez votre identifiant.',
        'Une fois la dissociation confirmée par le support VLSC, revenez sur le VLSC, choisissez **Se connecter avec un compte professionnel ou scolaire (Sign In with a Work or School Account)** et saisissez le nouveau compte.',
        'Conseil : avant de déployer des services en ligne comme Office 365, faites prendre le contrôle de ce nouveau compte par votre organisation et liez-le à son propre domaine personnalisé.',
      ],
    },
    'skip-and-remaining-logins': {
      title: 'Pourquoi ai-je un nombre limité de connexions restantes, et que fait « Ignorer (Skip) » ?',
      shortAnswer:
        'Quand vous vous connectez au VLSC avec un compte non géré (locataire viral), vous disposez d’un nombre limité de connexions restantes pour avoir le temps de le convertir en compte géré. Choisissez **Ignorer (Skip)** pour continuer à vous connecter avec votre identifiant VLSC actuel en attendant.',
      steps: [
        'Choisissez **Ignorer (Skip)** si vous avez besoin de plus de temps pour prendre le contrôle de votre compte non géré, ou pour trouver quelqu’un de votre organisation qui peut le faire.',
        'Le nombre de connexions restantes est limité : avant qu’elles soient épuisées, vous ou quelqu’un de votre organisation devez devenir administrateur du compte avec lequel vous vous connectez.',
        'Plus aucune connexion et besoin de plus de temps ? Envoyez une demande au support VLSC en indiquant l’adresse e-mail avec laquelle vous vous connectez au VLSC et en demandant l’ajout de sessions de connexion supplémentaires à votre compte.',
      ],
    },
    'limited-logins-msa': {
      title: 'Pourquoi ai-je un nombre limité de connexions avec un compte Microsoft personnel ?',
      shortAnswer:
        'Les utilisateurs du VLSC qui se connectent encore avec un compte Microsoft personnel disposent d’un nombre limité de connexions restantes, pour avoir le temps de passer au compte professionnel ou scolaire exigé. Commencez à utiliser un compte professionnel ou scolaire dès que possible.',
      steps: [
        'Si votre organisation utilise Microsoft 365 ou un autre service en ligne Microsoft, connectez-vous au VLSC avec le compte professionnel que vous y utilisez.',
        'Si vous n’avez pas encore de compte professionnel ou scolaire, créez-en un sur la page d’inscription (Sign Up).',
      ],
    },
    'sign-up-work-account': {
      title: 'Comment créer un nouveau compte professionnel ou scolaire ?',
      shortAnswer:
        'Si votre organisation utilise Microsoft 365 ou un autre service en ligne Microsoft, vous avez probablement déjà un compte professionnel ou scolaire : essayez l’identifiant et le mot de passe que vous utilisez au travail. Sinon, vous pouvez quand même en obtenir un sur la page d’inscription (Sign Up), sans vous abonner à aucun service en ligne.',
      steps: [
        'Essayez de vous connecter au VLSC avec l’identifiant et le mot de passe que vous utilisez pour vous connecter au travail.',
        'Si votre organisation n’utilise pas de services en ligne comme Microsoft 365, allez sur la page d’inscription (Sign Up) et créez un compte professionnel ou scolaire.',
        'Votre nouveau compte peut ressembler à yourusername@yourcompany.onmicrosoft.com. Si vous avez votre propre nom de domaine (comme yourcompany.com), vous pourrez l’ajouter plus tard dans la console d’administration.',
        'Vous pourrez ajouter des services au même locataire plus tard si vous le souhaitez.',
      ],
    },
    'what-is-unmanaged-tenant': {
      title: 'Qu’est-ce qu’un locataire non géré (« viral ») ?',
      shortAnswer:
        'Un locataire Azure AD non géré, parfois appelé « locataire viral », est un locataire sans administrateur général. Il apparaît quand des utilisateurs s’inscrivent à un service cloud et qu’une identité leur est créée automatiquement dans Azure AD, à partir de leur domaine de messagerie.',
      steps: [
        'Le VLSC acceptait auparavant la connexion avec un locataire non géré, mais il exige désormais des locataires gérés.',
        'Pourquoi : les fonctionnalités de licences en volume sont transférées vers des plateformes plus modernes, afin que vous puissiez utiliser le même identifiant et le même mot de passe pour les produits et services Microsoft achetés de différentes manières : via des fournisseurs de solutions de licences en volume (Volume Licensing Solution Providers), des fournisseurs de services cloud (Cloud Service Providers) ou directement auprès de Microsoft dans le Centre d’administration Microsoft 365.',
      ],
    },
    'check-unmanaged': {
      title: 'Comment savoir si j’ai un compte dans un locataire non géré ?',
      shortAnswer:
        'Si vous vous connectez au VLSC avec un compte non géré (« locataire viral »), le site vous le signale. Vous pouvez aussi vérifier sans vous connecter au VLSC.',
      steps: [
        'Connectez-vous au Volume Licensing Service Center : il vous indique si le compte est non géré.',
        'Ou connectez-vous à Portal.Office.com (ou à un autre service en ligne) : si vous voyez une vignette Admin dans le lanceur d’applications (App Picker), le locataire est non géré.',
        'Ou, pour les informaticiens, sans vous connecter au VLSC : tapez **vérifier** suivi de l’adresse (par exemple, vérifier you@yourcompany.com) et je rechercherai le domaine auprès de Microsoft.',
      ],
    },
    'what-is-takeover': {
      title: 'Qu’est-ce que la prise de contrôle d’un locataire viral ?',
      shortAnswer:
        'La prise de contrôle d’un locataire viral (prise de contrôle d’un locataire non géré) est le processus par lequel un utilisateur devient l’administrateur d’un locataire non géré. Une fois que le locataire a un admin, il peut servir à ajouter d’autres utilisateurs à la même organisation, à ajouter des services en ligne et à continuer d’utiliser des ressources comme le VLSC.',
      steps: [
        'Prise de contrôle interne par l’administrateur : vous devenez l’administrateur général du locataire non géré ; aucun utilisateur, domaine ou plan de service n’est migré vers un autre annuaire que vous administrez.',
        'Prise de contrôle externe par l’administrateur : un administrateur général d’un locataire géré existant ajoute le nom de domaine et associe les utilisateurs aux ressources ; les utilisateurs, abonnements et attributions de licences du locataire non géré sont transférés avec le domaine. Microsoft la prend en charge pour Azure Rights Management et Exchange Online, et pour les plans de service Power Apps Free, Power Automate Free, RMS for individuals, Microsoft Stream et la version d’évaluation gratuite de Dynamics 365 ; elle n’est pas prise en charge quand le locataire non géré a des plans de service qui incluent SharePoint, OneDrive ou Skype Entreprise (par exemple via un abonnement Office gratuit).',
      ],
    },
    'takeover-blockers': {
      title: 'Qu’est-ce qui peut m’empêcher d’effectuer une prise de contrôle ?',
      shortAnswer:
        'Les obstacles habituels : vous ne parvenez pas à identifier votre administrateur informatique, vous ne pouvez pas prouver que vous possédez le domaine, ou votre compte appartient à un domaine restreint ou récupéré. Dans ces cas, vous pouvez plutôt créer un nouvel identifiant (option 2).',
      steps: [
        'Impossible d’identifier votre administrateur informatique : les grandes organisations ont en général un numéro de support informatique ; les plus petites confient parfois cette tâche à un prestataire informatique. Si votre organisation a aussi un locataire géré (celui avec lequel vous utilisez Teams, par exemple), ses administrateurs généraux sont listés dans le Centre d’administration Microsoft Entra sous **Entra ID > Rôles et administrateurs > Administrateur général (Entra ID > Roles and administrators > Global Administrator)**, ou tapez **qui est mon admin**.',
        'Impossible de prouver la possession du domaine : vos administrateurs informatiques le savent ou ont accès à ces informations, qui viennent de votre fournisseur d’accès à Internet.',
        'Domaine restreint ou récupéré : ce paramètre est défini par l’administrateur de votre organisation ; un compte professionnel distinct du locataire de votre organisation peut être nécessaire.',
        'Dans tous ces cas, envisagez l’option 2 : un nouveau compte professionnel ou scolaire comme user@fourthcoffeexyz.onmicrosoft.com.',
      ],
    },
    'how-to-takeover': {
      title: 'Comment prendre le contrôle d’un locataire viral ?',
      shortAnswer:
        'La prise de contrôle est un processus en plusieurs étapes : vous, ou quelqu’un de votre organisation, prouvez la possession du domaine et devenez son administrateur général auprès de Microsoft ; par exemple, admin@fourthcoffee.xyz devient administrateur général du locataire fourthcoffee.xyz. Le support VLSC ne peut pas modifier votre locataire à votre place.',
      steps: [
        'Prenez le temps de consulter les ressources et les personnes de votre organisation ; en attendant, vous pouvez continuer à vous connecter avec votre compte actuel pour les tâches urgentes dans le VLSC.',
        'Envisagez de demander à votre administrateur informatique ou réseau (la personne qui administre votre domaine) d’effectuer la prise de contrôle. Cela ne l’oblige pas à administrer le VLSC ni à acheter un abonnement.',
        'Choisissez une prise de contrôle « interne » (vous devenez administrateur général, rien n’est migré) ou « externe » (un administrateur général d’un locataire géré existant ajoute le domaine et associe les utilisateurs aux ressources : les utilisateurs, abonnements et attributions de licences sont transférés ; Microsoft la prend en charge pour Azure Rights Management, Exchange Online et certains plans de service gratuits, mais pas quand le locataire non géré a des plans de service qui incluent SharePoint, OneDrive ou Skype Entreprise).',
        'Suivez le guide pas à pas de Microsoft, « Prise de contrôle d’un annuaire non géré » (Take over an unmanaged directory).',
      ],
    },
    'contact-support': {
      title: 'Comment contacter le support VLSC ?',
      shortAnswer:
        'Les clients du VLSC peuvent contacter le support VLSC par téléphone ou par formulaire web. Microsoft répond aux demandes envoyées par formulaire web sous 24 heures. Le support VLSC ne peut pas modifier votre locataire à votre place.',
      steps: [
        'Ouvrez la page de contact du support VLSC et choisissez le téléphone ou le formulaire web.',
        'Indiquez l’adresse e-mail avec laquelle vous vous connectez au VLSC et ce dont vous avez besoin, par exemple des sessions de connexion supplémentaires ou la dissociation de votre compte.',
        'Pour le Canada et les États-Unis, les demandes de dissociation passent par le formulaire web N.America MAK ADD.',
      ],
    },
    'mfa-requirement': {
      title: 'Qu’est-ce que l’exigence de MFA obligatoire pour Volume Licensing Central ?',
      shortAnswer:
        'L’authentification multifacteur (MFA) est obligatoire pour toute personne qui se connecte à Volume Licensing Central (VL Central). La date limite d’adoption était le 5 janvier 2026, l’exigence est donc en vigueur : la connexion demande à un utilisateur sans MFA de s’inscrire, et il ne peut pas continuer tant qu’il ne l’a pas fait.',
      steps: [
        'Identifiez l’admin qui mettra en place la MFA, en général votre administrateur général Microsoft Entra.',
        'Imposez la MFA pour VL Central à l’échelle du locataire, de préférence avec une stratégie d’accès conditionnel (les paramètres de sécurité par défaut ou la MFA par utilisateur sont des alternatives).',
        'Assurez-vous que les utilisateurs sont prêts pour la MFA : ils inscrivent au moins une méthode de vérification sur aka.ms/mfasetup.',
      ],
    },
    'find-global-admin': {
      title: 'Comment trouver l’administrateur général de mon locataire ?',
      shortAnswer:
        'La personne qui met en place la MFA est en général votre administrateur général Microsoft Entra (aussi appelé « Administrateur de la société », Company Administrator) ou un rôle d’administrateur équivalent qui peut gérer les paramètres de sécurité. Vous pouvez voir qui a ce rôle dans le Centre d’administration Microsoft Entra.',
      steps: [
        'Allez sur https://entra.microsoft.com.',
        'Accédez à **Entra ID > Rôles et administrateurs (Entra ID > Roles and administrators)**.',
        'Recherchez **Administrateur général (Global Administrator)**.',
        'Vous voyez la liste des utilisateurs auxquels ce rôle est attribué dans votre locataire.',
        'Pas d’accès au portail Entra ? Contactez votre service informatique, votre équipe des opérations de sécurité ou votre support interne. Ou tapez **qui est mon admin** et je les rechercherai.',
      ],
    },
    'enforce-mfa-conditional-access': {
      title: 'Comment imposer la MFA pour Volume Licensing Central avec l’accès conditionnel ?',
      shortAnswer:
        'Microsoft recommande une stratégie d’accès conditionnel dans Microsoft Entra ID qui exige la MFA pour tous les utilisateurs, internes et invités, quand ils accèdent à Volume Licensing Central. Si l’accès conditionnel n’est pas disponible pour votre locataire, utilisez plutôt les paramètres de sécurité par défaut ou la MFA par utilisateur.',
      steps: [
        'Connectez-vous au Centre d’administration Microsoft Entra (https://entra.microsoft.com) en tant qu’administrateur général (ou administrateur de l’accès conditionnel).',
        'Accédez à **Entra ID > Accès conditionnel > Vue d’ensemble (Entra ID > Conditional Access > Overview)** et sélectionnez **+ Créer une stratégie (+ Create new policy)**.',
        'Entrez un nom pour la stratégie, par exemple « MFA pour Volume Licensing Central ».',
        'Sous **Affectations (Assignments)**, sélectionnez la valeur actuelle sous **Utilisateurs (Users)**.',
        'Sous **Inclure (Include)**, choisissez **Tous les utilisateurs (All Users)**. Cela couvre tous les utilisateurs internes et les utilisateurs invités B2B qui accèdent à vos ressources de licences en volume.',
        'Sous **Affectations (Assignments)**, sélectionnez la valeur actuelle sous **Ressources cibles (Target Resources)**, et sous **Sélectionner ce à quoi s’applique cette stratégie (Select what this policy applies to)**, vérifiez que **Ressources (anciennement applications cloud) (Resources (Formerly cloud apps))** est sélectionné.',
        'Sous **Inclure (Include)**, choisissez **Sélectionner les applications (Select Apps)**.',
        'Sous **Inclure (Include)**, choisissez **Sélectionner les ressources (Select resources)**, puis cliquez sur **Aucun (None)** sous **Sélectionner (Select)**.',
        'Dans la fenêtre **Sélectionner les ressources (Select Resources)**, choisissez **Portails d’administration Microsoft (Microsoft Admin Portals)** et cliquez sur **Sélectionner (Select)**. Remarque : cela active la MFA pour tous les portails d’administration associés, dont le Centre d’administration Microsoft 365, le Centre d’administration Exchange, le portail Azure et le Centre d’administration Microsoft Entra.',
        'Laissez les **Conditions** à leurs valeurs par défaut (tous les emplacements, tous les états d’appareil), sauf besoin précis, comme exclure des adresses IP approuvées ou des appareils conformes.',
        'Sous **Contrôles d’accès > Accorder (Access controls > Grant)**, choisissez **Exiger l’authentification multifacteur (Require multi-factor authentication)**, et vérifiez qu’aucun contrôle contradictoire (comme **Bloquer l’accès (Block access)**) n’est sélectionné.',
        'Réglez **Activer la stratégie (Enable policy)** sur **Activé (On)** et sélectionnez **Créer (Create)**. La MFA est alors demandée aux utilisateurs quand ils se connectent à Volume Licensing Central ; si la persistance de session est autorisée, la MFA peut ne pas être demandée à chaque connexion à un utilisateur qui l’a effectuée récemment.',
      ],
    },
    'mfa-security-defaults': {
      title: 'Puis-je utiliser les paramètres de sécurité par défaut au lieu de l’accès conditionnel ?',
      shortAnswer:
        'Oui, si l’accès conditionnel n’est pas disponible : il nécessite au moins une licence Microsoft Entra ID P1, alors que les paramètres de sécurité par défaut (Security Defaults) n’en nécessitent aucune. Les paramètres de sécurité par défaut exigent que tous les utilisateurs s’inscrivent à la MFA et l’effectuent dans certains scénarios : Microsoft décide quand la MFA est demandée à un utilisateur, et elle est demandée à chaque connexion aux administrateurs que Microsoft liste (dont les administrateurs général, de la sécurité et de l’accès conditionnel). Ils s’appliquent à toutes les connexions sur toutes les applications, pas seulement à Volume Licensing Central.',
      steps: [
        'Connectez-vous au Centre d’administration Microsoft Entra au moins en tant qu’administrateur de la sécurité, accédez à **Entra ID > Vue d’ensemble > Propriétés > Gérer les paramètres de sécurité par défaut (Entra ID > Overview > Properties > Manage Security Defaults)** et activez-les.',
        'Si les paramètres de sécurité par défaut sont déjà en place et qu’il vous convient de les appliquer à toutes les applications, vous n’avez peut-être pas besoin d’une stratégie distincte.',
        'Les paramètres de sécurité par défaut et les stratégies d’accès conditionnel ne vont pas ensemble : un locataire qui utilise des stratégies d’accès conditionnel doit désactiver les paramètres de sécurité par défaut.',
        'Si les paramètres de sécurité par défaut ne conviennent pas non plus, la MFA par utilisateur (héritée) est le dernier moyen d’exiger la MFA sans accès conditionnel.',
      ],
    },
    'mfa-per-user': {
      title: 'Comment activer la MFA par utilisateur ?',
      shortAnswer:
        'La MFA par utilisateur est la solution de repli héritée quand vous ne pouvez pas utiliser l’accès conditionnel et que les paramètres de sécurité par défaut ne conviennent pas. Elle est moins évolutive et moins souple ; Microsoft recommande en général l’accès conditionnel.',
      steps: [
        'Dans le Centre d’administration Microsoft Entra, accédez à **Utilisateurs > Authentification multifacteur (Users > Multi-Factor Authentication)** (ou, dans le Centre d’administration Microsoft 365, **Utilisateurs actifs > MFA (Active Users > MFA)**).',
        'Sélectionnez chaque utilisateur et activez l’application de la MFA pour son compte.',
        'Assurez-vous que chaque compte qui utilise Volume Licensing Central, y compris les invités de votre annuaire, est réglé sur **Appliqué (Enforced)** ou **Activé (Enabled)**.',
        'Seuls les comptes que vous activez sont couverts. Un utilisateur activé doit s’inscrire à la MFA à sa prochaine connexion dans un navigateur, puis effectue la MFA à chaque connexion (avec quelques exceptions, comme les adresses IP approuvées ou les appareils mémorisés), prévenez-le donc à l’avance.',
        'La MFA par utilisateur est gérée par un administrateur d’authentification ou un administrateur de la stratégie d’authentification (ou un administrateur général).',
      ],
    },
    'user-mfa-registration': {
      title: 'Comment les utilisateurs s’inscrivent-ils à la MFA ?',
      shortAnswer:
        'Chaque utilisateur va sur la page de configuration de la MFA (https://aka.ms/mfasetup) et ajoute au moins une méthode de vérification activée pour le locataire. L’application Microsoft Authenticator sur un téléphone est souvent la plus simple.',
      steps: [
        'Allez sur https://aka.ms/mfasetup et ajoutez une méthode de vérification, par exemple l’application Microsoft Authenticator.',
        'Ajoutez aussi une méthode de secours (par exemple un second téléphone ou un jeton matériel), au cas où vous perdriez l’accès à la première.',
        'Les admins choisissent les méthodes autorisées par le locataire sous **Accueil > Méthodes d’authentification > Stratégies (Home > Authentication methods > Policies)** dans le portail Entra.',
        'Vous avez perdu ou remplacé le téléphone qui portait votre seule méthode ? Connectez-vous avec votre méthode de secours et inscrivez le nouveau téléphone sur https://aka.ms/mfasetup. Sans méthode de secours, demandez à votre service informatique ou à votre support informatique : un administrateur d’authentification peut vous demander d’inscrire de nouveau vos méthodes.',
        `Pour les problèmes d’activation de la MFA dans votre organisation, écrivez à ${LINKS.mfaSupportEmail}.`,
      ],
    },
    'mfa-guest-users': {
      title: 'Les utilisateurs invités ont-ils besoin de la MFA pour Volume Licensing Central ?',
      shortAnswer:
        'Oui. Une stratégie d’accès conditionnel qui inclut Tous les utilisateurs (All Users) couvre aussi les utilisateurs invités B2B : elle demande aussi la MFA aux invités. Les invités d’organisations partenaires devront peut-être activer la MFA dans leur locataire d’origine, qui traite leur demande MFA dans la plupart des cas (instructions de Microsoft pour les partenaires). La MFA effectuée dans leur locataire d’origine ne compte dans le vôtre que si vos paramètres d’approbation entrante de l’accès interlocataire (cross-tenant access inbound trust settings) font confiance à la MFA de ce locataire (Microsoft Learn) ; sans cette approbation (le réglage par défaut), les invités s’inscrivent et effectuent la MFA dans votre locataire.',
      steps: [
        'Coordonnez-vous avec vos partenaires pour que leurs utilisateurs connaissent l’exigence.',
        'Pour accepter la MFA que les invités effectuent dans leur locataire d’origine, faites confiance à la MFA de ce locataire dans vos paramètres d’approbation entrante de l’accès interlocataire.',
        'Si vous utilisez la MFA par utilisateur, réglez aussi les invités de votre annuaire sur Appliqué (Enforced) ou Activé (Enabled).',
      ],
    },
    'mfa-external-idp': {
      title: 'Nous utilisons une MFA tierce ou un fournisseur d’identité fédéré',
      shortAnswer:
        'Une MFA tierce peut être intégrée directement à Microsoft Entra ID comme méthode d’authentification externe. Si Entra ID est fédéré avec un fournisseur d’identité, celui-ci doit être configuré pour envoyer la revendication multipleauthn à Microsoft Entra ID, qui ne l’accepte que si le paramètre federatedIdpMfaBehavior du domaine accepte la MFA effectuée par le fournisseur d’identité.',
      steps: [
        'MFA tierce : ajoutez le fournisseur comme méthode d’authentification externe (voir « Gérer une méthode d’authentification externe dans Microsoft Entra ID » ; les méthodes d’authentification externes nécessitent au moins Microsoft Entra ID P1). Les fournisseurs trouvent les détails dans la référence Microsoft Entra sur les fournisseurs de méthodes externes d’authentification multifacteur.',
        'Fournisseur d’identité fédéré : configurez-le pour envoyer la revendication multipleauthn, comme le décrit « Satisfaire les contrôles d’authentification multifacteur (MFA) de Microsoft Entra ID avec des revendications MFA provenant d’un IdP fédéré ».',
        'Microsoft Entra ID n’accepte cette revendication que si le paramètre MFA fédéré du domaine (federatedIdpMfaBehavior) accepte la MFA effectuée par le fournisseur d’identité : acceptIfMfaDoneByFederatedIdp ou enforceMfaByFederatedIdp. Avec rejectMfaByFederatedIdp, Entra ID effectue toujours la MFA lui-même.',
      ],
    },
    'mfa-after-deadline': {
      title: 'Que se passe-t-il si un utilisateur n’a pas configuré la MFA ?',
      shortAnswer:
        'Depuis le 5 janvier 2026, un utilisateur qui n’a pas configuré la MFA n’est pas bloqué d’emblée sur Volume Licensing Central : la connexion lui demande de s’inscrire à la MFA. Il ne peut pas passer cette étape ; sans MFA, il ne peut pas continuer.',
      steps: [
        'À la connexion, Microsoft Entra ID demande d’abord à l’utilisateur de terminer l’inscription à la MFA.',
        'Après avoir sélectionné **Suivant (Next)**, l’utilisateur choisit dans une liste de méthodes de vérification.',
        'Une fois inscrit, l’utilisateur effectue la vérification MFA avec la méthode choisie.',
        'Un utilisateur qui refuse ne peut pas accéder à Volume Licensing Central ; la demande réapparaît à chaque fois jusqu’à ce qu’il l’ait terminée.',
      ],
    },
    'mfa-support-contact': {
      title: 'Qui contacter en cas de problème pour activer la MFA ?',
      shortAnswer: `Si vous rencontrez des problèmes pour activer la MFA dans votre organisation, écrivez à ${LINKS.mfaSupportEmail} pour obtenir de l’aide.`,
      steps: [
        `Écrivez à ${LINKS.mfaSupportEmail} en décrivant le problème que vous rencontrez pour activer la MFA dans votre organisation.`,
        'Ou tapez **rédiger un e-mail au support mfa** et je préparerai le message pour vous.',
      ],
    },
  },
  links: {
    takeover: 'Prise de contrôle d’un annuaire non géré (Microsoft Learn)',
    selfServiceSignup: 'Qu’est-ce que l’inscription en libre-service pour Microsoft Entra ID ? (Microsoft Learn)',
    signUp: 'Créer un compte professionnel ou scolaire',
    vlscSupport: 'Contacter le support VLSC',
    vlsc: 'Volume Licensing Service Center',
    entra: 'Centre d’administration Microsoft Entra',
    mfaSetup: 'Configurer vos méthodes de connexion (aka.ms/mfasetup)',
    enableMfa: 'Activer l’authentification multifacteur Microsoft Entra (Microsoft Learn)',
    securityDefaults: 'Configurer les paramètres de sécurité par défaut pour Microsoft Entra ID (Microsoft Learn)',
    perUserMfa: 'Activer l’authentification multifacteur par utilisateur (Microsoft Learn)',
    externalMfa: 'Référence des fournisseurs de méthodes externes d’authentification multifacteur Microsoft Entra (Microsoft Learn)',
    externalMfaManage: 'Gérer une méthode d’authentification externe dans Microsoft Entra ID (Microsoft Learn)',
    federatedMfa: 'Satisfaire les contrôles MFA de Microsoft Entra ID avec des revendications MFA d’un IdP fédéré (Microsoft Learn)',
    guestMfa: 'Authentification et accès conditionnel pour External ID (Microsoft Learn)',
    manageUserMfaMethods: 'Gérer les méthodes d’authentification des utilisateurs pour l’authentification multifacteur Microsoft Entra (Microsoft Learn)',
    mfaSupport: `Écrire à ${LINKS.mfaSupportEmail}`,
  },
};
