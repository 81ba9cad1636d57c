import type { CatalogWords } from '../catalog';

const minutesInWords = (minutes: number) => `${minutes} ${minutes === 1 ? 'minuto' : 'minutos'}`;

/** The question card: which account the person signs in to VLSC with. */
export const account: CatalogWords['account'] = {
  title: '¿Con qué cuenta inicias sesión en VLSC?',
  prompt: 'La comprobaré con el servicio público de inicio de sesión de Microsoft. No se cambia nada en tu cuenta.',
  workChoice: (address) => `Mi cuenta profesional: ${address}`,
  otherLabel: 'Otra dirección de correo electrónico',
  otherPlaceholder: 'name@company.com',
  otherButton: 'Comprobar esta dirección',
  personalButton: 'Personal (outlook.com…)',
  answered: 'Elegiste',
  personalAnswer: 'Una cuenta personal',
  alreadyAnswered: 'Esa tarjeta ya se respondió. Escribe "comprobar mi cuenta" para empezar una nueva comprobación.',
  rateLimited: (minutes) =>
    `Comprobaste muchas direcciones en la última hora. Para proteger la privacidad de las personas, limito las consultas; vuelve a intentarlo en aproximadamente ${minutesInWords(minutes)}.`,
  tenantRateLimited: (minutes) =>
    `Las personas de tu organización comprobaron muchas direcciones en la última hora. Para proteger la privacidad de las personas, limito las consultas; vuelve a intentarlo en aproximadamente ${minutesInWords(minutes)}.`,
};
