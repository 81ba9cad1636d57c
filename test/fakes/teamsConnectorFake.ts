import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { outcomeOfStatus, type CardDelivery } from '../../src/domain/campaigns/delivery';

/**
 * A Bot Framework connector as far as a campaign sees it: it accepts one card per request
 * and answers 429 (Retry-After: 1) to any request above Teams' limits, counted on its
 * own clock from the requests it accepted, whatever the sender's own limiter did: 50 per
 * second per tenant (the app's limit) and 7 per second, 8 per 2 s, 60 per 30 s per
 * conversation. A card counts as delivered when it is accepted. Like Teams, it keeps no
 * idempotency keys: a card sent again is a second card in the person's chat. It only
 * counts them, by the key the request carries (one key per person of a campaign), so a
 * test or the bench can tell distinct cards from repeated ones.
 */

const TENANT_WINDOWS = [{ limit: 50, ms: 1_000 }];
const CONVERSATION_WINDOWS = [
  { limit: 7, ms: 1_000 },
  { limit: 8, ms: 2_000 },
  { limit: 60, ms: 30_000 },
];

export interface ConnectorAnswer {
  status: number;
  retryAfter?: string;
}

export interface ConnectorFakeOptions {
  /** True while every request is answered 429 (a storm), whatever the rate. */
  storm?: (now: number) => boolean;
  /** Answers of this status for this share of requests, drawn from `random` (transient 502/504). */
  transient?: { status: number; share: number; random: () => number };
}

class Windows {
  private readonly times = new Map<string, number[]>();

  constructor(private readonly windows: ReadonlyArray<{ limit: number; ms: number }>) {}

  allows(key: string, now: number): boolean {
    const longest = Math.max(...this.windows.map((w) => w.ms));
    const times = (this.times.get(key) ?? []).filter((t) => t > now - longest);
    this.times.set(key, times);
    return this.windows.every(({ limit, ms }) => times.filter((t) => t > now - ms).length < limit);
  }

  add(key: string, now: number): void {
    this.times.get(key)?.push(now);
  }
}

export class ConnectorModel {
  /** Cards delivered, per idempotency key (one key per person of a campaign): more than 1 is a duplicate card. */
  readonly delivered = new Map<string, number>();
  /** Cards delivered in all, duplicates included. */
  total = 0;
  /** When the first and the last card were accepted, on the connector's clock. */
  firstAt = NaN;
  lastAt = NaN;
  readonly answered = new Map<number, number>();
  /** Accepted cards per whole second of the connector's clock, per tenant: the rate it saw. */
  readonly perSecond = new Map<string, number>();
  private readonly tenants = new Windows(TENANT_WINDOWS);
  private readonly conversations = new Windows(CONVERSATION_WINDOWS);

  constructor(private readonly opts: ConnectorFakeOptions = {}) {}

  receive(tenantId: string, conversation: string, key: string, now: number): ConnectorAnswer {
    const answer = this.decide(tenantId, conversation, now);
    this.answered.set(answer.status, (this.answered.get(answer.status) ?? 0) + 1);
    if (answer.status !== 201) return answer;
    this.tenants.add(tenantId, now);
    this.conversations.add(`${tenantId}/${conversation}`, now);
    const second = `${tenantId}@${Math.floor(now / 1000)}`;
    this.perSecond.set(second, (this.perSecond.get(second) ?? 0) + 1);
    this.delivered.set(key, (this.delivered.get(key) ?? 0) + 1);
    this.total += 1;
    if (this.total === 1) this.firstAt = now;
    this.lastAt = now;
    return answer;
  }

  private decide(tenantId: string, conversation: string, now: number): ConnectorAnswer {
    if (this.opts.storm?.(now)) return { status: 429, retryAfter: '1' };
    if (!this.tenants.allows(tenantId, now) || !this.conversations.allows(`${tenantId}/${conversation}`, now)) return { status: 429, retryAfter: '1' };
    const transient = this.opts.transient;
    if (transient && transient.random() < transient.share) return { status: transient.status };
    return { status: 201 };
  }

  /** Cards beyond the first for the same key: a person told twice. */
  get duplicates(): number {
    return this.total - this.delivered.size;
  }

  /** The keys delivered more than once. */
  get repeated(): string[] {
    return [...this.delivered].filter(([, count]) => count > 1).map(([key]) => key);
  }
}

export interface ConnectorFake {
  url: string;
  model: ConnectorModel;
  close(): Promise<void>;
}

interface CardRequest {
  tenantId: string;
  conversation: string;
  key: string;
}

/** The model behind HTTP on loopback: POST /cards with {tenantId, conversation, key}, answered 201 or 429. */
export async function startConnectorFake(opts: ConnectorFakeOptions = {}): Promise<ConnectorFake> {
  const model = new ConnectorModel(opts);
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const card = JSON.parse(Buffer.concat(chunks).toString('utf8')) as CardRequest;
      const answer = model.receive(card.tenantId, card.conversation, card.key, Date.now());
      response.writeHead(answer.status, answer.retryAfter ? { 'retry-after': answer.retryAfter } : {});
      response.end();
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    model,
    close: () => new Promise((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}

/** A CardDelivery over the HTTP fake: people in `unreachable` have no conversation, as if they never installed the bot. */
export function httpCardDelivery(url: string, unreachable: ReadonlySet<string> = new Set()): CardDelivery {
  return {
    async deliver({ campaign, recipient, idempotencyKey, pace, signal }) {
      if (unreachable.has(recipient.address)) return { kind: 'not-reachable' };
      await pace();
      const response = await fetch(`${url}/cards`, {
        method: 'POST',
        body: JSON.stringify({ tenantId: campaign.tenantId, conversation: recipient.address, key: idempotencyKey }),
        headers: { 'content-type': 'application/json' },
        signal,
      });
      await response.arrayBuffer();
      return outcomeOfStatus(response.status, response.headers.get('retry-after'), Date.now());
    },
  };
}
