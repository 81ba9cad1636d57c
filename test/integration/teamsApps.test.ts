/**
 * The bot installing itself for a person, against the loopback HTTPS fake of Entra ID and Graph
 * (test/fakes/graphFake.ts): resolving the user by UPN, the install POST and each answer Graph
 * gives it (201, 409, 403 without the permission, 404 for an app not in the catalog, 429 with
 * Retry-After, left to the caller). The certificate is trusted as in graph.test.ts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createGraphClient } from '../../src/clients/graph';
import { createTeamsApps, type GraphTeamsApps } from '../../src/clients/teamsApps';
import { readConfig } from '../../src/config';
import { emptyDirectory } from '../fakes/graphFake';
import { fetchTrusting } from '../fakes/testCertificate';
import { GRAPH_APP, useGraphFake } from '../helpers/graphRig';

const { clientId: CLIENT } = GRAPH_APP;
const NEWBIE = { id: 'f1e2d3c4-0000-4000-8000-000000000001', displayName: 'Nestor Wilke', userPrincipalName: 'nestorw@contoso.example', mail: 'nestor.wilke@contoso.example', accountEnabled: true };

const rig = useGraphFake('vlsa-teamsapps-');
let sleeps: number[];

/** `TEAMS_APP_ID: undefined` leaves it unset. */
function appsFor(env: Record<string, string | undefined> = {}): GraphTeamsApps | null {
  const settings: Record<string, string | undefined> = { ...rig.env({ TEAMS_APP_ID: rig.fake.teamsApps.catalogId }), ...env };
  const config = readConfig(Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined)) as Record<string, string>, rig.dir);
  const graph = createGraphClient(config, {
    credential: { tlsOptions: { ca: rig.certificate.cert } },
    http: { fetchImpl: fetchTrusting(rig.certificate.cert), sleep: async (ms) => void sleeps.push(ms) },
  });
  return createTeamsApps(config, graph);
}

function apps(env: Record<string, string> = {}): GraphTeamsApps {
  const made = appsFor(env);
  if (!made) throw new Error('Graph and TEAMS_APP_ID are configured in these tests');
  return made;
}

beforeEach(() => {
  rig.fake.reset();
  rig.fake.directory = { ...emptyDirectory(), users: [NEWBIE] };
  rig.fake.teamsApps.selfInstallGranted = true;
  rig.fake.teamsApps.installedFor.clear();
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
    expect(rig.fake.graphRequests[0]).toBe('/v1.0/users/NestorW%40contoso.example?$select=id,userPrincipalName,mail');
  });

  it('keeps a hostile address inside the users segment: no path of its own reaches Graph', async () => {
    expect(await apps().findUser('x/../../groups/tier0?$expand=members#@contoso.example')).toEqual({ kind: 'missing' });
    expect(rig.fake.graphRequests).toEqual(['/v1.0/users/x%2F..%2F..%2Fgroups%2Ftier0%3F%24expand%3Dmembers%23%40contoso.example?$select=id,userPrincipalName,mail']);
    expect(rig.fake.installRequests).toEqual([]);
  });

  it('installs with the catalog entry bound (201), and takes 409 "already installed" as installed', async () => {
    const client = apps();
    expect(await client.install(NEWBIE.id)).toEqual({ kind: 'ok', value: undefined });
    expect(rig.fake.installRequests).toEqual([{ userId: NEWBIE.id, body: { 'teamsApp@odata.bind': `${rig.fake.url}/v1.0/appCatalogs/teamsApps/${rig.fake.teamsApps.catalogId}` } }]);
    expect(rig.fake.teamsApps.installedFor.has(NEWBIE.id)).toBe(true);
    expect(await client.install(NEWBIE.id)).toEqual({ kind: 'ok', value: undefined });
  });

  it('is refused without TeamsAppInstallation.ReadWriteSelfForUser.All, naming the POST and the permission', async () => {
    rig.fake.teamsApps.selfInstallGranted = false;
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
    expect(rig.fake.teamsApps.installedFor.size).toBe(0);
  });

  it('sends the POST once on a 429 and hands its Retry-After to the caller', async () => {
    rig.fake.throttleOnce(`/v1.0/users/${NEWBIE.id}/teamwork/installedApps`, 7);
    expect(await apps().install(NEWBIE.id)).toEqual({ kind: 'retry', ms: 7000, reason: 'graph-429' });
    expect(sleeps).toEqual([]);
    expect(rig.fake.graphRequests.filter((r) => r.endsWith('/installedApps'))).toHaveLength(1);
    expect(rig.fake.teamsApps.installedFor.size).toBe(0);
  });
});
