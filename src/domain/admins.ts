/**
 * "Who is my Global Administrator?": the people who can turn on MFA for the tenant, read
 * through a small directory interface (Microsoft Graph implements it in src/clients/graph.ts),
 * deduplicated across roles, ordered, and cached per tenant.
 */
import type { TtlCache } from './cache';
import { sameTenant } from './tenant';
import type { DirectoryFailure, DirectoryResult } from './manualSteps';
import { STORE_KEYS } from './stores/keys';
import type { DomainType } from './types';

export const GLOBAL_ADMINISTRATOR = '62e90394-69f5-4237-9190-012177145e10';

/**
 * Roles whose holders can do the MFA step, Global Administrator first (the order people are
 * told to ask in): Conditional Access and Security Administrators for a policy or Security
 * Defaults; Authentication Policy and Authentication Administrators for per-user MFA (Learn,
 * "Enable per-user Microsoft Entra multifactor authentication": at least an Authentication
 * Administrator; the authentication roles table: Authentication Policy Administrator). The
 * MFA card's "who can" sentence (mfa.whoCanEnforce) names the same roles.
 */
export const ADMIN_ROLES = [
  { id: GLOBAL_ADMINISTRATOR, name: 'Global Administrator' },
  { id: 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9', name: 'Conditional Access Administrator' },
  { id: '194ae4cb-b126-40b2-bd5b-6091b380977d', name: 'Security Administrator' },
  { id: '0526716b-113d-4c15-b2c8-68e3c22b9f80', name: 'Authentication Policy Administrator' },
  { id: 'c4e39bd9-1100-46d3-8c65-fb160da0071f', name: 'Authentication Administrator' },
] as const;

export type AdminRoleName = (typeof ADMIN_ROLES)[number]['name'];
export type Assignment = 'active' | 'eligible';

export interface DirectoryUser {
  id: string;
  displayName: string;
  mail: string | null;
  userPrincipalName: string;
  accountEnabled: boolean;
}

export type DirectoryPrincipal =
  | ({ type: 'user' } & DirectoryUser)
  | { type: 'group'; id: string; displayName: string }
  /** Service principals and anything else that is not a person. */
  | { type: 'other'; id: string };

export interface AdminDirectory {
  /** The tenant this directory reads; other tenants' admins are out of its reach. */
  readonly tenantId: string;
  /** Tenant-wide active holders of the role. */
  activeHolders(roleId: string): Promise<DirectoryResult<DirectoryPrincipal[]>>;
  /** Tenant-wide PIM-eligible holders of the role. */
  eligibleHolders(roleId: string): Promise<DirectoryResult<DirectoryPrincipal[]>>;
  /** The people in a group, nested groups included. */
  groupMembers(groupId: string): Promise<DirectoryResult<DirectoryUser[]>>;
}

export interface AdminPerson {
  id: string;
  displayName: string;
  mail: string | null;
  userPrincipalName: string;
  roles: AdminRoleName[];
  /** 'active' when any of the roles is active: that person can act now. */
  assignment: Assignment;
}

/** Every answer but `found` leaves the person to look in the Entra admin center (the catalog's manual.findAdmin). */
export type AdminLookupResult =
  | { kind: 'found'; tenantId: string; admins: AdminPerson[]; gaps: DirectoryFailure[]; fetchedAt: string; fromCache: boolean }
  /** No Graph configuration, or a tenant the bot's app cannot read. */
  | { kind: 'manual'; reason: 'not-configured' | 'other-tenant' }
  | { kind: 'permission-error'; failure: Extract<DirectoryFailure, { kind: 'permission' }> }
  | { kind: 'failed'; failure: DirectoryFailure }
  /** An unmanaged (self-service sign-up) tenant has no administrator at all: the admin takeover path applies. */
  | { kind: 'unmanaged'; next: 'takeover' };

export interface AdminLookupRequest {
  /** The tenant the person belongs to; null when unknown (then the configured tenant is read). */
  tenantId: string | null;
  /** From the diagnosis: 'unmanaged' short-circuits to the takeover path. */
  domainType?: DomainType;
}

export interface AdminServiceDeps {
  directory: AdminDirectory | null;
  /**
   * Where complete lists are cached, shared by instances and by concurrent lookups of one
   * tenant (one cache for the process, built with ADMIN_CACHE_TTL_SECONDS); without it nothing is cached or read.
   */
  cache?: TtlCache;
  now?: () => Date;
}

export interface RoleHolding {
  principal: DirectoryPrincipal;
  role: AdminRoleName;
  assignment: Assignment;
}

/** One reading of the directory: the people, and the lists that could not be read; or the failure that leaves no answer. */
type DirectoryReading = { admins: AdminPerson[]; gaps: DirectoryFailure[]; fetchedAt: string } | { failure: DirectoryFailure };

/** Only a complete list is cached: one with gaps is asked again next time. */
const complete = (reading: DirectoryReading) => 'admins' in reading && reading.gaps.length === 0;

export async function findAdmins(deps: AdminServiceDeps, request: AdminLookupRequest): Promise<AdminLookupResult> {
  if (request.domainType === 'unmanaged') {
    return { kind: 'unmanaged', next: 'takeover' };
  }
  const { directory } = deps;
  if (!directory) return { kind: 'manual', reason: 'not-configured' };
  const tenantId = request.tenantId ?? directory.tenantId;
  if (!sameTenant(tenantId, directory.tenantId)) {
    return { kind: 'manual', reason: 'other-tenant' };
  }

  const now = deps.now ?? (() => new Date());
  let fromDirectory = false;
  const read = () => {
    fromDirectory = true;
    return readDirectory(directory, now);
  };
  const { cache } = deps;
  const reading = cache ? await cache.getOrLoad(STORE_KEYS.admins(tenantId), read, complete) : await read();
  if ('failure' in reading) return failureResult(reading.failure);
  return { kind: 'found', tenantId, admins: reading.admins, gaps: reading.gaps, fetchedAt: reading.fetchedAt, fromCache: !fromDirectory };
}

/** Every admin role's active and eligible holders, groups replaced by their members. */
async function readDirectory(directory: AdminDirectory, now: () => Date): Promise<DirectoryReading> {
  const [active, eligible] = await Promise.all([
    Promise.all(ADMIN_ROLES.map((role) => directory.activeHolders(role.id))),
    Promise.all(ADMIN_ROLES.map((role) => directory.eligibleHolders(role.id))),
  ]);
  const globalAdmins = active[0];
  // Without the active Global Administrators there is no answer worth giving; the other lists only add to it.
  if (!globalAdmins.ok) return { failure: globalAdmins.failure };

  const gaps: DirectoryFailure[] = [];
  const holdings: RoleHolding[] = [];
  ADMIN_ROLES.forEach((role, index) => {
    for (const [assignment, result] of [['active', active[index]], ['eligible', eligible[index]]] as const) {
      if (!result.ok) gaps.push(result.failure);
      else for (const principal of result.value) holdings.push({ principal, role: role.name, assignment });
    }
  });

  const people = await expandGroups(directory, holdings, gaps);
  return { admins: assemblePeople(people), gaps: uniqueFailures(gaps), fetchedAt: now().toISOString() };
}

function failureResult(failure: DirectoryFailure): AdminLookupResult {
  if (failure.kind === 'permission') return { kind: 'permission-error', failure };
  return { kind: 'failed', failure };
}

/** Replaces role-assignable groups by their members, each holding the group's role. */
async function expandGroups(directory: AdminDirectory, holdings: RoleHolding[], gaps: DirectoryFailure[]): Promise<RoleHolding[]> {
  const groupIds = [...new Set(holdings.flatMap((h) => (h.principal.type === 'group' ? [h.principal.id] : [])))];
  const members = new Map(await Promise.all(groupIds.map(async (id) => [id, await directory.groupMembers(id)] as const)));
  return holdings.flatMap((holding): RoleHolding[] => {
    if (holding.principal.type !== 'group') return [holding];
    const result = members.get(holding.principal.id);
    if (!result?.ok) {
      if (result) gaps.push(result.failure);
      return [];
    }
    return result.value.map((user) => ({ ...holding, principal: { type: 'user' as const, ...user } }));
  });
}

/**
 * One entry per enabled person with all their roles; active wins over eligible. Disabled
 * accounts cannot act and service principals are not people, so both are left out.
 */
export function assemblePeople(holdings: RoleHolding[]): AdminPerson[] {
  const byId = new Map<string, AdminPerson>();
  for (const { principal, role, assignment } of holdings) {
    if (principal.type !== 'user' || !principal.accountEnabled) continue;
    const person = byId.get(principal.id) ?? {
      id: principal.id,
      displayName: principal.displayName,
      mail: principal.mail,
      userPrincipalName: principal.userPrincipalName,
      roles: [],
      assignment,
    };
    if (!person.roles.includes(role)) person.roles.push(role);
    if (assignment === 'active') person.assignment = 'active';
    byId.set(principal.id, person);
  }
  const rank = (role: AdminRoleName) => ADMIN_ROLES.findIndex((r) => r.name === role);
  const people = [...byId.values()];
  for (const person of people) person.roles.sort((a, b) => rank(a) - rank(b));
  // Global Administrators first (active, then eligible), then the other roles (active, then eligible).
  const group = (person: AdminPerson) => (person.roles[0] === 'Global Administrator' ? 0 : 2) + Number(person.assignment === 'eligible');
  return people.sort((a, b) => group(a) - group(b) || rank(a.roles[0]) - rank(b.roles[0]) || a.displayName.localeCompare(b.displayName));
}

function uniqueFailures(failures: DirectoryFailure[]): DirectoryFailure[] {
  const byMessage = new Map(failures.map((f) => [f.message, f]));
  return [...byMessage.values()];
}
