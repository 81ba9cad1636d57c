import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startBot, type BotProcess } from '../helpers/botProcess';
import { startFakeConnector } from '../helpers/connector';
import { TeamsUser } from '../helpers/teamsUser';

function storedTurnCount(dataDir: string, conversationId: string): number | undefined {
  const db = new Database(join(dataDir, 'data', 'vlsa.sqlite'), { readonly: true });
  try {
    const rows = db.prepare('SELECT key, value FROM bot_state').all() as { key: string; value: string }[];
    const row = rows.find((r) => r.key.includes(`/conversations/${conversationId}`));
    return row ? (JSON.parse(row.value) as { turnCount?: number }).turnCount : undefined;
  } finally {
    db.close();
  }
}

const processes: BotProcess[] = [];
afterAll(async () => {
  for (const p of processes) await p.kill('SIGKILL');
});

describe('durable state', () => {
  it('keeps state written in one turn for the next, across a SIGKILL and a restart', async () => {
    const connector = await startFakeConnector();
    const first = await startBot();
    processes.push(first);
    const alex = new TeamsUser(first.url, connector.url);
    expect((await alex.say('help')).status).toBe(200);
    expect(await first.kill('SIGKILL')).toBeNull();
    expect(storedTurnCount(first.dataDir, alex.conversationId)).toBe(1);

    const second = await startBot({}, first.dataDir);
    processes.push(second);
    const sameAlex = new TeamsUser(second.url, connector.url, alex.user, { id: alex.conversationId });
    expect((await sameAlex.say('help')).status).toBe(200);
    await second.kill('SIGTERM');
    expect(storedTurnCount(first.dataDir, alex.conversationId)).toBe(2);
    await connector.close();
  });
});
