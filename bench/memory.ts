import { performance } from 'node:perf_hooks';
import { startEntraFake } from '../test/fakes/entraFake';
import { botEnv, checkText, helpText, isCard } from './journey';
import { runLoad } from './loadDriver';
import { peakRssMb, rssMb } from './procStats';
import { progress } from './progress';
import type { Row, Section } from './report';
import { BOT_SCRIPT, startServer } from './serverProcess';
import { startSink } from './sink';
import { atMost, mark, ratio, round } from './stats';

const CONCURRENCY = 50;
/** Workers move to a fresh conversation (and person) after this many turns, so per-conversation leaks show. */
const TURNS_PER_CONVERSATION = 10;
/** One turn in this many is a journey-1 check (cached domain), the rest `help`. */
const CHECK_EVERY = 10;
/** Quiet time before reading RSS, so the reading does not land mid-burst. */
const SETTLE_MS = 1_000;
const GROWTH = atMost(1.2, '≤ 1.2× (≤ 20% above)');

/** Total turns at which RSS is read: the first is the baseline, the last the figure compared with it; those between show the trend. */
const COUNTS = {
  full: { checkpoints: [5_000, 20_000, 35_000, 50_000], ms: 240_000 },
  quick: { checkpoints: [500, 2_000, 3_500, 5_000], ms: 60_000 },
};

const text = (conversation: number, turn: number) => (turn % CHECK_EVERY === CHECK_EVERY - 1 ? checkText(conversation, turn) : helpText());

async function settledRss(pid: number): Promise<number> {
  await new Promise((done) => setTimeout(done, SETTLE_MS));
  return rssMb(pid);
}

/**
 * Resident memory of the bot as turns accumulate: mostly `help` (the whole teams-ai
 * turn: state load and save, routing, a card) with one journey-1 check in ten, over ever
 * new conversations and people. The section as a whole is bounded in time; if the bound
 * is reached, the figures name the turns actually run.
 */
export async function benchMemory(opts: { quick: boolean }): Promise<Section> {
  const { checkpoints, ms } = opts.quick ? COUNTS.quick : COUNTS.full;
  const sink = await startSink();
  const entra = await startEntraFake({ latencyMs: 0 });
  const bot = await startServer({ script: BOT_SCRIPT, env: botEnv(entra.url) });
  try {
    const deadline = performance.now() + ms;
    const readings: Array<{ turns: number; rss: number }> = [];
    let turns = 0;
    let errors = 0;
    for (const [i, checkpoint] of checkpoints.entries()) {
      const load = await runLoad({
        botUrl: bot.url,
        sink,
        concurrency: CONCURRENCY,
        maxTurns: checkpoint - turns,
        maxDurationMs: Math.max(0, deadline - performance.now()),
        tag: `memory-${i}`,
        text,
        accept: isCard,
        turnsPerConversation: TURNS_PER_CONVERSATION,
      });
      turns += load.turns;
      errors += load.errorCount;
      readings.push({ turns, rss: await settledRss(bot.pid) });
      progress(`  after ${turns} turns: RSS ${readings[i].rss.toFixed(0)} MB (${Math.round(load.turnsPerSecond)} turns/s)`);
    }
    const first = readings[0];
    const last = readings[readings.length - 1];
    const growth = ratio(last.rss, first.rss);
    const at = (n: number) => n.toLocaleString('en-US');
    const rows: Row[] = [
      ...readings.map(({ turns: n, rss }) => ({ metric: `RSS after ${at(n)} turns (MB)`, value: round(rss, 0) })),
      { metric: `ratio ${at(last.turns)} ÷ ${at(first.turns)}`, value: round(growth, 2), goal: GROWTH.label, mark: mark(growth, GROWTH) },
      { metric: 'peak RSS, VmHWM (MB)', value: round(peakRssMb(bot.pid), 0) },
      { metric: 'errors', value: errors },
    ];
    return {
      name: `memory: RSS of the bot over ${at(last.turns)} turns (help, and a journey-1 check every ${CHECK_EVERY}th; ${TURNS_PER_CONVERSATION} turns per conversation, ${CONCURRENCY} in flight)`,
      rows,
    };
  } finally {
    await bot.stop();
    await entra.close();
    await sink.close();
  }
}
