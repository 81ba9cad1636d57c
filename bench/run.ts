import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { benchCampaign } from './campaign';
import { benchTriage } from './triage';
import { benchFaq } from './faq';
import { benchHostileText } from './hostileText';
import { benchCostGrowth } from './costGrowth';
import { benchMemory } from './memory';
import { progress } from './progress';
import { formatSection, writeResults, type BenchResults, type Section } from './report';
import { killAllSync, removeTempDirs } from './serverProcess';
import { benchStartup } from './startup';
import { benchTurnCost } from './turnCost';

interface Options {
  quick: boolean;
  only?: string[];
}

/** Every section, in the order they run; `--only` takes these ids. */
const SECTIONS: ReadonlyArray<{ id: string; run: (opts: Options) => Promise<Section> }> = [
  { id: 'turns', run: benchTurnCost },
  { id: 'growth', run: benchCostGrowth },
  { id: 'memory', run: benchMemory },
  { id: 'startup', run: benchStartup },
  { id: 'triage', run: benchTriage },
  { id: 'faq', run: benchFaq },
  { id: 'hostile', run: benchHostileText },
  { id: 'campaign', run: benchCampaign },
];

const USAGE = `usage: npm run bench -- [--quick] [--only <${SECTIONS.map((s) => s.id).join('|')}>[,…]]`;

function parseArgs(argv: string[]): Options {
  const opts: Options = { quick: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') opts.quick = true;
    else if (arg === '--only' || arg.startsWith('--only=')) {
      const value = arg === '--only' ? argv[++i] : arg.slice('--only='.length);
      const ids = (value ?? '').split(',').filter(Boolean);
      const unknown = ids.filter((id) => !SECTIONS.some((s) => s.id === id));
      if (ids.length === 0 || unknown.length > 0) throw new Error(`unknown section ${unknown.join(', ') || '(none given)'}\n${USAGE}`);
      opts.only = ids;
    } else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  return opts;
}

const loadAverage = (): number[] => loadavg().map((l) => Number(l.toFixed(2)));

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  const startedAt = new Date().toISOString();
  const loadAtStart = loadAverage();
  const failures: BenchResults['failures'] = [];
  const sections: Section[] = [];
  const selected = SECTIONS.filter((s) => !opts.only || opts.only.includes(s.id));
  progress(`${opts.quick ? 'quick' : 'full'} run of ${selected.map((s) => s.id).join(', ')} on ${cpus().length} cores; load average ${loadAtStart.join(' ')}`);
  try {
    for (const section of selected) {
      progress(`${section.id}: starting; load average ${loadAverage().join(' ')}`);
      try {
        const result = await section.run(opts);
        sections.push(result);
        process.stdout.write(`${formatSection(result)}\n`);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        failures.push({ section: section.id, error: message });
        progress(`${section.id}: FAILED: ${message}`);
      }
    }
  } finally {
    killAllSync();
    removeTempDirs();
  }
  const machine = { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', platform: process.platform };
  const loadAverages = { start: loadAtStart, end: loadAverage() };
  const path = writeResults(join(__dirname, 'results'), { startedAt, finishedAt: new Date().toISOString(), quick: opts.quick, machine, loadAverage: loadAverages, sections, failures });
  progress(`done; load average ${loadAverages.end.join(' ')}; results in ${path} and ${join(__dirname, 'results', 'latest.json')}`);
  return failures.length > 0 ? 1 : 0;
}

process.on('exit', killAllSync);
process.on('SIGINT', () => {
  killAllSync();
  removeTempDirs();
  process.exit(130);
});

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
