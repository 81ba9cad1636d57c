import { TtlCache } from '../../src/domain/cache';
import { describe, expect, it } from 'vitest';
import {
  ADMIN_ROLES,
  assemblePeople,
  findAdmins,
  GLOBAL_ADMINISTRATOR,
  type AdminDirectory,
  type DirectoryPrincipal,
  type DirectoryUser,
} from '../../src/domain/admins';
import type { DirectoryFailure, DirectoryResult } from '../../src/domain/manualSteps';
import { MemoryStore } from '../../src/storage/memoryStore';
import { catalog } from '../../src/text/en';
import { adminsCard } from '../../src/teams/features/directory/adminsCard';

const TENANT = '7a1c4e2b-3f5d-4c6a-9b8e-0d1f2a3b4c5d';
const CA_ADMIN = ADMIN_ROLES[1].id;

const person = (id: string, displayName: string, accountEnabled = true): DirectoryUser => ({
  id,
  displayName,
  mail: `${id}@contoso.example`,
  userPrincipalName: `${id}@contoso.example`,
  accountEnabled,
});
const asUser = (u: DirectoryUser): DirectoryPrincipal => ({ type: 'user', ...u });

const denied: DirectoryFailure = { kind: 'permission', status: 403, permission: 'GroupMember.Read.All', message: 'needs GroupMember.Read.All' };

/** An in-memory directory: role id → holders, group id → members; counts the calls it answers. */
function directory(spec: {
  active?: Record<string, DirectoryPrincipal[]>;
  eligible?: Record<string, DirectoryPrincipal[]>;
  groups?: Record<string, DirectoryResult<DirectoryUser[]>>;
  activeFailure?: DirectoryFailure;
}): AdminDirectory & { calls: number } {
  const ok = <T>(value: T): DirectoryResult<T> => ({ ok: true, value });
  return {
    tenantId: TENANT,
    calls: 0,
    async activeHolders(roleId) {
      this.calls++;
      return spec.activeFailure ? { ok: false, failure: spec.activeFailure } : ok(spec.active?.[roleId] ?? []);
    },
    async eligibleHolders(roleId) {
      this.calls++;
      return ok(spec.eligible?.[roleId] ?? []);
    },
    async groupMembers(groupId) {
      this.calls++;
      return spec.groups?.[groupId] ?? ok([]);
    },
  };
}

describe('assemblePeople', () => {
  it('keeps one entry per person with all roles, active winning over eligible, and leaves out disabled accounts and apps', () => {
    const megan = asUser(person('megan', 'Megan Bowen'));
    const people = assemblePeople([
      { principal: megan, role: 'Conditional Access Administrator', assignment: 'active' },
      { principal: megan, role: 'Global Administrator', assignment: 'eligible' },
      { principal: asUser(person('dana', 'Dana', false)), role: 'Global Administrator', assignment: 'active' },
      { principal: { type: 'other', id: 'app' }, role: 'Global Administrator', assignment: 'active' },
    ]);

    expect(people).toEqual([
      {
        id: 'megan',
        displayName: 'Megan Bowen',
        mail: 'megan@contoso.example',
        userPrincipalName: 'megan@contoso.example',
        roles: ['Global Administrator', 'Conditional Access Administrator'],
        assignment: 'active',
      },
    ]);
  });

  it('orders Global Administrators first (active, then eligible), then the other roles, then by name', () => {
    const people = assemblePeople([
      { principal: asUser(person('zoe', 'Zoe')), role: 'Global Administrator', assignment: 'eligible' },
      { principal: asUser(person('sam', 'Sam')), role: 'Security Administrator', assignment: 'active' },
      { principal: asUser(person('bea', 'Bea')), role: 'Global Administrator', assignment: 'active' },
      { principal: asUser(person('al', 'Al')), role: 'Global Administrator', assignment: 'active' },
    ]);

    expect(people.map((p) => p.displayName)).toEqual(['Al', 'Bea', 'Zoe', 'Sam']);
  });
});

describe('findAdmins', () => {
  const deps = (dir: AdminDirectory | null, extra = {}) => ({ directory: dir, ...extra });

  it('answers the takeover path for an unmanaged tenant without asking the directory', async () => {
    const dir = directory({});
    const result = await findAdmins(deps(dir), { tenantId: TENANT, domainType: 'unmanaged' });

    expect(result).toMatchObject({ kind: 'unmanaged', next: 'takeover' });
    expect(dir.calls).toBe(0);
  });

  it('gives the manual steps without Graph, and for a tenant the app cannot read', async () => {
    const manual = await findAdmins(deps(null), { tenantId: TENANT });
    const other = await findAdmins(deps(directory({})), { tenantId: '00000000-1111-2222-3333-444444444444' });

    expect(manual).toMatchObject({ kind: 'manual', reason: 'not-configured' });
    // The steps are the catalog's, on the card every manual answer gets.
    if (manual.kind === 'manual') {
      expect(adminsCard(catalog, manual).sections[0].steps.map((step) => step.text)).toEqual(catalog.manual.findAdmin.steps);
      expect(catalog.manual.findAdmin.steps).toEqual([
        'Go to https://entra.microsoft.com',
        'Navigate to Entra ID > Roles and administrators',
        'Search Global Administrator',
        'You see a list of users assigned to that role in your tenant.',
      ]);
      expect(catalog.manual.findAdmin.otherwise).toContain('IT department, security operations team, or internal helpdesk');
    }
    expect(other).toMatchObject({ kind: 'manual', reason: 'other-tenant' });
  });

  it('expands role-assignable groups to their people and merges them with direct holders', async () => {
    const lee = person('lee', 'Lee Gu');
    const dir = directory({
      active: { [GLOBAL_ADMINISTRATOR]: [asUser(lee), { type: 'group', id: 'tier0', displayName: 'Tier 0' }] },
      eligible: { [CA_ADMIN]: [asUser(lee)] },
      groups: { tier0: { ok: true, value: [lee, person('pat', 'Pat')] } },
    });

    const result = await findAdmins(deps(dir), { tenantId: TENANT });

    expect(result.kind).toBe('found');
    if (result.kind !== 'found') return;
    expect(result.admins.map((a) => [a.id, a.roles, a.assignment])).toEqual([
      ['lee', ['Global Administrator', 'Conditional Access Administrator'], 'active'],
      ['pat', ['Global Administrator'], 'active'],
    ]);
  });

  it('reports a group it could not expand as a gap and keeps the rest', async () => {
    const dir = directory({
      active: { [GLOBAL_ADMINISTRATOR]: [asUser(person('al', 'Al')), { type: 'group', id: 'tier0', displayName: 'Tier 0' }] },
      groups: { tier0: { ok: false, failure: denied } },
    });

    const result = await findAdmins(deps(dir), { tenantId: TENANT });

    expect(result).toMatchObject({ kind: 'found', gaps: [denied] });
    if (result.kind === 'found') expect(result.admins.map((a) => a.id)).toEqual(['al']);
  });

  it('turns a refused Global Administrator list into a permission error with the manual path', async () => {
    const result = await findAdmins(deps(directory({ activeFailure: { ...denied, permission: 'RoleManagement.Read.Directory' } })), { tenantId: TENANT });

    expect(result).toMatchObject({ kind: 'permission-error', failure: { permission: 'RoleManagement.Read.Directory' } });
  });

  it('reuses a cached list within the TTL and asks again after it, but never caches a partial list', async () => {
    const store = new MemoryStore();
    let now = new Date('2026-11-21T10:00:00Z');
    const dir = directory({ active: { [GLOBAL_ADMINISTRATOR]: [asUser(person('al', 'Al'))] } });
    const cached = { ...deps(dir), cache: new TtlCache(store, 60, () => now), now: () => now };

    expect(await findAdmins(cached, { tenantId: TENANT })).toMatchObject({ fromCache: false });
    const calls = dir.calls;
    expect(await findAdmins(cached, { tenantId: TENANT.toUpperCase() })).toMatchObject({ fromCache: true, fetchedAt: '2026-11-21T10:00:00.000Z' });
    expect(dir.calls).toBe(calls);
    now = new Date('2026-11-21T10:01:00Z');
    expect(await findAdmins(cached, { tenantId: TENANT })).toMatchObject({ fromCache: false });

    const partialStore = new MemoryStore();
    const partial = directory({
      active: { [GLOBAL_ADMINISTRATOR]: [{ type: 'group', id: 'g', displayName: 'G' }] },
      groups: { g: { ok: false, failure: denied } },
    });
    await findAdmins({ ...deps(partial), cache: new TtlCache(partialStore, 60) }, { tenantId: TENANT });
    expect(await partialStore.read([`admins/${TENANT}`])).toEqual({});
  });
});

describe('ADMIN_ROLES', () => {
  it('is the list the MFA card names: every role it looks up is one the “who can enforce MFA” sentence names, per-user MFA’s included (review 5)', () => {
    expect(ADMIN_ROLES.map((role) => role.name)).toContain('Authentication Administrator');
    expect(ADMIN_ROLES.find((role) => role.name === 'Authentication Administrator')?.id).toBe('c4e39bd9-1100-46d3-8c65-fb160da0071f');
    for (const role of ADMIN_ROLES) expect(catalog.mfa.whoCanEnforce).toContain(role.name);
  });
});
