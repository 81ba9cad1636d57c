import type Database from 'better-sqlite3';
import type { Lease } from '../domain/stores/ports';

/**
 * Leases in the bot's SQLite file: one row per lease, taken by an upsert that only
 * changes the row when it is free, expired or already ours. SQLite serialises writers,
 * so two processes sharing the file cannot both take it.
 */
export class SqliteLease implements Lease {
  private readonly take: Database.Statement<{ name: string; holder: string; expiresAt: number; now: number }>;
  private readonly drop: Database.Statement<[string, string]>;

  constructor(
    db: Database.Database,
    private readonly now: () => Date = () => new Date(),
  ) {
    db.exec('CREATE TABLE IF NOT EXISTS leases (name TEXT PRIMARY KEY, holder TEXT NOT NULL, expires_at INTEGER NOT NULL)');
    this.take = db.prepare(
      `INSERT INTO leases (name, holder, expires_at) VALUES (@name, @holder, @expiresAt)
       ON CONFLICT(name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
       WHERE leases.holder = excluded.holder OR leases.expires_at <= @now`,
    );
    this.drop = db.prepare('DELETE FROM leases WHERE name = ? AND holder = ?');
  }

  async tryAcquire(name: string, holderId: string, ttlMs: number): Promise<boolean> {
    const now = this.now().getTime();
    return this.take.run({ name, holder: holderId, expiresAt: now + ttlMs, now }).changes === 1;
  }

  async release(name: string, holderId: string): Promise<void> {
    this.drop.run(name, holderId);
  }
}
