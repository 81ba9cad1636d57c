import { performance } from 'node:perf_hooks';
import { benchConversation, runTurn } from './loadDriver';
import { helpText, isCard } from './journey';
import { progress } from './progress';
import type { Section } from './report';
import { BOT_SCRIPT, removeTempDir, startServer } from './serverProcess';
import { startSink } from './sink';
import { median, round } from './stats';

const RUNS = 3;

/**
 * Start-up to first answered turn: spawn the bot (through tsx, as `npm run start:bot`
 * does) in a fresh folder, poll /healthz every 5 ms, post one `help` turn and stop the
 * clock when its reply reaches the sink. Median of three cold starts (tsx's compile
 * cache stays warm between them, as it would on a restarted host).
 */
export async function benchStartup(): Promise<Section> {
  const sink = await startSink();
  const ready: number[] = [];
  const answered: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const bot = await startServer({ script: BOT_SCRIPT });
      try {
        const turnStarted = performance.now();
        const outcome = await runTurn({ botUrl: bot.url, sink, conversation: benchConversation('startup', run), text: helpText(), accept: isCard, timeoutMs: 10_000 });
        if (outcome.error) throw new Error(`the first turn failed: ${outcome.error}`);
        ready.push(bot.readyMs);
        answered.push(turnStarted + (outcome.replyMs as number) - bot.spawnedAt);
        progress(`  start ${run + 1}: healthy after ${bot.readyMs.toFixed(0)} ms, first reply after ${answered[run].toFixed(0)} ms`);
      } finally {
        await bot.stop();
        removeTempDir(bot.dataDir);
      }
    }
  } finally {
    await sink.close();
  }
  return {
    name: `start-up to first answered turn (median of ${RUNS})`,
    rows: [
      { metric: 'spawn → /healthz answers (ms)', value: round(median(ready), 0), runs: ready.map((ms) => round(ms, 0)).join(', ') },
      { metric: 'spawn → first reply at the connector (ms)', value: round(median(answered), 0), runs: answered.map((ms) => round(ms, 0)).join(', ') },
    ],
  };
}
