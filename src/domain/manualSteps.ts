/**
 * The manual path: what a person can do in the Entra admin center when the bot cannot read
 * the directory for them, quoted from Microsoft's "Mandatory MFA for Volume Licensing
 * Central" guidance (the words live in the text catalog), and the directory failures that
 * send them there.
 */
import { TEXT } from '../text/en';

export const MFA_SUPPORT_CONTACT = 'MFAVLCsupport@microsoft.com';
export const MFA_SETUP_URL = 'https://aka.ms/mfasetup';
/** Microsoft's deadline for MFA on Volume Licensing Central (ISO date). */
export const MFA_REQUIRED_FROM = '2026-01-05';

export interface ManualPath {
  steps: readonly string[];
  /** Who to ask when the person cannot open the Entra admin center. */
  otherwise: string;
}

export const FIND_ADMIN_MANUALLY: ManualPath = TEXT.manual.findAdmin;

/** Step 2 of the guidance: the Conditional Access policy, numbered as Microsoft numbers it. */
export const CONDITIONAL_ACCESS_STEPS: string[] = [...TEXT.manual.conditionalAccess];
export const SECURITY_DEFAULTS_STEPS: string[] = [...TEXT.manual.securityDefaults];
export const PER_USER_MFA_STEPS: string[] = [...TEXT.manual.perUserMfa];
export const REGISTRATION_STEPS: string[] = TEXT.manual.registration(MFA_SETUP_URL);

/** Why the directory could not answer; every variant carries a sentence a person can read. */
export type DirectoryFailure =
  | { kind: 'not-configured'; message: string }
  /** Graph answered 401/403: the app lacks `permission`; `consentUrl` is absent for managed identities. */
  | { kind: 'permission'; status: number; permission: string; consentUrl?: string; message: string }
  | { kind: 'failed'; message: string };

export type DirectoryResult<T> = { ok: true; value: T } | { ok: false; failure: DirectoryFailure };
