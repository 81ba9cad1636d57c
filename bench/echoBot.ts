import type { StoreItem } from 'botbuilder';
import { loadEnvironment, readConfig } from '../src/config';
import { createLogger } from '../src/log';
import { createServer } from '../src/server';
import { openDatabase, SqliteStorage } from '../src/storage/sqliteStorage';
import { createAdapter } from '../src/teams/adapter';

/**
 * The floor for the turn-cost benchmark: the bot's own HTTP server (restify, per-
 * conversation ordering), adapter and SQLite storage, with the least logic a stateful
 * bot can have. Each turn reads the conversation's state item under the key teams-ai
 * uses, replies with the text, then writes the item back with its eTag, as teams-ai
 * saves state after the handlers ran.
 */
async function main(): Promise<void> {
  const config = readConfig(loadEnvironment(process.cwd()), process.cwd());
  const log = createLogger(config.logLevel);
  const db = openDatabase(config.storage.sqlitePath);
  const storage = new SqliteStorage(db);
  const server = createServer({
    config,
    log,
    adapter: createAdapter(config),
    storageKind: config.storage.kind,
    version: 'echo',
    logic: async (context) => {
      const { channelId, recipient, conversation, type, text } = context.activity;
      const key = `${channelId}/${recipient.id}/conversations/${conversation.id}`;
      const item: StoreItem = (await storage.read([key]))[key] ?? {};
      if (type === 'message') await context.sendActivity(text ?? '');
      await storage.write({ [key]: { ...item, turnCount: Number(item.turnCount ?? 0) + 1 } });
    },
  });
  const stop = async () => {
    await server.drain(5_000);
    db.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  log.info({ url: await server.listen() }, 'listening');
}

void main();
