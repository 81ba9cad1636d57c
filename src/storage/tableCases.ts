import { odata, type TableClient, type TableEntityResult, type TransactionAction } from '@azure/data-tables';
import { addressKey, isOpen, isUnrouted, nextPostAt, type Case, type CaseOutbox, type PendingPost } from '../domain/cases/case';
import { remindedCase } from '../domain/cases/lifecycle';
import { CaseConflict, CaseIdTaken, CaseNotFound, OpenCaseExists, OutboxConflict, type CaseFilter, type CaseRepository } from '../domain/stores/ports';
import { statsOf, type CaseStats, type CountedCase } from '../domain/cases/stats';
import { tableOpenError, TableReady } from './azureTables';
import { hasStatus } from './storageOpenError';
import { caseFromJson, caseJson, firstOutbox, legacyTenantOf, outboxFromJson, outboxJson, upgradeLegacyCase, type LegacyCase } from './storedCases';
import {
  caseIndexRows,
  caseRowKey,
  CASE_ROWS,
  END,
  guardRowKey,
  isGuardRow,
  isLegacyCaseRowKey,
  outboxIndexRows,
  outboxRowKey,
  PARTITION,
  prefixes,
  SCHEMA_ROW_KEY,
  splitBody,
  through,
  type IndexRow,
} from './tableCaseRows';

/**
 * Cases and their outboxes in Azure Table Storage (tableCaseRows.ts has the row design).
 * A save reads the case (or the outbox) with its ETag, then replaces it If-Match that
 * ETag in the same transaction that moves its index rows, so two instances saving one
 * version cannot both win, and an index row is never out of step with what it indexes.
 * A case save never writes the outbox's rows, nor an outbox save the case's.
 *
 * A listing is one range query over index rows, then a point read of each case or
 * outbox (READS at a time), checked again against the query: one changed between the
 * reads is left out rather than shown as it no longer is. Stats read the small `created`
 * index rows of the tenant's cases (1,000 per request): O(cases) but no case bodies.
 */

const READS = 8;
const DEFAULT_PAGE = 200;
/** Races lost to a concurrent writer (markReminded) or a vanishing twin (insert) before giving up. */
const MAX_ATTEMPTS = 5;
/** The layout this code writes: 2, tenant-first keys and outboxes (1 had neither). */
const SCHEMA = 2;

type Entity = TableEntityResult<Record<string, unknown>>;
type NewEntity = Record<string, unknown> & { partitionKey: string; rowKey: string };

/** A case or an outbox as read: its value, the ETag to replace it by, and the index rows it owns. */
interface Stored<T> {
  value: T;
  etag: string;
  rows: IndexRow[];
}

interface StoredOutbox extends Stored<CaseOutbox> {
  caseCreatedAt: string;
}

/** A case or an outbox by its key: how to read it, and the error for a save that lost to `winner`. */
interface Versioned<T, S extends Stored<T> = Stored<T>> {
  id: string;
  read(): Promise<S | undefined>;
  conflict(winner: T): Error;
}

/** An entity holding JSON in body parts, its version and the index rows it owns. */
function bodyEntity(rowKey: string, id: string, json: string, version: number, rows: readonly IndexRow[], extra: Record<string, string> = {}): NewEntity {
  const parts = splitBody(id, json);
  const entity: NewEntity = { partitionKey: PARTITION, rowKey, version, bodyParts: parts.length, rows: JSON.stringify(rows), ...extra };
  parts.forEach((part, i) => (entity[`body${i}`] = part));
  return entity;
}

function bodyOf(entity: Entity): string {
  return Array.from({ length: Number(entity.bodyParts) }, (_, i) => String(entity[`body${i}`])).join('');
}

function stored<T>(entity: Entity, value: T): Stored<T> {
  return { value, etag: entity.etag, rows: JSON.parse(String(entity.rows)) as IndexRow[] };
}

const caseEntity = (c: Case, rows: readonly IndexRow[]) => bodyEntity(caseRowKey(c.tenantId, c.id), c.id, caseJson(c), c.version, rows);
const outboxEntity = (o: CaseOutbox, rows: readonly IndexRow[], caseCreatedAt: string) =>
  bodyEntity(outboxRowKey(o.tenantId, o.caseId), o.caseId, outboxJson(o), o.version, rows, { caseCreatedAt });

const indexEntity = (row: IndexRow): NewEntity => ({ partitionKey: PARTITION, rowKey: row.rowKey, ...row.properties });
const rowRef = (rowKey: string) => ({ partitionKey: PARTITION, rowKey });

/** The transaction that turns the index rows `before` into `after`, skipping rows that do not change. */
function indexChanges(before: readonly IndexRow[], after: readonly IndexRow[]): TransactionAction[] {
  const old = new Map(before.map((r) => [r.rowKey, JSON.stringify(r.properties)]));
  const kept = new Set(after.map((r) => r.rowKey));
  const actions: TransactionAction[] = before.filter((r) => !kept.has(r.rowKey)).map((r) => ['delete', rowRef(r.rowKey)]);
  for (const row of after) {
    if (old.get(row.rowKey) === JSON.stringify(row.properties)) continue;
    // A guard row is created, never overwritten: a twin's guard fails the whole transaction.
    if (isGuardRow(row.rowKey) && !old.has(row.rowKey)) actions.push(['create', indexEntity(row)]);
    else actions.push(['upsert', indexEntity(row), 'Replace']);
  }
  return actions;
}

/** Creates a case (version as given) with its outbox, and the index rows of both. */
function creation(c: Case, outbox: CaseOutbox): TransactionAction[] {
  const caseRows = caseIndexRows(c);
  const outboxRows = outboxIndexRows(outbox, c.createdAt);
  return [
    ['create', caseEntity(c, caseRows)],
    ['create', outboxEntity(outbox, outboxRows, c.createdAt)],
    ...[...caseRows, ...outboxRows].map((r): TransactionAction => ['create', indexEntity(r)]),
  ];
}

/** `(category eq … or …)`, for the index rows that carry the category. */
function categoryClauses(filter: CaseFilter | undefined): string[] {
  return filter?.categories ? [`(${filter.categories.map((c) => odata`category eq ${c}`).join(' or ')})`] : [];
}

const inCategories = (c: Case, filter: CaseFilter | undefined) => !filter?.categories || filter.categories.includes(c.category);

interface RangeQuery {
  /** Rows with keys in [from, to). */
  from: string;
  to: string;
  clauses?: string[];
  select?: string[];
}

const under = (prefix: string, clauses?: string[]): RangeQuery => ({ from: prefix, to: prefix + END, clauses });

/** What an index row names. */
interface Ref {
  tenantId: string;
  caseId: string;
}

export class TableCaseRepository implements CaseRepository {
  private readonly ready: TableReady;

  constructor(private readonly table: TableClient) {
    this.ready = new TableReady(table);
  }

  /**
   * For start-up: creates the table if needed, or throws StorageOpenError (code `table`) with one
   * line; then, once per table, moves cases of the first layout to this one. The signal
   * bounds reaching the table, not the move, which may take a while once.
   */
  async verify(abortSignal?: AbortSignal): Promise<void> {
    await this.ready.verify(abortSignal);
    try {
      await this.migrateLegacyLayout();
    } catch (error) {
      throw tableOpenError(`${this.table.tableName} (moving cases to tenant-first keys)`, error);
    }
  }

  async insert(c: Case, pending: readonly PendingPost[] = []): Promise<{ case: Case; outbox: CaseOutbox }> {
    await this.ready.ensure();
    const storedCase = { ...c, version: 1 };
    const outbox = firstOutbox(storedCase, pending);
    const actions = creation(storedCase, outbox);
    for (let attempt = 1; ; attempt++) {
      try {
        await this.table.submitTransaction(actions);
        return { case: storedCase, outbox };
      } catch (error) {
        if (!hasStatus(error, 409)) throw error;
        if (await this.readCase(c.tenantId, c.id)) throw new CaseIdTaken(c.id);
        const twin = await this.openCaseId(c.tenantId, c.requester.aadObjectId, c.address);
        if (twin !== undefined) throw new OpenCaseExists(twin);
        // The row in the way was gone by the time we looked: try again, a few times.
        if (attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  async get(tenantId: string, id: string): Promise<Case | undefined> {
    return (await this.readCase(tenantId, id))?.value;
  }

  async save(c: Case, expectedVersion: number): Promise<Case> {
    const record = this.caseRecord(c.tenantId, c.id);
    return this.replaceCase(record, await this.atVersion(record, expectedVersion), { ...c, version: expectedVersion + 1 });
  }

  /** Stores `next` over `current`, its index rows moved in the same transaction. */
  private async replaceCase(record: Versioned<Case>, current: Stored<Case>, next: Case): Promise<Case> {
    const rows = caseIndexRows(next);
    try {
      await this.replace(record, current, caseEntity(next, rows), rows);
      return next;
    } catch (error) {
      if (hasStatus(error, 409)) throw new OpenCaseExists((await this.openCaseId(next.tenantId, next.requester.aadObjectId, next.address)) ?? next.id);
      throw error;
    }
  }

  async findOpen(tenantId: string, requesterId: string, address: string): Promise<Case | undefined> {
    const id = await this.openCaseId(tenantId, requesterId, address);
    const found = id === undefined ? undefined : await this.get(tenantId, id);
    const stillOpen = found && isOpen(found.status) && found.requester.aadObjectId === requesterId && addressKey(found.address) === addressKey(address);
    return stillOpen ? found : undefined;
  }

  async listOpen(tenantId: string, filter?: CaseFilter): Promise<Case[]> {
    if (filter?.categories?.length === 0) return [];
    return this.listCases(under(prefixes.open(tenantId), categoryClauses(filter)), (c) => isOpen(c.status) && inCategories(c, filter), filter?.limit);
  }

  async listUnassigned(tenantId: string, filter?: CaseFilter): Promise<Case[]> {
    if (filter?.categories?.length === 0) return [];
    const query = under(prefixes.open(tenantId), ['assigned eq false', ...categoryClauses(filter)]);
    return this.listCases(query, (c) => isOpen(c.status) && !c.assignee && inCategories(c, filter), filter?.limit);
  }

  async listAssignedTo(tenantId: string, assigneeId: string, filter?: CaseFilter): Promise<Case[]> {
    if (filter?.categories?.length === 0) return [];
    const query = under(prefixes.assignee(tenantId, assigneeId), categoryClauses(filter));
    return this.listCases(query, (c) => isOpen(c.status) && c.assignee?.id === assigneeId && inCategories(c, filter), filter?.limit);
  }

  async listToRemind(olderThanMs: number, now: Date): Promise<Case[]> {
    const cutoff = new Date(now.getTime() - olderThanMs).toISOString();
    const query = { from: prefixes.toRemind, to: through(prefixes.toRemind, cutoff) };
    return this.listCases(query, (c) => isOpen(c.status) && !c.assignee && c.remindedAt === undefined && c.createdAt <= cutoff);
  }

  async markReminded(tenantId: string, id: string, at: Date): Promise<Case | undefined> {
    const record = this.caseRecord(tenantId, id);
    for (let attempt = 1; ; attempt++) {
      const current = await record.read();
      if (!current) return undefined;
      try {
        return await this.replaceCase(record, current, { ...remindedCase(current.value, at), version: current.value.version + 1 });
      } catch (error) {
        if (!(error instanceof CaseConflict) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  async listByRequester(tenantId: string, requesterId: string, limit?: number): Promise<Case[]> {
    return this.listCases(under(prefixes.requester(tenantId, requesterId)), (c) => c.requester.aadObjectId === requesterId, limit);
  }

  async stats(tenantId: string): Promise<CaseStats> {
    const select = ['category', 'status', 'verdict', 'createdAt', 'resolvedAt'];
    return statsOf(this.rows({ ...under(prefixes.created(tenantId)), select }) as AsyncIterable<unknown> as AsyncIterable<CountedCase>);
  }

  async *all(tenantId: string, options?: { pageSize?: number }): AsyncIterable<Case> {
    await this.ready.ensure();
    const pages = this.table
      .listEntities<Ref>({ queryOptions: { filter: this.rangeFilter(under(prefixes.created(tenantId))), select: ['tenantId', 'caseId'] } })
      .byPage({ maxPageSize: options?.pageSize ?? DEFAULT_PAGE });
    for await (const page of pages) {
      for (const c of await this.readAll(page, (ref) => this.get(ref.tenantId, ref.caseId))) if (c) yield c;
    }
  }

  async getOutbox(tenantId: string, caseId: string): Promise<CaseOutbox | undefined> {
    return (await this.readOutbox(tenantId, caseId))?.value;
  }

  async saveOutbox(outbox: CaseOutbox, expectedVersion: number): Promise<CaseOutbox> {
    const record = this.outboxRecord(outbox.tenantId, outbox.caseId);
    const current = await this.atVersion(record, expectedVersion);
    const next = { ...outbox, version: expectedVersion + 1 };
    const rows = outboxIndexRows(next, current.caseCreatedAt);
    await this.replace(record, current, outboxEntity(next, rows, current.caseCreatedAt), rows);
    return next;
  }

  async listDueOutboxes(now: Date, limit?: number): Promise<CaseOutbox[]> {
    const at = now.toISOString();
    const query = { from: prefixes.due, to: through(prefixes.due, at) };
    const isDue = (o: CaseOutbox) => {
      const due = nextPostAt(o);
      return due !== undefined && due <= at;
    };
    return this.list(query, (ref) => this.getOutbox(ref.tenantId, ref.caseId), isDue, limit);
  }

  async listUnrouted(filter?: { tenantId?: string; limit?: number }): Promise<Array<{ case: Case; outbox: CaseOutbox }>> {
    const prefix = filter?.tenantId === undefined ? prefixes.unroutedAll : prefixes.unrouted(filter.tenantId);
    const read = async (ref: Ref) => {
      const [c, outbox] = await Promise.all([this.get(ref.tenantId, ref.caseId), this.getOutbox(ref.tenantId, ref.caseId)]);
      return c && outbox && { case: c, outbox };
    };
    return this.list(under(prefix), read, (pair) => isOpen(pair.case.status) && isUnrouted(pair.outbox), filter?.limit);
  }

  /**
   * Moves every case of the first layout (`case!<id>` and its index rows) to this one, each
   * in one transaction with the deletion of its old rows, then records SCHEMA. Instances
   * may run it at once, or be stopped halfway: two runs moving one case both create its
   * new case row, so one transaction fails whole and its case is skipped, and a new run
   * moves what is left.
   */
  private async migrateLegacyLayout(): Promise<void> {
    if (Number((await this.readEntity(SCHEMA_ROW_KEY))?.schema) >= SCHEMA) return;
    const legacy: string[] = [];
    for await (const row of this.rows({ ...under(CASE_ROWS), select: ['RowKey'] })) {
      if (isLegacyCaseRowKey(String(row.rowKey))) legacy.push(String(row.rowKey));
    }
    for (let i = 0; i < legacy.length; i += READS) await Promise.all(legacy.slice(i, i + READS).map((rowKey) => this.moveLegacyCase(rowKey)));
    await this.table.upsertEntity({ partitionKey: PARTITION, rowKey: SCHEMA_ROW_KEY, schema: SCHEMA }, 'Replace');
  }

  private async moveLegacyCase(rowKey: string): Promise<void> {
    const entity = await this.readEntity(rowKey);
    if (!entity) return;
    const legacy = JSON.parse(bodyOf(entity)) as LegacyCase;
    const moved = upgradeLegacyCase(legacy, Number(entity.version), legacyTenantOf(legacy));
    const oldRows = JSON.parse(String(entity.rows)) as IndexRow[];
    try {
      await this.table.submitTransaction([
        ['delete', rowRef(rowKey)],
        ...oldRows.map((r): TransactionAction => ['delete', rowRef(r.rowKey)]),
        ...creation(moved.case, moved.outbox),
      ]);
    } catch (error) {
      // Another instance moved it meanwhile; anything else is for start-up to report.
      if (hasStatus(error, 404, 409, 412) && !(await this.readEntity(rowKey))) return;
      throw error;
    }
  }

  private caseRecord(tenantId: string, id: string): Versioned<Case> {
    return { id, read: () => this.readCase(tenantId, id), conflict: (winner) => new CaseConflict(winner) };
  }

  private outboxRecord(tenantId: string, caseId: string): Versioned<CaseOutbox, StoredOutbox> {
    return { id: caseId, read: () => this.readOutbox(tenantId, caseId), conflict: (winner) => new OutboxConflict(winner) };
  }

  /** What the record holds now, if still at `expectedVersion`; else CaseNotFound, or its conflict. */
  private async atVersion<T extends { version: number }, S extends Stored<T>>(record: Versioned<T, S>, expectedVersion: number): Promise<S> {
    const current = await record.read();
    if (!current) throw new CaseNotFound(record.id);
    if (current.value.version !== expectedVersion) throw record.conflict(current.value);
    return current;
  }

  /** Replaces `current` with `entity` If-Match its ETag, moving its index rows to `rows` in the same transaction; a lost race throws the conflict with the winner. */
  private async replace<T>(record: Versioned<T, Stored<T>>, current: Stored<T>, entity: NewEntity, rows: readonly IndexRow[]): Promise<void> {
    try {
      await this.table.submitTransaction([['update', entity, 'Replace', { etag: current.etag }], ...indexChanges(current.rows, rows)]);
    } catch (error) {
      if (!hasStatus(error, 412)) throw error;
      const winner = await record.read();
      throw winner ? record.conflict(winner.value) : new CaseNotFound(record.id);
    }
  }

  private async readEntity(rowKey: string): Promise<Entity | undefined> {
    await this.ready.ensure();
    try {
      return await this.table.getEntity<Record<string, unknown>>(PARTITION, rowKey);
    } catch (error) {
      if (hasStatus(error, 404)) return undefined;
      throw error;
    }
  }

  private async readCase(tenantId: string, id: string): Promise<Stored<Case> | undefined> {
    const entity = await this.readEntity(caseRowKey(tenantId, id));
    return entity && stored(entity, caseFromJson(bodyOf(entity), Number(entity.version)));
  }

  private async readOutbox(tenantId: string, caseId: string): Promise<StoredOutbox | undefined> {
    const entity = await this.readEntity(outboxRowKey(tenantId, caseId));
    if (!entity) return undefined;
    const value = outboxFromJson(tenantId, caseId, bodyOf(entity), Number(entity.version));
    return { ...stored(entity, value), caseCreatedAt: String(entity.caseCreatedAt) };
  }

  /** The id the open-case guard row names, if there is one. */
  private async openCaseId(tenantId: string, requesterId: string, address: string): Promise<string | undefined> {
    await this.ready.ensure();
    try {
      const guard = await this.table.getEntity<Ref>(PARTITION, guardRowKey(tenantId, requesterId, address), { queryOptions: { select: ['caseId'] } });
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
    const select = query.select ?? ['tenantId', 'caseId'];
    yield* this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter: this.rangeFilter(query), select } });
  }

  /** Reads what the refs name, READS at a time, in the order given; undefined where one is gone. */
  private async readAll<T>(refs: readonly Ref[], read: (ref: Ref) => Promise<T | undefined>): Promise<Array<T | undefined>> {
    const out: Array<T | undefined> = [];
    for (let i = 0; i < refs.length; i += READS) out.push(...(await Promise.all(refs.slice(i, i + READS).map(read))));
    return out;
  }

  /** What an index range names, in key order, read by `read`, that still passes `accept`. */
  private async list<T>(query: RangeQuery, read: (ref: Ref) => Promise<T | undefined>, accept: (item: T) => boolean, limit = Infinity): Promise<T[]> {
    const found: T[] = [];
    let refs: Ref[] = [];
    const take = async () => {
      for (const item of await this.readAll(refs, read)) if (item && accept(item) && found.length < limit) found.push(item);
      refs = [];
    };
    for await (const row of this.rows(query)) {
      if (found.length >= limit) break;
      refs.push({ tenantId: String(row.tenantId), caseId: String(row.caseId) });
      if (refs.length >= Math.min(READS, limit - found.length)) await take();
    }
    await take();
    return found;
  }

  private listCases(query: RangeQuery, accept: (c: Case) => boolean, limit?: number): Promise<Case[]> {
    return this.list(query, (ref) => this.get(ref.tenantId, ref.caseId), accept, limit);
  }
}
