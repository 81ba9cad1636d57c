import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

export interface Reply {
  /** performance.now() in this process when the reply's body had arrived. */
  at: number;
  activity: Record<string, unknown>;
}

export interface SinkCounts {
  /** Messages (not typing) the bot sent. */
  messages: number;
  typing: number;
  updates: number;
  memberLookups: number;
  /** Messages no turn was waiting for (a second reply, or one after its turn timed out). */
  unmatched: number;
}

export interface ConnectorSink {
  url: string;
  counts: SinkCounts;
  /** Resolves with the first message the bot sends in reply to `activityId`. */
  awaitReply(activityId: string, timeoutMs: number): Promise<Reply>;
  close(): Promise<void>;
}

export class ReplyTimeout extends Error {
  constructor(activityId: string, timeoutMs: number) {
    super(`no reply to ${activityId} within ${timeoutMs} ms`);
    this.name = 'ReplyTimeout';
  }
}

const ACTIVITY = /^\/v3\/conversations\/[^/]+\/activities(?:\/([^/?]+))?/;
const MEMBER = /^\/v3\/conversations\/[^/]+\/members\/([^/?]+)/;

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
}

/**
 * A lean stand-in for the Bot Framework connector at `serviceUrl`: it answers every send
 * and update with an id, answers member lookups with a profile (the bot asks who is
 * talking before a check), and hands each turn's first message to whoever awaits it.
 * It keeps nothing per call, so long runs do not grow the driver's memory.
 */
export async function startSink(): Promise<ConnectorSink> {
  const waiting = new Map<string, (reply: Reply) => void>();
  const counts: SinkCounts = { messages: 0, typing: 0, updates: 0, memberLookups: 0, unmatched: 0 };
  let nextId = 1;

  const server = createServer((req, res) => {
    const url = req.url ?? '';
    const member = req.method === 'GET' ? MEMBER.exec(url) : null;
    if (member) {
      counts.memberLookups += 1;
      const id = decodeURIComponent(member[1]);
      const aadObjectId = id.replace(/^29:/, '');
      return send(res, 200, { id, name: 'Bench User', aadObjectId, userPrincipalName: `${aadObjectId}@contoso.com`, email: `${aadObjectId}@contoso.com` });
    }
    const activity = ACTIVITY.exec(url);
    if (!activity || (req.method !== 'POST' && req.method !== 'PUT')) return send(res, 404, { error: { code: 'NotFound', message: url } });
    void readBody(req).then((text) => {
      const at = performance.now();
      if (req.method === 'PUT') {
        counts.updates += 1;
        return send(res, 200, { id: activity[1] });
      }
      const body = JSON.parse(text) as Record<string, unknown>;
      if (body.type === 'typing') counts.typing += 1;
      else {
        counts.messages += 1;
        const replyTo = activity[1] && decodeURIComponent(activity[1]);
        const resolve = replyTo ? waiting.get(replyTo) : undefined;
        if (resolve && replyTo) {
          waiting.delete(replyTo);
          resolve({ at, activity: body });
        } else counts.unmatched += 1;
      }
      send(res, 200, { id: `sent-${nextId++}` });
    }).catch(() => send(res, 400, { error: { code: 'BadArgument', message: 'body is not JSON' } }));
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    awaitReply: (activityId, timeoutMs) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(activityId);
          reject(new ReplyTimeout(activityId, timeoutMs));
        }, timeoutMs);
        waiting.set(activityId, (reply) => {
          clearTimeout(timer);
          resolve(reply);
        });
      }),
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
