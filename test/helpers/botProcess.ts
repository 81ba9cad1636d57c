import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'node:net';

export const REPO_ROOT = resolve(__dirname, '..', '..');
const TSX = require.resolve('tsx/cjs');

export interface BotProcess {
  url: string;
  port: number;
  dataDir: string;
  /** Every line the bot printed (stdout and stderr). */
  output: string[];
  child: ChildProcess;
  kill(signal?: NodeJS.Signals): Promise<number | null>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolvePort(port));
    });
  });
}

/** Node's arguments for the bot's sources through tsx, as tests run it unless they say otherwise. */
const SOURCE_BOT = ['--no-deprecation', '-r', TSX, join(REPO_ROOT, 'src', 'index.ts')];

/**
 * Starts the real bot (src/index.ts through tsx, or the node arguments given) in a child process,
 * in a temporary working folder so no developer env files are read, and waits until it listens.
 */
export async function startBot(env: Record<string, string> = {}, dataDir = mkdtempSync(join(tmpdir(), 'vlsa-bot-')), nodeArgs = SOURCE_BOT): Promise<BotProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, nodeArgs, {
    cwd: dataDir,
    env: { PATH: process.env.PATH ?? '', TEAMSFX_ENV: 'test', LOG_LEVEL: 'info', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  await new Promise<void>((ready, reject) => {
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        output.push(line);
        if (line.includes('"msg":"listening"')) ready();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => reject(new Error(`bot exited with ${code} before listening:\n${output.join('\n')}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    output,
    child,
    kill: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Runs the bot to completion (for start-up failures) and returns its exit code and output. */
export async function runBotExpectingExit(env: Record<string, string>, cwd = mkdtempSync(join(tmpdir(), 'vlsa-bot-'))): Promise<{ code: number | null; stderr: string; stdout: string }> {
  const child = spawn(process.execPath, SOURCE_BOT, {
    cwd,
    env: { PATH: process.env.PATH ?? '', TEAMSFX_ENV: 'test', PORT: String(await freePort()), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  const code = await new Promise<number | null>((done) => child.once('exit', (c) => done(c)));
  clearTimeout(timer);
  return { code, stderr, stdout };
}
