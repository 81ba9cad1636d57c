import type { CatalogWords } from '../catalog';
import { counted } from './plural';

/** The question card: which account the person signs in to VLSC with. */
export const account: CatalogWords['account'] = {
  title: 'Avec quel compte vous connectez-vous au VLSC ?',
  prompt: 'Je vais le vérifier auprès du service de connexion public de Microsoft. Rien n’est modifié sur votre compte.',
  workChoice: (address: string) => `Mon compte professionnel : ${address}`,
  otherLabel: 'Une autre adresse e-mail',
  otherPlaceholder: 'name@company.com',
  otherButton: 'Vérifier cette adresse',
  personalButton: 'Personnel (outlook.com…)',
  answered: 'Vous avez choisi',
  personalAnswer: 'Un compte personnel',
  alreadyAnswered: 'Vous avez déjà répondu à cette carte. Tapez « vérifier mon compte » pour lancer une nouvelle vérification.',
  rateLimited: (minutes: number) =>
    `Vous avez vérifié beaucoup d’adresses au cours de la dernière heure. Pour protéger la vie privée des personnes, je limite les recherches : réessayez dans ${counted(minutes, 'minute', 'minutes')} environ.`,
  tenantRateLimited: (minutes: number) =>
    `Des personnes de votre organisation ont vérifié beaucoup d’adresses au cours de la dernière heure. Pour protéger la vie privée des personnes, je limite les recherches : réessayez dans ${counted(minutes, 'minute', 'minutes')} environ.`,
};
