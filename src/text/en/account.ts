/** The question card: which account the person signs in to VLSC with. */
export const account = {
  title: 'Which account do you use to sign in to VLSC?',
  prompt: 'I will check it with Microsoft’s public sign-in service. Nothing is changed on your account.',
  workChoice: (address: string) => `My work account: ${address}`,
  otherLabel: 'Another e-mail address',
  otherPlaceholder: 'name@company.com',
  otherButton: 'Check this address',
  personalButton: 'Personal (outlook.com …)',
  answered: 'You chose',
  personalAnswer: 'A personal account',
  alreadyAnswered: 'That card was already answered. Type "check my account" to start a new check.',
  rateLimited: (minutes: number) =>
    `You have checked many addresses in the last hour. To protect people’s privacy I limit lookups; please try again in about ${minutes} minute${minutes === 1 ? '' : 's'}.`,
  tenantRateLimited: (minutes: number) =>
    `People in your organisation have checked many addresses in the last hour. To protect people’s privacy I limit lookups; please try again in about ${minutes} minute${minutes === 1 ? '' : 's'}.`,
} as const;
