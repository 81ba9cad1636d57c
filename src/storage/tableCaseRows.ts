import { addressKey, isOpen, nextPostAt, type Case } from '../domain/cases/case';
import { keyPart } from './azureTables';

/**
 * The rows of the Azure Tables case store. Every row — the case itself and the index rows
 * that answer the queries — lives in ONE partition of ONE table, so a case and its index
 * rows change together in one entity-group transaction: there is never a stale or missing
 * index row to repair, and the one-open-case guard row is created in the same transaction
 * as the case it guards. Each query is then a point read or a range of row keys.
 *
 * Row keys are parts joined by SEP. Parts are key parts (azureTables.ts keyPart) or ISO
 * timestamps, all above SEP and below END, so keys sort as their parts do and
 * `[prefix, prefix + END)` is exactly the rows under a prefix.
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
  open: key('open', ''),
  assignee: (assigneeId: string) => key('assignee', keyPart(assigneeId), ''),
  requester: (requesterId: string) => key('requester', keyPart(requesterId), ''),
  duePost: key('due-post', ''),
  created: key('created', ''),
  tenantCreated: (tenantId: string) => key('tenant-created', keyPart(tenantId), ''),
};

export const caseRowKey = (id: string) => key('case', keyPart(id));
export const guardRowKey = (requesterId: string, address: string) => key('guard', keyPart(requesterId), keyPart(addressKey(address)));

/** The upper bound of rows whose key starts with `prefix + part`, at any later part. */
export const through = (prefix: string, part: string) => `${prefix}${part}${SEP}${END}`;

/** What an index row carries besides its key: the case id, and what queries filter on. */
export type IndexProperties = Record<string, string | boolean>;

export interface IndexRow {
  rowKey: string;
  properties: IndexProperties;
}

/** The index rows a case owns, as they must be once the case is stored. */
export function indexRowsFor(c: Case): IndexRow[] {
  const tenantId = c.requester.tenantId ?? '';
  const at = key(c.createdAt, keyPart(c.id));
  const caseId = c.id;
  const rows: IndexRow[] = [
    { rowKey: prefixes.requester(c.requester.aadObjectId) + descending(c.createdAt) + descending(keyPart(c.id)), properties: { caseId } },
  ];
  // Stats read these rows alone, so they carry every counted field.
  const counted = {
    caseId,
    category: c.category,
    status: c.status,
    verdict: c.diagnosis.verdict,
    createdAt: c.createdAt,
    resolvedAt: c.resolvedAt ?? '',
  };
  rows.push({ rowKey: prefixes.created + at, properties: counted });
  if (c.requester.tenantId !== undefined) rows.push({ rowKey: prefixes.tenantCreated(c.requester.tenantId) + at, properties: counted });
  if (isOpen(c.status)) {
    rows.push({ rowKey: guardRowKey(c.requester.aadObjectId, c.address), properties: { caseId } });
    rows.push({
      rowKey: prefixes.open + at,
      properties: { caseId, category: c.category, tenantId, assigned: c.assignee !== undefined, reminded: c.remindedAt !== undefined },
    });
    if (c.assignee) rows.push({ rowKey: prefixes.assignee(c.assignee.id) + at, properties: { caseId, category: c.category, tenantId } });
  }
  const due = nextPostAt(c);
  if (due !== undefined) rows.push({ rowKey: prefixes.duePost + key(due, keyPart(c.id)), properties: { caseId } });
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
