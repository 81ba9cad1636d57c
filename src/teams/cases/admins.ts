import { findAdmins } from '../../domain/admins';
import type { CaseCategory } from '../../domain/cases/case';
import type { BotServices } from '../services';

/** Roles that can turn on MFA, besides Global Administrators: who gets MFA cases. */
const MFA_ROLES = ['Global Administrator', 'Conditional Access Administrator', 'Security Administrator', 'Authentication Policy Administrator'];

/**
 * The AAD object ids of the tenant's admins who should receive a case 1:1: Global
 * Administrators, or for MFA cases everyone who can set it up. Empty without Graph.
 */
export async function caseAdminIds(services: BotServices, tenantId: string | undefined, category: CaseCategory): Promise<string[]> {
  const result = await findAdmins(
    { directory: services.directory, store: services.store, cacheTtlSeconds: services.config.adminCacheTtlSeconds },
    { tenantId: tenantId ?? null },
  );
  if (result.kind !== 'found') return [];
  const wanted = category === 'mfa' ? MFA_ROLES : ['Global Administrator'];
  return result.admins.filter((admin) => admin.roles.some((role) => wanted.includes(role))).map((admin) => admin.id);
}
