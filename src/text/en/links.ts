/** The titles of the Microsoft pages the cards link to (kit/cards/links.ts pairs them with the addresses). */
export const links = {
  takeover: 'How to take over (Learn)',
  signUp: 'Sign up for a work account',
  vlscSupport: 'Contact VLSC Support',
  vlsc: 'Open VLSC',
  mfaSetup: 'Set up MFA (aka.ms/mfasetup)',
  enableMfa: 'Enable Microsoft Entra MFA',
  securityDefaults: 'Configure Security Defaults',
  perUserMfa: 'Enable per-user MFA',
  federatedMfa: 'MFA claims from a federated IdP',
  entraAdminCenter: 'Microsoft Entra admin center',
} as const;
