import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { benchConversation, runTurn } from './loadDriver';
import { helpText, isCard } from './journey';
import { rssMb } from './procStats';
import { progress } from './progress';
import type { Row, Section } from './report';
import { BOT_SCRIPT, COMPILED_BOT_SCRIPT, REPO_ROOT, removeTempDir, startServer } from './serverProcess';
import { startSink, type ConnectorSink } from './sink';
import { median, round } from './stats';

const RUNS = 3;

/** The two ways the bot runs: production's compiled dist/ and development's sources through tsx. */
const RUNNERS = [
  { name: 'node dist/ (production)', script: COMPILED_BOT_SCRIPT },
  { name: 'tsx src/ (development)', script: BOT_SCRIPT },
] as const;

/** `npm run build`'s compile step, so the compiled runs measure today's sources. */
function build(): void {
  const tsc = require.resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', join(REPO_ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed');
}

interface Starts {
  ready: number[];
  answered: number[];
  rss: number[];
}

async function coldStart(sink: ConnectorSink, runner: (typeof RUNNERS)[number], run: number, into: Starts): Promise<void> {
  const bot = await startServer({ script: runner.script });
  try {
    const turnStarted = performance.now();
    const outcome = await runTurn({ botUrl: bot.url, sink, conversation: benchConversation('startup', run), text: helpText(), accept: isCard, timeoutMs: 10_000 });
    if (outcome.error) throw new Error(`the first turn failed: ${outcome.error}`);
    into.ready.push(bot.readyMs);
    into.answered.push(turnStarted + (outcome.replyMs as number) - bot.spawnedAt);
    into.rss.push(rssMb(bot.pid));
    progress(`  ${runner.name} start ${run + 1}: healthy after ${bot.readyMs.toFixed(0)} ms, first reply after ${into.answered[run].toFixed(0)} ms, RSS ${into.rss[run].toFixed(0)} MB`);
  } finally {
    await bot.stop();
    removeTempDir(bot.dataDir);
  }
}

function rowsOf(name: string, starts: Starts): Row[] {
  const runs = (values: number[]) => values.map((v) => round(v, 0)).join(', ');
  return [
    { metric: `${name}: spawn → /healthz answers (ms)`, value: round(median(starts.ready), 0), runs: runs(starts.ready) },
    { metric: `${name}: spawn → first reply at the connector (ms)`, value: round(median(starts.answered), 0), runs: runs(starts.answered) },
    { metric: `${name}: RSS after the first reply (MB)`, value: round(median(starts.rss), 0), runs: runs(starts.rss) },
  ];
}

/**
 * Start-up to first answered turn, for the compiled bot and for tsx: spawn the bot in a fresh
 * folder, poll /healthz every 5 ms, post one `help` turn, stop the clock when its reply reaches
 * the sink and read the bot's resident memory. Median of three cold starts each, taken in turns
 * so that a busy moment of the machine hits both alike (tsx's compile cache stays warm between
 * them, as it would on a restarted host).
 */
export async function benchStartup(): Promise<Section> {
  progress('  compiling dist/ (npm run build)');
  build();
  const sink = await startSink();
  const starts = RUNNERS.map((): Starts => ({ ready: [], answered: [], rss: [] }));
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const [i, runner] of RUNNERS.entries()) await coldStart(sink, runner, run, starts[i]);
    }
  } finally {
    await sink.close();
  }
  return { name: `start-up to first answered turn (median of ${RUNS})`, rows: RUNNERS.flatMap((runner, i) => rowsOf(runner.name, starts[i])) };
}
