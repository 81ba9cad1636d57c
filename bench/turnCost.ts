import { startEntraFake } from '../test/fakes/entraFake';
import { botEnv, checkText, isCard, isText } from './journey';
import { runLoad, type ActivityJson, type LoadResult } from './loadDriver';
import { cpuSeconds, peakRssMb } from './procStats';
import { progress } from './progress';
import type { Row, Section } from './report';
import { BOT_SCRIPT, ECHO_SCRIPT, startServer, type ServerProcess } from './serverProcess';
import { startSink, type ConnectorSink } from './sink';
import { atLeast, atMost, below, mark, ratio, round, summarize, type Goal } from './stats';

const CONVERSATIONS = 200;
/** The paced runs offer this share of our bot's saturation throughput, to both bots. */
const PACED_SHARE = 0.5;

const COUNTS = {
  full: { warmupTurns: 1_000, warmupMs: 8_000, saturationTurns: 6_000, saturationMs: 10_000, pacedMs: 15_000 },
  quick: { warmupTurns: 400, warmupMs: 4_000, saturationTurns: 1_500, saturationMs: 5_000, pacedMs: 5_000 },
};

interface Measured {
  load: LoadResult;
  /** CPU the bot process used per answered turn, in ms. */
  cpuMsPerTurn: number;
}

interface Target {
  label: string;
  server: ServerProcess;
  accept: (activity: ActivityJson) => boolean;
}

async function measure(target: Target, sink: ConnectorSink, tag: string, limits: { turns: number; ms: number; rate?: number }): Promise<Measured> {
  const cpuBefore = cpuSeconds(target.server.pid);
  const load = await runLoad({
    botUrl: target.server.url,
    sink,
    concurrency: CONVERSATIONS,
    maxTurns: limits.turns,
    maxDurationMs: limits.ms,
    ratePerSecond: limits.rate,
    tag,
    text: checkText,
    accept: target.accept,
  });
  const cpuMsPerTurn = ((cpuSeconds(target.server.pid) - cpuBefore) * 1000) / Math.max(1, load.ok);
  progress(`  ${target.label} ${tag}: ${load.ok} turns in ${load.seconds.toFixed(1)} s, ${Math.round(load.turnsPerSecond)}/s, errors: ${kinds(load)}`);
  return { load, cpuMsPerTurn };
}

function compare(metric: string, echo: number, ours: number, goal?: { on: 'ratio' | 'ours'; goal: Goal }, decimals = 1): Row {
  const r = ratio(ours, echo);
  const row: Row = { metric, 'echo bot': round(echo, decimals), ours: round(ours, decimals), 'ours ÷ echo': round(r, 2) };
  if (goal) {
    row.goal = goal.goal.label;
    row.mark = mark(goal.on === 'ratio' ? r : ours, goal.goal);
  }
  return row;
}

function latencyRows(kind: string, echo: LoadResult, ours: LoadResult, goals: { p50?: Goal; p99?: Goal }): Row[] {
  const e = summarize(echo.replyMs);
  const o = summarize(ours.replyMs);
  const ep = summarize(echo.postMs);
  const op = summarize(ours.postMs);
  return [
    compare(`${kind}: reply latency p50 (ms)`, e.p50, o.p50, goals.p50 && { on: 'ratio', goal: goals.p50 }),
    compare(`${kind}: reply latency p95 (ms)`, e.p95, o.p95),
    compare(`${kind}: reply latency p99 (ms)`, e.p99, o.p99, goals.p99 && { on: 'ours', goal: goals.p99 }),
    compare(`${kind}: POST round-trip p50 (ms)`, ep.p50, op.p50),
    compare(`${kind}: POST round-trip p99 (ms)`, ep.p99, op.p99),
  ];
}

function kinds(load: LoadResult): string {
  return Object.entries(load.errors).map(([kind, count]) => `${kind}: ${count}`).join(', ') || 'none';
}

function errorKinds(echo: LoadResult, ours: LoadResult): string {
  return echo.errorCount + ours.errorCount > 0 ? `echo: ${kinds(echo)}; ours: ${kinds(ours)}` : '';
}

function sinkNote(sink: ConnectorSink): string {
  const { messages, typing, updates, memberLookups, unmatched } = sink.counts;
  return `${messages} messages, ${typing} typing, ${updates} updates, ${memberLookups} member lookups, ${unmatched} replies no turn awaited`;
}

/**
 * Turn cost through the real HTTP path, against the floor. Both bots run at once, each in
 * its own process with its own SQLite file; the driver, the connector sink and the Entra
 * fake (zero latency) share this process, whose CPU use is reported so a saturated
 * driver would show. Two loads per bot, 200 conversations each:
 *  - saturation: every conversation sends its next turn as soon as the last is answered
 *    (throughput; mean latency there is about 200 ÷ throughput, by Little's law);
 *  - paced: the same 200 conversations offered half of our bot's saturation throughput
 *    (latency at a load the bot can carry; the p50 and p99 goals are read here).
 */
export async function benchTurnCost(opts: { quick: boolean }): Promise<Section> {
  const counts = opts.quick ? COUNTS.quick : COUNTS.full;
  const sink = await startSink();
  const entra = await startEntraFake({ latencyMs: 0 });
  const servers: ServerProcess[] = [];
  try {
    const echo: Target = { label: 'echo bot', server: await startServer({ script: ECHO_SCRIPT }), accept: isText };
    servers.push(echo.server);
    const ours: Target = { label: 'our bot', server: await startServer({ script: BOT_SCRIPT, env: botEnv(entra.url) }), accept: isCard };
    servers.push(ours.server);

    // Each bot warms up (JIT, caches, connections) right before it is measured.
    const saturate = async (target: Target) => {
      await measure(target, sink, 'warmup', { turns: counts.warmupTurns, ms: counts.warmupMs });
      return measure(target, sink, 'saturation', { turns: counts.saturationTurns, ms: counts.saturationMs });
    };
    const echoSaturated = await saturate(echo);
    const oursSaturated = await saturate(ours);

    const rate = Math.max(1, Math.round(oursSaturated.load.turnsPerSecond * PACED_SHARE));
    const paced = { turns: Math.ceil((rate * counts.pacedMs) / 1000), ms: counts.pacedMs, rate };
    const echoPaced = await measure(echo, sink, 'paced', paced);
    const oursPaced = await measure(ours, sink, 'paced', paced);

    const sat = 'saturation';
    const pace = 'paced';
    return {
      name:
        `turn cost: journey 1 ("check <address>" → typing, diagnosis, record, result card) over HTTP, against an echo bot on the same stack; ` +
        `${sat} = ${CONVERSATIONS} conversations with no think time, ${pace} = ${CONVERSATIONS} conversations offering ${rate} turns/s (half our saturation throughput)`,
      rows: [
        compare(`${sat}: turns/s`, echoSaturated.load.turnsPerSecond, oursSaturated.load.turnsPerSecond, { on: 'ratio', goal: atLeast(0.6, '≥ 0.6× echo') }, 0),
        ...latencyRows(sat, echoSaturated.load, oursSaturated.load, {}),
        compare(`${sat}: bot CPU per turn (ms)`, echoSaturated.cpuMsPerTurn, oursSaturated.cpuMsPerTurn, undefined, 2),
        compare(`${sat}: driver CPU (% of a core)`, echoSaturated.load.driverCpuPercent, oursSaturated.load.driverCpuPercent, undefined, 0),
        ...latencyRows(pace, echoPaced.load, oursPaced.load, { p50: atMost(1.5, '≤ 1.5× echo'), p99: below(300, '< 300 ms') }),
        compare(`${pace}: turns/s achieved`, echoPaced.load.turnsPerSecond, oursPaced.load.turnsPerSecond, undefined, 0),
        compare('peak RSS of the bot process, VmHWM (MB)', peakRssMb(echo.server.pid), peakRssMb(ours.server.pid), undefined, 0),
        { ...compare(`${sat}: errors`, echoSaturated.load.errorCount, oursSaturated.load.errorCount, undefined, 0), note: errorKinds(echoSaturated.load, oursSaturated.load) },
        { ...compare(`${pace}: errors`, echoPaced.load.errorCount, oursPaced.load.errorCount, undefined, 0), note: errorKinds(echoPaced.load, oursPaced.load) },
        { metric: 'connector sink, both bots, all runs', note: sinkNote(sink) },
      ],
    };
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await entra.close();
    await sink.close();
  }
}
