import type { CatalogWords } from '../catalog';

/** The manual path in the Entra admin center, quoted from the partner guidance on mandatory MFA. */
export const manual: CatalogWords['manual'] = {
  findAdmin: {
    steps: [
      'Allez sur https://entra.microsoft.com',
      'Accédez à Entra ID > Rôles et administrateurs (Entra ID > Roles and administrators)',
      'Recherchez Administrateur général (Global Administrator)',
      'Vous voyez la liste des utilisateurs auxquels ce rôle est attribué dans votre locataire.',
    ],
    otherwise: 'Si vous n’avez pas accès au portail Entra, contactez votre service informatique, votre équipe des opérations de sécurité ou votre support interne.',
  },
  /** Step 2 of the guidance: the Conditional Access policy, numbered as Microsoft numbers it. */
  conditionalAccess: [
    'Connectez-vous au Centre d’administration Microsoft Entra (https://entra.microsoft.com) en tant qu’administrateur général (ou administrateur de l’accès conditionnel).',
    'Accédez à Entra ID > Accès conditionnel > Vue d’ensemble (Entra ID > Conditional Access > Overview) et sélectionnez + Créer une stratégie (+ Create new policy).',
    'Entrez un nom pour la stratégie, par exemple « MFA pour Volume Licensing Central ».',
    'Sous Affectations (Assignments), sélectionnez la valeur actuelle sous Utilisateurs (Users).',
    'Sous Inclure (Include), choisissez Tous les utilisateurs (All users) (cela couvre les utilisateurs internes et les invités B2B).',
    'Sous Affectations (Assignments), sélectionnez la valeur actuelle sous Ressources cibles (Target resources), et vérifiez que Ressources (anciennement applications cloud) (Resources (formerly cloud apps)) est sélectionné.',
    'Sous Inclure (Include), choisissez Sélectionner les applications (Select apps).',
    'Sous Inclure (Include), choisissez Sélectionner les ressources (Select resources), puis sélectionnez Aucun (None) sous Sélectionner (Select).',
    'Dans Sélectionner les ressources (Select resources), choisissez Portails d’administration Microsoft (Microsoft Admin Portals), puis Sélectionner (Select) (cela exige la MFA sur tous les portails d’administration Microsoft, dont le Centre d’administration Microsoft 365, le Centre d’administration Exchange, le portail Azure et le Centre d’administration Microsoft Entra).',
    'Laissez les Conditions à leurs valeurs par défaut, sauf si vous avez besoin d’une exclusion (par exemple des adresses IP approuvées ou des appareils conformes).',
    'Sous Contrôles d’accès > Accorder (Access controls > Grant), choisissez Exiger l’authentification multifacteur (Require multifactor authentication), sans contrôle contradictoire comme « Bloquer l’accès » (Block access).',
    'Réglez Activer la stratégie (Enable policy) sur Activé (On) et sélectionnez Créer (Create).',
  ],
  securityDefaults: [
    'Dans le Centre d’administration Microsoft Entra, accédez à Entra ID > Vue d’ensemble > Propriétés (Entra ID > Overview > Properties).',
    'Sélectionnez Gérer les paramètres de sécurité par défaut (Manage security defaults) et activez les paramètres de sécurité par défaut (Security defaults) (ils s’appliquent à toutes les connexions sur toutes les applications, pas seulement à Volume Licensing Central).',
  ],
  perUserMfa: [
    'Dans le Centre d’administration Microsoft Entra, ouvrez Utilisateurs > Authentification multifacteur (Users > Multi-Factor Authentication) (ou, dans le Centre d’administration Microsoft 365, Utilisateurs actifs > MFA (Active Users > MFA)).',
    'Vérifiez que chaque compte qui utilise Volume Licensing Central, invités compris, est réglé sur Activé (Enabled) ou Appliqué (Enforced) pour la MFA.',
  ],
  registration: (setupUrl: string) => [
    `Allez sur ${setupUrl} et ajoutez au moins une méthode de vérification activée pour votre locataire (l’application Microsoft Authenticator est en général la plus simple).`,
    'Ajoutez une méthode de secours (par exemple un second téléphone ou un jeton matériel) au cas où vous perdriez l’accès à la première.',
  ],
};
