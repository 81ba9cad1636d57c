/** The diagnosis's `reason`: one sentence of what the lookups found, for the command line and case cards. */
export const diagnosis = {
  sources: { 'user-realm': 'user realm', 'credential-type': 'credential type', 'openid-configuration': 'tenant OpenID configuration' },
  failed: (address: string, source: string, detail: string) =>
    `Could not check ${address} because the ${source} lookup failed (${detail}), so nothing is concluded; try again in a few minutes.`,
  notAnAnswer: (code: number) => `IfExistsResult ${code} is not an answer`,
  unknownDomain: (domain: string) =>
    `credential type reports a work account, yet Entra ID does not know ${domain}; the lookup is reported to answer “exists” for any address while throttled`,
  noTenant: (domain: string) => `no tenant found for ${domain}, yet credential type reports a work account`,
  personal: (address: string, note: string) => `${address} is a personal Microsoft account only; no work or school account uses it${note}.`,
  none: (address: string, note: string) => `Neither a work or school account nor a personal Microsoft account uses ${address}${note}.`,
  tenantNote: (domain: string, tenant: string) => ` (${domain} belongs to the ${tenant} tenant: its administrators can create one)`,
  unmanagedNote: (domain: string) => ` (${domain} has only an unmanaged, self-service tenant)`,
  tenantLabel: (tenant: string, federated: boolean) => `${tenant} (${federated ? 'federated' : 'managed'})`,
  takeover: (address: string, domain: string) =>
    `${domain} belongs to an unmanaged (self-service sign-up) Entra tenant and ${address} is a work account there; an administrator must take the tenant over by proving the domain.`,
  chooseWork: (address: string, tenant: string) =>
    `${address} is both a work account in the ${tenant} tenant and a personal Microsoft account; choose the work or school account when you sign in.`,
  ready: (address: string, tenant: string) => `${address} is a work account in the ${tenant} tenant and no personal Microsoft account uses it.`,
  /** The same verdicts when the exact address could not be confirmed: only the domain is known. */
  unconfirmed: {
    takeover: (address: string, domain: string, why: string) =>
      `${domain} belongs to an unmanaged (self-service sign-up) Entra tenant; an administrator must take the tenant over by proving the domain. Whether ${address} itself exists is not confirmed: ${why}.`,
    chooseWork: (address: string, domain: string, tenant: string, why: string) =>
      `A personal Microsoft account uses ${address}, and ${domain} belongs to the ${tenant} tenant; choose the work or school account when you sign in. Whether a work account uses ${address} itself is not confirmed: ${why}.`,
    ready: (address: string, domain: string, tenant: string, why: string) =>
      `${domain} belongs to the ${tenant} tenant, the kind VLSC requires, and no personal Microsoft account uses ${address}. Whether ${address} itself exists is not confirmed: ${why}.`,
    readyPersonalUnknown: (address: string, domain: string, tenant: string, why: string) =>
      `${domain} belongs to the ${tenant} tenant, the kind VLSC requires. Whether ${address} itself exists, and whether a personal Microsoft account also uses it, is not known: ${why}, and the user realm did not say.`,
    federated: 'a federated domain answers “exists” for every address',
    busy: 'a made-up address at the domain also answered “exists”, as the lookup does while throttled',
    controlFailed: (detail: string) => `the lookup of a made-up address at the domain, which tells real answers from throttled ones, failed (${detail})`,
  },
} as const;
