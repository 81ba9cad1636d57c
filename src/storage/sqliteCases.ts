import type Database from 'better-sqlite3';
import { addressKey, isUnrouted, nextPostAt, OPEN_STATUSES, type Case, type CaseOutbox, type PendingPost } from '../domain/cases/case';
import { remindedCase } from '../domain/cases/lifecycle';
import { CaseConflict, CaseIdTaken, CaseNotFound, OpenCaseExists, OutboxConflict, type CaseFilter, type CaseRepository } from '../domain/stores/ports';
import { buildStats, type CaseCount, type CaseStats, type ResolveSpan } from '../domain/cases/stats';
import { caseFromJson, caseJson, firstOutbox, NO_TENANT, outboxFromJson, outboxJson, upgradeLegacyCase, type LegacyCase } from './storedCases';

/**
 * Cases in the bot's SQLite file, keyed by (tenant, id): the columns the queries filter
 * and sort on, broken out and indexed, beside the whole case as JSON; every index a
 * tenant's listing uses starts with the tenant. Each case has one row in `case_outbox`
 * beside it, with its own version. The `version` columns are the versions; the JSON does
 * not carry them.
 */

/**
 * An open case, in SQL: equality on status so the indexes can seek to it. Queries must
 * spell it exactly as the partial indexes do, or SQLite will not use those indexes.
 */
const OPEN = `status IN (${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')})`;

/** The first schema: cases keyed by id alone, their delivery record inside the JSON. */
const V1 = `CREATE TABLE cases (
     id TEXT PRIMARY KEY,
     tenant_id TEXT,
     requester_id TEXT NOT NULL,
     address_key TEXT NOT NULL,
     status TEXT NOT NULL,
     category TEXT NOT NULL,
     verdict TEXT NOT NULL,
     assignee_id TEXT,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     resolved_at TEXT,
     reminded_at TEXT,
     next_post_at TEXT,
     version INTEGER NOT NULL,
     body TEXT NOT NULL
   );
   -- One open case per requester and address, whoever writes.
   CREATE UNIQUE INDEX cases_one_open ON cases (requester_id, address_key) WHERE ${OPEN};
   CREATE INDEX cases_by_status ON cases (status, category, created_at);
   CREATE INDEX cases_by_tenant ON cases (tenant_id, status, category, created_at);
   CREATE INDEX cases_by_assignee ON cases (assignee_id, status, created_at);
   CREATE INDEX cases_by_requester ON cases (requester_id, created_at);
   CREATE INDEX cases_due_posts ON cases (next_post_at) WHERE next_post_at IS NOT NULL;
   CREATE INDEX cases_resolved ON cases (resolved_at, created_at) WHERE resolved_at IS NOT NULL;
   CREATE INDEX cases_counts ON cases (category, status, verdict);
   -- Export pages, with and without a tenant.
   CREATE INDEX cases_by_created ON cases (created_at, id);
   CREATE INDEX cases_by_tenant_created ON cases (tenant_id, created_at, id);`;

const V2_TABLES = `CREATE TABLE cases_v2 (
     tenant_id TEXT NOT NULL,
     id TEXT NOT NULL,
     requester_id TEXT NOT NULL,
     address_key TEXT NOT NULL,
     status TEXT NOT NULL,
     category TEXT NOT NULL,
     verdict TEXT NOT NULL,
     assignee_id TEXT,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     resolved_at TEXT,
     reminded_at TEXT,
     version INTEGER NOT NULL,
     body TEXT NOT NULL,
     PRIMARY KEY (tenant_id, id)
   );
   CREATE TABLE case_outbox (
     tenant_id TEXT NOT NULL,
     case_id TEXT NOT NULL,
     -- The case's creation time, which never changes: unrouted outboxes list oldest case first.
     created_at TEXT NOT NULL,
     version INTEGER NOT NULL,
     next_post_at TEXT,
     -- 1 while no card is posted and nothing is pending (isUnrouted).
     unrouted INTEGER NOT NULL,
     body TEXT NOT NULL,
     PRIMARY KEY (tenant_id, case_id)
   );`;

const V2_INDEXES = `DROP TABLE cases;
   ALTER TABLE cases_v2 RENAME TO cases;
   -- One open case per tenant, requester and address, whoever writes.
   CREATE UNIQUE INDEX cases_one_open ON cases (tenant_id, requester_id, address_key) WHERE ${OPEN};
   CREATE INDEX cases_by_created ON cases (tenant_id, created_at, id);
   -- Listings in the order they are shown, so none sorts or reads a closed case it skips.
   -- After cases_by_created: of two indexes alike, SQLite takes the one created last.
   CREATE INDEX cases_open ON cases (tenant_id, created_at, id) WHERE ${OPEN};
   CREATE INDEX cases_by_assignee ON cases (tenant_id, assignee_id, created_at, id) WHERE ${OPEN};
   CREATE INDEX cases_by_requester ON cases (tenant_id, requester_id, created_at, id);
   CREATE INDEX cases_resolved ON cases (tenant_id, resolved_at, created_at) WHERE resolved_at IS NOT NULL;
   CREATE INDEX cases_counts ON cases (tenant_id, category, status, verdict);
   -- The background loop's queries, across tenants.
   CREATE INDEX cases_to_remind ON cases (created_at, tenant_id, id) WHERE assignee_id IS NULL AND reminded_at IS NULL AND ${OPEN};
   CREATE INDEX outbox_due ON case_outbox (next_post_at, tenant_id, case_id) WHERE next_post_at IS NOT NULL;
   CREATE INDEX outbox_unrouted_all ON case_outbox (created_at, tenant_id, case_id) WHERE unrouted = 1;
   CREATE INDEX outbox_unrouted ON case_outbox (tenant_id, created_at, case_id) WHERE unrouted = 1;`;

const CASE_COLUMNS = [
  'tenant_id',
  'id',
  'requester_id',
  'address_key',
  'status',
  'category',
  'verdict',
  'assignee_id',
  'created_at',
  'updated_at',
  'resolved_at',
  'reminded_at',
  'version',
  'body',
] as const;

const OUTBOX_COLUMNS = ['tenant_id', 'case_id', 'created_at', 'version', 'next_post_at', 'unrouted', 'body'] as const;

type Params = Record<string, string | number | null>;
/** A case or outbox as read: its version and its JSON. */
type Row = { version: number; body: string };
type CaseRow = Record<(typeof CASE_COLUMNS)[number], string | number | null> & Row;
/** All but `created_at`, the case's creation time, written once with the row. */
type OutboxRow = Record<Exclude<(typeof OUTBOX_COLUMNS)[number], 'created_at'>, string | number | null> & Row;

const insertSql = (table: string, names: readonly string[]) => `INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`;

function caseColumns(c: Case, version: number): CaseRow {
  return {
    tenant_id: c.tenantId,
    id: c.id,
    requester_id: c.requester.aadObjectId,
    address_key: addressKey(c.address),
    status: c.status,
    category: c.category,
    verdict: c.diagnosis.verdict,
    assignee_id: c.assignee?.id ?? null,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    resolved_at: c.resolvedAt ?? null,
    reminded_at: c.remindedAt ?? null,
    version,
    body: caseJson(c),
  };
}

function outboxColumns(o: CaseOutbox, version: number): OutboxRow {
  return {
    tenant_id: o.tenantId,
    case_id: o.caseId,
    version,
    next_post_at: nextPostAt(o) ?? null,
    unrouted: isUnrouted(o) ? 1 : 0,
    body: outboxJson(o),
  };
}

/** Moves every v1 case into the v2 tables, a page at a time (better-sqlite3 runs one statement at a time). */
function moveV1Cases(db: Database.Database): void {
  const page = db.prepare<[number], { rowid: number; tenant_id: string | null; version: number; body: string }>(
    'SELECT rowid, tenant_id, version, body FROM cases WHERE rowid > ? ORDER BY rowid LIMIT 500',
  );
  const insertCase = db.prepare(insertSql('cases_v2', CASE_COLUMNS));
  const insertOutbox = db.prepare(insertSql('case_outbox', OUTBOX_COLUMNS));
  for (let rows = page.all(0); rows.length > 0; rows = page.all(rows[rows.length - 1].rowid)) {
    for (const row of rows) {
      const moved = upgradeLegacyCase(JSON.parse(row.body) as LegacyCase, row.version, row.tenant_id ?? NO_TENANT);
      insertCase.run(caseColumns(moved.case, moved.case.version));
      insertOutbox.run({ ...outboxColumns(moved.outbox, moved.outbox.version), created_at: moved.case.createdAt });
    }
  }
}

/** Schema steps, applied in order; `meta.cases_schema` counts those applied. */
const MIGRATIONS: ReadonlyArray<(db: Database.Database) => void> = [
  (db) => db.exec(V1),
  // v2: tenant-first keys (v1's missing tenant becomes NO_TENANT) and the outbox beside each case.
  (db) => {
    db.exec(V2_TABLES);
    moveV1Cases(db);
    db.exec(V2_INDEXES);
  },
];

/** Brings the case tables up to date; safe to run at every start-up, by several processes at once. */
export function migrateCases(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  const migrate = db.transaction(() => {
    const row = db.prepare("SELECT value FROM meta WHERE key = 'cases_schema'").get() as { value: string } | undefined;
    const applied = row ? Number(row.value) : 0;
    for (const step of MIGRATIONS.slice(applied)) step(db);
    db.prepare("INSERT INTO meta (key, value) VALUES ('cases_schema', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(
      String(MIGRATIONS.length),
    );
  });
  // IMMEDIATE: a second process waits for the first to finish, then finds nothing to do.
  migrate.immediate();
}

type OutboxRead = Row & { tenant_id: string; case_id: string };

const toCase = (row: Row): Case => caseFromJson(row.body, row.version);
const toOutbox = (row: OutboxRead): CaseOutbox => outboxFromJson(row.tenant_id, row.case_id, row.body, row.version);

function isSqliteError(error: unknown, code: string): boolean {
  return error instanceof Error && (error as { code?: unknown }).code === code;
}

/** `AND category IN (…)` for a filter, with its parameters. */
function filterSql(filter: CaseFilter | undefined): { sql: string; params: Params } {
  const params: Params = {};
  if (!filter?.categories) return { sql: '', params };
  const names = filter.categories.map((category, i) => {
    params[`category${i}`] = category;
    return `@category${i}`;
  });
  return { sql: ` AND category IN (${names.join(', ')})`, params };
}

const DEFAULT_PAGE = 200;
/** LIMIT -1 is SQLite for no limit. */
const NO_LIMIT = -1;

export class SqliteCaseRepository implements CaseRepository {
  private readonly insertCase: Database.Statement<[Params]>;
  private readonly insertOutbox: Database.Statement<[Params]>;
  private readonly updateCase: Database.Statement<[Params & { expected: number }]>;
  private readonly updateOutbox: Database.Statement<[Params & { expected: number }]>;
  private readonly selectCase: Database.Statement<[string, string], Row>;
  private readonly selectOpen: Database.Statement<[string, string, string], Row>;
  private readonly selectOutbox: Database.Statement<[string, string], OutboxRead>;
  private readonly statements = new Map<string, Database.Statement>();

  /** `db` is the bot's database (openDatabase); the case tables are created or migrated here. */
  constructor(private readonly db: Database.Database) {
    migrateCases(db);
    this.insertCase = db.prepare(insertSql('cases', CASE_COLUMNS));
    this.insertOutbox = db.prepare(insertSql('case_outbox', OUTBOX_COLUMNS));
    const caseAssignments = CASE_COLUMNS.filter((n) => n !== 'tenant_id' && n !== 'id').map((n) => `${n} = @${n}`);
    this.updateCase = db.prepare(`UPDATE cases SET ${caseAssignments.join(', ')} WHERE tenant_id = @tenant_id AND id = @id AND version = @expected`);
    this.updateOutbox = db.prepare(
      `UPDATE case_outbox SET version = @version, next_post_at = @next_post_at, unrouted = @unrouted, body = @body
       WHERE tenant_id = @tenant_id AND case_id = @case_id AND version = @expected`,
    );
    this.selectCase = db.prepare('SELECT version, body FROM cases WHERE tenant_id = ? AND id = ?');
    this.selectOpen = db.prepare(`SELECT version, body FROM cases WHERE tenant_id = ? AND requester_id = ? AND address_key = ? AND ${OPEN}`);
    this.selectOutbox = db.prepare('SELECT tenant_id, case_id, version, body FROM case_outbox WHERE tenant_id = ? AND case_id = ?');
  }

  /** The open case that made a write break the one-open-case rule. */
  private openTwinOf(c: Case): OpenCaseExists {
    const row = this.selectOpen.get(c.tenantId, c.requester.aadObjectId, addressKey(c.address));
    return new OpenCaseExists(row ? toCase(row).id : c.id);
  }

  async insert(c: Case, pending: readonly PendingPost[] = []): Promise<{ case: Case; outbox: CaseOutbox }> {
    const row = caseColumns(c, 1);
    const outbox = firstOutbox(c, pending);
    // One transaction: the outbox exists exactly when its case does.
    const insert = this.db.transaction(() => {
      try {
        this.insertCase.run(row);
      } catch (error) {
        if (isSqliteError(error, 'SQLITE_CONSTRAINT_PRIMARYKEY')) throw new CaseIdTaken(c.id);
        if (isSqliteError(error, 'SQLITE_CONSTRAINT_UNIQUE')) throw this.openTwinOf(c);
        throw error;
      }
      this.insertOutbox.run({ ...outboxColumns(outbox, 1), created_at: c.createdAt });
    });
    insert.immediate();
    return { case: toCase(row), outbox };
  }

  async get(tenantId: string, id: string): Promise<Case | undefined> {
    const row = this.selectCase.get(tenantId, id);
    return row ? toCase(row) : undefined;
  }

  async save(c: Case, expectedVersion: number): Promise<Case> {
    const row = caseColumns(c, expectedVersion + 1);
    // IMMEDIATE: the version check and the read of the winner's case see the same state.
    const save = this.db.transaction(() => {
      let changes: number;
      try {
        changes = this.updateCase.run({ ...row, expected: expectedVersion }).changes;
      } catch (error) {
        if (isSqliteError(error, 'SQLITE_CONSTRAINT_UNIQUE')) throw this.openTwinOf(c);
        throw error;
      }
      if (changes === 1) return;
      const current = this.selectCase.get(c.tenantId, c.id);
      if (!current) throw new CaseNotFound(c.id);
      throw new CaseConflict(toCase(current));
    });
    save.immediate();
    return toCase(row);
  }

  async findOpen(tenantId: string, requesterId: string, address: string): Promise<Case | undefined> {
    const row = this.selectOpen.get(tenantId, requesterId, addressKey(address));
    return row ? toCase(row) : undefined;
  }

  /** Listing statements differ only by filter shape, so there are few; each is prepared once. */
  private prepared(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }

  private list(where: string, params: Params, order: string, limit = NO_LIMIT): Case[] {
    const statement = this.prepared(`SELECT version, body FROM cases WHERE ${where} ORDER BY ${order} LIMIT @limit`);
    return (statement.all({ ...params, limit }) as Row[]).map(toCase);
  }

  /** Open cases of the tenant matching `where` and the filter, oldest first. */
  private listOpenWhere(tenantId: string, where: string, params: Params, filter: CaseFilter | undefined): Case[] {
    const extra = filterSql(filter);
    return this.list(`tenant_id = @tenant AND ${where}${OPEN}${extra.sql}`, { ...params, ...extra.params, tenant: tenantId }, 'created_at, id', filter?.limit);
  }

  async listOpen(tenantId: string, filter?: CaseFilter): Promise<Case[]> {
    return this.listOpenWhere(tenantId, '', {}, filter);
  }

  async listUnassigned(tenantId: string, filter?: CaseFilter): Promise<Case[]> {
    return this.listOpenWhere(tenantId, 'assignee_id IS NULL AND ', {}, filter);
  }

  async listAssignedTo(tenantId: string, assigneeId: string, filter?: CaseFilter): Promise<Case[]> {
    return this.listOpenWhere(tenantId, 'assignee_id = @assignee AND ', { assignee: assigneeId }, filter);
  }

  async listToRemind(olderThanMs: number, now: Date): Promise<Case[]> {
    const cutoff = new Date(now.getTime() - olderThanMs).toISOString();
    return this.list(
      `assignee_id IS NULL AND reminded_at IS NULL AND ${OPEN} AND created_at <= @cutoff`,
      { cutoff },
      'created_at, tenant_id, id',
    );
  }

  async markReminded(tenantId: string, id: string, at: Date): Promise<Case | undefined> {
    const mark = this.db.transaction((): Case | undefined => {
      const row = this.selectCase.get(tenantId, id);
      if (!row) return undefined;
      const current = toCase(row);
      const reminded = caseColumns(remindedCase(current, at), current.version + 1);
      this.updateCase.run({ ...reminded, expected: current.version });
      return toCase(reminded);
    });
    return mark.immediate();
  }

  async listByRequester(tenantId: string, requesterId: string, limit?: number): Promise<Case[]> {
    return this.list('tenant_id = @tenant AND requester_id = @requester', { tenant: tenantId, requester: requesterId }, 'created_at DESC, id DESC', limit);
  }

  async stats(tenantId: string): Promise<CaseStats> {
    const counts = this
      .prepared('SELECT category, status, verdict, COUNT(*) AS count FROM cases WHERE tenant_id = ? GROUP BY category, status, verdict')
      .all(tenantId) as CaseCount[];
    const spans = this
      .prepared('SELECT created_at AS createdAt, resolved_at AS resolvedAt FROM cases WHERE tenant_id = ? AND resolved_at IS NOT NULL')
      .all(tenantId) as ResolveSpan[];
    return buildStats(counts, spans);
  }

  async *all(tenantId: string, options?: { pageSize?: number }): AsyncIterable<Case> {
    const pageSize = options?.pageSize ?? DEFAULT_PAGE;
    // Keyset paging: no statement stays open between pages, so writers are never blocked.
    const page = this.prepared(
      'SELECT version, body, created_at, id FROM cases WHERE tenant_id = @tenant AND (created_at, id) > (@createdAt, @id) ORDER BY created_at, id LIMIT @pageSize',
    );
    let after = { createdAt: '', id: '' };
    for (;;) {
      const rows = page.all({ ...after, pageSize, tenant: tenantId }) as Array<Row & { created_at: string; id: string }>;
      for (const row of rows) yield toCase(row);
      if (rows.length < pageSize) return;
      const last = rows[rows.length - 1];
      after = { createdAt: last.created_at, id: last.id };
    }
  }

  async getOutbox(tenantId: string, caseId: string): Promise<CaseOutbox | undefined> {
    const row = this.selectOutbox.get(tenantId, caseId);
    return row ? toOutbox(row) : undefined;
  }

  async saveOutbox(outbox: CaseOutbox, expectedVersion: number): Promise<CaseOutbox> {
    const next = { ...outbox, version: expectedVersion + 1 };
    // IMMEDIATE, as for cases; the cases row is never written.
    const save = this.db.transaction(() => {
      if (this.updateOutbox.run({ ...outboxColumns(next, next.version), expected: expectedVersion }).changes === 1) return;
      const current = this.selectOutbox.get(outbox.tenantId, outbox.caseId);
      if (!current) throw new CaseNotFound(outbox.caseId);
      throw new OutboxConflict(toOutbox(current));
    });
    save.immediate();
    return next;
  }

  async listDueOutboxes(now: Date, limit = NO_LIMIT): Promise<CaseOutbox[]> {
    const due = this.prepared(
      `SELECT tenant_id, case_id, version, body FROM case_outbox WHERE next_post_at IS NOT NULL AND next_post_at <= @now
       ORDER BY next_post_at, tenant_id, case_id LIMIT @limit`,
    );
    return (due.all({ now: now.toISOString(), limit }) as OutboxRead[]).map(toOutbox);
  }

  async listUnrouted(filter?: { tenantId?: string; limit?: number }): Promise<Array<{ case: Case; outbox: CaseOutbox }>> {
    const tenant = filter?.tenantId;
    // CROSS JOIN keeps the outbox outermost: the few unrouted outboxes, in index order, each with its case by key.
    const unrouted = this.prepared(
      `SELECT o.tenant_id, o.case_id, o.version, o.body, c.version AS case_version, c.body AS case_body
       FROM case_outbox o CROSS JOIN cases c ON c.tenant_id = o.tenant_id AND c.id = o.case_id
       WHERE o.unrouted = 1${tenant === undefined ? '' : ' AND o.tenant_id = @tenant'} AND c.${OPEN}
       ORDER BY o.created_at, o.tenant_id, o.case_id LIMIT @limit`,
    );
    const rows = unrouted.all({ limit: filter?.limit ?? NO_LIMIT, ...(tenant === undefined ? {} : { tenant }) }) as Array<
      OutboxRead & { case_version: number; case_body: string }
    >;
    return rows.map((row) => ({ case: toCase({ version: row.case_version, body: row.case_body }), outbox: toOutbox(row) }));
  }
}
