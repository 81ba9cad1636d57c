import { LINKS } from '../../../domain/links';

/** The Microsoft pages the seeds name, as titled buttons for cards. */
export const LINK_BUTTONS = {
  takeover: { title: 'How to take over (Microsoft Learn)', url: LINKS.takeoverUnmanagedDirectory },
  signUp: { title: 'Sign up for a work account', url: LINKS.signUp },
  vlscSupport: { title: 'Contact VLSC Support', url: LINKS.vlscSupportContact },
  vlsc: { title: 'Open VLSC', url: LINKS.vlsc },
  mfaSetup: { title: 'Set up MFA (aka.ms/mfasetup)', url: LINKS.mfaSetup },
  enableMfa: { title: 'Enable Microsoft Entra MFA', url: LINKS.enableMfa },
  securityDefaults: { title: 'Configure Security Defaults', url: LINKS.securityDefaults },
  perUserMfa: { title: 'Enable per-user MFA', url: LINKS.perUserMfa },
  federatedMfa: { title: 'MFA claims from a federated IdP', url: LINKS.federatedMfaClaims },
  entraAdminCenter: { title: 'Microsoft Entra admin center', url: LINKS.entraAdminCenter },
} as const;

/**
 * Microsoft's own way to tell an unmanaged tenant: open the user-realm answer for the
 * address in a browser and look for "IsViral": true. Always the real endpoint, since a
 * person opens it, whatever ENTRA_LOGIN_URL the bot uses.
 */
export function userRealmCheckUrl(address: string): string {
  return `https://login.microsoftonline.com/common/userrealm/${encodeURIComponent(address)}?api-version=2.1`;
}
