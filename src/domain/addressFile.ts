/**
 * Address lists as people paste or upload them: one address per line, or a CSV column
 * (header row and address column detected). `vlsa diagnose --file` and campaign lists
 * (campaigns/recipients.ts) read files through this one parser. Every step is a single
 * pass over the text: nothing typed runs through a pattern that could backtrack.
 */

/** One row of a CSV text: its cells, and the line it starts on (1-based, counting every line of the text). */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** Splits CSV text into rows of cells (RFC 4180 quoting), with the given delimiter; rows with only blank cells are left out. */
export function parseCsv(text: string, delimiter: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    row.push(cell);
    rows.push({ line: rowLine, cells: row });
    row = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') cell += text[i++];
      else if (ch === '"') quoted = false;
      else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
}

const HEADER_NAME = /e-?mail|address|upn|login|user|account|name/i;
const ADDRESS_HEADER = /e-?mail|address|upn|login/i;

/** A CSV text read as an address table: its header (when it has one), its data rows, and which column holds the addresses. */
export interface AddressTable {
  header?: string[];
  rows: CsvRow[];
  addressColumn: number;
}

/**
 * Reads an address table. Delimiter: whichever of , ; tab the first line uses most. Header:
 * a first row with no @ that has several cells or a column-like name. Column: the one with
 * most cells holding an @ (ties: a header named like an address column, then the leftmost).
 */
export function addressTable(text: string): AddressTable {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lineEnd = body.search(/[\r\n]/);
  const firstLine = lineEnd < 0 ? body : body.slice(0, lineEnd);
  const delimiter = [',', ';', '\t'].reduce((best, d) => (firstLine.split(d).length > firstLine.split(best).length ? d : best), ',');
  const all = parseCsv(body, delimiter);
  if (all.length === 0) return { rows: [], addressColumn: 0 };
  const first = all[0].cells;
  const hasHeader = all.length > 1 && !first.some((c) => c.includes('@')) && (first.length > 1 || HEADER_NAME.test(first[0]));
  const rows = hasHeader ? all.slice(1) : all;
  const width = Math.max(...rows.map((r) => r.cells.length));
  const score = (column: number): number =>
    rows.filter((r) => (r.cells[column] ?? '').includes('@')).length * 2 + (hasHeader && ADDRESS_HEADER.test(first[column] ?? '') ? 1 : 0);
  let addressColumn = 0;
  for (let c = 1; c < width; c++) if (score(c) > score(addressColumn)) addressColumn = c;
  return { ...(hasHeader ? { header: first } : {}), rows, addressColumn };
}

/** The addresses in a file, in order; a row with no cell in the address column gives ''. */
export function addressesFromFile(text: string): string[] {
  const table = addressTable(text);
  return table.rows.map((r) => r.cells[table.addressColumn] ?? '');
}
