import { parseAddress, type AddressProblem } from '../address';
import { addressTable, type AddressTable } from '../addressFile';
import { addressKey } from '../cases/case';
import type { NewRecipient } from './campaign';

/**
 * A campaign's list, pasted into the card or uploaded as a CSV file, read into recipients.
 * The address column is found as `vlsa diagnose --file` finds it (addressFile.ts, the one
 * parser); a column headed `upn` (or `user principal name`) gives the person's work UPN
 * when it differs. Every address goes through parseAddress, so nothing malformed is ever
 * stored or looked up. The text is capped before it is read, and reading it is one pass.
 */

export const RECIPIENT_LIMITS = {
  /** Characters of pasted text or of a file (about 20 MB of UTF-16, far above 20,000 lines of addresses). */
  chars: 2_000_000,
  recipients: 20_000,
  /** Problems listed; the rest are counted. */
  problemsShown: 10,
} as const;

export type RecipientListProblem =
  | { code: 'too-large'; maxChars: number }
  | { code: 'too-many'; max: number; found: number }
  | { code: 'empty' }
  /** A line whose address (or UPN) is not one: the line as counted in the text, from 1. */
  | { code: 'bad-line'; line: number; column: 'address' | 'upn'; problem: AddressProblem };

export type RecipientList =
  | {
      ok: true;
      recipients: NewRecipient[];
      /** Rows whose address was already on the list (compared case-insensitively), left out: one card per person. */
      duplicates: number;
    }
  | { ok: false; problems: RecipientListProblem[]; problemCount: number };

const UPN_HEADER = /\bupn\b|principal/i;

/** Cells holding an @ in a column. */
const atCount = (table: AddressTable, column: number) => table.rows.filter((r) => (r.cells[column] ?? '').includes('@')).length;

/**
 * The address and UPN columns. A header names the UPN column; a header naming the detected
 * address column as the UPN, beside another column as full of addresses, swaps them.
 */
function columnsOf(table: AddressTable): { address: number; upn?: number } {
  const { header } = table;
  if (!header) return { address: table.addressColumn };
  const upn = header.findIndex((name) => UPN_HEADER.test(name));
  if (upn < 0) return { address: table.addressColumn };
  if (upn !== table.addressColumn) return { address: table.addressColumn, upn };
  let other = -1;
  header.forEach((_, c) => {
    if (c !== upn && (other < 0 || atCount(table, c) > atCount(table, other))) other = c;
  });
  return other >= 0 && atCount(table, other) >= atCount(table, upn) ? { address: other, upn } : { address: upn };
}

function refused(problems: RecipientListProblem[], problemCount = problems.length): RecipientList {
  return { ok: false, problems: problems.slice(0, RECIPIENT_LIMITS.problemsShown), problemCount };
}

export function parseRecipientList(text: string): RecipientList {
  if (text.length > RECIPIENT_LIMITS.chars) return refused([{ code: 'too-large', maxChars: RECIPIENT_LIMITS.chars }]);
  const table = addressTable(text);
  if (table.rows.length === 0) return refused([{ code: 'empty' }]);
  if (table.rows.length > RECIPIENT_LIMITS.recipients) return refused([{ code: 'too-many', max: RECIPIENT_LIMITS.recipients, found: table.rows.length }]);
  const columns = columnsOf(table);
  const problems: RecipientListProblem[] = [];
  const seen = new Set<string>();
  const recipients: NewRecipient[] = [];
  let duplicates = 0;
  for (const row of table.rows) {
    const address = parseAddress(row.cells[columns.address] ?? '');
    if (!address.ok) {
      problems.push({ code: 'bad-line', line: row.line, column: 'address', problem: address.problem });
      continue;
    }
    const upnCell = columns.upn === undefined ? '' : (row.cells[columns.upn] ?? '').trim();
    const upn = upnCell === '' ? undefined : parseAddress(upnCell);
    if (upn && !upn.ok) {
      problems.push({ code: 'bad-line', line: row.line, column: 'upn', problem: upn.problem });
      continue;
    }
    const key = addressKey(address.address);
    if (seen.has(key)) {
      duplicates += 1;
      continue;
    }
    seen.add(key);
    const differs = upn?.ok && addressKey(upn.address) !== key;
    recipients.push({ address: address.address, ...(differs ? { upn: upn.address } : {}) });
  }
  if (problems.length > 0) return refused(problems);
  return { ok: true, recipients, duplicates };
}
