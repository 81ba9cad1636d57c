/**
 * The bot installing itself for a person, against the loopback HTTPS fake of Entra ID and Graph
 * (test/fakes/graphFake.ts): resolving the user by UPN, the install POST and each answer Graph
 * gives it (201, 409, 403 without the permission, 404 for an app not in the catalog, 429 with
 * Retry-After, left to the caller). The certificate is trusted as in graph.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGraphClient } from '../../src/clients/graph';
import { createTeamsApps, type GraphTeamsApps } from '../../src/clients/teamsApps';
import { readConfig } from '../../src/config';
import { emptyDirectory, startGraphFake, type GraphFake } from '../fakes/graphFake';
import { createTestCertificate, fetchTrusting, type TestCertificate } from '../fakes/testCertificate';

const TENANT = '7a1c4e2b-3f5d-4c6a-9b8e-0d1f2a3b4c5d';
const CLIENT = '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b';
const SECRET = 'test-secret-value';
const NEWBIE = { id: 'f1e2d3c4-0000-4000-8000-000000000001', displayName: 'Nestor Wilke', userPrincipalName: 'nestorw@contoso.example', mail: 'nestor.wilke@contoso.example', accountEnabled: true };

let dir: string;
let certificate: TestCertificate;
let fake: GraphFake;
let sleeps: number[];

/** `TEAMS_APP_ID: undefined` leaves it unset. */
function appsFor(env: Record<string, string | undefined> = {}): GraphTeamsApps | null {
  const settings = { GRAPH_AUTH: 'secret', GRAPH_CLIENT_ID: CLIENT, GRAPH_TENANT_ID: TENANT, GRAPH_CLIENT_SECRET: SECRET, GRAPH_URL: fake.url, AZURE_AUTHORITY_HOST: fake.url, TEAMS_APP_ID: fake.teamsApps.catalogId, ...env };
  const config = readConfig(Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined)) as Record<string, string>, dir);
  const graph = createGraphClient(config, {
    credential: { tlsOptions: { ca: certificate.cert } },
    http: { fetchImpl: fetchTrusting(certificate.cert), sleep: async (ms) => void sleeps.push(ms) },
  });
  return createTeamsApps(config, graph);
}

function apps(env: Record<string, string> = {}): GraphTeamsApps {
  const made = appsFor(env);
  if (!made) throw new Error('Graph and TEAMS_APP_ID are configured in these tests');
  return made;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vlsa-teamsapps-'));
  certificate = await createTestCertificate(dir);
  fake = await startGraphFake(certificate, { tenantId: TENANT, clientId: CLIENT, clientSecret: SECRET });
});

afterAll(async () => {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  fake.reset();
  fake.directory = { ...emptyDirectory(), users: [NEWBIE] };
  fake.teamsApps.selfInstallGranted = true;
  fake.teamsApps.installedFor.clear();
  sleeps = [];
});

describe('installing the bot for a person through Microsoft Graph', () => {
  it('is off without TEAMS_APP_ID or without Graph', () => {
    expect(appsFor({ TEAMS_APP_ID: undefined })).toBeNull();
    expect(appsFor({ GRAPH_AUTH: 'none' })).toBeNull();
  });

  it('resolves a user by UPN (any case) to their object id and addresses; an unknown one is missing', async () => {
    const client = apps();
    expect(await client.findUser('NestorW@contoso.example')).toEqual({ kind: 'ok', value: { id: NEWBIE.id, addresses: [NEWBIE.userPrincipalName, NEWBIE.mail] } });
    expect(await client.findUser('nobody@contoso.example')).toEqual({ kind: 'missing' });
    expect(fake.graphRequests[0]).toBe('/v1.0/users/NestorW%40contoso.example?$select=id,userPrincipalName,mail');
  });

  it('keeps a hostile address inside the users segment: no path of its own reaches Graph', async () => {
    expect(await apps().findUser('x/../../groups/tier0?$expand=members#@contoso.example')).toEqual({ kind: 'missing' });
    expect(fake.graphRequests).toEqual(['/v1.0/users/x%2F..%2F..%2Fgroups%2Ftier0%3F%24expand%3Dmembers%23%40contoso.example?$select=id,userPrincipalName,mail']);
    expect(fake.installRequests).toEqual([]);
  });

  it('installs with the catalog entry bound (201), and takes 409 "already installed" as installed', async () => {
    const client = apps();
    expect(await client.install(NEWBIE.id)).toEqual({ kind: 'ok', value: undefined });
    expect(fake.installRequests).toEqual([{ userId: NEWBIE.id, body: { 'teamsApp@odata.bind': `${fake.url}/v1.0/appCatalogs/teamsApps/${fake.teamsApps.catalogId}` } }]);
    expect(fake.teamsApps.installedFor.has(NEWBIE.id)).toBe(true);
    expect(await client.install(NEWBIE.id)).toEqual({ kind: 'ok', value: undefined });
  });

  it('is refused without TeamsAppInstallation.ReadWriteSelfForUser.All, naming the POST and the permission', async () => {
    fake.teamsApps.selfInstallGranted = false;
    const answer = await apps().install(NEWBIE.id);
    expect(answer.kind).toBe('refused');
    if (answer.kind !== 'refused') return;
    expect(answer.message).toContain(`POST /v1.0/users/${NEWBIE.id}/teamwork/installedApps (HTTP 403`);
    expect(answer.message).toContain('TeamsAppInstallation.ReadWriteSelfForUser.All');
    expect(answer.message).toContain(`adminconsent?client_id=${CLIENT}`);
  });

  it('is refused, naming TEAMS_APP_ID, for an app that is not the catalog’s', async () => {
    const answer = await apps({ TEAMS_APP_ID: '00000000-1111-4222-8333-444444444444' }).install(NEWBIE.id);
    expect(answer).toMatchObject({ kind: 'refused', message: expect.stringContaining('TEAMS_APP_ID') });
    expect(fake.teamsApps.installedFor.size).toBe(0);
  });

  it('sends the POST once on a 429 and hands its Retry-After to the caller', async () => {
    fake.throttleOnce(`/v1.0/users/${NEWBIE.id}/teamwork/installedApps`, 7);
    expect(await apps().install(NEWBIE.id)).toEqual({ kind: 'retry', ms: 7000, reason: 'graph-429' });
    expect(sleeps).toEqual([]);
    expect(fake.graphRequests.filter((r) => r.endsWith('/installedApps'))).toHaveLength(1);
    expect(fake.teamsApps.installedFor.size).toBe(0);
  });
});
