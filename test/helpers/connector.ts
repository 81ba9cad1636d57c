import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the bot made to the connector. */
export interface ConnectorCall {
  method: string;
  path: string;
  conversationId: string;
  activityId?: string;
  body: Record<string, unknown> | undefined;
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
  clear(): void;
  close(): Promise<void>;
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

  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent((req.url ?? '').split('?')[0]);
    const body = await readJson(req).catch(() => undefined);
    const reply = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
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
      calls.push({ method: req.method ?? '', path, conversationId: activity[1], activityId: activity[2], body });
      if (failures.count > 0 && req.method === 'POST') {
        failures.count -= 1;
        return reply(failures.status, { error: { code: 'ServiceError', message: 'injected failure' } });
      }
      return reply(200, { id: req.method === 'PUT' ? activity[2] : `activity-${nextId++}` });
    }
    if (req.method === 'POST' && path === '/v3/conversations') {
      const id = `conversation-${nextId++}`;
      calls.push({ method: 'POST', path, conversationId: id, body });
      if (failures.count > 0) {
        failures.count -= 1;
        return reply(failures.status, { error: { code: 'ServiceError', message: 'injected failure' } });
      }
      return reply(200, { id, activityId: `activity-${nextId++}` });
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
    clear: () => {
      calls.length = 0;
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}
