import type { CatalogWords } from '../catalog';
import { counted } from './plural';

/** The live MFA check: what the directory shows, point by point. */
export const readiness: CatalogWords['readiness'] = {
  heading: 'Votre organisation, vérifiée à l’instant',
  marks: { done: '✔', todo: '✘', warning: '!', unknown: '?' },
  adminMustDo: 'Reste à faire',
  /**
   * What keeps a Conditional Access policy from enforcing MFA. Each names the setting that fixes
   * it, not a step number: the card and the command line show differently numbered lists.
   */
  problems: {
    notAllUsers:
      'Elle ne s’applique qu’à certains utilisateurs, groupes ou rôles, pas à Tous les utilisateurs (Affectations > Utilisateurs > Inclure : Tous les utilisateurs ; Assignments > Users > Include: All users).',
    otherResources:
      'Elle cible d’autres ressources, pas Portails d’administration Microsoft ni Toutes les ressources (Ressources cibles > Inclure > Sélectionner les ressources : Portails d’administration Microsoft ; Target resources > Include > Select resources: Microsoft Admin Portals).',
    blocks:
      'Elle inclut aussi « Bloquer l’accès » (Block access), qui bloque la connexion au lieu de demander la MFA (Contrôles d’accès > Accorder : Exiger l’authentification multifacteur uniquement ; Access controls > Grant: Require multifactor authentication only).',
    withoutMfa: (controls: string) =>
      `Elle peut être satisfaite sans MFA : elle accepte aussi ${controls} (Contrôles d’accès > Accorder : Exiger l’authentification multifacteur uniquement ; Access controls > Grant: Require multifactor authentication only).`,
    excludes: (parts: string) => `Elle exclut ${parts}.`,
    excluded: (n: number, what: 'user' | 'group' | 'role') =>
      ({ user: counted(n, 'utilisateur', 'utilisateurs'), group: counted(n, 'groupe', 'groupes'), role: counted(n, 'rôle', 'rôles') })[what],
  },
  states: { reportOnly: 'rapport seul', on: 'activée', off: 'désactivée' },
  conditionalAccess: {
    manualTitle: 'Accès conditionnel : à vérifier à la main',
    manualDetail:
      'Vérifiez dans Entra ID > Accès conditionnel > Stratégies (Entra ID > Conditional Access > Policies) qu’une stratégie exige la MFA pour Tous les utilisateurs sur Portails d’administration Microsoft (Microsoft Admin Portals) et qu’elle est réglée sur Activé (On).',
    manualTask:
      'Vérifiez dans le Centre d’administration Entra qu’une stratégie d’accès conditionnel exige la MFA pour Tous les utilisateurs sur Portails d’administration Microsoft (Microsoft Admin Portals) et qu’elle est réglée sur Activé (On) (ou que les paramètres de sécurité par défaut sont activés).',
    enforcedTitle: 'L’accès conditionnel exige la MFA sur les portails d’administration',
    enforcedBy: (policies: string) => `Appliquée par ${policies}`,
    checkExclusions: 'Assurez-vous qu’aucune personne exclue ne se connecte à Volume Licensing Central.',
    alsoNote: (policies: string) => `À noter aussi : ${policies}`,
    removeBlock: (name: string) =>
      `Retirez « Bloquer l’accès » (Block access) de « ${name} » (Contrôles d’accès > Accorder ; Access controls > Grant) si elle doit seulement demander la MFA.`,
    shortTitle: 'Accès conditionnel : une stratégie MFA existe, mais n’exige pas la MFA pour tout le monde',
    noneTitle: 'Accès conditionnel : aucune stratégie n’exige la MFA',
    noneDetail:
      'Créez une stratégie d’accès conditionnel qui exige la MFA pour Tous les utilisateurs sur Portails d’administration Microsoft (Microsoft Admin Portals) (c’est la méthode que recommande Microsoft).',
    createTask:
      'Créez une stratégie d’accès conditionnel « MFA pour Volume Licensing Central » qui exige l’authentification multifacteur pour Tous les utilisateurs sur Portails d’administration Microsoft (Microsoft Admin Portals), et réglez-la sur Activé (On). Si le locataire n’a pas l’accès conditionnel (il nécessite une licence Microsoft Entra ID P1), activez les paramètres de sécurité par défaut (Security Defaults), qui ne nécessitent aucune licence ; la MFA par utilisateur est le dernier recours.',
    reportOnlyToOn: (name: string) => `faites passer Activer la stratégie (Enable policy) de « ${name} » de Rapport seul (Report-only) à Activé (On).`,
    offToOn: (name: string) => `réglez Activer la stratégie (Enable policy) de « ${name} » sur Activé (On).`,
    fix: (name: string) => `Corrigez « ${name} » :`,
    then: (task: string) => `Ensuite, ${task}`,
  },
  securityDefaults: {
    manualTitle: 'Paramètres de sécurité par défaut : à vérifier à la main',
    manualDetail: (why: string) => `${why} Vérifiez dans Entra ID > Vue d’ensemble > Propriétés (Entra ID > Overview > Properties).`,
    onTitle: 'Les paramètres de sécurité par défaut sont activés',
    onDetail:
      'Chaque utilisateur doit s’inscrire à la MFA. Microsoft décide quand un utilisateur doit l’effectuer à la connexion ; certains rôles d’administrateur, comme les administrateurs général, de la sécurité et de l’accès conditionnel, la font à chaque connexion. Ils s’appliquent à toutes les connexions sur toutes les applications, Volume Licensing Central compris, vous n’avez donc peut-être pas besoin d’une stratégie distincte.',
    offTitle: 'Les paramètres de sécurité par défaut sont désactivés',
    offExpected: 'C’est normal : les paramètres de sécurité par défaut ne peuvent pas être activés tant que des stratégies d’accès conditionnel sont utilisées.',
    offDetail:
      'Si votre locataire n’a pas l’accès conditionnel (il nécessite une licence Microsoft Entra ID P1), les paramètres de sécurité par défaut (Security Defaults), qui ne nécessitent aucune licence, sont la solution de repli qui couvre tout : chaque utilisateur doit s’inscrire à la MFA, et l’effectue quand Microsoft le juge nécessaire (certains rôles d’administrateur, comme les administrateurs général, de la sécurité et de l’accès conditionnel, à chaque connexion), sur toutes les applications.',
  },
  perUserMfa: {
    title: 'MFA par utilisateur (héritée) : à vérifier à la main',
    detail:
      'Microsoft Graph v1.0 ne montre pas la MFA par utilisateur, le bot ne peut donc pas la voir. Si votre locataire s’appuie sur elle plutôt que sur l’accès conditionnel ou les paramètres de sécurité par défaut, vérifiez chaque compte qui utilise Volume Licensing Central.',
  },
  registration: {
    manualTitle: (upn: string) => `Inscription MFA de ${upn} : à vérifier à la main`,
    notFoundTitle: (upn: string) => `Inscription MFA de ${upn} : introuvable`,
    notFoundDetail:
      'Le locataire n’a aucun détail d’inscription pour cette adresse : vérifiez l’adresse. Un invité d’une organisation partenaire peut inscrire sa MFA dans son locataire d’origine, mais cette MFA ne compte ici que si vos paramètres d’approbation entrante de l’accès interlocataire (cross-tenant access inbound trust settings) acceptent la MFA de son locataire d’origine ; sinon, l’invité s’inscrit et effectue la MFA dans votre locataire.',
    notRegisteredTitle: (upn: string) => `${upn} n’est pas inscrit à la MFA`,
    notRegisteredDetail:
      'Inscrivez-vous avant de vous connecter à Volume Licensing Central ; sinon, la connexion demande d’abord l’inscription, et elle ne peut pas être ignorée.',
    oneMethodTitle: (upn: string) => `${upn} est inscrit à la MFA avec une seule méthode`,
    oneMethodDetail: (methods: string) => `Avec ${methods}, et pas encore de méthode de secours.`,
    doneTitle: (upn: string) => `${upn} est inscrit à la MFA`,
    doneDetail: (methods: string) => `Avec ${methods}.`,
    unknownMethods: 'des méthodes que l’annuaire ne nomme pas',
    /**
     * Graph's methodsRegistered values (userRegistrationDetails, Microsoft Learn) in words.
     * A value not listed here reads as `otherMethod`, never as the raw id.
     */
    methodNames: {
      microsoftAuthenticatorPush: 'les notifications Microsoft Authenticator',
      microsoftAuthenticatorPasswordless: 'la connexion sans mot de passe Microsoft Authenticator',
      softwareOneTimePasscode: 'les codes d’une application d’authentification',
      hardwareOneTimePasscode: 'un jeton matériel',
      mobilePhone: 'un téléphone mobile',
      alternateMobilePhone: 'un second téléphone mobile',
      officePhone: 'un téléphone de bureau',
      email: 'une adresse e-mail',
      fido2SecurityKey: 'une clé de sécurité FIDO2',
      windowsHelloForBusiness: 'Windows Hello Entreprise',
      temporaryAccessPass: 'un passe d’accès temporaire (Temporary Access Pass)',
      passKeyDeviceBound: 'une clé d’accès (passkey)',
      passKeyDeviceBoundAuthenticator: 'une clé d’accès (passkey) dans Microsoft Authenticator',
      passKeyDeviceBoundWindowsHello: 'une clé d’accès (passkey) dans Windows Hello',
      passKeySynced: 'une clé d’accès (passkey) synchronisée',
      macOsSecureEnclaveKey: 'une clé Platform SSO macOS',
      securityQuestion: 'des questions de sécurité',
      externalAuthMethod: 'une méthode d’authentification externe',
    } as Record<string, string>,
    otherMethod: 'une autre méthode',
    otherMethods: (n: number) => `${n} autres méthodes`,
    methodList: (names: readonly string[]) => `${names.slice(0, -1).join(', ')} et ${names.at(-1)}`,
  },
  notConfigured: 'Le bot n’est pas connecté à Microsoft Graph.',
  otherTenant: 'L’application du bot ne peut pas lire ce locataire.',
  list: (items: readonly string[]) => items.join(', '),
  policy: (name: string, state: string) => `« ${name} » (${state})`,
  policies: (described: readonly string[]) => described.join(' ; '),
  sentences: (sentences: readonly string[]) => sentences.join(' '),
};
