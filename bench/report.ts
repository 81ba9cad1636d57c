import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Cell = string | number;
export type Row = Record<string, Cell>;

/** One section of the benchmark: the shape bench/triage.ts and bench/faq.ts return. */
export interface Section {
  name: string;
  rows: Row[];
}

/** Numbers as a table shows them: NaN and infinities as "n/a", thousands grouped. */
export function formatCell(value: Cell | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return 'n/a';
  return Number.isInteger(value) ? value.toLocaleString('en-US') : String(value);
}

/**
 * A plain-text table: columns in the order keys first appear across the rows, numbers
 * right-aligned, text left-aligned, a rule under the header.
 */
export function formatTable(rows: readonly Row[]): string {
  if (rows.length === 0) return '(no rows)';
  const columns: string[] = [];
  for (const row of rows) for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  const cells = rows.map((row) => columns.map((column) => formatCell(row[column])));
  const widths = columns.map((column, i) => Math.max(column.length, ...cells.map((line) => line[i].length)));
  const numeric = columns.map((column) => rows.every((row) => row[column] === undefined || typeof row[column] === 'number'));
  const line = (values: string[]) =>
    values
      .map((value, i) => (numeric[i] ? value.padStart(widths[i]) : value.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(columns), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

export function formatSection(section: Section): string {
  return `== ${section.name}\n${formatTable(section.rows)}\n`;
}

export interface BenchResults {
  startedAt: string;
  finishedAt: string;
  quick: boolean;
  machine: { node: string; cpus: number; cpuModel: string; platform: string };
  /** 1, 5 and 15-minute load averages when the run started and ended: other work on the machine skews the figures. */
  loadAverage: { start: number[]; end: number[] };
  sections: Section[];
  /** Sections that threw, with their error, so one failure does not lose the rest. */
  failures: Array<{ section: string; error: string }>;
}

/** Writes bench/results/<timestamp>.json and bench/results/latest.json; returns the first path. */
export function writeResults(dir: string, results: BenchResults): string {
  mkdirSync(dir, { recursive: true });
  const text = `${JSON.stringify(results, null, 2)}\n`;
  const path = join(dir, `${results.startedAt.replace(/[:.]/g, '-')}.json`);
  writeFileSync(path, text);
  writeFileSync(join(dir, 'latest.json'), text);
  return path;
}
