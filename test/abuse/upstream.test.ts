import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startJourneyRig, type JourneyRig } from '../helpers/journeyBot';
import { actions, allText, cardOf, type Json } from '../helpers/cards';
import { TENANT_ID, type TeamsUser } from '../helpers/teamsUser';
import type { Fault } from '../fakes/entraFake';
import { emptyDirectory, startGraphFake, type GraphFake } from '../fakes/graphFake';
import { createTestCertificate, type TestCertificate } from '../fakes/testCertificate';
import { logDuring } from './botLog';

const CLIENT = '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b';
const SECRET = 'abuse-test-secret';
const APOLOGY = 'Sorry, something went wrong';
const RETRIES = 1;
/** Realm, credential type and OpenID configuration: each tried at most 1 + LOOKUP_RETRIES times. */
const MAX_ENTRA_REQUESTS = 3 * (1 + RETRIES);

type UpstreamMode = 'stall' | 'error';

/** An HTTPS origin that stalls every request or answers 500: a Graph or an Entra ID having a bad day. */
interface FaultyOrigin {
  url: string;
  mode: UpstreamMode;
  /** Paths requested, with their query, in order. */
  requests: string[];
  close(): Promise<void>;
}

async function startFaultyOrigin(certificate: TestCertificate): Promise<FaultyOrigin> {
  const sockets = new Set<Socket>();
  const origin: FaultyOrigin = {
    url: '',
    mode: 'error',
    requests: [],
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
  const server: Server = createServer({ key: certificate.key, cert: certificate.cert }, (req, res) => {
    origin.requests.push(req.url ?? '/');
    req.resume();
    if (origin.mode === 'stall') return;
    res.writeHead(500, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { code: 'InternalServerError', message: 'injected failure' } }));
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', () => listening()));
  origin.url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return origin;
}

let certificate: TestCertificate;
let rig: JourneyRig;
let graphRig: JourneyRig;
let tokenRig: JourneyRig;
let tokens: GraphFake;
let graph: FaultyOrigin;
let login: FaultyOrigin;

beforeAll(async () => {
  certificate = await createTestCertificate(mkdtempSync(join(tmpdir(), 'vlsa-cert-')));
  tokens = await startGraphFake(certificate, { tenantId: TENANT_ID, clientId: CLIENT, clientSecret: SECRET }, emptyDirectory());
  graph = await startFaultyOrigin(certificate);
  login = await startFaultyOrigin(certificate);
  const lookup = { LOOKUP_TIMEOUT_MS: '500', LOOKUP_RETRIES: String(RETRIES), LOOKUP_CACHE_TTL_SECONDS: '0', LOOKUP_USER_LIMIT_PER_HOUR: '1000', ADMIN_CACHE_TTL_SECONDS: '0' };
  const graphAuth = { GRAPH_AUTH: 'secret', GRAPH_CLIENT_ID: CLIENT, GRAPH_TENANT_ID: TENANT_ID, GRAPH_CLIENT_SECRET: SECRET, NODE_EXTRA_CA_CERTS: certificate.certPath };
  [rig, graphRig, tokenRig] = await Promise.all([
    startJourneyRig(lookup),
    // Tokens from the Graph fake; Graph itself is the faulty origin.
    startJourneyRig({ ...lookup, ...graphAuth, AZURE_AUTHORITY_HOST: tokens.url, GRAPH_URL: graph.url }),
    // Entra ID's token endpoint is the faulty origin.
    startJourneyRig({ ...lookup, ...graphAuth, AZURE_AUTHORITY_HOST: login.url, GRAPH_URL: tokens.url }),
  ]);
});
afterAll(async () => {
  await Promise.all([rig?.close(), graphRig?.close(), tokenRig?.close()]);
  await Promise.all([tokens?.close(), graph?.close(), login?.close()]);
});
beforeEach(() => {
  rig.entra.reset();
  graph.requests.length = 0;
  login.requests.length = 0;
});

/** How often the most requested path was requested: each call is tried at most 1 + LOOKUP_RETRIES times. */
function mostRepeated(paths: string[]): number {
  const counts = new Map<string, number>();
  for (const path of paths) counts.set(path, (counts.get(path) ?? 0) + 1);
  return Math.max(0, ...counts.values());
}

function lastCard(on: JourneyRig, user: TeamsUser): Json {
  return cardOf(on.connector.sent(user.conversationId).at(-1));
}

function shownText(on: JourneyRig, user: TeamsUser): string {
  return on.connector
    .sent(user.conversationId)
    .map((a) => `${String(a.text ?? '')}\n${a.attachments ? allText(cardOf(a)) : ''}`)
    .join('\n');
}

describe('journey 1 when Entra ID misbehaves', () => {
  it.each<[string, Fault]>([
    ['stalls', { kind: 'stall' }],
    ['resets the connection', { kind: 'reset' }],
    ['answers 429 with Retry-After', { kind: 'status', status: 429, retryAfter: '1' }],
    ['answers 429 with a Retry-After longer than the bot waits', { kind: 'status', status: 429, retryAfter: '3600' }],
    ['answers 429 without Retry-After', { kind: 'status', status: 429 }],
    ['answers 500', { kind: 'status', status: 500 }],
    ['answers 503 with Retry-After', { kind: 'status', status: 503, retryAfter: '1' }],
    ['sends a truncated body', { kind: 'truncated' }],
    ['answers with an HTML page', { kind: 'html' }],
  ])('ends in "I couldn’t finish the check" with the manual path when Entra ID %s', async (_name, fault) => {
    rig.entra.setFault({}, fault);
    const user = rig.user();
    const { result, log } = await logDuring(rig.bot, () => user.say('check megan@fourthcoffee.xyz'));
    expect(result.status).toBe(200);
    const card = lastCard(rig, user);
    expect(allText(card)).toContain('I couldn’t finish the check');
    expect(actions(card).map((a) => a.url)).toContain('https://login.microsoftonline.com/common/userrealm/megan%40fourthcoffee.xyz?api-version=2.1');
    expect(actions(card).map((a) => a.title)).toContain('Retry');
    expect(shownText(rig, user)).not.toContain(APOLOGY);
    expect(rig.entra.requests.total).toBeGreaterThan(0);
    expect(rig.entra.requests.total).toBeLessThanOrEqual(MAX_ENTRA_REQUESTS);
    expect(log).not.toContain('"msg":"turn failed"');
  });

  it('fails only the broken part: one endpoint failing still ends in a clear card', async () => {
    rig.entra.setFault({ endpoint: 'openid' }, { kind: 'reset' });
    const user = rig.user();
    await user.say('check megan@fourthcoffee.xyz');
    expect(shownText(rig, user)).not.toContain(APOLOGY);
    expect(rig.entra.requests.openid).toBeLessThanOrEqual(1 + RETRIES);
  });
});

describe('"who is my admin" when Microsoft Graph misbehaves', () => {
  it.each<[string, UpstreamMode]>([
    ['stalls', 'stall'],
    ['answers 500', 'error'],
  ])('answers with the manual path when Graph %s', async (_name, mode) => {
    graph.mode = mode;
    const user = graphRig.user();
    const { result, log } = await logDuring(graphRig.bot, () => user.say('who is my admin'));
    expect(result.status).toBe(200);
    const text = allText(lastCard(graphRig, user));
    expect(text).toContain('I couldn’t read the admin list');
    expect(text).toContain('Roles and administrators');
    expect(shownText(graphRig, user)).not.toContain(APOLOGY);
    expect(graph.requests.length).toBeGreaterThan(0);
    expect(mostRepeated(graph.requests)).toBeLessThanOrEqual(1 + RETRIES);
    expect(log).not.toContain('"msg":"turn failed"');
  });

  it.each<[string, UpstreamMode]>([
    ['stalls', 'stall'],
    ['answers 500', 'error'],
  ])('answers with the manual path when the token endpoint %s', async (_name, mode) => {
    login.mode = mode;
    const user = tokenRig.user();
    const { result, log } = await logDuring(tokenRig.bot, () => user.say('who is my admin'));
    expect(result.status).toBe(200);
    const text = allText(lastCard(tokenRig, user));
    expect(text).toContain('I couldn’t read the admin list');
    expect(shownText(tokenRig, user)).not.toContain(APOLOGY);
    expect(login.requests.length).toBeGreaterThan(0);
    expect(log).not.toContain('"msg":"turn failed"');
  });
});

describe('afterwards', () => {
  it('every bot is healthy, with no unhandled rejection in its log', async () => {
    for (const each of [rig, graphRig, tokenRig]) {
      const { result } = await logDuring(each.bot, () => fetch(`${each.bot.url}/healthz`));
      expect(result.status).toBe(200);
      expect(each.bot.output.join('\n')).not.toContain('unhandled rejection');
    }
  });
});
