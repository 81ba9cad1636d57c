import type Database from 'better-sqlite3';
import { addressKey, nextPostAt, OPEN_STATUSES, type Case } from '../domain/cases/case';
import { remindedCase } from '../domain/cases/lifecycle';
import { CaseConflict, CaseIdTaken, CaseNotFound, OpenCaseExists, type CaseFilter, type CaseRepository } from '../domain/cases/repository';
import { buildStats, type CaseCount, type CaseStats, type ResolveSpan } from '../domain/cases/stats';

/**
 * Cases in the bot's SQLite file: the columns the queries filter and sort on, broken
 * out and indexed, beside the whole case as JSON. The `version` column is the case's
 * version; the JSON does not carry it.
 */

/**
 * An open case, in SQL: equality on status so the indexes can seek to it. Queries must
 * spell it exactly as the partial unique index does, or SQLite will not use that index.
 */
const OPEN = `status IN (${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')})`;

const MIGRATIONS: readonly string[] = [
  `CREATE TABLE cases (
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
   CREATE INDEX cases_by_tenant_created ON cases (tenant_id, created_at, id);`,
];

/** Brings the case tables up to date; safe to run at every start-up. */
export function migrateCases(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  const migrate = db.transaction(() => {
    const row = db.prepare("SELECT value FROM meta WHERE key = 'cases_schema'").get() as { value: string } | undefined;
    const applied = row ? Number(row.value) : 0;
    for (const step of MIGRATIONS.slice(applied)) db.exec(step);
    db.prepare("INSERT INTO meta (key, value) VALUES ('cases_schema', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(
      String(MIGRATIONS.length),
    );
  });
  migrate.immediate();
}

interface Row {
  version: number;
  body: string;
}

type Params = Record<string, string | number | null>;

const COLUMNS = [
  'id',
  'tenant_id',
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
  'next_post_at',
  'version',
  'body',
] as const;

type CaseRow = Record<(typeof COLUMNS)[number], string | number | null> & { body: string };

function columns(c: Case, version: number): CaseRow {
  const { version: _version, ...body } = c;
  return {
    id: c.id,
    tenant_id: c.requester.tenantId ?? null,
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
    next_post_at: nextPostAt(c) ?? null,
    version,
    body: JSON.stringify(body),
  };
}

function toCase(row: Row): Case {
  return { ...(JSON.parse(row.body) as Omit<Case, 'version'>), version: row.version };
}

function isSqliteError(error: unknown, code: string): boolean {
  return error instanceof Error && (error as { code?: unknown }).code === code;
}

/** `AND category IN (…)` and `AND tenant_id = …` for a filter, with their parameters. */
function filterSql(filter: CaseFilter | undefined): { sql: string; params: Params } {
  const params: Params = {};
  let sql = '';
  if (filter?.tenantId !== undefined) {
    sql += ' AND tenant_id = @tenant';
    params.tenant = filter.tenantId;
  }
  if (filter?.categories) {
    const names = filter.categories.map((category, i) => {
      params[`category${i}`] = category;
      return `@category${i}`;
    });
    sql += ` AND category IN (${names.join(', ')})`;
  }
  return { sql, params };
}

const DEFAULT_PAGE = 200;

export class SqliteCaseRepository implements CaseRepository {
  private readonly insertRow: Database.Statement<[Params]>;
  private readonly updateRow: Database.Statement<[Params & { expected: number }]>;
  private readonly selectById: Database.Statement<[string], Row>;
  private readonly selectOpen: Database.Statement<[string, string], Row>;
  private readonly statements = new Map<string, Database.Statement>();

  /** `db` is the bot's database (openDatabase); the case tables are created here if missing. */
  constructor(private readonly db: Database.Database) {
    migrateCases(db);
    this.insertRow = db.prepare(`INSERT INTO cases (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((n) => `@${n}`).join(', ')})`);
    const assignments = COLUMNS.filter((n) => n !== 'id').map((n) => `${n} = @${n}`);
    this.updateRow = db.prepare(`UPDATE cases SET ${assignments.join(', ')} WHERE id = @id AND version = @expected`);
    this.selectById = db.prepare('SELECT version, body FROM cases WHERE id = ?');
    this.selectOpen = db.prepare(`SELECT version, body FROM cases WHERE requester_id = ? AND address_key = ? AND ${OPEN}`);
  }

  /** The open case that made a write break the one-open-case rule. */
  private openTwinOf(c: Case): OpenCaseExists {
    const row = this.selectOpen.get(c.requester.aadObjectId, addressKey(c.address));
    return new OpenCaseExists(row ? toCase(row).id : c.id);
  }

  async insert(c: Case): Promise<Case> {
    const row = columns(c, 1);
    const insert = this.db.transaction(() => {
      try {
        this.insertRow.run(row);
      } catch (error) {
        if (isSqliteError(error, 'SQLITE_CONSTRAINT_PRIMARYKEY')) throw new CaseIdTaken(c.id);
        if (isSqliteError(error, 'SQLITE_CONSTRAINT_UNIQUE')) throw this.openTwinOf(c);
        throw error;
      }
    });
    insert.immediate();
    return toCase({ version: 1, body: row.body });
  }

  async get(id: string): Promise<Case | undefined> {
    const row = this.selectById.get(id);
    return row ? toCase(row) : undefined;
  }

  async save(c: Case, expectedVersion: number): Promise<Case> {
    const row = columns(c, expectedVersion + 1);
    // IMMEDIATE: the version check and the read of the winner's case see the same state.
    const save = this.db.transaction(() => {
      let changes: number;
      try {
        changes = this.updateRow.run({ ...row, expected: expectedVersion }).changes;
      } catch (error) {
        if (isSqliteError(error, 'SQLITE_CONSTRAINT_UNIQUE')) throw this.openTwinOf(c);
        throw error;
      }
      if (changes === 1) return;
      const current = this.selectById.get(c.id);
      if (!current) throw new CaseNotFound(c.id);
      throw new CaseConflict(toCase(current));
    });
    save.immediate();
    return toCase({ version: expectedVersion + 1, body: row.body });
  }

  async findOpen(requesterId: string, address: string): Promise<Case | undefined> {
    const row = this.selectOpen.get(requesterId, addressKey(address));
    return row ? toCase(row) : undefined;
  }

  /** Listing statements differ only by filter shape, so there are few; each is prepared once. */
  private prepared(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }

  private list(where: string, params: Params, order: string, limit?: number): Case[] {
    const statement = this.prepared(`SELECT version, body FROM cases WHERE ${where} ORDER BY ${order} LIMIT @limit`);
    // LIMIT -1 is SQLite for no limit.
    return (statement.all({ ...params, limit: limit ?? -1 }) as Row[]).map(toCase);
  }

  async listOpen(filter?: CaseFilter): Promise<Case[]> {
    const extra = filterSql(filter);
    return this.list(`${OPEN}${extra.sql}`, extra.params, 'created_at, id', filter?.limit);
  }

  async listUnassigned(filter?: CaseFilter): Promise<Case[]> {
    const extra = filterSql(filter);
    return this.list(`assignee_id IS NULL AND ${OPEN}${extra.sql}`, extra.params, 'created_at, id', filter?.limit);
  }

  async listAssignedTo(assigneeId: string, filter?: CaseFilter): Promise<Case[]> {
    const extra = filterSql(filter);
    return this.list(`assignee_id = @assignee AND ${OPEN}${extra.sql}`, { ...extra.params, assignee: assigneeId }, 'created_at, id', filter?.limit);
  }

  async listDuePosts(now: Date, limit?: number): Promise<Case[]> {
    return this.list('next_post_at IS NOT NULL AND next_post_at <= @now', { now: now.toISOString() }, 'next_post_at, id', limit);
  }

  async listToRemind(olderThanMs: number, now: Date): Promise<Case[]> {
    const cutoff = new Date(now.getTime() - olderThanMs).toISOString();
    return this.list(
      `assignee_id IS NULL AND ${OPEN} AND reminded_at IS NULL AND created_at <= @cutoff`,
      { cutoff },
      'created_at, id',
    );
  }

  async markReminded(id: string, at: Date): Promise<Case | undefined> {
    const mark = this.db.transaction((): Case | undefined => {
      const row = this.selectById.get(id);
      if (!row) return undefined;
      const current = toCase(row);
      const reminded = columns(remindedCase(current, at), current.version + 1);
      this.updateRow.run({ ...reminded, expected: current.version });
      return toCase({ version: current.version + 1, body: reminded.body });
    });
    return mark.immediate();
  }

  async listByRequester(requesterId: string, limit?: number): Promise<Case[]> {
    return this.list('requester_id = @requester', { requester: requesterId }, 'created_at DESC, id DESC', limit);
  }

  async stats(filter?: { tenantId?: string }): Promise<CaseStats> {
    const tenant = filter?.tenantId;
    const where = tenant === undefined ? '' : 'WHERE tenant_id = @tenant';
    const params: Params = tenant === undefined ? {} : { tenant };
    const counts = this
      .prepared(`SELECT category, status, verdict, COUNT(*) AS count FROM cases ${where} GROUP BY category, status, verdict`)
      .all(params) as CaseCount[];
    const resolvedWhere = `resolved_at IS NOT NULL${tenant === undefined ? '' : ' AND tenant_id = @tenant'}`;
    const spans = this
      .prepared(`SELECT created_at AS createdAt, resolved_at AS resolvedAt FROM cases WHERE ${resolvedWhere}`)
      .all(params) as ResolveSpan[];
    return buildStats(counts, spans);
  }

  async *all(filter?: { tenantId?: string; pageSize?: number }): AsyncIterable<Case> {
    const pageSize = filter?.pageSize ?? DEFAULT_PAGE;
    const tenant = filter?.tenantId === undefined ? '' : ' AND tenant_id = @tenant';
    // Keyset paging: no statement stays open between pages, so writers are never blocked.
    const page = this.prepared(
      `SELECT version, body, created_at, id FROM cases WHERE (created_at, id) > (@createdAt, @id)${tenant} ORDER BY created_at, id LIMIT @pageSize`,
    );
    let after = { createdAt: '', id: '' };
    for (;;) {
      const rows = page.all({ ...after, pageSize, ...(filter?.tenantId === undefined ? {} : { tenant: filter.tenantId }) }) as Array<
        Row & { created_at: string; id: string }
      >;
      for (const row of rows) yield toCase(row);
      if (rows.length < pageSize) return;
      const last = rows[rows.length - 1];
      after = { createdAt: last.created_at, id: last.id };
    }
  }
}
