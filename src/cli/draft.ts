import { parseArgs } from 'node:util';
import { createDiagnosisService } from '../clients/entra';
import { parseAddress } from '../domain/address';
import { cliConfig } from './config';
import {
  buildDraft,
  Draft,
  DRAFT_KINDS,
  DraftCase,
  DraftFieldName,
  draftInputFromCase,
  draftInputRefusal,
  DraftKind,
  draftRefusal,
  MFA_METHODS,
  MfaMethod,
  Region,
  REGIONS,
  Relationship,
  RELATIONSHIPS,
  TAKEOVER_PROGRESS,
  TakeoverProgress,
  validateDraftInput,
} from '../domain/drafts';
import { MemoryStore } from '../storage/memoryStore';
import { draftWordsIn, inWords, type Catalog } from '../text/catalog';
import { localeWords } from './locale';
import type { Diagnosis } from '../domain/types';
import type { CliIo } from './main';

const USAGE = `usage: vlsa draft disassociation|extra-logins|mfa-support --address <a> [options]

Prints a support request, prefilled from a check of the address, to paste into
VLSC Support's web form or send by e-mail. Only --address is required: whatever is
not given is left as [please fill in] in the text and listed under "Still to fill in".
Each draft is made only where the guidance ties it to what the check finds; otherwise
the command says why and what to do instead.

  disassociation   web form, for an account in an unmanaged tenant: release your VLSC
                   account from the address so you can register again with a new
                   work account (Option 2)
  extra-logins     web form, for an account in an unmanaged tenant: extra VLSC log-in
                   sessions when none remain, while the tenant is taken over
  mfa-support      e-mail to MFAVLCsupport@microsoft.com when MFA cannot be enabled
                   in your organisation's tenant

options (a flag for another kind of draft is refused):
  --address <a>         required: the address you sign in to VLSC with (mfa-support: your
                        work address in the tenant that must enable MFA); support replies to it
  --name "<name>"       your name
  --new-account <a>     disassociation: the work account you will sign in with afterwards
  --region ${REGIONS.join('|')}
                        disassociation: where you are (Canada and the USA have their own form)
  --tried "<text>"      disassociation, extra-logins: what you have tried so far
  --remaining <N>       extra-logins: how many log-ins VLSC shows you have left (the
                        request is for 0; with some left, choose Skip on the VLSC prompt)
  --progress ${TAKEOVER_PROGRESS.join('|')}
                        extra-logins: where the takeover of the tenant stands
  --relationship ${RELATIONSHIPS.join('|')}
                        mfa-support: your organisation is a Volume Licensing partner or customer
  --method ${MFA_METHODS.join('|')}
                        mfa-support: how you tried to enable MFA
  --error "<text seen>" mfa-support: the error you saw
  --admin "<who>"       mfa-support: your Global Administrator's name or e-mail, when known
  --locale <tag>        the draft and its notes in that language (de, fr, es, it, pt-BR, nl,
                        ja, zh-CN, ko, or a locale such as de-AT; default en). Support works in
                        English: leave it out for the text you send. The labels of this
                        report stay English
  --json                print JSON instead of text

Exit status: 0 done (details still to fill in are listed); 1 the address could not be
checked (the draft is printed, not prefilled); 2 usage error or a value that is not valid;
3 the draft does not fit what the check found, or extra-logins with --remaining above 0
(why, and the right path, are printed).`;

const OPTIONS = {
  address: { type: 'string' },
  name: { type: 'string' },
  'new-account': { type: 'string' },
  region: { type: 'string' },
  tried: { type: 'string' },
  remaining: { type: 'string' },
  progress: { type: 'string' },
  relationship: { type: 'string' },
  method: { type: 'string' },
  error: { type: 'string' },
  admin: { type: 'string' },
  locale: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Flags = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

/** The flags each draft reads besides --address, --name and --json: any other is refused, not ignored. */
const FLAGS_OF_KIND: Record<DraftKind, ReadonlyArray<keyof typeof OPTIONS>> = {
  disassociation: ['new-account', 'region', 'tried'],
  'extra-logins': ['tried', 'remaining', 'progress'],
  'mfa-support': ['relationship', 'method', 'error', 'admin'],
};
const COMMON_FLAGS: ReadonlyArray<keyof typeof OPTIONS> = ['address', 'name', 'locale', 'json', 'help'];

/** Flags whose values must be one of a fixed set, with that set. */
const CHOICE_FLAGS = { region: REGIONS, progress: TAKEOVER_PROGRESS, relationship: RELATIONSHIPS, method: MFA_METHODS } as const;

/** Which flag sets a draft field, to name it in an error; other fields come from the check. */
const FLAG_OF_FIELD: Record<string, string> = {
  contactName: '--name',
  contactEmail: '--address',
  vlscAddress: '--address',
  newAccount: '--new-account',
  region: '--region',
  tried: '--tried',
  remainingLogins: '--remaining',
  progress: '--progress',
  relationship: '--relationship',
  method: '--method',
  error: '--error',
  globalAdmin: '--admin',
};

class UsageError extends Error {}

function isOneOf<T extends string>(allowed: readonly T[], value: string): value is T {
  return (allowed as readonly string[]).includes(value);
}

function parse(args: string[]): { kind: DraftKind; flags: Flags; words: Catalog } | 'help' {
  let parsed: { values: Flags; positionals: string[] };
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(parseProblem(args, error));
  }
  const { values: flags, positionals } = parsed;
  if (flags.help) return 'help';
  const [kind, ...extra] = positionals;
  if (!kind) throw new UsageError(`say which draft: ${DRAFT_KINDS.join(', ')}.`);
  if (!isOneOf(DRAFT_KINDS, kind)) throw new UsageError(`unknown draft "${kind}"; choose one of ${DRAFT_KINDS.join(', ')}.`);
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}".`);
  for (const flag of Object.keys(flags) as Array<keyof typeof OPTIONS>) {
    if (COMMON_FLAGS.includes(flag) || FLAGS_OF_KIND[kind].includes(flag)) continue;
    const kinds = DRAFT_KINDS.filter((other) => FLAGS_OF_KIND[other].includes(flag));
    throw new UsageError(`--${flag} is for ${kinds.join(' and ')}, not ${kind}.`);
  }
  for (const [flag, allowed] of Object.entries(CHOICE_FLAGS) as Array<[keyof typeof CHOICE_FLAGS, readonly string[]]>) {
    const value = flags[flag];
    if (value !== undefined && !isOneOf(allowed, value)) throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}, got "${value}".`);
  }
  const words = localeWords(flags.locale);
  if (typeof words === 'string') throw new UsageError(`${words}.`);
  // The check needs the address; every other detail can be left for the person to fill in.
  if (!flags.address?.trim()) throw new UsageError(`${kind} needs --address.`);
  for (const flag of ['address', 'new-account'] as const) {
    const value = flags[flag];
    const parsedAddress = value === undefined ? undefined : parseAddress(value);
    if (parsedAddress && !parsedAddress.ok) throw new UsageError(`--${flag} "${value}": ${words.address.problems[parsedAddress.problem]}`);
  }
  return { kind, flags, words };
}

/** parseArgs' message, except for a value that starts with "-" (such as --remaining -1), which it calls ambiguous. */
function parseProblem(args: string[], error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const flag = /^Option '(--[a-z-]+)' argument is ambiguous/.exec(message)?.[1];
  if (!flag) return message;
  const value = args[args.indexOf(flag) + 1];
  if (flag === '--remaining') return `--remaining must be a whole number of log-ins, such as 0, got "${value}".`;
  return `${flag} needs a value; to give one that starts with "-", write ${flag}=<value>.`;
}

function draftCase(flags: Flags, diagnosis: Diagnosis): DraftCase {
  return {
    diagnosis,
    requester: { name: flags.name ?? '', email: diagnosis.address },
    tried: flags.tried,
    newAccount: flags['new-account'],
    error: flags.error,
    method: flags.method as MfaMethod | undefined,
    globalAdmin: flags.admin,
    region: flags.region as Region | undefined,
    remainingLogins: flags.remaining,
    progress: flags.progress as TakeoverProgress | undefined,
    relationship: flags.relationship as Relationship | undefined,
  };
}

function readable(words: Catalog, draft: Draft, diagnosis: Diagnosis, prefilled: boolean, stillToFill: string[]): string {
  const lines = [`${draft.title} (${draft.channel === 'email' ? `e-mail to ${draft.to}` : 'web form'})`];
  if (draft.link) lines.push(`Send it through: ${draft.link}`);
  if (!prefilled) {
    lines.push('', `NOT PREFILLED: ${diagnosis.address} could not be checked (${inWords(words.diagnosis.reasons, diagnosis.reason)}). Fill in the domain, tenant ID and what was found yourself.`);
  }
  if (stillToFill.length) lines.push('', `Still to fill in: ${stillToFill.join(', ')}.`);
  lines.push('', 'Fields:');
  for (const field of draft.fields) {
    const value = field.choices?.find((choice) => choice.value === field.value)?.title ?? field.value;
    lines.push(`  ${field.label}${field.required ? ' *' : ''}: ${value ? value.replace(/\n/g, '\n    ') : '—'}`);
  }
  lines.push('', `Subject: ${draft.subject}`, '', '----- full text -----', draft.body, '----- end -----', '', 'Notes:');
  for (const note of draft.notes) lines.push(`  - ${note}`);
  if (draft.mailto) {
    lines.push('', `Open in e-mail: ${draft.mailto}`);
    if (draft.truncated) lines.push('  (the e-mail link holds a shortened text: paste the full text above instead)');
  }
  return lines.join('\n');
}

async function run(args: string[], io: CliIo): Promise<number> {
  let request: ReturnType<typeof parse>;
  try {
    request = parse(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`vlsa draft: ${error.message}`);
    io.err('Run "vlsa draft --help" for the options.');
    return 2;
  }
  if (request === 'help') {
    io.out(USAGE);
    return 0;
  }
  const config = cliConfig('draft', io);
  if (!config) return 2;
  const { kind, flags, words } = request;
  const diagnosis = await createDiagnosisService(config, new MemoryStore()).diagnose(flags.address as string);
  const refusal = draftRefusal(kind, diagnosis);
  if (refusal) {
    io.err(`vlsa draft: no ${kind} draft: ${words.drafts.refusalInWords(refusal, 'cli')}`);
    return 3;
  }
  const prefilled = diagnosis.verdict !== 'lookup-failed';
  const input = draftInputFromCase(kind, draftCase(flags, diagnosis), words.drafts.prefill);
  const inputRefusal = draftInputRefusal(kind, input);
  if (inputRefusal) {
    io.err(`vlsa draft: no ${kind} draft: ${words.drafts.fieldProblem('extra-logins', 'remainingLogins', inputRefusal)}`);
    return 3;
  }
  const errors = Object.entries(validateDraftInput(kind, input));
  // A value given on the command line that is not valid is a usage error; a detail not given is a blank to fill in.
  const given = input as unknown as Record<string, string>;
  const flagErrors = errors.filter(([field]) => FLAG_OF_FIELD[field] && given[field] !== '');
  if (flagErrors.length) {
    for (const [field, problem] of flagErrors) io.err(`vlsa draft: ${FLAG_OF_FIELD[field]}: ${words.drafts.fieldProblem(kind, field as DraftFieldName, problem)}`);
    return 2;
  }
  const draft = buildDraft(kind, input, draftWordsIn(words, kind));
  if (flags.json) {
    io.out(JSON.stringify({ ...draft, prefilled }, null, 2));
  } else {
    const stillToFill = errors.map(([field]) => draft.fields.find((f) => f.name === field)?.label ?? field);
    io.out(readable(words, draft, diagnosis, prefilled, stillToFill));
  }
  return prefilled ? 0 : 1;
}

export const command = {
  summary: 'Print a support request draft (VLSC Support web form or MFA support e-mail), prefilled from a check of the address.',
  run,
};
