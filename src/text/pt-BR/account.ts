import type { CatalogWords } from '../catalog';

const minutesInWords = (minutes: number) => `${minutes} ${minutes === 1 ? 'minuto' : 'minutos'}`;

/** The question card: which account the person signs in to VLSC with. */
export const account: CatalogWords['account'] = {
  title: 'Com qual conta você entra no VLSC?',
  prompt: 'Vou verificá-la com o serviço público de login da Microsoft. Nada é alterado na sua conta.',
  workChoice: (address) => `Minha conta corporativa: ${address}`,
  otherLabel: 'Outro endereço de email',
  otherPlaceholder: 'name@company.com',
  otherButton: 'Verificar este endereço',
  personalButton: 'Conta pessoal (outlook.com…)',
  answered: 'Você escolheu',
  personalAnswer: 'Uma conta pessoal',
  alreadyAnswered: 'Esse cartão já foi respondido. Digite "verificar minha conta" para começar uma nova verificação.',
  rateLimited: (minutes) =>
    `Você verificou muitos endereços na última hora. Para proteger a privacidade das pessoas, limito as consultas; tente de novo em cerca de ${minutesInWords(minutes)}.`,
  tenantRateLimited: (minutes) =>
    `Pessoas da sua organização verificaram muitos endereços na última hora. Para proteger a privacidade das pessoas, limito as consultas; tente de novo em cerca de ${minutesInWords(minutes)}.`,
};
