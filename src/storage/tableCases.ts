import { odata, type TableClient, type TableEntityResult, type TransactionAction } from '@azure/data-tables';
import { addressKey, isOpen, nextPostAt, type Case } from '../domain/cases/case';
import { remindedCase } from '../domain/cases/lifecycle';
import { CaseConflict, CaseIdTaken, CaseNotFound, OpenCaseExists, type CaseFilter, type CaseRepository } from '../domain/cases/repository';
import { buildStats, type CaseCount, type CaseStats, type ResolveSpan } from '../domain/cases/stats';
import { hasStatus, TableReady } from './azureTables';
import {
  caseRowKey,
  END,
  guardRowKey,
  indexRowsFor,
  isGuardRow,
  PARTITION,
  prefixes,
  splitBody,
  through,
  type IndexRow,
} from './tableCaseRows';

/**
 * Cases in Azure Table Storage (tableCaseRows.ts has the row design). A save reads the
 * case with its ETag, then replaces it If-Match that ETag in the same transaction that
 * moves its index rows, so two instances saving one version cannot both win, and an
 * index row is never out of step with its case.
 *
 * A listing is one range query over index rows, then a point read of each case
 * (CASE_READS at a time), checked again against the query: a case changed between the reads
 * is left out rather than shown as it no longer is. Stats read the small `created` index
 * rows of every case (1,000 per request): O(cases) but no case bodies.
 */

const CASE_READS = 8;
const DEFAULT_PAGE = 200;
/** Races lost to a concurrent writer (markReminded) or a vanishing twin (insert) before giving up. */
const MAX_ATTEMPTS = 5;

interface StoredCase {
  case: Case;
  etag: string;
  rows: IndexRow[];
}

type Entity = TableEntityResult<Record<string, unknown>>;

function caseEntity(c: Case, rows: IndexRow[]): Record<string, unknown> & { partitionKey: string; rowKey: string } {
  const { version, ...body } = c;
  const parts = splitBody(c.id, JSON.stringify(body));
  const entity: Record<string, unknown> & { partitionKey: string; rowKey: string } = {
    partitionKey: PARTITION,
    rowKey: caseRowKey(c.id),
    version,
    bodyParts: parts.length,
    rows: JSON.stringify(rows),
  };
  parts.forEach((part, i) => (entity[`body${i}`] = part));
  return entity;
}

function fromEntity(entity: Entity): StoredCase {
  const parts = Array.from({ length: Number(entity.bodyParts) }, (_, i) => String(entity[`body${i}`]));
  const body = JSON.parse(parts.join('')) as Omit<Case, 'version'>;
  return { case: { ...body, version: Number(entity.version) }, etag: entity.etag, rows: JSON.parse(String(entity.rows)) as IndexRow[] };
}

const indexEntity = (row: IndexRow) => ({ partitionKey: PARTITION, rowKey: row.rowKey, ...row.properties });

/** The transaction that turns the index rows `before` into `after`, skipping rows that do not change. */
function indexChanges(before: readonly IndexRow[], after: readonly IndexRow[]): TransactionAction[] {
  const old = new Map(before.map((r) => [r.rowKey, JSON.stringify(r.properties)]));
  const kept = new Set(after.map((r) => r.rowKey));
  const actions: TransactionAction[] = before.filter((r) => !kept.has(r.rowKey)).map((r) => ['delete', indexEntity(r)]);
  for (const row of after) {
    if (old.get(row.rowKey) === JSON.stringify(row.properties)) continue;
    // A guard row is created, never overwritten: a twin's guard fails the whole transaction.
    if (isGuardRow(row.rowKey) && !old.has(row.rowKey)) actions.push(['create', indexEntity(row)]);
    else actions.push(['upsert', indexEntity(row), 'Replace']);
  }
  return actions;
}

/** `(category eq … or …)` and `tenantId eq …`, for the index rows that carry them. */
function filterClauses(filter: CaseFilter | undefined): string[] {
  const clauses: string[] = [];
  if (filter?.categories) clauses.push(`(${filter.categories.map((c) => odata`category eq ${c}`).join(' or ')})`);
  if (filter?.tenantId !== undefined) clauses.push(odata`tenantId eq ${filter.tenantId}`);
  return clauses;
}

function matchesFilter(c: Case, filter: CaseFilter | undefined): boolean {
  if (filter?.categories && !filter.categories.includes(c.category)) return false;
  return filter?.tenantId === undefined || c.requester.tenantId === filter.tenantId;
}

interface RangeQuery {
  /** Rows with keys in [from, to). */
  from: string;
  to: string;
  clauses?: string[];
  select?: string[];
}

export class TableCaseRepository implements CaseRepository {
  private readonly ready: TableReady;

  constructor(private readonly table: TableClient) {
    this.ready = new TableReady(table);
  }

  /** For start-up: creates the table if needed, or throws TableStorageOpenError with one line. */
  verify(abortSignal?: AbortSignal): Promise<void> {
    return this.ready.verify(abortSignal);
  }

  async insert(c: Case): Promise<Case> {
    await this.ready.ensure();
    const stored = { ...c, version: 1 };
    const rows = indexRowsFor(stored);
    const actions: TransactionAction[] = [['create', caseEntity(stored, rows)], ...rows.map((r): TransactionAction => ['create', indexEntity(r)])];
    for (let attempt = 1; ; attempt++) {
      try {
        await this.table.submitTransaction(actions);
        return stored;
      } catch (error) {
        if (!hasStatus(error, 409)) throw error;
        if (await this.read(c.id)) throw new CaseIdTaken(c.id);
        const twin = await this.openCaseId(c.requester.aadObjectId, c.address);
        if (twin !== undefined) throw new OpenCaseExists(twin);
        // The row in the way was gone by the time we looked: try again, a few times.
        if (attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  async get(id: string): Promise<Case | undefined> {
    return (await this.read(id))?.case;
  }

  async save(c: Case, expectedVersion: number): Promise<Case> {
    const current = await this.read(c.id);
    if (!current) throw new CaseNotFound(c.id);
    if (current.case.version !== expectedVersion) throw new CaseConflict(current.case);
    return this.replace(current, { ...c, version: expectedVersion + 1 });
  }

  /** Stores `next` over `current` If-Match its ETag, moving the index rows in the same transaction. */
  private async replace(current: StoredCase, next: Case): Promise<Case> {
    const rows = indexRowsFor(next);
    try {
      await this.table.submitTransaction([
        ['update', caseEntity(next, rows), 'Replace', { etag: current.etag }],
        ...indexChanges(current.rows, rows),
      ]);
      return next;
    } catch (error) {
      if (hasStatus(error, 412)) {
        const winner = await this.read(next.id);
        if (!winner) throw new CaseNotFound(next.id);
        throw new CaseConflict(winner.case);
      }
      if (hasStatus(error, 409)) throw new OpenCaseExists((await this.openCaseId(next.requester.aadObjectId, next.address)) ?? next.id);
      throw error;
    }
  }

  async findOpen(requesterId: string, address: string): Promise<Case | undefined> {
    const id = await this.openCaseId(requesterId, address);
    const found = id === undefined ? undefined : await this.get(id);
    const stillOpen = found && isOpen(found.status) && found.requester.aadObjectId === requesterId && addressKey(found.address) === addressKey(address);
    return stillOpen ? found : undefined;
  }

  async listOpen(filter?: CaseFilter): Promise<Case[]> {
    if (filter?.categories?.length === 0) return [];
    const query = { from: prefixes.open, to: prefixes.open + END, clauses: filterClauses(filter) };
    return this.list(query, (c) => isOpen(c.status) && matchesFilter(c, filter), filter?.limit);
  }

  async listUnassigned(filter?: CaseFilter): Promise<Case[]> {
    if (filter?.categories?.length === 0) return [];
    const query = { from: prefixes.open, to: prefixes.open + END, clauses: ['assigned eq false', ...filterClauses(filter)] };
    return this.list(query, (c) => isOpen(c.status) && !c.assignee && matchesFilter(c, filter), filter?.limit);
  }

  async listAssignedTo(assigneeId: string, filter?: CaseFilter): Promise<Case[]> {
    if (filter?.categories?.length === 0) return [];
    const from = prefixes.assignee(assigneeId);
    const query = { from, to: from + END, clauses: filterClauses(filter) };
    return this.list(query, (c) => isOpen(c.status) && c.assignee?.id === assigneeId && matchesFilter(c, filter), filter?.limit);
  }

  async listDuePosts(now: Date, limit?: number): Promise<Case[]> {
    const at = now.toISOString();
    const query = { from: prefixes.duePost, to: through(prefixes.duePost, at) };
    return this.list(query, (c) => {
      const due = nextPostAt(c);
      return due !== undefined && due <= at;
    }, limit);
  }

  async listToRemind(olderThanMs: number, now: Date): Promise<Case[]> {
    const cutoff = new Date(now.getTime() - olderThanMs).toISOString();
    const query = { from: prefixes.open, to: through(prefixes.open, cutoff), clauses: ['assigned eq false', 'reminded eq false'] };
    return this.list(query, (c) => isOpen(c.status) && !c.assignee && c.remindedAt === undefined && c.createdAt <= cutoff);
  }

  async markReminded(id: string, at: Date): Promise<Case | undefined> {
    for (let attempt = 1; ; attempt++) {
      const current = await this.read(id);
      if (!current) return undefined;
      try {
        return await this.replace(current, { ...remindedCase(current.case, at), version: current.case.version + 1 });
      } catch (error) {
        if (!(error instanceof CaseConflict) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  async listByRequester(requesterId: string, limit?: number): Promise<Case[]> {
    const from = prefixes.requester(requesterId);
    return this.list({ from, to: from + END }, (c) => c.requester.aadObjectId === requesterId, limit);
  }

  async stats(filter?: { tenantId?: string }): Promise<CaseStats> {
    const from = filter?.tenantId === undefined ? prefixes.created : prefixes.tenantCreated(filter.tenantId);
    const counts = new Map<string, CaseCount>();
    const spans: ResolveSpan[] = [];
    const select = ['category', 'status', 'verdict', 'createdAt', 'resolvedAt'];
    for await (const row of this.rows({ from, to: from + END, select })) {
      const { category, status, verdict, createdAt, resolvedAt } = row as unknown as CaseCount & ResolveSpan;
      const key = `${category} ${status} ${verdict}`;
      const count = counts.get(key) ?? { category, status, verdict, count: 0 };
      count.count++;
      counts.set(key, count);
      if (resolvedAt) spans.push({ createdAt, resolvedAt });
    }
    return buildStats([...counts.values()], spans);
  }

  async *all(filter?: { tenantId?: string; pageSize?: number }): AsyncIterable<Case> {
    await this.ready.ensure();
    const from = filter?.tenantId === undefined ? prefixes.created : prefixes.tenantCreated(filter.tenantId);
    const pages = this.table
      .listEntities({ queryOptions: { filter: this.rangeFilter({ from, to: from + END }), select: ['caseId'] } })
      .byPage({ maxPageSize: filter?.pageSize ?? DEFAULT_PAGE });
    for await (const page of pages) {
      for (const c of await this.readAll(page.map((row) => String(row.caseId)))) if (c) yield c;
    }
  }

  private async read(id: string): Promise<StoredCase | undefined> {
    await this.ready.ensure();
    try {
      return fromEntity(await this.table.getEntity<Record<string, unknown>>(PARTITION, caseRowKey(id)));
    } catch (error) {
      if (hasStatus(error, 404)) return undefined;
      throw error;
    }
  }

  /** The id the open-case guard row names, if there is one. */
  private async openCaseId(requesterId: string, address: string): Promise<string | undefined> {
    await this.ready.ensure();
    try {
      const guard = await this.table.getEntity<{ caseId: string }>(PARTITION, guardRowKey(requesterId, address), { queryOptions: { select: ['caseId'] } });
      return guard.caseId;
    } catch (error) {
      if (hasStatus(error, 404)) return undefined;
      throw error;
    }
  }

  private rangeFilter({ from, to, clauses = [] }: RangeQuery): string {
    return [odata`PartitionKey eq ${PARTITION} and RowKey ge ${from} and RowKey lt ${to}`, ...clauses].join(' and ');
  }

  private async *rows(query: RangeQuery): AsyncIterable<Record<string, unknown>> {
    await this.ready.ensure();
    const select = query.select ?? ['caseId'];
    yield* this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter: this.rangeFilter(query), select } });
  }

  /** Point-reads the cases, CASE_READS at a time, in the order given; undefined where one is gone. */
  private async readAll(ids: readonly string[]): Promise<Array<Case | undefined>> {
    const out: Array<Case | undefined> = [];
    for (let i = 0; i < ids.length; i += CASE_READS) out.push(...(await Promise.all(ids.slice(i, i + CASE_READS).map((id) => this.get(id)))));
    return out;
  }

  /** The cases an index range names, in key order, that still pass `accept` when read. */
  private async list(query: RangeQuery, accept: (c: Case) => boolean, limit = Infinity): Promise<Case[]> {
    const found: Case[] = [];
    let ids: string[] = [];
    const take = async () => {
      for (const c of await this.readAll(ids)) if (c && accept(c) && found.length < limit) found.push(c);
      ids = [];
    };
    for await (const row of this.rows(query)) {
      if (found.length >= limit) break;
      ids.push(String(row.caseId));
      if (ids.length >= Math.min(CASE_READS, limit - found.length)) await take();
    }
    await take();
    return found;
  }
}
