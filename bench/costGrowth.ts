import { statSync } from 'node:fs';
import { join } from 'node:path';
import { startEntraFake } from '../test/fakes/entraFake';
import { botEnv, checkText, isCard } from './journey';
import { benchConversation, runLoad, runTurn } from './loadDriver';
import { cpuSeconds } from './procStats';
import { progress } from './progress';
import type { Row, Section } from './report';
import { readTemplate, seedConversations } from './seed';
import { BOT_SCRIPT, removeTempDir, startServer, tempDir } from './serverProcess';
import { startSink, type ConnectorSink } from './sink';
import { atMost, mark, ratio, round, summarize } from './stats';

const MULTIPLES = [1, 4, 16];
const CONCURRENCY = 16;
/** Co-prime with every stored count used here (multiples of 2 and 5 only), so the run visits stored conversations spread over the keyspace. */
const STRIDE = 7_919;
const FLAT = atMost(1.25, '≤ 1.25× (flat)');
const SEEDED = 'seeded';

const COUNTS = {
  full: { base: 1_250, warmupTurns: 500, warmupMs: 8_000, turns: 2_000, ms: 12_000 },
  quick: { base: 250, warmupTurns: 300, warmupMs: 4_000, turns: 600, ms: 6_000 },
};

const SQLITE = 'data/vlsa.sqlite';

/** Runs journey 1 once in a fresh bot and keeps the rows it stored, as the pattern for seeding. */
async function makeTemplate(sink: ConnectorSink, entraUrl: string) {
  const bot = await startServer({ script: BOT_SCRIPT, env: botEnv(entraUrl) });
  const conversation = benchConversation('template', 0);
  try {
    const outcome = await runTurn({ botUrl: bot.url, sink, conversation, text: checkText(0, 0), accept: isCard, timeoutMs: 10_000 });
    if (outcome.error) throw new Error(`the template turn failed: ${outcome.error}`);
    return readTemplate(join(bot.dataDir, SQLITE), conversation);
  } finally {
    await bot.stop();
    removeTempDir(bot.dataDir);
  }
}

function megabytes(path: string): number {
  const size = (file: string) => {
    try {
      return statSync(file).size;
    } catch {
      return 0;
    }
  };
  return (size(path) + size(`${path}-wal`)) / 1024 / 1024;
}

/**
 * Journey-1 turn cost as the store grows: the same load (16 conversations, closed loop)
 * against a bot whose SQLite file already holds 1×, 4× and 16× a base number of
 * conversations, each with the rows a real journey leaves (copied from one the bot ran).
 * The measured turns revisit stored conversations spread over the keyspace.
 */
export async function benchCostGrowth(opts: { quick: boolean }): Promise<Section> {
  const counts = opts.quick ? COUNTS.quick : COUNTS.full;
  const sink = await startSink();
  const entra = await startEntraFake({ latencyMs: 0 });
  try {
    const template = await makeTemplate(sink, entra.url);
    progress(`  template conversation: ${template.rows.length} rows (${template.rows.map((r) => r.key.split('/')[0]).join(', ')})`);
    const rows: Row[] = [];
    const measured: Array<{ p50: number; p99: number; cpu: number }> = [];
    for (const multiple of MULTIPLES) {
      const conversations = counts.base * multiple;
      const dataDir = tempDir(`growth-${multiple}x`);
      const dbPath = join(dataDir, SQLITE);
      const seedStarted = Date.now();
      const seeded = seedConversations(dbPath, template, SEEDED, conversations);
      const seedSeconds = (Date.now() - seedStarted) / 1000;
      const bot = await startServer({ script: BOT_SCRIPT, env: botEnv(entra.url), dataDir });
      try {
        const visit = { botUrl: bot.url, sink, concurrency: CONCURRENCY, text: checkText, accept: isCard };
        await runLoad({ ...visit, tag: SEEDED, maxTurns: counts.warmupTurns, maxDurationMs: counts.warmupMs, pickConversation: (n) => (n * STRIDE + 1) % conversations, turnsPerConversation: 1 });
        const cpuBefore = cpuSeconds(bot.pid);
        const load = await runLoad({ ...visit, tag: SEEDED, maxTurns: counts.turns, maxDurationMs: counts.ms, pickConversation: (n) => (n * STRIDE) % conversations, turnsPerConversation: 1 });
        const cpu = ((cpuSeconds(bot.pid) - cpuBefore) * 1000) / Math.max(1, load.ok);
        const latency = summarize(load.replyMs);
        progress(`  ${multiple}×: ${seeded} rows seeded in ${seedSeconds.toFixed(1)} s; ${load.ok} turns, ${Math.round(load.turnsPerSecond)}/s, p50 ${latency.p50.toFixed(1)} ms`);
        measured.push({ p50: latency.p50, p99: latency.p99, cpu });
        rows.push({
          metric: `${multiple}× stored`,
          conversations,
          'bot_state rows': seeded,
          'file (MB)': round(megabytes(dbPath), 0),
          'turns/s': round(load.turnsPerSecond, 0),
          'p50 (ms)': round(latency.p50, 1),
          'p99 (ms)': round(latency.p99, 1),
          'bot CPU/turn (ms)': round(cpu, 2),
          errors: load.errorCount,
        });
      } finally {
        await bot.stop();
        removeTempDir(dataDir);
      }
    }
    const first = measured[0];
    const last = measured[measured.length - 1];
    const growth = (label: string, key: 'p50' | 'p99' | 'cpu'): Row => {
      const r = ratio(last[key], first[key]);
      return { metric: `${label}, ${MULTIPLES[MULTIPLES.length - 1]}× ÷ ${MULTIPLES[0]}×`, ratio: round(r, 2), goal: FLAT.label, mark: mark(r, FLAT) };
    };
    return {
      name: `cost growth: journey 1 against ${MULTIPLES.map((m) => `${m}×`).join(', ')} ${counts.base.toLocaleString('en-US')} stored conversations (${template.rows.length} rows each), ${CONCURRENCY} conversations in flight`,
      rows: [
        ...rows,
        growth('p50 latency', 'p50'),
        growth('p99 latency', 'p99'),
        growth('bot CPU per turn', 'cpu'),
      ],
    };
  } finally {
    await entra.close();
    await sink.close();
  }
}
