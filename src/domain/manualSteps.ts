/**
 * The manual path: what a person can do in the Entra admin center when the bot cannot read
 * the directory for them, quoted from Microsoft's "Mandatory MFA for Volume Licensing
 * Central" guidance (the words live in the text catalog, its manual area), and the directory
 * failures that send them there.
 */

export const MFA_SUPPORT_CONTACT = 'MFAVLCsupport@microsoft.com';
export const MFA_SETUP_URL = 'https://aka.ms/mfasetup';
/** Microsoft's deadline for MFA on Volume Licensing Central (ISO date). */
export const MFA_REQUIRED_FROM = '2026-01-05';

/**
 * Which steps of the guidance do something by hand: the Conditional Access policy (step 2,
 * numbered as Microsoft numbers it), Security Defaults, per-user MFA, the person's
 * registration, or only its backup method.
 */
export type ManualSteps = 'conditional-access' | 'security-defaults' | 'per-user-mfa' | 'registration' | 'registration-backup';

/** Why Microsoft Graph could not answer; every variant carries Graph's own message. */
export type DirectoryFailure =
  /** Graph answered 401/403: the app lacks `permission`; `consentUrl` is absent for managed identities. */
  | { kind: 'permission'; status: number; permission: string; consentUrl?: string; message: string }
  | { kind: 'failed'; message: string };

export type DirectoryResult<T> = { ok: true; value: T } | { ok: false; failure: DirectoryFailure };
