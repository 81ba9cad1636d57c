import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, REPO_ROOT, startBot, type BotProcess } from '../helpers/botProcess';
import { startFakeConnector } from '../helpers/connector';
import { TeamsUser } from '../helpers/teamsUser';

const processes: BotProcess[] = [];
const holders: ChildProcess[] = [];
afterAll(async () => {
  for (const holder of holders) holder.kill('SIGKILL');
  for (const bot of processes) await bot.kill('SIGKILL');
});

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'vlsa-abuse-'));
}

/** Starts a process that holds an exclusive write lock on the database at `path` until it is killed. */
async function holdExclusiveLock(path: string): Promise<ChildProcess> {
  const script = `
    const db = new (require('better-sqlite3'))(process.argv[1]);
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
    db.exec('BEGIN EXCLUSIVE');
    db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('holder', 'locked')").run();
    process.stdout.write('locked\\n');
    setTimeout(() => process.exit(0), 60000);
  `;
  const holder = spawn(process.execPath, ['-e', script, path], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  holders.push(holder);
  await new Promise<void>((locked, failed) => {
    holder.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && locked());
    holder.once('exit', (code) => failed(new Error(`the lock holder exited with ${code}`)));
  });
  return holder;
}

/**
 * Runs the bot until it exits, like runBotExpectingExit, with a wider bound: these start-ups
 * also wait out SQLite's 5 s busy timeout, on CI machines that start three bots at once.
 */
async function runBotToExit(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['--no-deprecation', '-r', require.resolve('tsx/cjs'), join(REPO_ROOT, 'src', 'index.ts')], {
    cwd: tempDir(),
    env: { PATH: process.env.PATH ?? '', TEAMSFX_ENV: 'test', PORT: String(await freePort()), ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const bound = setTimeout(() => child.kill('SIGKILL'), 50_000);
  const code = await new Promise<number | null>((done) => child.once('exit', (c) => done(c)));
  clearTimeout(bound);
  return { code, stderr };
}

function storedTurnCounts(path: string): Map<string, number> {
  const db = new Database(path, { readonly: true });
  try {
    const rows = db.prepare('SELECT key, value FROM bot_state').all() as { key: string; value: string }[];
    const counts = new Map<string, number>();
    for (const row of rows) {
      const turnCount = (JSON.parse(row.value) as { turnCount?: unknown }).turnCount;
      if (typeof turnCount === 'number') counts.set(row.key, turnCount);
    }
    return counts;
  } finally {
    db.close();
  }
}

function integrity(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    return String(db.pragma('integrity_check', { simple: true }));
  } finally {
    db.close();
  }
}

function turnCountOf(counts: Map<string, number>, conversationId: string): number {
  return [...counts].find(([key]) => key.includes(`/conversations/${conversationId}`))?.[1] ?? 0;
}

describe('storage that cannot be used at start-up', { timeout: 60_000 }, () => {
  it('exits 1 with one clear line when the database path is a directory', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'state.sqlite'));
    const { code, stderr } = await runBotToExit({ SQLITE_PATH: join(dir, 'state.sqlite') });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`cannot open the SQLite database at ${join(dir, 'state.sqlite')}`);
  });

  it('exits 1 with one clear line when the file is not a database', async () => {
    const path = join(tempDir(), 'state.sqlite');
    writeFileSync(path, 'this is a note, not a database\n'.repeat(200));
    const { code, stderr } = await runBotToExit({ SQLITE_PATH: path });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/cannot open the SQLite database at .*: file is not a database/);
  });

  it('exits 1 naming the lock when another process holds the database exclusively', async () => {
    const path = join(tempDir(), 'state.sqlite');
    const holder = await holdExclusiveLock(path);
    const { code, stderr } = await runBotToExit({ SQLITE_PATH: path });
    holder.kill('SIGKILL');
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/cannot open the SQLite database at .*locked.*\(another process holds a lock on it\)/);
  });
});

describe('SIGKILL during a burst of writes', { timeout: 60_000 }, () => {
  it('keeps every acknowledged turn, and the database passes its integrity check', async () => {
    const connector = await startFakeConnector();
    const bot = await startBot();
    processes.push(bot);
    const users = Array.from({ length: 5 }, () => new TeamsUser(bot.url, connector.url));
    const acknowledged = new Map<string, number>(users.map((u) => [u.conversationId, 0]));
    let total = 0;
    // Each conversation sends its 20 turns one after another (as Teams does); the five run together.
    await Promise.all(
      users.map(async (user) => {
        for (let turn = 0; turn < 20 && bot.child.exitCode === null && bot.child.signalCode === null; turn++) {
          const result = await user.say('help').catch(() => undefined);
          if (result?.status !== 200) return;
          acknowledged.set(user.conversationId, (acknowledged.get(user.conversationId) ?? 0) + 1);
          total++;
          if (total === 50) bot.child.kill('SIGKILL');
        }
      }),
    );
    expect(await bot.kill('SIGKILL')).toBeNull();
    expect(total).toBeGreaterThanOrEqual(50);

    const restarted = await startBot({}, bot.dataDir);
    processes.push(restarted);
    expect((await fetch(`${restarted.url}/healthz`)).status).toBe(200);
    const path = join(bot.dataDir, 'data', 'vlsa.sqlite');
    expect(integrity(path)).toBe('ok');
    const counts = storedTurnCounts(path);
    for (const user of users) {
      expect(turnCountOf(counts, user.conversationId)).toBeGreaterThanOrEqual(acknowledged.get(user.conversationId) ?? 0);
    }

    const [first] = users;
    const again = new TeamsUser(restarted.url, connector.url, first.user, { id: first.conversationId });
    expect((await again.say('help')).status).toBe(200);
    expect(turnCountOf(storedTurnCounts(path), first.conversationId)).toBe(turnCountOf(counts, first.conversationId) + 1);
    await restarted.kill();
    await connector.close();
  });
});
