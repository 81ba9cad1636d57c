import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, SqliteStorage } from '../../src/storage/sqliteStorage';
import { migrateCases, SqliteCaseRepository } from '../../src/storage/sqliteCases';
import { CaseConflict } from '../../src/domain/cases/repository';
import { applied, helpdesk, minutes, runCaseRepositoryContract, sampleCase, sampleRequester } from '../contracts/caseRepository.contract';

const opened: Database.Database[] = [];
const tempFile = () => join(mkdtempSync(join(tmpdir(), 'vlsa-cases-')), 'state.sqlite');

function databaseAt(path: string): Database.Database {
  const db = openDatabase(path);
  opened.push(db);
  return db;
}

afterEach(() => {
  while (opened.length) opened.pop()?.close();
});

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
  it('serves every query from an index, never a scan of the cases table', async () => {
    const db = databaseAt(tempFile());
    const executed = recordSelects(db);
    const repo = new SqliteCaseRepository(db);
    const c = await repo.insert(sampleCase({ id: 'VL-AAAAA' }));
    await repo.save(applied(c, { type: 'add-note', text: 'x' }, minutes(1)), 1);
    await repo.get('VL-AAAAA');
    await repo.findOpen('aad-ann', 'ann@contoso.com');
    await repo.listOpen();
    await repo.listOpen({ categories: ['takeover', 'mfa'] });
    await repo.listOpen({ tenantId: 'tenant-a', categories: ['takeover'], limit: 5 });
    await repo.listUnassigned();
    await repo.listUnassigned({ tenantId: 'tenant-a' });
    await repo.listAssignedTo('aad-hd-1');
    await repo.listDuePosts(minutes(10));
    await repo.listToRemind(60_000, minutes(10));
    await repo.markReminded('VL-AAAAA', minutes(11));
    await repo.listByRequester('aad-ann');
    await repo.stats();
    await repo.stats({ tenantId: 'tenant-a' });
    for await (const _ of repo.all({ pageSize: 1 })) void _;
    for await (const _ of repo.all({ tenantId: 'tenant-a' })) void _;

    const plans = executed.map((e) => ({ sql: e.sql, plan: plan(db, e) }));
    expect(plans.length).toBeGreaterThan(15);
    for (const { sql, plan: details } of plans) {
      // Only an aggregate may read a whole index, and only a covering one (never the rows).
      const tableScans = details.filter((d) => /^SCAN cases\b/.test(d) && !/USING COVERING INDEX/.test(d));
      expect(tableScans, `${sql}\n${details.join('\n')}`).toEqual([]);
      if (/FROM cases/.test(sql)) expect(details.join('\n'), sql).toMatch(/USING (COVERING )?INDEX|USING (INTEGER )?PRIMARY KEY/);
    }
    const planFor = (fragment: string) => plans.find((p) => p.sql.includes(fragment))?.plan.join('\n');
    expect(planFor('next_post_at <= @now')).toMatch(/SEARCH cases USING INDEX cases_due_posts/);
    expect(planFor('requester_id = ? AND address_key = ?')).toMatch(/SEARCH cases USING INDEX cases_one_open/);
    expect(planFor('assignee_id = @assignee')).toMatch(/SEARCH cases USING INDEX cases_by_assignee \(assignee_id=\?/);
    expect(planFor('reminded_at IS NULL')).toMatch(/SEARCH cases USING INDEX cases_by_assignee \(assignee_id=\?/);
    expect(planFor('requester_id = @requester')).toMatch(/SEARCH cases USING INDEX cases_by_requester/);
    // Export pages come straight off an index, with no sort per page.
    for (const page of plans.filter((p) => p.sql.includes('LIMIT @pageSize'))) expect(page.plan.join('\n')).not.toMatch(/TEMP B-TREE/);
  });

  it('enforces one open case per requester and address with a partial unique index', () => {
    const db = databaseAt(tempFile());
    new SqliteCaseRepository(db);
    const index = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'cases_one_open'").get() as { sql: string };
    expect(index.sql).toMatch(/CREATE UNIQUE INDEX cases_one_open ON cases \(requester_id, address_key\) WHERE status IN \('new', 'assigned', 'waiting-on-requester'\)/);
    const insert = db.prepare(
      `INSERT INTO cases (id, requester_id, address_key, status, category, verdict, created_at, updated_at, version, body)
       VALUES (?, 'aad-ann', 'ann@contoso.com', ?, 'takeover', 'takeover-needed', 'x', 'x', 1, '{}')`,
    );
    insert.run('VL-AAAAA', 'closed');
    insert.run('VL-BBBBB', 'resolved');
    insert.run('VL-CCCCC', 'new');
    expect(() => insert.run('VL-DDDDD', 'assigned')).toThrow(/UNIQUE constraint failed/);
  });

  it('keeps cases across a reopen of the file, beside the bot state, migrating once', async () => {
    const path = tempFile();
    const first = databaseAt(path);
    const storage = new SqliteStorage(first);
    await storage.write({ 'conversation/1': { step: 2 } });
    const saved = await new SqliteCaseRepository(first).insert(sampleCase({ id: 'VL-AAAAA' }));
    first.close();

    const again = databaseAt(path);
    migrateCases(again);
    const repo = new SqliteCaseRepository(again);
    expect(await repo.get('VL-AAAAA')).toEqual(saved);
    expect((await new SqliteStorage(again).read(['conversation/1']))['conversation/1'].step).toBe(2);
    expect(again.prepare("SELECT value FROM meta WHERE key = 'cases_schema'").get()).toEqual({ value: '1' });
  });

  it('lets only one of two processes sharing the file save over the same version', async () => {
    const path = tempFile();
    const one = new SqliteCaseRepository(databaseAt(path));
    const two = new SqliteCaseRepository(databaseAt(path));
    const c = await one.insert(sampleCase({ id: 'VL-AAAAA', requester: sampleRequester() }));
    const fromTwo = (await two.get('VL-AAAAA'))!;
    await one.save(applied(c, { type: 'assign', assignee: helpdesk() }, minutes(1)), 1);
    const error = await two.save(applied(fromTwo, { type: 'close' }, minutes(1)), 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CaseConflict);
    expect((error as CaseConflict).current.assignee?.id).toBe('aad-hd-1');
  });
});
