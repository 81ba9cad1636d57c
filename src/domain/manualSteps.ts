/**
 * The manual path: what a person can do in the Entra admin center when the bot cannot read
 * the directory for them, quoted from Microsoft's "Mandatory MFA for Volume Licensing
 * Central" guidance, and the directory failures that send them there.
 */

export const MFA_SUPPORT_CONTACT = 'MFAVLCsupport@microsoft.com';
export const MFA_SETUP_URL = 'https://aka.ms/mfasetup';
/** Microsoft's deadline for MFA on Volume Licensing Central (ISO date). */
export const MFA_REQUIRED_FROM = '2026-01-05';

export interface ManualPath {
  steps: string[];
  /** Who to ask when the person cannot open the Entra admin center. */
  otherwise: string;
}

export const FIND_ADMIN_MANUALLY: ManualPath = {
  steps: [
    'Go to https://entra.microsoft.com',
    'Navigate to Entra ID > Roles and administrators',
    'Search Global Administrator',
    'You see a list of users assigned to that role in your tenant.',
  ],
  otherwise: "If you don't have access to the Entra portal, reach out to your IT department, security operations team, or internal helpdesk.",
};

/** Step 2 of the guidance: the Conditional Access policy, numbered as Microsoft numbers it. */
export const CONDITIONAL_ACCESS_STEPS: string[] = [
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
];

export const SECURITY_DEFAULTS_STEPS: string[] = [
  'In the Microsoft Entra admin center, go to Entra ID > Overview > Properties.',
  'Select Manage security defaults and turn Security defaults on (they apply to all sign-ins on all apps, not just Volume Licensing Central).',
];

export const PER_USER_MFA_STEPS: string[] = [
  'In the Microsoft Entra admin center, open Users > Multi-Factor Authentication (or Microsoft 365 admin center > Active users > Multi-factor authentication).',
  'Check that every account that uses Volume Licensing Central, guests included, is Enabled or Enforced for MFA.',
];

export const REGISTRATION_STEPS: string[] = [
  `Go to ${MFA_SETUP_URL} and add at least one verification method enabled for your tenant (the Microsoft Authenticator app is usually easiest).`,
  'Add a backup method (for example a second phone or a hardware token) in case you lose access to the first.',
];

/** Why the directory could not answer; every variant carries a sentence a person can read. */
export type DirectoryFailure =
  | { kind: 'not-configured'; message: string }
  /** Graph answered 401/403: the app lacks `permission`; `consentUrl` is absent for managed identities. */
  | { kind: 'permission'; status: number; permission: string; consentUrl?: string; message: string }
  | { kind: 'failed'; message: string };

export type DirectoryResult<T> = { ok: true; value: T } | { ok: false; failure: DirectoryFailure };
