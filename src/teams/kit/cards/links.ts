import { LINKS } from '../../../domain/links';
import type { Catalog } from '../../../text/catalog';

/** The Microsoft pages the seeds name, as buttons titled in the catalog's words. */
export function linkButtons({ links: L }: Pick<Catalog, 'links'>) {
  return {
    takeover: { title: L.takeover, url: LINKS.takeoverUnmanagedDirectory },
    signUp: { title: L.signUp, url: LINKS.signUp },
    vlscSupport: { title: L.vlscSupport, url: LINKS.vlscSupportContact },
    vlsc: { title: L.vlsc, url: LINKS.vlsc },
    mfaSetup: { title: L.mfaSetup, url: LINKS.mfaSetup },
    enableMfa: { title: L.enableMfa, url: LINKS.enableMfa },
    securityDefaults: { title: L.securityDefaults, url: LINKS.securityDefaults },
    perUserMfa: { title: L.perUserMfa, url: LINKS.perUserMfa },
    federatedMfa: { title: L.federatedMfa, url: LINKS.federatedMfaClaims },
    entraAdminCenter: { title: L.entraAdminCenter, url: LINKS.entraAdminCenter },
  } as const;
}

/**
 * Microsoft's own way to tell an unmanaged tenant: open the user-realm answer for the
 * address in a browser and look for "IsViral": true. Always the real endpoint, since a
 * person opens it, whatever ENTRA_LOGIN_URL the bot uses.
 */
export function userRealmCheckUrl(address: string): string {
  return `https://login.microsoftonline.com/common/userrealm/${encodeURIComponent(address)}?api-version=2.1`;
}
