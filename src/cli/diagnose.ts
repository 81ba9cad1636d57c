import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createDiagnosisService } from '../clients/entra';
import { addressForDisplay } from '../domain/address';
import { addressesFromFile } from '../domain/addressFile';
import { defusedFormula } from '../domain/cases/csv';
import { cliConfig } from './config';
import { MemoryStore } from '../storage/memoryStore';
import type { Diagnosis, SignalSource } from '../domain/types';
import { VERDICTS } from '../domain/verdicts';
import { inWords, type Catalog } from '../text/catalog';
import { localeWords } from './locale';
import type { CliIo } from './main';

/**
 * `vlsa diagnose`: the account diagnosis from the command line, one address or a file.
 * Exit codes: 0 every lookup answered (an invalid address is an answer: it is reported
 * with its reason, the other addresses still count); 1 at least one lookup failed;
 * 2 usage errors (bad flags, no addresses, unreadable file, bad configuration).
 */

/** Addresses in flight; HTTP requests are capped separately per host (LOOKUP_CONCURRENCY). */
const DEFAULT_CONCURRENCY = 16;

const USAGE = `usage: vlsa diagnose <address>... [--json | --format text|json|csv] [--locale <tag>]
       vlsa diagnose --file users.csv [--format text|json|csv] [--concurrency N] [--locale <tag>]

Checks which sign-in account each address has for the Volume Licensing Service Center.
  --json             one JSON object per address per line (same as --format json)
  --format F         text (default), json (JSON lines) or csv
  --file PATH        addresses from a file: one per line, or a CSV column (header row and
                     address column are detected)
  --concurrency N    addresses checked at once (default ${DEFAULT_CONCURRENCY}, at most 256)
  --locale TAG       the reasons in that language (de, fr, es, it, pt-BR, nl, ja, zh-CN, ko, or
                     a locale such as de-AT; default en); the report's own labels stay English
  -h, --help         this help
Exit code: 0 all answered, 1 some lookups failed, 2 usage error.`;

const FORMATS = ['text', 'json', 'csv'] as const;
type Format = (typeof FORMATS)[number];

interface Options {
  addresses: string[];
  file?: string;
  format: Format;
  concurrency: number;
  words: Catalog;
}

const FLAGS = {
  json: { type: 'boolean' },
  format: { type: 'string' },
  file: { type: 'string' },
  concurrency: { type: 'string' },
  locale: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The options, 'help', or a usage error to print. */
function parseOptions(args: string[]): Options | 'help' | string {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: typeof FLAGS }>>;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: FLAGS });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const format = values.format ?? (values.json ? 'json' : 'text');
  if (!FORMATS.includes(format as Format)) return `--format must be one of ${FORMATS.join(', ')}, got "${format}"`;
  if (values.json && format !== 'json') return '--json and --format disagree';
  const concurrency = values.concurrency === undefined ? DEFAULT_CONCURRENCY : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256) return `--concurrency must be a whole number from 1 to 256, got "${values.concurrency}"`;
  if (positionals.length === 0 && values.file === undefined) return 'give at least one address, or --file';
  const words = localeWords(values.locale);
  if (typeof words === 'string') return words;
  return { addresses: positionals, file: values.file, format: format as Format, concurrency, words };
}

const CSV_COLUMNS = ['input', 'address', 'domain', 'verdict', 'domainType', 'tenantId', 'tenantName', 'workAccount', 'addressConfirmed', 'personalAccount', 'next', 'failureSource', 'failureDetail', 'reason', 'checkedAt'];

/** Invalid input is echoed back: escape control characters so it cannot drive the terminal. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Quotes as CSV needs, and defuses cells a spreadsheet would run as a formula. */
function csvCell(value: string | boolean | null | undefined): string {
  const text = defusedFormula(value === null || value === undefined ? '' : printable(String(value)));
  return /[",]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The diagnosis with its reason and failure detail in words: what the JSON lines and the CSV columns hold. */
function inWordsOf(words: Catalog, d: Diagnosis): Omit<Diagnosis, 'reason' | 'failure'> & { reason: string; failure?: { source: SignalSource; detail: string } } {
  const { failure, ...rest } = d;
  const reason = inWords(words.diagnosis.reasons, d.reason);
  return failure ? { ...d, reason, failure: { source: failure.source, detail: words.diagnosis.failureDetail(failure) } } : { ...rest, reason };
}

function csvRow(words: Catalog, d: Diagnosis): string {
  const { input, address, domain, verdict, domainType, tenantId, tenantName, workAccount, addressConfirmed, personalAccount, next, failure, reason, checkedAt } = inWordsOf(words, d);
  return [input, address, domain, verdict, domainType, tenantId, tenantName, workAccount, addressConfirmed, personalAccount, next, failure?.source, failure?.detail, reason, checkedAt]
    .map(csvCell)
    .join(',');
}

function yesNo(value: boolean | null): string {
  return value === null ? 'unknown' : value ? 'yes' : 'no';
}

/** The domain line: a failed lookup concludes nothing, so it claims no tenant type and no missing tenant. */
function domainLine(d: Diagnosis): string {
  const domain = addressForDisplay(d.domain ?? '');
  if (d.verdict === 'lookup-failed') return domain;
  const tenant = d.tenantId ? `, tenant ${d.tenantName ?? d.domain ?? ''} ${d.tenantId}` : ', no tenant found';
  return `${domain} (${d.domainType})${tenant}`;
}

/** Microsoft's work-account answer, or plainly that it is not confirmed for the address (see domain/diagnosis.ts). */
function workLine(d: Diagnosis): string {
  if (!d.workAccount || d.addressConfirmed) return yesNo(d.workAccount);
  return d.domainType === 'federated'
    ? 'not confirmed for this exact address (for a federated domain Microsoft answers "exists" for any address)'
    : 'not confirmed for this exact address (Microsoft\'s "exists" could not be told from the one it gives any address at the domain)';
}

function textReport(words: Catalog, d: Diagnosis): string {
  const lines = [`${printable(addressForDisplay(d.address))}: ${d.verdict}`];
  if (d.verdict !== 'invalid-address') {
    lines.push(`  domain:   ${domainLine(d)}`);
    lines.push(`  work:     ${workLine(d)}`, `  personal: ${yesNo(d.personalAccount)}`);
  }
  lines.push(`  ${inWords(words.diagnosis.reasons, d.reason)}`, `  next:     ${d.next}`);
  return lines.join('\n');
}

/** Counts per verdict; a verdict resting on a work account not confirmed for the address says how many. */
function summary(results: Diagnosis[]): string {
  const counts = VERDICTS.flatMap((v) => {
    const of = results.filter((d) => d.verdict === v);
    if (of.length === 0) return [];
    const unconfirmed = of.filter((d) => d.workAccount && !d.addressConfirmed).length;
    return [`${v} ${of.length}${unconfirmed ? ` (${unconfirmed} not confirmed for the exact address)` : ''}`];
  });
  return `${results.length} address${results.length === 1 ? '' : 'es'}: ${counts.join(', ')}`;
}

/** A one-line bar on a terminal, redrawn in place (cursor up, clear line) as whole percents pass. */
function progressBar(io: CliIo): { update(done: number, total: number): void; clear(): void } {
  let drawn = -1;
  return {
    update(done, total) {
      const percent = Math.floor((done / total) * 100);
      if (percent === drawn) return;
      const filled = Math.round(percent / 5);
      io.err(`${drawn >= 0 ? '\x1b[1A\x1b[2K' : ''}[${'#'.repeat(filled)}${'.'.repeat(20 - filled)}] ${done}/${total}`);
      drawn = percent;
    },
    clear() {
      if (drawn >= 0) io.err('\x1b[1A\x1b[2K\x1b[1A');
    },
  };
}

async function run(args: string[], io: CliIo): Promise<number> {
  const options = parseOptions(args);
  if (options === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (typeof options === 'string') {
    io.err(`vlsa diagnose: ${options}\n\n${USAGE}`);
    return 2;
  }
  const config = cliConfig('diagnose', io);
  if (!config) return 2;
  let inputs = options.addresses;
  try {
    if (options.file !== undefined) inputs = [...inputs, ...addressesFromFile(await readFile(resolve(io.cwd, options.file), 'utf8'))];
  } catch (error) {
    io.err(`vlsa diagnose: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const service = createDiagnosisService(config, new MemoryStore());
  const bar = io.interactive && inputs.length > 1 ? progressBar(io) : undefined;
  const results = await service.diagnoseMany(inputs, { concurrency: options.concurrency, onProgress: bar && ((done, total) => bar.update(done, total)) });
  bar?.clear();
  const { words } = options;
  if (options.format === 'csv') io.out([CSV_COLUMNS.join(','), ...results.map((d) => csvRow(words, d))].join('\n'));
  else for (const d of results) io.out(options.format === 'json' ? JSON.stringify(inWordsOf(words, d)) : textReport(words, d));
  io.err(summary(results));
  return results.some((d) => d.verdict === 'lookup-failed') ? 1 : 0;
}

export const command = { summary: 'check which sign-in account addresses have (work, personal, unmanaged tenant)', run };
