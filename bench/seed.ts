import Database from 'better-sqlite3';
import { openDatabase, SqliteStorage } from '../src/storage/sqliteStorage';
import { benchConversation, type BenchConversation } from './loadDriver';

export interface StoredRow {
  key: string;
  etag: string;
  value: string;
}

/** A conversation the real bot ran, and every bot_state row it left (conversation state, diagnosis record, recent list, lookup window). */
export interface ConversationTemplate {
  conversation: BenchConversation;
  rows: StoredRow[];
}

export function readTemplate(dbPath: string, conversation: BenchConversation): ConversationTemplate {
  const db = new Database(dbPath, { readonly: true });
  try {
    const rows = db
      .prepare<[string, string], StoredRow>('SELECT key, etag, value FROM bot_state WHERE instr(key, ?) > 0 OR instr(key, ?) > 0')
      .all(conversation.conversationId, conversation.aadObjectId);
    return { conversation, rows };
  } finally {
    db.close();
  }
}

/**
 * Writes `count` copies of a template conversation into a bot's SQLite file before the
 * bot starts: conversation i of `tag` gets the template's rows with the template's
 * conversation id and person renamed, in keys and values alike, so the stored shapes
 * are exactly what the bot writes. Returns the number of rows written.
 */
export function seedConversations(dbPath: string, template: ConversationTemplate, tag: string, count: number): number {
  const db = openDatabase(dbPath);
  try {
    // The storage's constructor creates bot_state exactly as the bot will find it.
    new SqliteStorage(db);
    const insert = db.prepare<[string, string, string]>('INSERT OR REPLACE INTO bot_state (key, etag, value) VALUES (?, ?, ?)');
    const { conversationId, aadObjectId } = template.conversation;
    db.transaction(() => {
      for (let i = 0; i < count; i++) {
        const target = benchConversation(tag, i);
        const rename = (text: string) => text.split(conversationId).join(target.conversationId).split(aadObjectId).join(target.aadObjectId);
        for (const row of template.rows) insert.run(rename(row.key), row.etag, rename(row.value));
      }
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    return count * template.rows.length;
  } finally {
    db.close();
  }
}
