import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { applyCampaignAction, newCampaign, progressOf, type Campaign, type NewRecipient } from '../../src/domain/campaigns/campaign';
import { outcomeOfStatus, type CardDelivery, type DeliveryRequest } from '../../src/domain/campaigns/delivery';
import { CampaignSender, retryDelay, type Clock } from '../../src/domain/campaigns/sendJob';
import type { CampaignRepository } from '../../src/domain/stores/ports';
import { SqliteCampaignRepository } from '../../src/storage/sqliteCampaigns';
import { SqliteLease } from '../../src/storage/sqliteLease';
import { openDatabase } from '../../src/storage/sqliteStorage';
import { ConnectorModel, type ConnectorFakeOptions } from '../fakes/teamsConnectorFake';
import { VirtualClock } from '../helpers/virtualClock';

const OWNER = { aadObjectId: 'aad-admin', name: 'Adele Admin' };
/** Time a request takes to reach the connector; the card is delivered when it arrives. */
const LATENCY_MS = 20;

const opened: Database.Database[] = [];
afterEach(() => {
  while (opened.length) opened.pop()?.close();
});

const never = <T>() => new Promise<T>(() => undefined);

/**
 * One bot process: its own sender, limiter and view of the shared clock and storage. After
 * `kill()` nothing it started comes back to it (as after SIGKILL): writes that reached the
 * database stay, requests already on their way still reach the connector.
 */
function botProcess(world: World, instanceId: string, runId: string, options: { unreachable?: ReadonlySet<string> } = {}) {
  let dead = false;
  const alive = <T>(promise: Promise<T>): Promise<T> => (dead ? never<T>() : promise.then((value) => (dead ? never<T>() : value)));
  const clock: Clock = { now: () => world.clock.now(), sleep: (ms, signal) => alive(world.clock.sleep(ms, signal)) };
  const campaigns = new Proxy(world.campaigns, {
    get: (target, name: keyof CampaignRepository) => (...args: unknown[]) => (dead ? never() : alive((target[name] as (...a: unknown[]) => Promise<unknown>).apply(target, args))),
  });
  const requests: DeliveryRequest[] = [];
  const delivery: CardDelivery = {
    deliver: (request) => {
      if (dead) return never();
      requests.push(request);
      if (options.unreachable?.has(request.recipient.address)) return alive(Promise.resolve({ kind: 'not-reachable' as const }));
      // Once paced, the request is on its way: it arrives whether or not this process lives to hear the answer.
      const answer = alive(request.pace()).then(() => world.clock.sleep(LATENCY_MS)).then(() => {
        const reply = world.connector.receive(request.campaign.tenantId, request.recipient.address, request.idempotencyKey, world.clock.now());
        return outcomeOfStatus(reply.status, reply.retryAfter, world.clock.now());
      });
      return alive(answer);
    },
  };
  const lease = new SqliteLease(world.db, () => new Date(world.clock.now()));
  const sender = new CampaignSender({ campaigns, delivery, lease: { tryAcquire: (...a) => alive(lease.tryAcquire(...a)), release: (...a) => alive(lease.release(...a)) }, instanceId, runId, clock, random: world.random });
  sender.start((error) => world.errors.push(error));
  return {
    sender,
    requests,
    kill: () => {
      dead = true;
    },
  };
}

interface World {
  clock: VirtualClock;
  db: Database.Database;
  campaigns: SqliteCampaignRepository;
  connector: ConnectorModel;
  random: () => number;
  errors: unknown[];
}

/** A seeded generator, so a test's back-off jitter is the same on every run. */
function seeded(seed = 42): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function world(connector: ConnectorFakeOptions = {}): World {
  const db = openDatabase(':memory:');
  opened.push(db);
  return { clock: new VirtualClock(), db, campaigns: new SqliteCampaignRepository(db), connector: new ConnectorModel(connector), random: seeded(), errors: [] };
}

const peopleOf = (count: number, domains = 7): NewRecipient[] => Array.from({ length: count }, (_, i) => ({ address: `user${i}@org${i % domains}.example` }));

/** A campaign of `people` in `tenantId`, moved through the preview to sending. */
async function sendingCampaign(w: World, people: readonly NewRecipient[], tenantId = 'tenant-a', id = 'CP-AAAAAAAA'): Promise<Campaign> {
  const now = new Date(w.clock.now());
  const created = await w.campaigns.create(newCampaign({ tenantId, id, owner: OWNER, note: 'Please act.', recipientCount: people.length }, now), people);
  const previewed = await w.campaigns.save(applyCampaignAction(created, 'previewed', now) as Campaign, created.version);
  return w.campaigns.save(applyCampaignAction(previewed, 'send', now) as Campaign, previewed.version);
}

const stateOf = async (w: World, c: Campaign) => (await w.campaigns.get(c.tenantId, c.id))?.state;
const progress = async (w: World, c: Campaign) => progressOf(await w.campaigns.counts(c.tenantId, c.id));

describe('retryDelay', () => {
  it('doubles from 1 s with jitter between half and all of it, caps at a minute, and never undercuts Retry-After', () => {
    expect(retryDelay(1, undefined, () => 0)).toBe(500);
    expect(retryDelay(1, undefined, () => 0.999_999)).toBeCloseTo(1_000, 0);
    expect(retryDelay(4, undefined, () => 0.5)).toBe(6_000);
    expect(retryDelay(20, undefined, () => 0)).toBe(30_000);
    expect(retryDelay(1, 5_000, () => 0)).toBe(5_000);
  });
});

describe('CampaignSender', () => {
  it('sends every recipient one card at no more than 50 a second, records who could not be reached, and finishes the campaign', async () => {
    const w = world();
    const people = peopleOf(260);
    const unreachable = new Set(people.filter((_, i) => i % 13 === 0).map((p) => p.address));
    const c = await sendingCampaign(w, people);
    const bot = botProcess(w, 'instance-a', 'run-1', { unreachable });
    const started = w.clock.now();
    await w.clock.until(async () => (await stateOf(w, c)) === 'done');
    const elapsed = w.clock.now() - started;
    await w.clock.drive(bot.sender.stop());

    expect(await progress(w, c)).toEqual({ sent: 240, pending: 0, failed: 0, notReachable: 20, total: 260 });
    expect(w.connector.delivered.size).toBe(240);
    expect([...w.connector.delivered.values()].every((n) => n === 1)).toBe(true);
    // Paced under the limit: the connector never had to refuse.
    expect(w.connector.answered.get(429) ?? 0).toBe(0);
    // 240 cards spread evenly at 50 a second (one every 21.2 ms with the 60 ms margin) take about 239 × 21.2 ms; the round trips cost little more.
    expect(elapsed).toBeGreaterThanOrEqual(239 * 20);
    expect(elapsed).toBeLessThan(239 * 21.2 * 1.05);
    expect(w.errors).toEqual([]);
  });

  it('resumes after a crash mid-send: nobody is lost, and the cards in flight at the crash are sent again under the same key, marked in doubt', async () => {
    const w = world();
    const c = await sendingCampaign(w, peopleOf(120));
    const first = botProcess(w, 'instance-a', 'run-1');
    await w.clock.until(() => w.connector.delivered.size >= 40);
    first.kill();
    const inFlight = (await w.campaigns.counts(c.tenantId, c.id)).sending;
    // The same instance restarts (a new run): the claims of its dead run are settled at once.
    const second = botProcess(w, 'instance-a', 'run-2');
    await w.clock.until(async () => (await stateOf(w, c)) === 'done');
    await w.clock.drive(second.sender.stop());

    expect(await progress(w, c)).toMatchObject({ sent: 120, pending: 0, failed: 0 });
    expect(w.connector.delivered.size).toBe(120);
    const resent = second.requests.filter((r) => r.inDoubt);
    expect(resent).toHaveLength(inFlight);
    expect(inFlight).toBeGreaterThan(0);
    for (const request of resent) expect(first.requests.some((r) => r.idempotencyKey === request.idempotencyKey)).toBe(true);
    // The connector keeps no keys (as Teams): a claim resent in doubt whose first card had already arrived
    // (the crash hit the window between arrival and record) is a second card. Only those can repeat.
    const resentKeys = new Set(resent.map((r) => r.idempotencyKey));
    expect(w.connector.repeated.every((key) => resentKeys.has(key))).toBe(true);
    expect(w.connector.duplicates).toBeLessThanOrEqual(inFlight);
  });

  it('leaves another instance’s claims alone until they expire, then takes them over', async () => {
    const w = world();
    const c = await sendingCampaign(w, peopleOf(60));
    const a = botProcess(w, 'instance-a', 'run-1');
    await w.clock.until(() => w.connector.delivered.size >= 10);
    a.kill();
    const b = botProcess(w, 'instance-b', 'run-1');
    const killedAt = w.clock.now();
    await w.clock.until(async () => (await stateOf(w, c)) === 'done');
    await w.clock.drive(b.sender.stop());
    // b waited for a's lease (30 s), then for a's claims to expire (120 s from when they were made).
    expect(w.clock.now() - killedAt).toBeGreaterThan(100_000);
    const resent = new Set(b.requests.filter((r) => r.inDoubt).map((r) => r.idempotencyKey));
    expect(resent.size).toBeGreaterThan(0);
    expect(w.connector.delivered.size).toBe(60);
    expect(w.connector.repeated.every((key) => resent.has(key))).toBe(true);
  });

  it('runs on one instance at a time: a second instance sends nothing while the first holds the lease', async () => {
    const w = world();
    const c = await sendingCampaign(w, peopleOf(150));
    const a = botProcess(w, 'instance-a', 'run-1');
    const b = botProcess(w, 'instance-b', 'run-1');
    await w.clock.until(async () => (await stateOf(w, c)) === 'done');
    await w.clock.drive(Promise.all([a.sender.stop(), b.sender.stop()]));
    const senders = [a, b].filter((bot) => bot.requests.length > 0);
    expect(senders).toHaveLength(1);
    expect(w.connector.delivered.size).toBe(150);
  });

  it('rides out a 429 storm: backs off, honours Retry-After, and delivers everyone once when it passes', async () => {
    const stormEnds = Date.parse('2026-03-02T09:00:20.000Z');
    const w = world({ storm: (now) => now >= Date.parse('2026-03-02T09:00:01.000Z') && now < stormEnds });
    const c = await sendingCampaign(w, peopleOf(200));
    const bot = botProcess(w, 'instance-a', 'run-1');
    await w.clock.until(async () => (await stateOf(w, c)) === 'done');
    await w.clock.drive(bot.sender.stop());

    expect(await progress(w, c)).toMatchObject({ sent: 200, failed: 0 });
    expect(w.connector.duplicates).toBe(0);
    // 19 s of storm: with the tenant held for each Retry-After, at most one round of cards in flight a second hits it.
    const refused = w.connector.answered.get(429) ?? 0;
    expect(refused).toBeGreaterThan(0);
    expect(refused).toBeLessThanOrEqual(19 * 16 + 16);
    const retried = bot.requests.filter((r) => r.attempt > 1);
    expect(retried.length).toBeGreaterThan(0);
  });

  it('retries 502 and 504 with back-off, and fails a recipient only after ten attempts', async () => {
    const w = world({ transient: { status: 502, share: 0.3, random: seeded(7) } });
    const c = await sendingCampaign(w, peopleOf(80));
    const bot = botProcess(w, 'instance-a', 'run-1');
    await w.clock.until(async () => (await stateOf(w, c)) === 'done');
    await w.clock.drive(bot.sender.stop());
    expect(await progress(w, c)).toMatchObject({ sent: 80, failed: 0 });

    const always = world({ transient: { status: 504, share: 1, random: () => 0 } });
    const doomed = await sendingCampaign(always, peopleOf(3));
    const hopeless = botProcess(always, 'instance-a', 'run-1');
    await always.clock.until(async () => (await stateOf(always, doomed)) === 'done');
    await always.clock.drive(hopeless.sender.stop());
    expect(await progress(always, doomed)).toMatchObject({ sent: 0, failed: 3 });
    expect(hopeless.requests).toHaveLength(30);
    const [failed] = await always.campaigns.recipients(doomed.tenantId, doomed.id, { from: 0, limit: 1 });
    expect(failed).toMatchObject({ delivery: 'failed', attempts: 10, lastError: 'gave-up: status-504' });
  });

  it('comes back after a port’s wait (an install’s reference not there yet) at its delay, without counting it as an attempt', async () => {
    const w = world();
    const c = await sendingCampaign(w, peopleOf(1));
    let calls = 0;
    const delivery: CardDelivery = { deliver: async () => (++calls <= 15 ? { kind: 'waiting', ms: 5_000, reason: 'awaiting-install' } : { kind: 'sent' }) };
    const sender = new CampaignSender({ campaigns: w.campaigns, delivery, lease: new SqliteLease(w.db, () => new Date(w.clock.now())), instanceId: 'instance-a', runId: 'run-1', clock: w.clock, random: w.random });
    sender.start((error) => w.errors.push(error));
    const started = w.clock.now();
    await w.clock.until(async () => (await stateOf(w, c)) === 'done');
    await w.clock.drive(sender.stop());

    // Fifteen waits are more than maxAttempts (10): none was counted.
    expect(await progress(w, c)).toMatchObject({ sent: 1, failed: 0 });
    expect(calls).toBe(16);
    expect(w.clock.now() - started).toBeGreaterThanOrEqual(15 * 5_000);
    const [sent] = await w.campaigns.recipients(c.tenantId, c.id, { from: 0, limit: 1 });
    expect(sent).toMatchObject({ delivery: 'sent', attempts: 1 });
    expect(w.errors).toEqual([]);
  });

  it('stops claiming for a cancelled campaign and leaves the rest pending', async () => {
    const w = world();
    const c = await sendingCampaign(w, peopleOf(300));
    const bot = botProcess(w, 'instance-a', 'run-1');
    await w.clock.until(() => w.connector.delivered.size >= 50);
    const current = (await w.campaigns.get(c.tenantId, c.id)) as Campaign;
    await w.campaigns.save(applyCampaignAction(current, 'cancel', new Date(w.clock.now())) as Campaign, current.version);
    const sentAtCancel = w.connector.delivered.size;
    // A round already read may finish (at most one batch), then nothing more is claimed.
    for (let i = 0; i < 50; i++) await w.clock.step();
    await w.clock.drive(bot.sender.stop());
    const after = await progress(w, c);
    expect(after.sent).toBeLessThanOrEqual(sentAtCancel + 200);
    expect(after.pending).toBeGreaterThan(0);
    expect(await stateOf(w, c)).toBe('cancelled');
  });

  it('400 people over 3 tenants, killed twice mid-send: every reachable person gets a card, a second one only if it was in doubt at a kill', async () => {
    const w = world();
    const tenants = ['tenant-a', 'tenant-b', 'tenant-c'];
    const lists = tenants.map((_, t) => peopleOf(t === 0 ? 200 : 100).map((p) => ({ address: `${t}.${p.address}` })));
    const unreachable = new Set(lists.flat().filter((_, i) => i % 10 === 3).map((p) => p.address));
    const campaigns = await Promise.all(tenants.map((tenant, t) => sendingCampaign(w, lists[t], tenant)));
    const allDone = async () => (await Promise.all(campaigns.map((c) => stateOf(w, c)))).every((s) => s === 'done');

    const bots = [botProcess(w, 'instance-a', 'run-1', { unreachable })];
    await w.clock.until(() => w.connector.delivered.size >= 90);
    bots[0].kill();
    bots.push(botProcess(w, 'instance-a', 'run-2', { unreachable }));
    await w.clock.until(() => w.connector.delivered.size >= 220);
    bots[1].kill();
    bots.push(botProcess(w, 'instance-a', 'run-3', { unreachable }));
    await w.clock.until(allDone);
    await w.clock.drive(bots[2].sender.stop());

    const reachable = lists.flat().filter((p) => !unreachable.has(p.address)).length;
    expect(w.connector.delivered.size).toBe(reachable);
    const resent = bots.flatMap((bot) => bot.requests).filter((r) => r.inDoubt);
    expect(w.connector.repeated.every((key) => resent.some((r) => r.idempotencyKey === key))).toBe(true);
    expect(w.connector.duplicates).toBeLessThanOrEqual(resent.length);
    const totals = (await Promise.all(campaigns.map((c) => progress(w, c)))).reduce((sum, p) => ({
      sent: sum.sent + p.sent,
      notReachable: sum.notReachable + p.notReachable,
      pending: sum.pending + p.pending,
      failed: sum.failed + p.failed,
      total: sum.total + p.total,
    }));
    expect(totals).toEqual({ sent: reachable, notReachable: unreachable.size, pending: 0, failed: 0, total: 400 });
    expect(w.errors).toEqual([]);
  });
});
