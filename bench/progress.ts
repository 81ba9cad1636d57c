import { performance } from 'node:perf_hooks';

const started = performance.now();

/** A progress line on stderr, stamped with seconds since the run began (stdout keeps only the tables). */
export function progress(message: string): void {
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}\n`);
}
