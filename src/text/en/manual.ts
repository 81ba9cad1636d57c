/** The manual path in the Entra admin center, quoted from the partner guidance on mandatory MFA (../assemble/manual.ts adds the steps each point of the live MFA check does by hand). */
export const manual = {
  findAdmin: {
    steps: [
      'Go to https://entra.microsoft.com',
      'Navigate to Entra ID > Roles and administrators',
      'Search Global Administrator',
      'You see a list of users assigned to that role in your tenant.',
    ],
    otherwise: "If you don't have access to the Entra portal, reach out to your IT department, security operations team, or internal helpdesk.",
  },
  /** Step 2 of the guidance: the Conditional Access policy, numbered as Microsoft numbers it. */
  conditionalAccess: [
    'Sign in to the Microsoft Entra admin center (https://entra.microsoft.com) as a Global Administrator (or Conditional Access Administrator).',
    'Browse to Entra ID > Conditional Access > Overview and select + Create new policy.',
    'Enter a name for the policy, such as "MFA for Volume Licensing Central".',
    'Under Assignments, select the current value under Users.',
    'Under Include, choose All users (this covers internal users and B2B guests).',
    'Under Assignments, select the current value under Target resources, and verify that Resources (formerly cloud apps) is selected.',
    'Under Include, choose Select apps.',
    'Under Include, choose Select resources, then select None under Select.',
    'In Select resources, choose Microsoft Admin Portals, then Select (this requires MFA on all Microsoft admin portals, including the Microsoft 365 admin center, Exchange admin center, Azure portal and Microsoft Entra admin center).',
    'Leave Conditions at their defaults unless you need an exclusion (for example trusted IPs or compliant devices).',
    "Under Access controls > Grant, choose Require multifactor authentication, with no conflicting control such as 'Block access'.",
    'Set Enable policy to On and select Create.',
  ],
  securityDefaults: [
    'In the Microsoft Entra admin center, go to Entra ID > Overview > Properties.',
    'Select Manage security defaults and turn Security defaults on (they apply to all sign-ins on all apps, not just Volume Licensing Central).',
  ],
  perUserMfa: [
    'In the Microsoft Entra admin center, open Users > Multi-Factor Authentication (or in the Microsoft 365 admin center, Active Users > MFA).',
    'Check that every account that uses Volume Licensing Central, guests included, is Enabled or Enforced for MFA.',
  ],
  registration: (setupUrl: string) => [
    `Go to ${setupUrl} and add at least one verification method enabled for your tenant (the Microsoft Authenticator app is usually easiest).`,
    'Add a backup method (for example a second phone or a hardware token) in case you lose access to the first.',
  ],
} as const;
