import type { CatalogWords } from '../catalog';

/** The MFA card: what the person and their admin do for mandatory MFA. */
export const mfa: CatalogWords['mfa'] = {
  title: 'MFA pour Volume Licensing Central',
  summary:
    'Toute personne qui se connecte à Volume Licensing Central doit utiliser l’authentification multifacteur (MFA) : elle est obligatoire depuis le 5 janvier 2026. Si vous ne l’avez pas configurée, la connexion vous demande d’abord de vous inscrire, et vous ne pouvez pas passer cette étape.',
  user: {
    heading: 'Ce que vous faites',
    short: 'Ce que vous faites : inscrivez-vous sur https://aka.ms/mfasetup avec au moins une méthode de vérification, et ajoutez une méthode de secours.',
    steps: [
      'Allez sur la page de configuration de la MFA, https://aka.ms/mfasetup, et ajoutez au moins une méthode de vérification autorisée par votre organisation. L’application Microsoft Authenticator sur votre téléphone est souvent la plus simple.',
      'Ajoutez une méthode de secours (un second téléphone ou un jeton matériel, si vous en avez un) au cas où vous perdriez l’accès à la première.',
      'Si vous vous connectez avant de vous inscrire, Microsoft Entra ID vous demande d’abord de vous inscrire : sélectionnez Suivant (Next), choisissez une méthode de vérification dans la liste, terminez l’inscription, puis effectuez la vérification MFA avec cette méthode. La demande réapparaît à chaque fois jusqu’à ce que vous l’ayez terminée.',
    ],
  },
  help: 'Qui peut aider : votre administrateur général, ou un admin qui gère les paramètres de sécurité. « Qui est mon admin ? » les liste.',
  /** The live check found MFA required for everyone, with nothing left to do. */
  ready: {
    title: 'Votre organisation exige la MFA',
    summary: (enforcedBy: string) => `Vérifié à l’instant : ${enforcedBy}.`,
    userDone: 'Connectez-vous à Volume Licensing Central et répondez à la demande MFA. Gardez plus d’une méthode inscrite, au cas où vous perdriez l’accès à l’une d’elles.',
    addBackup: 'Connectez-vous à Volume Licensing Central et répondez à la demande MFA. Ajoutez une méthode de secours sur https://aka.ms/mfasetup (un second téléphone ou un jeton matériel) au cas où vous perdriez l’accès à la première.',
    registerFirst: 'Ce que vous faites d’abord',
    detailsButton: 'Ce qui a été vérifié',
  },
  notReady: {
    summary:
      'Vérifié à l’instant : votre organisation n’exige pas encore la MFA pour tout le monde, alors que Volume Licensing Central l’exige depuis le 5 janvier 2026. Votre administrateur général doit terminer ceci :',
  },
  admin: {
    button: 'Ce que fait votre admin',
    allButton: 'Étapes pour vous et votre admin',
    heading: 'Ce que fait votre administrateur général',
    whoCan: (whoCanEnforce: string) =>
      `Qui peut le faire : ${whoCanEnforce}. Un administrateur de la stratégie d’authentification choisit les méthodes de vérification que les utilisateurs peuvent inscrire. « Qui est mon admin ? » liste les personnes qui ont ces rôles.`,
    intro: 'Exigez la MFA pour tous les utilisateurs avec une stratégie d’accès conditionnel (recommandé) :',
    steps: [
      'Connectez-vous au Centre d’administration Microsoft Entra, https://entra.microsoft.com, en tant qu’administrateur général (ou administrateur de l’accès conditionnel).',
      'Allez dans Entra ID > Accès conditionnel > Vue d’ensemble (Entra ID > Conditional Access > Overview) et sélectionnez + Créer une stratégie (+ Create new policy).',
      'Nommez-la, par exemple « MFA pour Volume Licensing Central ».',
      'Sous Affectations > Utilisateurs > Inclure (Assignments > Users > Include), choisissez Tous les utilisateurs (All users) : cela couvre les utilisateurs internes et les invités B2B.',
      'Sous Ressources cibles (Target resources), gardez « Ressources (anciennement applications cloud) » (Resources (formerly cloud apps)), choisissez Sélectionner les ressources (Select resources), puis sélectionnez Portails d’administration Microsoft (Microsoft Admin Portals). Cela exige aussi la MFA sur les autres portails d’administration Microsoft (Centre d’administration Microsoft 365, Centre d’administration Exchange, portail Azure, Centre d’administration Entra et autres).',
      'Laissez les Conditions à leurs valeurs par défaut, sauf si vous avez besoin d’une exclusion précise.',
      'Sous Contrôles d’accès > Accorder (Access controls > Grant), choisissez Exiger l’authentification multifacteur (Require multifactor authentication), sans contrôle contradictoire comme Bloquer l’accès (Block access).',
      'Réglez Activer la stratégie (Enable policy) sur Activé (On) et sélectionnez Créer (Create).',
    ],
    fallbackHeading: 'Si l’accès conditionnel n’est pas disponible',
    fallbacks: [
      'Paramètres de sécurité par défaut (Security Defaults), sous Entra ID > Vue d’ensemble > Propriétés > Gérer les paramètres de sécurité par défaut, pour les locataires sans accès conditionnel : l’accès conditionnel nécessite une licence Microsoft Entra ID P1, les paramètres de sécurité par défaut aucune. Avec les paramètres de sécurité par défaut, chaque utilisateur doit s’inscrire à la MFA, et Microsoft décide quand un utilisateur doit l’effectuer (certains rôles d’administrateur, comme les administrateurs général, de la sécurité et de l’accès conditionnel, à chaque connexion). Ils s’appliquent à toutes les connexions sur toutes les applications, pas seulement à Volume Licensing Central. Si les paramètres de sécurité par défaut sont déjà activés, vous n’avez peut-être pas besoin d’une stratégie distincte.',
      'MFA par utilisateur (héritée) : dans le Centre d’administration Entra sous Utilisateurs > Authentification multifacteur (Users > Multi-Factor Authentication), ou dans le Centre d’administration Microsoft 365 sous Utilisateurs actifs > MFA (Active Users > MFA), réglez chaque compte qui utilise Volume Licensing Central, invités compris, sur Activé (Enabled) ou Appliqué (Enforced) : seuls les comptes que vous activez sont couverts. Un utilisateur activé doit s’inscrire à sa prochaine connexion dans un navigateur, prévenez-le donc à l’avance.',
    ],
    methodsHeading: 'Méthodes de vérification, MFA tierce et connexion fédérée',
    methods: [
      'Méthodes de vérification que les utilisateurs peuvent inscrire : Accueil > Méthodes d’authentification > Stratégies (Home > Authentication methods > Policies) dans le portail Entra.',
      'Une MFA tierce peut être intégrée directement à Microsoft Entra ID, comme méthode d’authentification externe.',
      'Connexion fédérée (AD FS, Okta…) : le fournisseur d’identité doit envoyer la revendication multipleauthn à Microsoft Entra ID, et Entra ID ne l’accepte que si le paramètre MFA fédéré du domaine (federatedIdpMfaBehavior) accepte la MFA effectuée par le fournisseur d’identité.',
    ],
    guestsHeading: 'Invités d’organisations partenaires',
    guests:
      'Coordonnez-vous avec vos partenaires pour que leurs utilisateurs connaissent l’exigence ; ils devront peut-être activer la MFA dans leur locataire d’origine, qui traite leur demande MFA dans la plupart des cas (instructions de Microsoft pour les partenaires). La MFA effectuée dans leur locataire d’origine ne compte dans le vôtre que si vos paramètres d’approbation entrante de l’accès interlocataire (cross-tenant access inbound trust settings) font confiance à la MFA de ce locataire (Microsoft Learn) ; sans cette approbation (le réglage par défaut), les invités s’inscrivent et effectuent la MFA dans votre locataire.',
  },
  /** Who can enforce MFA tenant-wide, in the roles "Who is my admin?" lists (seed: "or an equivalent admin role"; Learn: the least roles). */
  whoCanEnforce:
    'un administrateur général, ou un admin dont le rôle permet de gérer ces paramètres de sécurité : au moins un administrateur de l’accès conditionnel ou administrateur de la sécurité pour une stratégie d’accès conditionnel, au moins un administrateur de la sécurité pour les paramètres de sécurité par défaut, un administrateur d’authentification ou administrateur de la stratégie d’authentification pour la MFA par utilisateur',
  federated: {
    heading: 'La MFA quand votre organisation se connecte par son propre fournisseur d’identité',
    text: (domain: string) =>
      `${domain} se connecte par son propre fournisseur d’identité (un domaine fédéré). Pour que la MFA effectuée chez lui compte, le fournisseur d’identité doit envoyer la revendication multipleauthn à Microsoft Entra ID, et Entra ID n’accepte cette revendication que si le paramètre MFA fédéré du domaine (federatedIdpMfaBehavior) accepte la MFA effectuée par le fournisseur d’identité (acceptIfMfaDoneByFederatedIdp ou enforceMfaByFederatedIdp). Avec rejectMfaByFederatedIdp, Entra ID effectue toujours la MFA lui-même.`,
  },
  unmanaged: {
    heading: 'D’abord, le locataire a besoin d’un admin',
    text: (domain: string) =>
      `${domain} est un locataire non géré (« viral ») : il n’a pas d’administrateur, donc personne ne peut encore y activer la MFA. Quelqu’un de votre organisation prend d’abord le contrôle du locataire (option 1) ; ensuite, en tant qu’administrateur général, cette personne peut exiger la MFA.`,
    help: 'Qui peut aider : la personne qui prend le contrôle du locataire, puisqu’elle en devient l’admin : quelqu’un de votre organisation (prise de contrôle interne), ou un administrateur général d’un locataire géré, par exemple celui avec lequel vous utilisez Teams (prise de contrôle externe ; « Qui est mon admin ? » les liste). L’option 1 de la vérification de votre adresse donne les étapes de la prise de contrôle.',
  },
  support: 'Des problèmes pour activer la MFA dans votre organisation ? Écrivez à MFAVLCsupport@microsoft.com.',
};
