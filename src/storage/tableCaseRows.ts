import { addressKey, isOpen, isUnrouted, nextPostAt, type Case, type CaseOutbox } from '../domain/cases/case';
import { keyPart } from './azureTables';

/**
 * The rows of the Azure Tables case store. Every row — each case, each outbox, and the
 * index rows that answer the queries — lives in ONE partition of ONE table, so a case
 * and its index rows change together in one entity-group transaction, and so do an
 * outbox and its index rows: there is never a stale or missing index row to repair, and
 * the one-open-case guard row is created in the same transaction as the case it guards.
 * Each query is then a point read or a range of row keys.
 *
 * The tenant is the first part after the kind of every row a tenant's query reads:
 *
 * | row                                        | what it is                                          |
 * |--------------------------------------------|-----------------------------------------------------|
 * | `case!<tenant>!<id>`                       | the case (JSON in body parts), its version and rows |
 * | `guard!<tenant>!<requester>!<address>`     | one open case per tenant, requester and address     |
 * | `open!<tenant>!<created>!<id>`             | open cases, oldest first                            |
 * | `assignee!<tenant>!<assignee>!<created>!<id>` | open cases assigned to someone                   |
 * | `requester!<tenant>!<requester>!<newest first>` | a requester's cases                            |
 * | `created!<tenant>!<created>!<id>`          | every case, for stats and export                    |
 * | `outbox!<tenant>!<id>`                     | the case's outbox, with its own version and rows    |
 * | `unrouted!<tenant>!<created>!<id>`         | open or not, an outbox with no card and no post     |
 *
 * and the background loop's queries, across tenants, are ordered by time first:
 * `remind!<created>!<tenant>!<id>` (open, unassigned, not reminded), `due!<next post>!<tenant>!<id>`
 * and `unrouted-all!<created>!<tenant>!<id>`. Every index row carries `tenantId` and
 * `caseId`, the case or outbox it stands for.
 *
 * Row keys are parts joined by SEP. Parts are key parts (azureTables.ts keyPart, which
 * never holds SEP) or ISO timestamps, all above SEP and below END, so keys sort as their
 * parts do and `[prefix, prefix + END)` is exactly the rows under a prefix; a key's
 * number of parts tells the kinds of rows apart across layouts.
 */

export const PARTITION = 'cases';
const SEP = '!';
export const END = '~';

/**
 * A part that sorts in reverse: each UTF-16 unit as 4 hex digits of (0xFFFF - unit), then
 * `g`, above every hex digit, so that a shorter string sorts after its extensions.
 */
export function descending(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) out += (0xffff - value.charCodeAt(i)).toString(16).padStart(4, '0');
  return `${out}g`;
}

const key = (...parts: string[]) => parts.join(SEP);

export const prefixes = {
  open: (tenantId: string) => key('open', keyPart(tenantId), ''),
  assignee: (tenantId: string, assigneeId: string) => key('assignee', keyPart(tenantId), keyPart(assigneeId), ''),
  requester: (tenantId: string, requesterId: string) => key('requester', keyPart(tenantId), keyPart(requesterId), ''),
  created: (tenantId: string) => key('created', keyPart(tenantId), ''),
  unrouted: (tenantId: string) => key('unrouted', keyPart(tenantId), ''),
  toRemind: key('remind', ''),
  due: key('due', ''),
  unroutedAll: key('unrouted-all', ''),
};

export const caseRowKey = (tenantId: string, id: string) => key('case', keyPart(tenantId), keyPart(id));
export const outboxRowKey = (tenantId: string, caseId: string) => key('outbox', keyPart(tenantId), keyPart(caseId));
export const guardRowKey = (tenantId: string, requesterId: string, address: string) =>
  key('guard', keyPart(tenantId), keyPart(requesterId), keyPart(addressKey(address)));
/** Which layout the table holds (tableCases.ts migrates the first one). */
export const SCHEMA_ROW_KEY = key('meta', 'schema');

/** The prefix of every case row, of this layout and the first. */
export const CASE_ROWS = key('case', '');
/** `case!<id>`, a case of the first layout, which had no tenant in its keys. */
export const isLegacyCaseRowKey = (rowKey: string) => rowKey.startsWith(CASE_ROWS) && rowKey.split(SEP).length === 2;

/** The upper bound of rows whose key starts with `prefix + part`, at any later part. */
export const through = (prefix: string, part: string) => `${prefix}${part}${SEP}${END}`;

/** What an index row carries besides its key: the case it stands for, and what queries filter on. */
export type IndexProperties = { tenantId: string; caseId: string } & Record<string, string | boolean>;

export interface IndexRow {
  rowKey: string;
  properties: IndexProperties;
}

/** The index rows a case owns, as they must be once the case is stored. */
export function caseIndexRows(c: Case): IndexRow[] {
  const { tenantId, id: caseId } = c;
  const at = key(c.createdAt, keyPart(caseId));
  const ref = { tenantId, caseId };
  const rows: IndexRow[] = [
    { rowKey: prefixes.requester(tenantId, c.requester.aadObjectId) + key(descending(c.createdAt), descending(keyPart(caseId))), properties: ref },
    // Stats read these rows alone, so they carry every counted field.
    {
      rowKey: prefixes.created(tenantId) + at,
      properties: { ...ref, category: c.category, status: c.status, verdict: c.diagnosis.verdict, createdAt: c.createdAt, resolvedAt: c.resolvedAt ?? '' },
    },
  ];
  if (isOpen(c.status)) {
    rows.push({ rowKey: guardRowKey(tenantId, c.requester.aadObjectId, c.address), properties: ref });
    rows.push({ rowKey: prefixes.open(tenantId) + at, properties: { ...ref, category: c.category, assigned: c.assignee !== undefined } });
    if (c.assignee) rows.push({ rowKey: prefixes.assignee(tenantId, c.assignee.id) + at, properties: { ...ref, category: c.category } });
    else if (c.remindedAt === undefined) rows.push({ rowKey: prefixes.toRemind + key(c.createdAt, keyPart(tenantId), keyPart(caseId)), properties: ref });
  }
  return rows;
}

/** The index rows an outbox owns; `caseCreatedAt` (which never changes) orders unrouted cases oldest first. */
export function outboxIndexRows(o: CaseOutbox, caseCreatedAt: string): IndexRow[] {
  const { tenantId, caseId } = o;
  const ref = { tenantId, caseId };
  const rows: IndexRow[] = [];
  const due = nextPostAt(o);
  if (due !== undefined) rows.push({ rowKey: prefixes.due + key(due, keyPart(tenantId), keyPart(caseId)), properties: ref });
  if (isUnrouted(o)) {
    rows.push({ rowKey: prefixes.unrouted(tenantId) + key(caseCreatedAt, keyPart(caseId)), properties: ref });
    rows.push({ rowKey: prefixes.unroutedAll + key(caseCreatedAt, keyPart(tenantId), keyPart(caseId)), properties: ref });
  }
  return rows;
}

export const isGuardRow = (rowKey: string) => rowKey.startsWith(key('guard', ''));

/** Azure allows 64 KiB (32K UTF-16 units) per string property and 1 MiB per entity. */
const BODY_PART_UNITS = 32_000;
const MAX_BODY_PARTS = 15;

export class CaseTooLarge extends Error {
  constructor(id: string, units: number) {
    super(`${id} is too large to store in Azure Tables (${units} characters of JSON; at most ${BODY_PART_UNITS * MAX_BODY_PARTS}).`);
    this.name = 'CaseTooLarge';
  }
}

/** Cuts the JSON into property-sized parts, never between the two halves of a surrogate pair. */
export function splitBody(id: string, json: string): string[] {
  const parts: string[] = [];
  let start = 0;
  while (start < json.length) {
    let end = Math.min(start + BODY_PART_UNITS, json.length);
    const last = json.charCodeAt(end - 1);
    if (end < json.length && last >= 0xd800 && last <= 0xdbff) end--;
    parts.push(json.slice(start, end));
    start = end;
  }
  if (parts.length > MAX_BODY_PARTS) throw new CaseTooLarge(id, json.length);
  return parts;
}
