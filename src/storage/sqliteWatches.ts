import type Database from 'better-sqlite3';
import { addressKey } from '../domain/cases/case';
import type { WatchRepository } from '../domain/stores/ports';
import type { Watch, WatchCheck } from '../domain/watch/watch';

/**
 * The watch list in the bot's SQLite file: one row per (tenant, watcher, address), the
 * watch as JSON beside the columns its listings use. Every index starts with the tenant,
 * but for the scheduler's listing of due watches across tenants.
 */

const SCHEMA = `CREATE TABLE IF NOT EXISTS watches (
     tenant_id TEXT NOT NULL,
     watcher_id TEXT NOT NULL,
     address_key TEXT NOT NULL,
     domain TEXT NOT NULL,
     next_check_at TEXT NOT NULL,
     body TEXT NOT NULL,
     PRIMARY KEY (tenant_id, watcher_id, address_key)
   ) WITHOUT ROWID;
   CREATE INDEX IF NOT EXISTS watches_due ON watches (next_check_at);
   CREATE INDEX IF NOT EXISTS watches_by_domain ON watches (tenant_id, domain);`;

const toWatch = (row: { body: string }): Watch => JSON.parse(row.body) as Watch;

export class SqliteWatchRepository implements WatchRepository {
  private readonly upsert: Database.Statement;
  private readonly select: Database.Statement<[string, string, string], { body: string }>;
  private readonly drop: Database.Statement<[string, string, string]>;
  private readonly due: Database.Statement<[string, number], { body: string }>;
  private readonly byDomain: Database.Statement<[string, string], { body: string }>;
  private readonly byWatcher: Database.Statement<[string, string], { body: string }>;

  constructor(private readonly db: Database.Database) {
    db.exec(SCHEMA);
    this.upsert = db.prepare(
      `INSERT INTO watches (tenant_id, watcher_id, address_key, domain, next_check_at, body) VALUES (@tenant, @watcher, @key, @domain, @next, @body)
       ON CONFLICT (tenant_id, watcher_id, address_key) DO UPDATE SET domain = excluded.domain, next_check_at = excluded.next_check_at, body = excluded.body`,
    );
    this.select = db.prepare('SELECT body FROM watches WHERE tenant_id = ? AND watcher_id = ? AND address_key = ?');
    this.drop = db.prepare('DELETE FROM watches WHERE tenant_id = ? AND watcher_id = ? AND address_key = ?');
    this.due = db.prepare('SELECT body FROM watches WHERE next_check_at <= ? ORDER BY next_check_at, tenant_id, watcher_id, address_key LIMIT ?');
    this.byWatcher = db.prepare('SELECT body FROM watches WHERE tenant_id = ? AND watcher_id = ? ORDER BY address_key');
    this.byDomain = db.prepare('SELECT body FROM watches WHERE tenant_id = ? AND domain = ? ORDER BY watcher_id, address_key');
  }

  private write(w: Watch): void {
    this.upsert.run({ tenant: w.tenantId, watcher: w.watcher.aadObjectId, key: addressKey(w.address), domain: w.domain, next: w.nextCheckAt, body: JSON.stringify(w) });
  }

  async put(watch: Watch): Promise<Watch> {
    this.write(watch);
    return watch;
  }

  async get(tenantId: string, watcherId: string, address: string): Promise<Watch | undefined> {
    const row = this.select.get(tenantId, watcherId, addressKey(address));
    return row ? toWatch(row) : undefined;
  }

  async remove(tenantId: string, watcherId: string, address: string): Promise<boolean> {
    return this.drop.run(tenantId, watcherId, addressKey(address)).changes === 1;
  }

  async listByWatcher(tenantId: string, watcherId: string): Promise<Watch[]> {
    return this.byWatcher.all(tenantId, watcherId).map(toWatch);
  }

  async recordCheck(tenantId: string, watcherId: string, address: string, check: WatchCheck): Promise<void> {
    const record = this.db.transaction(() => {
      const row = this.select.get(tenantId, watcherId, addressKey(address));
      if (row) this.write({ ...toWatch(row), ...check });
    });
    record.immediate();
  }

  async listDue(now: Date, limit: number): Promise<Watch[]> {
    return this.due.all(now.toISOString(), limit).map(toWatch);
  }

  async listByDomain(tenantId: string, domain: string): Promise<Watch[]> {
    return this.byDomain.all(tenantId, domain.toLowerCase()).map(toWatch);
  }
}
