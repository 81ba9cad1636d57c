import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CardLocation, Case, PendingPost } from '../../src/domain/cases/case';
import { recordCard } from '../../src/domain/cases/outbox';
import { CaseConflict, OpenCaseExists, OutboxConflict } from '../../src/domain/stores/ports';
import { mutateCase } from '../../src/domain/cases/repository';
import { SqliteStorage } from '../../src/storage/sqliteStorage';
import { migrateCases, SqliteCaseRepository } from '../../src/storage/sqliteCases';
import {
  applied,
  channelPost,
  helpdesk,
  HELPDESK_CHANNEL,
  minutes,
  runCaseRepositoryContract,
  sampleCase,
  sampleRequester,
} from '../contracts/caseRepository.contract';
import { useSqliteFiles } from '../helpers/sqliteFiles';

const { tempFile, databaseAt } = useSqliteFiles('vlsa-cases-');

runCaseRepositoryContract('SQLite', async () => new SqliteCaseRepository(databaseAt(tempFile())));

interface Executed {
  sql: string;
  params: unknown[];
}

/** Records every SELECT the repository runs, with its parameters, to explain afterwards. */
function recordSelects(db: Database.Database): Executed[] {
  const executed: Executed[] = [];
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    const statement = prepare(sql);
    if (!/^\s*SELECT/i.test(sql)) return statement;
    for (const method of ['get', 'all'] as const) {
      const run = statement[method].bind(statement) as (...params: unknown[]) => unknown;
      Object.assign(statement, {
        [method]: (...params: unknown[]) => {
          executed.push({ sql, params });
          return run(...params);
        },
      });
    }
    return statement;
  }) as typeof db.prepare;
  return executed;
}

function plan(db: Database.Database, { sql, params }: Executed): string[] {
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>;
  return rows.map((r) => r.detail);
}

describe('SqliteCaseRepository on SQLite', () => {
  it('serves every query from an index, never a scan of the cases or outbox table', async () => {
    const db = databaseAt(tempFile());
    const executed = recordSelects(db);
    const repo = new SqliteCaseRepository(db);
    const { case: c, outbox } = await repo.insert(sampleCase({ id: 'VL-AAAAAAAA' }), channelPost(minutes(0)));
    await repo.save(applied(c, { type: 'add-note', text: 'x' }, minutes(1)), 1);
    await repo.get('tenant-a', 'VL-AAAAAAAA');
    await repo.findOpen('tenant-a', 'aad-ann', 'ann@contoso.com');
    await repo.listOpen('tenant-a');
    await repo.listOpen('tenant-a', { categories: ['takeover', 'mfa'] });
    await repo.listOpen('tenant-a', { categories: ['takeover'], limit: 5 });
    await repo.listUnassigned('tenant-a');
    await repo.listAssignedTo('tenant-a', 'aad-hd-1');
    await repo.listToRemind(60_000, minutes(10));
    await repo.markReminded('tenant-a', 'VL-AAAAAAAA', minutes(11));
    await repo.listByRequester('tenant-a', 'aad-ann');
    await repo.stats('tenant-a');
    for await (const _ of repo.all('tenant-a', { pageSize: 1 })) void _;
    await repo.getOutbox('tenant-a', 'VL-AAAAAAAA');
    await repo.saveOutbox(outbox, 1);
    await repo.saveOutbox(outbox, 1).catch(() => undefined);
    await repo.listDueOutboxes(minutes(10), 5);
    await repo.listUnrouted({ tenantId: 'tenant-a', limit: 5 });
    await repo.listUnrouted();

    const plans = executed.map((e) => ({ sql: e.sql, plan: plan(db, e) }));
    const partial = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE '% WHERE %'").all() as Array<{ name: string }>).map((r) => r.name));
    expect(plans.length).toBeGreaterThan(20);
    for (const { sql, plan: details } of plans) {
      // Only an aggregate may read a whole index, and only a covering one (never the rows);
      // a partial index holds nothing but the rows its query wants.
      const tableScans = details.filter((d) => /^SCAN /.test(d) && !/USING COVERING INDEX/.test(d) && !partial.has(/USING INDEX (\w+)/.exec(d)?.[1] ?? ''));
      expect(tableScans, `${sql}\n${details.join('\n')}`).toEqual([]);
      if (/FROM (cases|case_outbox)/.test(sql)) expect(details.join('\n'), sql).toMatch(/USING (COVERING )?INDEX|USING (INTEGER )?PRIMARY KEY/);
    }
    const planFor = (fragment: string) => {
      const found = plans.find((p) => p.sql.includes(fragment));
      expect(found, fragment).toBeDefined();
      return found?.plan.join('\n');
    };
    expect(planFor('next_post_at <= @now')).toMatch(/SEARCH case_outbox USING INDEX outbox_due \(next_post_at/);
    expect(planFor('AND status IN (\'new\', \'assigned\', \'waiting-on-requester\') ORDER BY')).toMatch(/SEARCH cases USING INDEX cases_open \(tenant_id=\?\)/);
    expect(planFor('requester_id = ? AND address_key = ?')).toMatch(/SEARCH cases USING INDEX cases_one_open \(tenant_id=\? AND requester_id=\? AND address_key=\?\)/);
    expect(planFor('assignee_id = @assignee')).toMatch(/SEARCH cases USING INDEX cases_by_assignee \(tenant_id=\? AND assignee_id=\?/);
    expect(planFor('assignee_id IS NULL AND status')).toMatch(/SEARCH cases USING INDEX cases_by_assignee \(tenant_id=\? AND assignee_id=\?/);
    expect(planFor('reminded_at IS NULL')).toMatch(/SEARCH cases USING INDEX cases_to_remind \(created_at<\?\)/);
    expect(planFor('requester_id = @requester')).toMatch(/SEARCH cases USING INDEX cases_by_requester \(tenant_id=\? AND requester_id=\?/);
    expect(planFor('GROUP BY')).toMatch(/SEARCH cases USING COVERING INDEX cases_counts \(tenant_id=\?\)/);
    expect(planFor('o.tenant_id = @tenant')).toMatch(/SEARCH o USING INDEX outbox_unrouted \(tenant_id=\?\)/);
    // Pages and the loop's lists come straight off an index, with no sort.
    for (const page of plans.filter((p) => /LIMIT @(pageSize|limit)/.test(p.sql) && /case_outbox|@pageSize/.test(p.sql))) {
      expect(page.plan.join('\n'), page.sql).not.toMatch(/TEMP B-TREE/);
    }
  });

  it('enforces one open case per tenant, requester and address with a partial unique index', () => {
    const db = databaseAt(tempFile());
    new SqliteCaseRepository(db);
    const index = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'cases_one_open'").get() as { sql: string };
    expect(index.sql).toMatch(
      /CREATE UNIQUE INDEX cases_one_open ON cases \(tenant_id, requester_id, address_key\) WHERE status IN \('new', 'assigned', 'waiting-on-requester'\)/,
    );
    const insert = db.prepare(
      `INSERT INTO cases (tenant_id, id, requester_id, address_key, status, category, verdict, created_at, updated_at, version, body)
       VALUES (?, ?, 'aad-ann', 'ann@contoso.com', ?, 'takeover', 'takeover-needed', 'x', 'x', 1, '{}')`,
    );
    insert.run('tenant-a', 'VL-AAAAAAAA', 'closed');
    insert.run('tenant-a', 'VL-BBBBBBBB', 'resolved');
    insert.run('tenant-a', 'VL-CCCCCCCC', 'new');
    insert.run('tenant-b', 'VL-DDDDDDDD', 'new');
    expect(() => insert.run('tenant-a', 'VL-EEEEEEEE', 'assigned')).toThrow(/UNIQUE constraint failed/);
    expect(() => insert.run(null, 'VL-FFFFFFFF', 'closed')).toThrow(/NOT NULL constraint failed: cases.tenant_id/);
  });

  it('keeps cases and outboxes across a reopen of the file, beside the bot state, migrating once', async () => {
    const path = tempFile();
    const first = databaseAt(path);
    const storage = new SqliteStorage(first);
    await storage.write({ 'conversation/1': { step: 2 } });
    const saved = await new SqliteCaseRepository(first).insert(sampleCase({ id: 'VL-AAAAAAAA' }), channelPost(minutes(0)));
    first.close();

    const again = databaseAt(path);
    migrateCases(again);
    const repo = new SqliteCaseRepository(again);
    expect(await repo.get('tenant-a', 'VL-AAAAAAAA')).toEqual(saved.case);
    expect(await repo.getOutbox('tenant-a', 'VL-AAAAAAAA')).toEqual(saved.outbox);
    expect((await new SqliteStorage(again).read(['conversation/1']))['conversation/1'].step).toBe(2);
    expect(again.prepare("SELECT value FROM meta WHERE key = 'cases_schema'").get()).toEqual({ value: '2' });
  });

  it('lets only one of two processes sharing the file save over the same case or outbox version', async () => {
    const path = tempFile();
    const one = new SqliteCaseRepository(databaseAt(path));
    const two = new SqliteCaseRepository(databaseAt(path));
    const { case: c, outbox } = await one.insert(sampleCase({ id: 'VL-AAAAAAAA', requester: sampleRequester() }), channelPost(minutes(0)));
    const fromTwo = (await two.get('tenant-a', 'VL-AAAAAAAA'))!;
    await one.save(applied(c, { type: 'assign', assignee: helpdesk() }, minutes(1)), 1);
    const error = await two.save(applied(fromTwo, { type: 'close' }, minutes(1)), 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CaseConflict);
    expect((error as CaseConflict).current.assignee?.id).toBe('aad-hd-1');

    const outboxFromTwo = (await two.getOutbox('tenant-a', 'VL-AAAAAAAA'))!;
    const card = (activityId: string) => ({ kind: 'channel' as const, conversationId: HELPDESK_CHANNEL, activityId });
    const won = await one.saveOutbox(recordCard(outbox, HELPDESK_CHANNEL, card('1:1'), minutes(2)), 1);
    const outboxError = await two.saveOutbox(recordCard(outboxFromTwo, HELPDESK_CHANNEL, card('1:2'), minutes(2)), 1).catch((e: unknown) => e);
    expect(outboxError).toBeInstanceOf(OutboxConflict);
    expect((outboxError as OutboxConflict).current).toEqual(won);
  });
});

/** The first schema, as v1 of sqliteCases.ts created it. */
const V1_DDL = `CREATE TABLE cases (
     id TEXT PRIMARY KEY, tenant_id TEXT, requester_id TEXT NOT NULL, address_key TEXT NOT NULL, status TEXT NOT NULL,
     category TEXT NOT NULL, verdict TEXT NOT NULL, assignee_id TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
     resolved_at TEXT, reminded_at TEXT, next_post_at TEXT, version INTEGER NOT NULL, body TEXT NOT NULL
   );
   CREATE UNIQUE INDEX cases_one_open ON cases (requester_id, address_key) WHERE status IN ('new', 'assigned', 'waiting-on-requester');
   CREATE INDEX cases_by_status ON cases (status, category, created_at);
   CREATE INDEX cases_by_tenant ON cases (tenant_id, status, category, created_at);
   CREATE INDEX cases_by_assignee ON cases (assignee_id, status, created_at);
   CREATE INDEX cases_by_requester ON cases (requester_id, created_at);
   CREATE INDEX cases_due_posts ON cases (next_post_at) WHERE next_post_at IS NOT NULL;
   CREATE INDEX cases_resolved ON cases (resolved_at, created_at) WHERE resolved_at IS NOT NULL;
   CREATE INDEX cases_counts ON cases (category, status, verdict);
   CREATE INDEX cases_by_created ON cases (created_at, id);
   CREATE INDEX cases_by_tenant_created ON cases (tenant_id, created_at, id);`;

interface LegacyDelivery {
  cards: CardLocation[];
  pendingPosts: PendingPost[];
}

/** Writes `c` as v1 did: tenant from the requester, the delivery record inside the JSON. */
function writeV1Case(db: Database.Database, c: Case, { cards, pendingPosts }: LegacyDelivery): void {
  const { tenantId: _tenantId, version, ...body } = c;
  db.prepare(
    `INSERT INTO cases (id, tenant_id, requester_id, address_key, status, category, verdict, assignee_id, created_at, updated_at, resolved_at, reminded_at, next_post_at, version, body)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    c.id,
    c.requester.tenantId ?? null,
    c.requester.aadObjectId,
    c.address.toLowerCase(),
    c.status,
    c.category,
    c.diagnosis.verdict,
    c.assignee?.id ?? null,
    c.createdAt,
    c.updatedAt,
    c.resolvedAt ?? null,
    c.remindedAt ?? null,
    pendingPosts.map((p) => p.nextAttemptAt).sort()[0] ?? null,
    version,
    JSON.stringify({ ...body, cards, pendingPosts }),
  );
}

describe('migrating a v1 database', () => {
  it('moves each case to its tenant (the empty one when it had none) and its cards and pending posts to its outbox', async () => {
    const path = tempFile();
    const v1 = databaseAt(path);
    v1.exec(V1_DDL);
    v1.exec("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO meta (key, value) VALUES ('cases_schema', '1')");
    const card: CardLocation = { kind: 'channel', conversationId: HELPDESK_CHANNEL, activityId: '1:1', postedAt: minutes(1).toISOString() };
    const failedPost: PendingPost = { kind: 'admin', target: 'aad-admin', attempts: 2, lastError: 'HTTP 502', nextAttemptAt: minutes(10).toISOString() };
    const open = applied(applied(sampleCase({ id: 'VL-AAAAA' }), { type: 'assign', assignee: helpdesk() }, minutes(1)), { type: 'add-note', text: 'Called.' }, minutes(2));
    const noTenant = sampleCase({ id: 'VL-BBBBB', requester: { ...sampleRequester('aad-bob'), tenantId: undefined }, tenantId: '', at: minutes(3) });
    const closed = applied(sampleCase({ id: 'VL-CCCCC', address: 'c@contoso.com', at: minutes(4) }), { type: 'close' }, minutes(5));
    writeV1Case(v1, { ...open, version: 3 }, { cards: [card], pendingPosts: [failedPost] });
    writeV1Case(v1, { ...noTenant, version: 1 }, { cards: [], pendingPosts: [] });
    writeV1Case(v1, { ...closed, version: 2 }, { cards: [card], pendingPosts: [] });
    v1.close();

    const db = databaseAt(path);
    const repo = new SqliteCaseRepository(db);
    expect(await repo.get('tenant-a', 'VL-AAAAA')).toEqual({ ...open, version: 3 });
    expect(await repo.getOutbox('tenant-a', 'VL-AAAAA')).toEqual({
      tenantId: 'tenant-a',
      caseId: 'VL-AAAAA',
      version: 1,
      cards: [card],
      pending: [failedPost],
      updatedAt: open.updatedAt,
    });
    expect(await repo.get('', 'VL-BBBBB')).toEqual({ ...noTenant, version: 1 });
    expect(await repo.getOutbox('', 'VL-BBBBB')).toMatchObject({ version: 1, cards: [], pending: [] });
    expect(await repo.get('tenant-a', 'VL-CCCCC')).toEqual({ ...closed, version: 2 });
    expect((await repo.getOutbox('tenant-a', 'VL-CCCCC'))?.cards).toEqual([card]);

    // The listings and rules of v2 hold for the moved cases.
    expect((await repo.listDueOutboxes(minutes(10))).map((o) => o.caseId)).toEqual(['VL-AAAAA']);
    expect((await repo.listUnrouted()).map((p) => p.case.id)).toEqual(['VL-BBBBB']);
    expect((await repo.listAssignedTo('tenant-a', 'aad-hd-1')).map((c) => c.id)).toEqual(['VL-AAAAA']);
    expect((await repo.stats('tenant-a')).total).toBe(2);
    const twin = await repo.insert(sampleCase({ id: 'VL-DDDDDDDD', at: minutes(6) })).catch((e: unknown) => e);
    expect(twin).toBeInstanceOf(OpenCaseExists);
    expect((twin as OpenCaseExists).existingId).toBe('VL-AAAAA');
    // Nobody acts from the empty tenant.
    expect(await mutateCase(repo, 'VL-BBBBB', helpdesk('aad-hd-1', 'Hana Help', ''), { type: 'resolve' })).toMatchObject({ ok: false, conflict: false });

    expect(db.prepare("SELECT value FROM meta WHERE key = 'cases_schema'").get()).toEqual({ value: '2' });
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'case%' ORDER BY name").all()).toEqual([
      { name: 'case_outbox' },
      { name: 'cases' },
    ]);
    expect(db.prepare("SELECT name FROM pragma_table_info('cases') WHERE name = 'next_post_at'").all()).toEqual([]);
    expect(JSON.parse((db.prepare("SELECT body FROM cases WHERE id = 'VL-AAAAA'").get() as { body: string }).body)).not.toHaveProperty('cards');
  });
});
