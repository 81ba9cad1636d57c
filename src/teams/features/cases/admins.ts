import { ADMIN_ROLES } from '../../../domain/admins';
import type { Case } from '../../../domain/cases/case';
import type { AdminLookup } from '../../kit/adminLookup';

/** Roles that can turn on MFA, Global Administrators included: who gets MFA cases. */
const MFA_ROLES: readonly string[] = ADMIN_ROLES.map((role) => role.name);

/**
 * The tenant's active admins who should receive a case 1:1: Global Administrators, or for
 * MFA cases everyone who can set it up. Only admins of the case's own tenant; empty
 * without Graph or for a tenant the bot's app cannot read.
 */
export async function caseAdmins(lookupAdmins: AdminLookup, tenantId: string, c: Pick<Case, 'category'>): Promise<Array<{ id: string; name: string }>> {
  const result = await lookupAdmins({ tenantId });
  if (result.kind !== 'found' || result.tenantId !== tenantId) return [];
  const wanted = c.category === 'mfa' ? MFA_ROLES : ['Global Administrator'];
  return result.admins
    .filter((admin) => admin.assignment === 'active' && admin.roles.some((role) => wanted.includes(role)))
    .map((admin) => ({ id: admin.id, name: admin.displayName }));
}
