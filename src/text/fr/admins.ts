import type { CatalogWords } from '../catalog';
import { counted } from './plural';

/** "Who is my admin?": the people found, or how to find them by hand. */
export const admins: CatalogWords['admins'] = {
  foundTitle: 'Vos admins',
  foundSummary: (count: number) =>
    `${counted(count, 'personne de votre organisation peut', 'personnes de votre organisation peuvent')} vous aider : d’abord les administrateurs généraux, puis les admins qui peuvent activer la MFA.`,
  none: 'Je n’ai trouvé aucune personne active dans ces rôles. Demandez à votre service informatique, à votre équipe des opérations de sécurité ou à votre support interne.',
  eligible: 'éligible, doit d’abord activer le rôle',
  more: (n: number) => `${n} de plus`,
  active: 'actif',
  chat: (name: string) => `Discuter avec ${name}`,
  chatMessage: 'Bonjour, j’ai besoin d’aide pour notre connexion aux licences en volume (compte professionnel pour le VLSC / MFA pour Volume Licensing Central).',
  gaps: 'Une partie de la liste n’a pas pu être lue :',
  manualTitle: 'Comment trouver votre administrateur général',
  manualSummary: 'Je ne peux pas lire l’annuaire de votre organisation, mais vous pouvez le chercher dans le Centre d’administration Microsoft Entra :',
  otherTenant: 'Cet assistant ne peut lire que l’annuaire de l’organisation qui l’a installé ; cherchez donc vous-même :',
  permissionTitle: 'Je n’ai pas encore le droit de lire la liste des admins',
  permission: 'Un admin doit encore autoriser cet assistant à lire la liste des admins. En attendant, cherchez vous-même :',
  permissionDetail: (permission: string) => `L’application de l’assistant a besoin de l’autorisation d’application Microsoft Graph ${permission}, accordée par un admin.`,
  consent: 'Accorder le consentement admin',
  failedTitle: 'Je n’ai pas pu lire la liste des admins',
  failed: 'Je n’ai pas pu joindre Microsoft pour l’instant afin de lire la liste des admins. Réessayez dans une minute, ou cherchez vous-même en attendant :',
  failedDetail: (message: string) => `Microsoft Graph n’a pas répondu correctement (${message}).`,
  unmanagedTitle: 'Le locataire de votre compte VLSC n’a pas d’admin',
  unmanaged: (domain: string) =>
    `${domain} est un locataire non géré (« viral ») : il n’a aucun administrateur général. Quelqu’un de votre organisation le devient en prenant le contrôle du locataire (option 1), ou vous passez à un nouveau compte professionnel (option 2).`,
  /** Said on its own when there is no domain to name. */
  unmanagedDetail:
    'C’est un locataire non géré (inscription en libre-service) : personne ne l’administre encore, il n’y a donc aucun administrateur général à qui demander. Prenez plutôt le contrôle du locataire en tant qu’administrateur.',
  button: 'Qui est mon admin ?',
  /** After an unmanaged verdict: the person's own Teams tenant is managed, and its admins can do an external takeover. */
  ownTenant: {
    found: 'Si l’organisation avec laquelle vous utilisez Teams possède ce domaine, ses administrateurs généraux peuvent prendre le contrôle du locataire (une prise de contrôle externe : ils prouvent la possession du domaine avec le même enregistrement DNS TXT), sauf s’il a des plans de service qui incluent SharePoint, OneDrive ou Skype Entreprise.',
    ask: 'Si l’organisation avec laquelle vous utilisez Teams possède ce domaine, ses administrateurs généraux peuvent prendre le contrôle du locataire (une prise de contrôle externe : ils prouvent la possession du domaine avec le même enregistrement DNS TXT), sauf s’il a des plans de service qui incluent SharePoint, OneDrive ou Skype Entreprise. Demandez à votre admin ou à votre support informatique.',
  },
};
