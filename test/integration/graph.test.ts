/**
 * The admin and MFA-readiness features against a loopback HTTPS fake of Entra ID and Graph,
 * with the real @azure/identity token flow (OpenID configuration, then client credentials
 * with a secret or a signed certificate assertion).
 *
 * How the self-signed certificate is trusted, after trying the options:
 * - In this process nothing global changes. @azure/identity takes `tlsOptions: { ca }` in its
 *   credential options (core-rest-pipeline's TLS settings), so the token flow trusts the test
 *   CA explicitly. Graph calls go through HttpClient, whose `fetchImpl` is `fetchTrusting(ca)`
 *   (node:https with `ca`): Node's global fetch only accepts a CA through an undici Agent, and
 *   the undici package is not installed. NODE_EXTRA_CA_CERTS can't help here: Node reads it
 *   only at start-up.
 * - The command-line contract runs `bin/vlsa.js` in a child process started with
 *   NODE_EXTRA_CA_CERTS pointing at the certificate, as an operator behind a private CA would:
 *   there the production code runs unmodified, global fetch included.
 */
import { TtlCache } from '../../src/domain/cache';
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createGraphDirectory, type GraphDirectory } from '../../src/clients/graph';
import { readConfig } from '../../src/config';
import { findAdmins, GLOBAL_ADMINISTRATOR } from '../../src/domain/admins';
import { MemoryStore } from '../../src/storage/memoryStore';
import { checkMfaReadiness } from '../../src/domain/mfaReadiness';
import { adminsCard } from '../../src/teams/features/directory/adminsCard';
import { catalog } from '../../src/text/en';
import { emptyDirectory, type FakeDirectory } from '../fakes/graphFake';
import { fetchTrusting } from '../fakes/testCertificate';
import { GRAPH_APP, useGraphFake } from '../helpers/graphRig';

const REPO_ROOT = resolve(__dirname, '..', '..');
const { tenantId: TENANT, clientId: CLIENT } = GRAPH_APP;
const CA_ADMIN = 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9';
const SECURITY_ADMIN = '194ae4cb-b126-40b2-bd5b-6091b380977d';
/** Per-user MFA is managed by Authentication Administrators (Learn, "Enable per-user Microsoft Entra multifactor authentication"). */
const AUTHENTICATION_ADMIN = 'c4e39bd9-1100-46d3-8c65-fb160da0071f';

const user = (id: string, displayName: string, accountEnabled = true) => ({
  id,
  displayName,
  userPrincipalName: `${id}@contoso.example`,
  mail: `${id}@contoso.example`,
  accountEnabled,
});

function contoso(): FakeDirectory {
  return {
    ...emptyDirectory(),
    users: [
      user('megan', 'Megan Bowen'),
      user('alex', 'Alex Wilber'),
      user('dana', 'Dana Disabled', false),
      user('lee', 'Lee Gu'),
      user('pat', 'Pat Nested'),
      user('casey', 'Casey Jensen'),
      user('eli', 'Eli Eligible'),
      user('sam', 'Sam Security'),
      user('robin', 'Robin Authentication'),
    ],
    groups: [
      { id: 'tier0', displayName: 'Tier 0 admins', memberIds: ['lee', 'megan', 'nested'] },
      { id: 'nested', displayName: 'Nested admins', memberIds: ['pat'] },
    ],
    servicePrincipals: [{ id: 'automation-app', displayName: 'Automation' }],
    // Five Global Administrator assignments: three pages of two.
    active: [
      { roleId: GLOBAL_ADMINISTRATOR, principalId: 'megan' },
      { roleId: GLOBAL_ADMINISTRATOR, principalId: 'alex', omitAccountEnabled: true },
      { roleId: GLOBAL_ADMINISTRATOR, principalId: 'dana' },
      { roleId: GLOBAL_ADMINISTRATOR, principalId: 'tier0' },
      { roleId: GLOBAL_ADMINISTRATOR, principalId: 'automation-app' },
      { roleId: CA_ADMIN, principalId: 'casey' },
      { roleId: AUTHENTICATION_ADMIN, principalId: 'robin' },
    ],
    eligible: [
      { roleId: GLOBAL_ADMINISTRATOR, principalId: 'eli' },
      { roleId: GLOBAL_ADMINISTRATOR, principalId: 'casey' },
      { roleId: SECURITY_ADMIN, principalId: 'sam' },
    ],
  };
}

// Global Administrators active, then eligible, then the other roles (the order the admin card announces).
const EXPECTED_ADMINS = [
  { id: 'alex', displayName: 'Alex Wilber', roles: ['Global Administrator'], assignment: 'active' },
  { id: 'casey', displayName: 'Casey Jensen', roles: ['Global Administrator', 'Conditional Access Administrator'], assignment: 'active' },
  { id: 'lee', displayName: 'Lee Gu', roles: ['Global Administrator'], assignment: 'active' },
  { id: 'megan', displayName: 'Megan Bowen', roles: ['Global Administrator'], assignment: 'active' },
  { id: 'pat', displayName: 'Pat Nested', roles: ['Global Administrator'], assignment: 'active' },
  { id: 'eli', displayName: 'Eli Eligible', roles: ['Global Administrator'], assignment: 'eligible' },
  { id: 'robin', displayName: 'Robin Authentication', roles: ['Authentication Administrator'], assignment: 'active' },
  { id: 'sam', displayName: 'Sam Security', roles: ['Security Administrator'], assignment: 'eligible' },
].map((a) => ({ ...a, mail: `${a.id}@contoso.example`, userPrincipalName: `${a.id}@contoso.example` }));

const MFA_FOR_ADMIN_PORTALS = {
  id: 'p-correct',
  displayName: 'MFA for Volume Licensing Central',
  state: 'enabled',
  conditions: {
    users: { includeUsers: ['All'], excludeUsers: [], includeGroups: [], excludeGroups: [], includeRoles: [], excludeRoles: [] },
    applications: { includeApplications: ['MicrosoftAdminPortals'], excludeApplications: [] },
  },
  grantControls: { operator: 'OR', builtInControls: ['mfa'], authenticationStrength: null },
};

const rig = useGraphFake('vlsa-graph-');
let sleeps: number[];

const graphEnv = (extra: Record<string, string> = {}): Record<string, string> => rig.env(extra);

function directoryFor(env: Record<string, string> = graphEnv()): GraphDirectory {
  const directory = createGraphDirectory(readConfig(env, rig.dir), {
    credential: { tlsOptions: { ca: rig.certificate.cert } },
    http: { fetchImpl: fetchTrusting(rig.certificate.cert), sleep: async (ms) => void sleeps.push(ms) },
  });
  if (!directory) throw new Error('Graph is configured in these tests');
  return directory;
}

async function vlsa(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'vlsa.js'), ...args], {
    cwd: rig.dir,
    env: { PATH: process.env.PATH ?? '', TEAMSFX_ENV: 'test', NODE_EXTRA_CA_CERTS: rig.certificate.certPath, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  return { code, stdout, stderr };
}

beforeEach(() => {
  rig.fake.reset();
  rig.fake.directory = contoso();
  sleeps = [];
});

describe('admins through Microsoft Graph', () => {
  it('lists active, group-assigned and eligible admins once each, without disabled accounts or apps, across pages', async () => {
    const result = await findAdmins({ directory: directoryFor() }, { tenantId: TENANT });

    expect(result.kind).toBe('found');
    if (result.kind !== 'found') return;
    expect(result.admins).toEqual(EXPECTED_ADMINS);
    expect(result.gaps).toEqual([]);
    expect(rig.fake.tokenGrants).toEqual(['secret']);
    expect(rig.fake.graphRequests.filter((r) => r.startsWith('/v1.0/roleManagement/directory/roleAssignments') && r.includes('skiptoken'))).toHaveLength(2);
    // alex's expanded principal had no accountEnabled: it was read from the user.
    expect(rig.fake.graphRequests).toContain('/v1.0/users/alex?$select=id,displayName,userPrincipalName,mail,accountEnabled');
  });

  it('gets its token with a certificate (a signed client assertion) too', async () => {
    const env = graphEnv({ GRAPH_AUTH: 'certificate', GRAPH_CERTIFICATE_PATH: rig.certificate.keyAndCertPath });
    delete env.GRAPH_CLIENT_SECRET;

    const result = await findAdmins({ directory: directoryFor(env) }, { tenantId: TENANT });

    expect(result.kind).toBe('found');
    expect(rig.fake.tokenGrants).toEqual(['certificate']);
  });

  it('caches the list per tenant for the configured time', async () => {
    const store = new MemoryStore();
    const directory = directoryFor();
    let now = new Date('2026-11-21T10:00:00Z');
    const deps = { directory, cache: new TtlCache(store, 900, () => now), now: () => now };

    await findAdmins(deps, { tenantId: TENANT });
    const requests = rig.fake.graphRequests.length;
    const second = await findAdmins(deps, { tenantId: TENANT });
    expect(second).toMatchObject({ kind: 'found', fromCache: true, admins: EXPECTED_ADMINS });
    expect(rig.fake.graphRequests).toHaveLength(requests);

    now = new Date('2026-11-21T10:15:01Z');
    const third = await findAdmins(deps, { tenantId: TENANT });
    expect(third).toMatchObject({ kind: 'found', fromCache: false });
    expect(rig.fake.graphRequests.length).toBeGreaterThan(requests);
  });

  it('waits as long as Retry-After says after a 429, then answers', async () => {
    rig.fake.throttleOnce('/v1.0/roleManagement/directory/roleAssignments', 7);

    const result = await findAdmins({ directory: directoryFor() }, { tenantId: TENANT });

    expect(result).toMatchObject({ kind: 'found', admins: EXPECTED_ADMINS });
    expect(sleeps).toContain(7000);
  });

  it('names the missing permission and the admin-consent URL on a 403, with the manual steps', async () => {
    rig.fake.forbid('/v1.0/roleManagement/directory/roleAssignments');

    const result = await findAdmins({ directory: directoryFor() }, { tenantId: TENANT });

    expect(result.kind).toBe('permission-error');
    if (result.kind !== 'permission-error') return;
    expect(result.failure).toMatchObject({
      kind: 'permission',
      status: 403,
      permission: 'RoleManagement.Read.Directory',
      consentUrl: `${rig.fake.url}/${TENANT}/adminconsent?client_id=${CLIENT}`,
    });
    expect(result.failure.message).toContain('Authorization_RequestDenied');
    expect(result.failure.message).not.toMatch(/\n\s+at /);
    // The person is left the manual steps: the card every permission error gets shows them.
    expect(adminsCard(catalog, result).sections[0].steps[1].text).toBe('Navigate to Entra ID > Roles and administrators');
  });

  it('still lists the active admins when only the PIM list is refused, and says what is missing', async () => {
    rig.fake.forbid('/v1.0/roleManagement/directory/roleEligibilityScheduleInstances');

    const result = await findAdmins({ directory: directoryFor() }, { tenantId: TENANT });

    expect(result.kind).toBe('found');
    if (result.kind !== 'found') return;
    // Without PIM, Casey is a Conditional Access Administrator only: listed after the Global Administrators, before the Authentication Administrator.
    expect(result.admins.map((a) => a.id)).toEqual(['alex', 'lee', 'megan', 'pat', 'casey', 'robin']);
    expect(result.gaps).toHaveLength(1);
    expect(result.gaps[0]).toMatchObject({ kind: 'permission', permission: 'RoleEligibilitySchedule.Read.Directory' });
  });

  it('reports a wrong client secret as a failure, not a crash', async () => {
    const result = await findAdmins({ directory: directoryFor(graphEnv({ GRAPH_CLIENT_SECRET: 'wrong' })) }, { tenantId: TENANT });

    expect(result.kind).toBe('failed');
    if (result.kind === 'failed') expect(result.failure.message).toMatch(/^Could not get a Microsoft Graph token: .*AADSTS7000215/);
  });
});

describe('MFA readiness through Microsoft Graph', () => {
  const now = new Date('2026-11-21T12:00:00Z');
  /** The check, its report in words as the card and the command line show it. */
  const check = async (userPrincipalName?: string) => {
    const result = await checkMfaReadiness(directoryFor(), { tenantId: TENANT, userPrincipalName, now });
    return { ...result, report: catalog.readiness.reportInWords(result.report) };
  };

  it('counts Security Defaults as enforcement', async () => {
    rig.fake.directory.securityDefaults = true;

    const result = await check();

    expect(result.kind).toBe('report');
    expect(result.report.tenant).toMatchObject({ securityDefaults: true, mfaEnforcedBy: 'security-defaults', mfaPolicies: [] });
    expect(result.report.points.map((p) => [p.id, p.status])).toEqual([['security-defaults', 'done']]);
    expect(result.report.adminMustDo).toEqual([]);
    expect(result.report.requirement).toEqual({ from: '2026-01-05', inForce: true });
  });

  it('flags a report-only policy: it has to be switched On', async () => {
    rig.fake.directory.policies = [{ ...MFA_FOR_ADMIN_PORTALS, state: 'enabledForReportingButNotEnforced' }];

    const { report } = await check();

    expect(report.tenant.mfaEnforcedBy).toBeNull();
    expect(report.points.find((p) => p.id === 'conditional-access')?.status).toBe('warning');
    expect(report.adminMustDo).toEqual(['Switch Enable policy of "MFA for Volume Licensing Central" from Report-only to On.']);
    expect(report.points.find((p) => p.id === 'per-user-mfa')?.status).toBe('unknown');
  });

  it('flags an enabled policy that covers only some users', async () => {
    const { conditions } = MFA_FOR_ADMIN_PORTALS;
    rig.fake.directory.policies = [
      { ...MFA_FOR_ADMIN_PORTALS, conditions: { ...conditions, users: { ...conditions.users, includeUsers: [], includeGroups: ['finance-group-id'] } } },
    ];

    const { report } = await check();

    expect(report.tenant.mfaPolicies?.[0]).toMatchObject({ verdict: 'wrongly-scoped' });
    expect(report.adminMustDo[0]).toContain('not All users (Assignments > Users > Include: All users)');
  });

  it('accepts an enabled policy requiring MFA for all users on the admin portals, across pages of policies', async () => {
    rig.fake.directory.policies = [
      { id: 'legacy', displayName: 'Block legacy authentication', state: 'enabled', conditions: {}, grantControls: { operator: 'OR', builtInControls: ['block'] } },
      { id: 'terms', displayName: 'Terms of use', state: 'enabled', conditions: {}, grantControls: { operator: 'OR', builtInControls: [], termsOfUse: ['t'] } },
      MFA_FOR_ADMIN_PORTALS,
    ];

    const { report } = await check();

    expect(report.tenant.mfaEnforcedBy).toBe('conditional-access');
    expect(report.points.map((p) => [p.id, p.status])).toEqual([
      ['conditional-access', 'done'],
      ['security-defaults', 'done'],
    ]);
    expect(rig.fake.graphRequests.some((r) => r.startsWith('/v1.0/identity/conditionalAccess/policies') && r.includes('skiptoken'))).toBe(true);
  });

  it("reads the person's registration: registered with a backup, or not registered", async () => {
    rig.fake.directory.policies = [MFA_FOR_ADMIN_PORTALS];
    rig.fake.directory.registrations = [
      { userPrincipalName: 'megan@contoso.example', isMfaRegistered: true, methodsRegistered: ['microsoftAuthenticatorPush', 'mobilePhone'], defaultMfaMethod: 'microsoftAuthenticatorPush' },
      { userPrincipalName: 'lee@contoso.example', isMfaRegistered: false, methodsRegistered: [], defaultMfaMethod: null },
    ];

    const registered = await check('megan@contoso.example');
    const unregistered = await check('lee@contoso.example');

    expect(registered.report.user).toEqual({
      userPrincipalName: 'megan@contoso.example',
      found: true,
      registered: true,
      methods: ['microsoftAuthenticatorPush', 'mobilePhone'],
      defaultMethod: 'microsoftAuthenticatorPush',
    });
    expect(registered.report.points.at(-1)).toMatchObject({ id: 'user-registration', status: 'done' });
    expect(unregistered.report.points.at(-1)).toMatchObject({ id: 'user-registration', status: 'todo' });
    expect(unregistered.report.points.at(-1)?.steps?.[0]).toContain('https://aka.ms/mfasetup');
  });

  it('names AuditLog.Read.All when the registration report is refused, and keeps the rest of the report', async () => {
    rig.fake.directory.policies = [MFA_FOR_ADMIN_PORTALS];
    rig.fake.forbid('/v1.0/reports/');

    const result = await check('megan@contoso.example');

    expect(result.kind).toBe('directory-error');
    if (result.kind !== 'directory-error') return;
    expect(result.failures).toEqual([expect.objectContaining({ kind: 'permission', permission: 'AuditLog.Read.All' })]);
    expect(result.report.points.find((p) => p.id === 'conditional-access')?.status).toBe('done');
    expect(result.report.points.at(-1)).toMatchObject({ id: 'user-registration', status: 'unknown' });
  });
});

describe('the command line (child process trusting the fake through NODE_EXTRA_CA_CERTS)', () => {
  it('vlsa admins --json prints the admins, active first', async () => {
    const { code, stdout, stderr } = await vlsa(['admins', '--json'], graphEnv());

    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(EXPECTED_ADMINS);
  });

  it('vlsa mfa-readiness --user … --json prints the report', async () => {
    rig.fake.directory.policies = [MFA_FOR_ADMIN_PORTALS];
    rig.fake.directory.registrations = [{ userPrincipalName: 'lee@contoso.example', isMfaRegistered: false, methodsRegistered: [], defaultMfaMethod: null }];

    const { code, stdout } = await vlsa(['mfa-readiness', '--user', 'lee@contoso.example', '--json'], graphEnv());

    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.tenant).toMatchObject({ tenantId: TENANT, mfaEnforcedBy: 'conditional-access' });
    expect(report.user).toMatchObject({ userPrincipalName: 'lee@contoso.example', registered: false });
  });

  it('exits 1 with the permission message on stderr when Graph refuses', async () => {
    rig.fake.forbid('/v1.0/roleManagement/directory/roleAssignments');

    const { code, stdout, stderr } = await vlsa(['admins', '--json'], graphEnv());

    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('RoleManagement.Read.Directory');
    expect(stderr).toContain(`${rig.fake.url}/${TENANT}/adminconsent?client_id=${CLIENT}`);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 3 with the manual steps when Graph is not configured', async () => {
    const admins = await vlsa(['admins'], {});
    const readiness = await vlsa(['mfa-readiness', '--json'], {});

    expect(admins.code).toBe(3);
    expect(admins.stdout).toContain('Navigate to Entra ID > Roles and administrators');
    expect(admins.stdout).toContain('IT department, security operations team, or internal helpdesk');
    expect(readiness.code).toBe(3);
    expect(JSON.parse(readiness.stdout).points.every((p: { status: string }) => p.status === 'unknown')).toBe(true);
  });

  it('exits 2 on a usage error', async () => {
    expect((await vlsa(['admins', '--bogus'], {})).code).toBe(2);
    expect((await vlsa(['mfa-readiness', '--user', 'not an address'], {})).code).toBe(2);
  });
});
