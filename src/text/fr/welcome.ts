import type { CatalogWords } from '../catalog';

/** The app's name, the welcome, the help card and the commands Teams lists. */
export const appName: CatalogWords['appName'] = 'Assistant de connexion VL';

export const welcome: CatalogWords['welcome'] = {
  intro:
    'Je vous aide à vous connecter au Volume Licensing Service Center (VLSC) avec le compte professionnel ou scolaire géré qu’il exige désormais, et à vous préparer à l’authentification multifacteur (MFA) que Volume Licensing Central impose depuis le 5 janvier 2026.',
  personalHint: 'Choisissez un bouton, ou posez simplement une question, par exemple « qu’est-ce qu’un locataire viral ? ».',
  teamHint: 'Dans cette équipe, je peux publier les tickets du support informatique. Mentionnez-moi avec « aide » pour voir ce que je peux faire ici.',
  groupChatHint:
    'Dans cette conversation, je réponds aux questions sur la connexion au VLSC et sur la MFA qu’exige Volume Licensing Central. Pour vérifier votre propre compte, écrivez-moi en conversation privée.',
};

export const help: CatalogWords['help'] = {
  heading: 'Ce que je peux faire',
  teamHeading: 'Ce que je peux faire dans cette équipe',
  groupChatHeading: 'Ce que je peux faire dans cette conversation',
  footer: 'Tapez « annuler » ou « recommencer » à tout moment pour quitter une conversation.',
};

export const commands: CatalogWords['commands'] = {
  help: { title: 'Aide', description: 'Voir ce que je peux faire.' },
  cases: { title: 'Tickets ouverts', description: 'Lister les tickets ouverts (aussi : unassigned, mine, case VL-XXXXXXXX, stats, export, repost).' },
  channel: {
    title: 'Utiliser ce canal',
    description: 'Recevoir ici les tickets transmis (ou : « use this channel for takeover cases »).',
  },
  check: {
    title: 'Vérifier ma connexion au VLSC',
    description: 'Savoir si le compte que vous utilisez sur le VLSC est du bon type, et que faire sinon.',
  },
  admins: {
    title: 'Qui est mon admin ?',
    description: 'Trouver vos administrateurs généraux et les admins qui peuvent activer la MFA.',
  },
  mfa: {
    title: 'La MFA est-elle prête ?',
    description: 'Ce dont vous et votre admin avez besoin pour la MFA qu’exige Volume Licensing Central.',
  },
};
