import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { applyCampaignAction, newCampaign, progressOf, type Campaign, type CampaignProgress, type NewRecipient } from '../src/domain/campaigns/campaign';
import { SqliteCampaignRepository } from '../src/storage/sqliteCampaigns';
import { openDatabase } from '../src/storage/sqliteStorage';
import { startConnectorFake } from '../test/fakes/teamsConnectorFake';
import { peakRssMb } from './procStats';

/**
 * A campaign's send as the quality bar of issue 19 has it, shared by the bench section
 * (bench/campaign.ts) and its test (test/integration/campaignSend.test.ts): one campaign
 * of `people` addresses over `domains` domains in one tenant, stored in a SQLite file; the
 * connector fake on loopback HTTP, which answers 429 above Teams' limits on its own count;
 * the send run by bench/campaignWorker.ts in a child process, SIGKILLed at each of
 * `killAt` and started again at once, until the campaign is done.
 */

const TSX = require.resolve('tsx/cjs');
const WORKER = join(__dirname, 'campaignWorker.ts');
const TENANT = 'tenant-bench';
const CAMPAIGN_ID = 'CP-BENCHAAA';
const INSTANCE_ID = 'bench-instance';
const WATCH_MS = 5;
/** Teams' limit per app per tenant. */
const TENANT_RPS = 50;

export interface CampaignSendOptions {
  people: number;
  domains: number;
  /** Every n-th person (the n-th, 2n-th …) has no conversation with the bot: not reachable in Teams. */
  unreachableEvery: number;
  /** Shares of the reachable people delivered (0–1) at which the worker is SIGKILLed and started again. */
  killAt: readonly number[];
  /** Each kill comes a random 0 to this many ms after its share is reached, so it lands anywhere in the send rather than at a card's arrival. */
  killJitterMs: number;
  /** A working folder (the SQLite file, the reachability list). */
  dir: string;
  /** Every child started, so the caller can stop them if it is interrupted. */
  onChild?: (child: ChildProcess) => void;
  onProgress?: (line: string) => void;
  random?: () => number;
}

export interface WorkerRun {
  pid: number;
  /** Peak resident memory (VmHWM, or the process's own maxRSS at its clean exit), MB. */
  peakRssMb: number;
  killed: boolean;
}

export interface CampaignSendResult {
  recipients: number;
  reachable: number;
  /** The campaign's counts in storage at the end. */
  stored: CampaignProgress;
  /** Cards the connector accepted: distinct people, and in all. */
  distinct: number;
  total: number;
  duplicates: number;
  /** Reachable people the connector never accepted a card for. */
  losses: number;
  /** Cards accepted for people who are not reachable (never expected). */
  strays: number;
  /** Requests the connector answered 429. */
  refused: number;
  /** Cards sent again because an earlier attempt was in doubt (a kill left its claim open). */
  inDoubtResends: number;
  /** Keys delivered twice that were never resent in doubt (never expected). */
  unexplainedDuplicates: number;
  /** From the first worker's start to the last one's exit once the campaign was done. */
  elapsedMs: number;
  /** From the first card the connector accepted to the last. */
  cardsSpanMs: number;
  /** The least time the tenant limit allows for the reachable cards: the first 50 at once, then 50 a second. */
  minimumMs: number;
  workers: WorkerRun[];
}

export const addressOf = (i: number, domains: number): string => `person${i}@domain${i % domains}.example`;

function peopleOf(count: number, domains: number): NewRecipient[] {
  return Array.from({ length: count }, (_, i) => ({ address: addressOf(i, domains) }));
}

async function storeSendingCampaign(path: string, people: readonly NewRecipient[]): Promise<void> {
  const db = openDatabase(path);
  try {
    const campaigns = new SqliteCampaignRepository(db);
    const now = new Date();
    const created = await campaigns.create(
      newCampaign({ tenantId: TENANT, id: CAMPAIGN_ID, owner: { aadObjectId: 'aad-bench-admin', name: 'Bench Admin' }, note: 'Please act.', recipientCount: people.length }, now),
      people,
    );
    const previewed = await campaigns.save(applyCampaignAction(created, 'previewed', now) as Campaign, created.version);
    await campaigns.save(applyCampaignAction(previewed, 'send', now) as Campaign, previewed.version);
  } finally {
    db.close();
  }
}

async function storedProgress(path: string): Promise<CampaignProgress> {
  const db = openDatabase(path);
  try {
    return progressOf(await new SqliteCampaignRepository(db).counts(TENANT, CAMPAIGN_ID));
  } finally {
    db.close();
  }
}

interface Worker {
  child: ChildProcess;
  exited: Promise<number | null>;
  /** Keys it sent again in doubt, its clean exit's maxRSS (kB), and its standard error. */
  inDoubt: string[];
  maxRssKb?: number;
  stderr: string[];
}

function startWorker(env: Record<string, string>): Worker {
  const child = spawn(process.execPath, ['--no-deprecation', '-r', TSX, WORKER], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const worker: Worker = { child, exited: new Promise((done) => child.once('exit', (code) => done(code))), inDoubt: [], stderr: [] };
  createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
    const [kind, value] = line.split(' ');
    if (kind === 'in-doubt') worker.inDoubt.push(value);
    else if (kind === 'peak-rss') worker.maxRssKb = Number(value);
  });
  child.stderr?.on('data', (chunk: Buffer) => worker.stderr.push(chunk.toString()));
  return worker;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export async function runCampaignSend(opts: CampaignSendOptions): Promise<CampaignSendResult> {
  const random = opts.random ?? Math.random;
  const report = opts.onProgress ?? (() => undefined);
  const people = peopleOf(opts.people, opts.domains);
  const unreachable = people.filter((_, i) => i % opts.unreachableEvery === opts.unreachableEvery - 1).map((p) => p.address);
  const reachable = people.length - unreachable.length;
  const dbPath = join(opts.dir, 'campaign.sqlite');
  const unreachableFile = join(opts.dir, 'unreachable.json');
  writeFileSync(unreachableFile, JSON.stringify(unreachable));
  await storeSendingCampaign(dbPath, people);

  const connector = await startConnectorFake();
  const env = { CAMPAIGN_DB: dbPath, CONNECTOR_URL: connector.url, UNREACHABLE_FILE: unreachableFile, INSTANCE_ID: INSTANCE_ID };
  const workers: Worker[] = [];
  const runs: WorkerRun[] = [];
  const launch = () => {
    const worker = startWorker(env);
    opts.onChild?.(worker.child);
    workers.push(worker);
    return worker;
  };
  try {
    const startedAt = performance.now();
    let worker = launch();
    const finished = () => worker.child.exitCode !== null || worker.child.signalCode !== null;
    for (const share of opts.killAt) {
      const target = Math.ceil(share * reachable);
      while (connector.model.delivered.size < target && !finished()) await sleep(WATCH_MS);
      if (finished()) break;
      await sleep(random() * opts.killJitterMs);
      if (finished()) break;
      const pid = worker.child.pid as number;
      const peak = peakRssMb(pid);
      worker.child.kill('SIGKILL');
      await worker.exited;
      runs.push({ pid, peakRssMb: peak, killed: true });
      report(`  SIGKILL worker ${pid} with ${connector.model.delivered.size} of ${reachable} people sent; starting another`);
      worker = launch();
    }
    const code = await worker.exited;
    const elapsedMs = performance.now() - startedAt;
    if (code !== 0) throw new Error(`campaign worker exited with ${code}:\n${worker.stderr.join('').slice(-2000)}`);
    runs.push({ pid: worker.child.pid as number, peakRssMb: (worker.maxRssKb ?? NaN) / 1024, killed: false });

    const { model } = connector;
    const inDoubt = new Set(workers.flatMap((w) => w.inDoubt));
    const unreachableSet = new Set(unreachable);
    const keyOf = (i: number) => `campaign/${TENANT}/${CAMPAIGN_ID}/${i}`;
    const reachableKeys = people.map((p, i) => ({ key: keyOf(i), reachable: !unreachableSet.has(p.address) }));
    return {
      recipients: people.length,
      reachable,
      stored: await storedProgress(dbPath),
      distinct: model.delivered.size,
      total: model.total,
      duplicates: model.duplicates,
      losses: reachableKeys.filter((k) => k.reachable && !model.delivered.has(k.key)).length,
      strays: reachableKeys.filter((k) => !k.reachable && model.delivered.has(k.key)).length,
      refused: model.answered.get(429) ?? 0,
      inDoubtResends: workers.reduce((n, w) => n + w.inDoubt.length, 0),
      unexplainedDuplicates: model.repeated.filter((key) => !inDoubt.has(key)).length,
      elapsedMs,
      cardsSpanMs: model.lastAt - model.firstAt,
      minimumMs: Math.max(0, Math.floor((reachable - 1) / TENANT_RPS)) * 1000,
      workers: runs,
    };
  } finally {
    for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    await Promise.all(workers.map((w) => w.exited));
    await connector.close();
  }
}
