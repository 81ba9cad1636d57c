import type { Case } from './case';

/**
 * Cases as CSV for a spreadsheet (RFC 4180: CRLF line ends, every cell quoted). The text
 * comes from people and mail domains, so a cell a spreadsheet would take for a formula is
 * prefixed with an apostrophe.
 */

const COLUMNS: ReadonlyArray<[header: string, cell: (c: Case) => string]> = [
  ['id', (c) => c.id],
  ['created', (c) => c.createdAt],
  ['status', (c) => c.status],
  ['category', (c) => c.category],
  ['verdict', (c) => c.diagnosis.verdict],
  ['address', (c) => c.address],
  ['domain', (c) => c.diagnosis.domain ?? ''],
  // The tenant the address signs in to, next to its domain.
  ['tenant id', (c) => c.diagnosis.tenantId ?? ''],
  ['requester name', (c) => c.requester.name],
  ['requester UPN', (c) => c.requester.upn ?? ''],
  ['assignee', (c) => c.assignee?.name ?? ''],
  ['resolved at', (c) => c.resolvedAt ?? ''],
  ['notes count', (c) => String(c.notes.length)],
];

/**
 * What a spreadsheet may run as a formula: a cell starting with a tab or a carriage return,
 * or whose first non-blank character is = + - @ or | (a DDE call in older Excel), or its
 * full-width form (＝ ＋ － ＠ ｜), which some spreadsheets fold onto the ASCII one.
 */
const FORMULA_START = /^[\t\r]|^\s*[=+\-@|\uFF1D\uFF0B\uFF0D\uFF20\uFF5C]/;

/** The value with an apostrophe in front when a spreadsheet could take it for a formula. */
export function defusedFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * Every cell is quoted: a reader that splits fields on ";" (spreadsheets in many locales)
 * then never starts a field inside a cell, so "a;=1+2" stays one harmless cell.
 */
export function csvCell(value: string): string {
  return `"${defusedFormula(value).replace(/"/g, '""')}"`;
}

/** One CSV line of cells, each quoted, CRLF-ended. */
export function csvLine(cells: string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** The export line by line, header first, so a large export never sits in memory twice. */
export async function* casesCsv(cases: AsyncIterable<Case> | Iterable<Case>): AsyncGenerator<string> {
  yield csvLine(COLUMNS.map(([header]) => header));
  for await (const c of cases) yield csvLine(COLUMNS.map(([, cell]) => cell(c)));
}
