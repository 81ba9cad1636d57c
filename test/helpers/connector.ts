import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the bot made to the connector. */
export interface ConnectorCall {
  method: string;
  path: string;
  conversationId: string;
  activityId?: string;
  body: Record<string, unknown> | undefined;
  /** The HTTP status the connector answered. */
  status: number;
  /** The id the connector gave a new activity. */
  createdId?: string;
}

export interface TeamsMember {
  id: string;
  name: string;
  aadObjectId: string;
  userPrincipalName: string;
  email: string;
  tenantId?: string;
}

export interface FakeConnector {
  url: string;
  calls: ConnectorCall[];
  /** Activities the bot sent (new messages and replies), in order. */
  sent(conversationId?: string): Record<string, unknown>[];
  /** New conversations (channel threads) the bot started: their parameters, in order. */
  created(): Record<string, unknown>[];
  /** Activities the bot replaced with updateActivity, in order. */
  updated(conversationId?: string): Record<string, unknown>[];
  members: Map<string, TeamsMember>;
  /** Makes the next N sends fail with this status (to test failed posts). */
  failNext(count: number, status: number): void;
  /** Makes the next N updates (PUT) fail with this status and Teams' error body (404, 403, 429 …). */
  failUpdates(count: number, status: number): void;
  /** Forgets every message sent so far, as the Agents Playground does on a restart: updating one answers 404. */
  forgetMessages(): void;
  clear(): void;
  close(): Promise<void>;
}

/** Error bodies as Teams answers them. */
function errorBody(status: number): { error: { code: string; message: string } } {
  if (status === 404) return { error: { code: 'NotFound', message: 'Message does not exist in the thread' } };
  if (status === 403) return { error: { code: 'Forbidden', message: 'The bot is not allowed to update this message' } };
  if (status === 429) return { error: { code: 'Throttled', message: 'Too many requests' } };
  return { error: { code: 'ServiceError', message: 'injected failure' } };
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString();
  return text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
}

/**
 * A small stand-in for the Bot Framework connector (what Teams or the Agents Playground
 * serve at `serviceUrl`): it records what the bot sends and answers like the real one.
 */
export async function startFakeConnector(): Promise<FakeConnector> {
  const calls: ConnectorCall[] = [];
  const members = new Map<string, TeamsMember>();
  let nextId = 1;
  let failures = { count: 0, status: 500 };
  let updateFailures = { count: 0, status: 404 };
  const created = new Set<string>();
  const forgotten = new Set<string>();

  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent((req.url ?? '').split('?')[0]);
    const body = await readJson(req).catch(() => undefined);
    const reply = (status: number, payload: unknown, call?: ConnectorCall) => {
      if (call) call.status = status;
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    const createdActivity = (call: ConnectorCall) => {
      call.createdId = `activity-${nextId++}`;
      created.add(call.createdId);
      return call.createdId;
    };
    if (req.method === 'GET' && /^\/v3\/conversations\/[^/]+\/pagedmembers$/.test(path)) {
      return reply(200, { members: [...members.values()] });
    }
    const member = /^\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/.exec(path);
    if (req.method === 'GET' && member) {
      const found = members.get(member[2]);
      return found ? reply(200, found) : reply(404, { error: { code: 'MemberNotFoundInConversation', message: 'not found' } });
    }
    const activity = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
    if (activity) {
      const call: ConnectorCall = { method: req.method ?? '', path, conversationId: activity[1], activityId: activity[2], body, status: 0 };
      calls.push(call);
      if (failures.count > 0 && req.method === 'POST') {
        failures.count -= 1;
        return reply(failures.status, errorBody(failures.status), call);
      }
      if (req.method === 'PUT') {
        if (updateFailures.count > 0) {
          updateFailures.count -= 1;
          return reply(updateFailures.status, errorBody(updateFailures.status), call);
        }
        if (forgotten.has(activity[2])) return reply(404, errorBody(404), call);
        return reply(200, { id: activity[2] }, call);
      }
      return reply(200, { id: createdActivity(call) }, call);
    }
    if (req.method === 'POST' && path === '/v3/conversations') {
      const id = `conversation-${nextId++}`;
      const call: ConnectorCall = { method: 'POST', path, conversationId: id, body, status: 0 };
      calls.push(call);
      if (failures.count > 0) {
        failures.count -= 1;
        return reply(failures.status, errorBody(failures.status), call);
      }
      return reply(200, { id, activityId: createdActivity(call) }, call);
    }
    reply(404, { error: { code: 'NotFound', message: path } });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;

  const pick = (method: string, conversationId?: string) =>
    calls
      .filter((c) => c.method === method && c.body && (!conversationId || c.conversationId === conversationId))
      .map((c) => c.body as Record<string, unknown>)
      .filter((a) => a.type !== 'typing');

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    members,
    sent: (conversationId) => pick('POST', conversationId),
    created: () => calls.filter((c) => c.path === '/v3/conversations' && c.body).map((c) => c.body as Record<string, unknown>),
    updated: (conversationId) => pick('PUT', conversationId),
    failNext: (count, status) => {
      failures = { count, status };
    },
    failUpdates: (count, status) => {
      updateFailures = { count, status };
    },
    forgetMessages: () => {
      for (const id of created) forgotten.add(id);
    },
    clear: () => {
      calls.length = 0;
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}
