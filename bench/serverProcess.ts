import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort } from '../test/helpers/botProcess';

export const REPO_ROOT = resolve(__dirname, '..');
export const BOT_SCRIPT = join(REPO_ROOT, 'src', 'index.ts');
/** What production runs: `npm run build`'s output. */
export const COMPILED_BOT_SCRIPT = join(REPO_ROOT, 'dist', 'src', 'index.js');
export const ECHO_SCRIPT = join(REPO_ROOT, 'bench', 'echoBot.ts');
const TSX = require.resolve('tsx/cjs');
const POLL_MS = 5;
const STOP_GRACE_MS = 5_000;

export interface ServerProcess {
  url: string;
  pid: number;
  dataDir: string;
  /** Milliseconds from spawn until /healthz first answered 200. */
  readyMs: number;
  /** performance.now() at spawn. */
  spawnedAt: number;
  stop(): Promise<void>;
}

/** Every child this process started and has not yet seen exit, so an error or Ctrl-C still stops them all. */
const live = new Set<ChildProcess>();

/** Counts a child another module started among those killAllSync stops, until it exits. */
export function track(child: ChildProcess): void {
  live.add(child);
  child.once('exit', () => live.delete(child));
}

export function killAllSync(): void {
  for (const child of live) child.kill('SIGKILL');
}

const tempDirs = new Set<string>();

/** A working folder for one server; removed by removeTempDir or, at the end of the run, removeTempDirs. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `vlsa-bench-${prefix}-`));
  tempDirs.add(dir);
  return dir;
}

export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  tempDirs.delete(dir);
}

export function removeTempDirs(): void {
  for (const dir of tempDirs) removeTempDir(dir);
}

function tail(path: string, lines = 20): string {
  try {
    return readFileSync(path, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

async function healthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/healthz`);
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Starts a server (the bot, or the echo bot): TypeScript through tsx, compiled JavaScript with plain node, in its own working
 * folder and resolves once GET /healthz answers. Its output goes to `server.log` in
 * that folder rather than a pipe, so the driver spends no CPU reading it and the
 * child never blocks on a full pipe.
 */
export async function startServer(opts: { script: string; env?: Record<string, string>; dataDir?: string; readyTimeoutMs?: number }): Promise<ServerProcess> {
  const dataDir = opts.dataDir ?? tempDir('server');
  const port = await freePort();
  const logPath = join(dataDir, 'server.log');
  const logFd = openSync(logPath, 'a');
  const spawnedAt = performance.now();
  const runner = opts.script.endsWith('.ts') ? ['-r', TSX] : [];
  const child = spawn(process.execPath, ['--no-deprecation', ...runner, opts.script], {
    cwd: dataDir,
    env: { PATH: process.env.PATH ?? '', TEAMSFX_ENV: 'bench', PORT: String(port), ...opts.env },
    stdio: ['ignore', logFd, logFd],
  });
  closeSync(logFd);
  live.add(child);
  const exited = new Promise<void>((done) => {
    child.once('exit', () => done());
    child.once('error', () => done());
  });
  void exited.then(() => live.delete(child));

  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  };

  const deadline = spawnedAt + (opts.readyTimeoutMs ?? 30_000);
  while (!(await healthy(url))) {
    if (child.exitCode !== null || performance.now() > deadline) {
      await stop();
      throw new Error(`${opts.script} did not become healthy (exit ${child.exitCode}); its log ends:\n${tail(logPath)}`);
    }
    await new Promise((wait) => setTimeout(wait, POLL_MS));
  }
  return { url, pid: child.pid as number, dataDir, readyMs: performance.now() - spawnedAt, spawnedAt, stop };
}
