import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { BOT, TENANT_ID } from '../test/helpers/teamsUser';
import { ReplyTimeout, type ConnectorSink } from './sink';

/** A Teams personal chat as the driver plays it: one user, one conversation. */
export interface BenchConversation {
  conversationId: string;
  userId: string;
  aadObjectId: string;
}

/** Conversation `index` of a run tagged `tag`: the same names the seeder writes, so a run can revisit seeded chats. */
export function benchConversation(tag: string, index: number): BenchConversation {
  const aadObjectId = `${tag}-user-${index}`;
  return { conversationId: `a:${tag}-${index}`, userId: `29:${aadObjectId}`, aadObjectId };
}

export type ActivityJson = Record<string, unknown>;

export interface TurnOutcome {
  /** Set when the turn failed: "http 500", "timeout", "network", "unexpected reply". */
  error?: string;
  /** POST sent → the turn's first message reached the sink (what the person waits for). */
  replyMs?: number;
  /** POST sent → the bot answered the POST (after it also saved the turn's state). */
  postMs?: number;
}

export interface Turn {
  botUrl: string;
  sink: ConnectorSink;
  conversation: BenchConversation;
  text: string;
  /** Whether the turn's first message is the one expected (a result card, an echo …). */
  accept: (activity: ActivityJson) => boolean;
  timeoutMs: number;
  agent?: Agent;
}

let sequence = 0;

function post(url: string, body: string, timeoutMs: number, agent?: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.once('end', () => resolve(res.statusCode ?? 0));
      res.once('error', reject);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new ReplyTimeout('POST', timeoutMs)));
    req.once('error', reject);
    req.end(body);
  });
}

/** Posts one message as Teams would, with `serviceUrl` at the sink, and times it. */
export async function runTurn({ botUrl, sink, conversation, text, accept, timeoutMs, agent }: Turn): Promise<TurnOutcome> {
  const id = `in-${process.pid}-${++sequence}`;
  const activity = {
    type: 'message',
    id,
    channelId: 'msteams',
    serviceUrl: sink.url,
    timestamp: new Date().toISOString(),
    from: { id: conversation.userId, name: 'Bench User', aadObjectId: conversation.aadObjectId },
    recipient: BOT,
    conversation: { id: conversation.conversationId, conversationType: 'personal', tenantId: TENANT_ID },
    channelData: { tenant: { id: TENANT_ID } },
    locale: 'en-US',
    text,
  };
  const reply = sink.awaitReply(id, timeoutMs);
  // A failed turn may never reply; its waiter then times out on its own.
  reply.catch(() => undefined);
  const started = performance.now();
  let status: number;
  try {
    status = await post(`${botUrl}/api/messages`, JSON.stringify(activity), timeoutMs, agent);
  } catch (error) {
    return { error: error instanceof ReplyTimeout ? 'timeout' : 'network' };
  }
  const postMs = performance.now() - started;
  if (status < 200 || status >= 300) return { error: `http ${status}` };
  try {
    const { at, activity: first } = await reply;
    if (!accept(first)) return { error: 'unexpected reply' };
    return { replyMs: at - started, postMs };
  } catch {
    return { error: 'timeout' };
  }
}

export interface LoadPlan {
  botUrl: string;
  sink: ConnectorSink;
  /** Conversations in flight at once; each waits for its turn's answer before the next. */
  concurrency: number;
  maxTurns: number;
  maxDurationMs: number;
  /** Names this run's conversations; runs against one database use different tags. */
  tag: string;
  /** The text of a conversation's n-th turn. */
  text: (conversation: number, turn: number) => string;
  accept: (activity: ActivityJson) => boolean;
  /** Offered load in turns/s over all conversations; without it, each sends again as soon as answered. */
  ratePerSecond?: number;
  /** After this many turns a worker moves on to a new conversation (default: never; always after a timeout). */
  turnsPerConversation?: number;
  /** Which conversation index the n-th conversation of the run uses (default: n). */
  pickConversation?: (n: number) => number;
  turnTimeoutMs?: number;
}

export interface LoadResult {
  turns: number;
  ok: number;
  errors: Record<string, number>;
  errorCount: number;
  seconds: number;
  turnsPerSecond: number;
  replyMs: number[];
  postMs: number[];
  /** CPU this driver process used (load, sink, and the Entra fake), as % of one core. */
  driverCpuPercent: number;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Drives `concurrency` conversations against the bot until `maxTurns` turns were sent or
 * `maxDurationMs` passed, whichever comes first. Closed loop by default (the measure of
 * throughput); with `ratePerSecond`, each conversation keeps a fixed schedule (the
 * measure of latency at a given load), catching up without pause when it falls behind.
 */
export async function runLoad(plan: LoadPlan): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: plan.concurrency });
  const timeoutMs = plan.turnTimeoutMs ?? 10_000;
  const replyMs: number[] = [];
  const postMs: number[] = [];
  const errors: Record<string, number> = {};
  let issued = 0;
  let conversations = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let finished = started;
  const period = plan.ratePerSecond ? (plan.concurrency / plan.ratePerSecond) * 1000 : 0;
  const running = () => issued < plan.maxTurns && performance.now() - started < plan.maxDurationMs;

  const worker = async (w: number) => {
    let nextAt = started + (period * w) / plan.concurrency;
    while (running()) {
      const n = conversations++;
      const conversation = benchConversation(plan.tag, plan.pickConversation ? plan.pickConversation(n) : n);
      for (let turn = 0; turn < (plan.turnsPerConversation ?? Infinity); turn++) {
        if (period > 0) {
          await sleep(Math.max(0, nextAt - performance.now()));
          nextAt += period;
        }
        if (!running()) return;
        issued += 1;
        const outcome = await runTurn({ botUrl: plan.botUrl, sink: plan.sink, conversation, text: plan.text(n, turn), accept: plan.accept, timeoutMs, agent });
        finished = performance.now();
        if (outcome.error) errors[outcome.error] = (errors[outcome.error] ?? 0) + 1;
        else {
          replyMs.push(outcome.replyMs as number);
          postMs.push(outcome.postMs as number);
        }
        // The bot runs a conversation's turns one at a time: after a timeout the next turn
        // would wait behind the stuck one and time out too, so move on to a fresh conversation.
        if (outcome.error === 'timeout') break;
      }
    }
  };

  try {
    await Promise.all(Array.from({ length: plan.concurrency }, (_, w) => worker(w)));
  } finally {
    agent.destroy();
  }
  const seconds = (finished - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const errorCount = Object.values(errors).reduce((a, b) => a + b, 0);
  return {
    turns: issued,
    ok: replyMs.length,
    errors,
    errorCount,
    seconds,
    turnsPerSecond: seconds > 0 ? replyMs.length / seconds : NaN,
    replyMs,
    postMs,
    driverCpuPercent: seconds > 0 ? ((cpu.user + cpu.system) / 1e6 / seconds) * 100 : NaN,
  };
}
