import { describe, expect, it } from 'vitest';
import type { AddressProblem } from '../../src/domain/address';
import type { CaseRefusal } from '../../src/domain/cases/refusal';
import type { HistoryEntry, HistoryEvent } from '../../src/domain/cases/case';
import { DRAFT_KINDS, FIELD_SPECS, draftInputFromCase, type CheckFinding, type DraftFieldProblem, type DraftRefusal } from '../../src/domain/drafts';
import { evaluateMfaReadiness } from '../../src/domain/mfaReadiness';
import type { DiagnosisReason, LookupFailure, UnconfirmedCause } from '../../src/domain/types';
import { VERDICTS } from '../../src/domain/verdicts';
import { renderCardJson } from '../../src/teams/kit/cards/render';
import type { Catalog, VerdictFacts } from '../../src/text/catalog';
import { catalog as english } from '../../src/text/en';
import { catalogFor, LANGUAGES } from '../../src/text/languages';
import { cardSamples, diagnosis, readinessInputs } from '../helpers/cardSamples';

/**
 * Every language says what the English says: each fact of an English sentence (addresses, case
 * ids, GUIDs, e-mail addresses, URLs, numbers such as 24 and 2 and the digits of dates, and the
 * values the sentence is given, such as names) is in the same sentence of every other language,
 * and no sentence is empty where the English one is not. Checked on every string of the
 * catalog, every function of it called with sample arguments, and every sample card
 * (test/helpers/cardSamples.ts) rendered in the language; for whatever languages
 * src/text/languages.ts registers, and on a deliberately broken catalog to show it can fail.
 */

type Json = unknown;

// ---- sample arguments ----------------------------------------------------------------------

const ADDRESS = 'megan@fourthcoffee.xyz';
/** Every problem of a typed address (the catalog words each one: typecheck holds it to the domain's codes). */
const ADDRESS_PROBLEMS = Object.keys(english.address.problems) as AddressProblem[];
const DOMAIN = 'fourthcoffee.xyz';
const CASE_ID = 'VL-7K3QX2PM';

/**
 * Sample values for a parameter by its name, each with the alternatives its sentence branches
 * on. The compiler may rename a parameter that shadows an import (`address2`): digits and a
 * leading underscore are dropped before the lookup.
 */
const BY_NAME: Record<string, unknown[]> = {
  correlationId: ['6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f'],
  line: [3, 1200],
  address: [ADDRESS],
  upn: ['alex@contoso.com'],
  account: ['megan@fourthcoffeexyz.onmicrosoft.com'],
  mailbox: ['MFAVLCsupport@microsoft.com'],
  domain: [DOMAIN],
  tenant: ['Fourth Coffee'],
  ownTenant: ['contoso.com'],
  organisation: ['northwind.example', undefined],
  tenantId: ['22222222-2222-4222-8222-222222222222'],
  personalAccount: [true, false, null],
  federated: [true, false],
  confirmed: [true, false],
  minutes: [1, 45, 125, 1500],
  hours: [1, 24],
  time: ['2026-12-03 09:24 UTC'],
  verdict: ['Unmanaged tenant, takeover needed'],
  seconds: [20, 90],
  count: [1, 2, 37],
  n: [0, 1, 3],
  max: [300],
  ms: [30_000, 5_400_000, 200_000_000],
  name: ['Megan Bowen', ''],
  names: [['Megan Bowen'], ['Megan Bowen', 'Eli Eligible', 'Dana Lee']],
  who: ['Adele Vance'],
  source: ['credential type'],
  detail: ['HTTP 503 from login.microsoftonline.com'],
  message: ['fetch failed (ECONNRESET)'],
  permission: ['RoleManagement.Read.Directory'],
  enforcedBy: ['MFA for Volume Licensing Central'],
  whoCanEnforce: ['Global Administrator, Conditional Access Administrator'],
  reason: ['it has no dot after the @'],
  titles: ['North America, Elsewhere'],
  tried: ['asked our IT department on 3 March'],
  id: [CASE_ID],
  where: ['the help desk in the “VL cases” channel'],
  category: ['Tenant takeover'],
  categories: [['Tenant takeover'], ['Tenant takeover', 'MFA']],
  status: ['Waiting on you'],
  what: ['Adele Vance assigned it to Megan Bowen.'],
  title: ['Disassociation request to VLSC Support'],
  upnOrName: ['alex@contoso.com'],
  setupUrl: ['https://aka.ms/mfasetup'],
  controls: ['a password alone'],
  parts: ['2 users and 1 group'],
  policies: ['“MFA for VLC” (on)'],
  task: ['turn on “MFA for VLC”.'],
  why: ['Graph answered 403.'],
  methods: ['the Microsoft Authenticator app'],
  options: ['1. What is a viral tenant?\n2. How do I take it over?'],
  shown: [4096],
  total: [1000],
  said: ['klingon'],
  when: ['2026-11-21 10:00 UTC'],
  changes: ['+12 fixed, −12 in progress'],
  finding: ['The address is in an unmanaged (“viral”) Microsoft Entra tenant with no administrator'],
  next: [english.drafts.nextStep.chat, english.drafts.nextStep.cli],
  surface: ['chat', 'cli'],
  label: ['Domain'],
  value: [DOMAIN],
  unmanaged: ['The tenant must be taken over first.'],
  state: ['on', 'report-only'],
};

const tenantLabel = { tenant: 'Fourth Coffee', federated: false };
const causes: UnconfirmedCause[] = [{ code: 'federated' }, { code: 'busy' }, { code: 'control-failed', detail: 'HTTP 429' }, { code: 'control-not-asked' }];
const failures: LookupFailure[] = [
  { source: 'credential-type', detail: 'HTTP 500' },
  { source: 'user-realm', code: 'not-an-answer', ifExistsResult: 7 },
  { source: 'openid-configuration', code: 'unknown-domain', domain: DOMAIN },
  { source: 'openid-configuration', code: 'no-tenant', domain: DOMAIN },
];
const notes = [null, { code: 'organisation' as const, domain: DOMAIN, tenant: 'Fourth Coffee' }, { code: 'unmanaged' as const, domain: DOMAIN }];

/** Every reason the check gives, in the variants its words branch on. */
const REASONS: { [C in DiagnosisReason['code']]: Array<Extract<DiagnosisReason, { code: C }>> } = {
  'invalid-address': ADDRESS_PROBLEMS.map((problem) => ({ code: 'invalid-address', problem })),
  'lookup-failed': failures.map((failure) => ({ code: 'lookup-failed', address: ADDRESS, failure })),
  'personal-account': notes.map((note) => ({ code: 'personal-account', address: ADDRESS, note })),
  'no-account': notes.map((note) => ({ code: 'no-account', address: ADDRESS, note })),
  takeover: [{ code: 'takeover', address: ADDRESS, domain: DOMAIN }],
  'choose-work': [{ code: 'choose-work', address: ADDRESS, tenant: tenantLabel }, { code: 'choose-work', address: ADDRESS, tenant: { ...tenantLabel, federated: true } }],
  ready: [{ code: 'ready', address: ADDRESS, tenant: tenantLabel }],
  'takeover-unconfirmed': causes.map((why) => ({ code: 'takeover-unconfirmed', address: ADDRESS, domain: DOMAIN, why })),
  'choose-work-unconfirmed': causes.map((why) => ({ code: 'choose-work-unconfirmed', address: ADDRESS, domain: DOMAIN, tenant: tenantLabel, why })),
  'ready-unconfirmed': causes.map((why) => ({ code: 'ready-unconfirmed', address: ADDRESS, domain: DOMAIN, tenant: tenantLabel, why })),
  'ready-personal-unknown': causes.map((why) => ({ code: 'ready-personal-unknown', address: ADDRESS, domain: DOMAIN, tenant: tenantLabel, why })),
  recorded: [{ code: 'recorded', text: 'A reason stored as a sentence.' }],
};

/** Every refusal of a case action. */
const REFUSALS: { [C in CaseRefusal['code']]: Extract<CaseRefusal, { code: C }> } = {
  'not-found': { code: 'not-found', id: CASE_ID },
  'requester-only': { code: 'requester-only', id: CASE_ID },
  'not-open': { code: 'not-open', id: CASE_ID, status: 'resolved' },
  'already-assigned': { code: 'already-assigned', id: CASE_ID, assignee: 'Megan Bowen' },
  'not-assigned': { code: 'not-assigned', id: CASE_ID },
  'already-closed': { code: 'already-closed', id: CASE_ID },
  'already-open': { code: 'already-open', id: CASE_ID, status: 'assigned' },
  'already-status': { code: 'already-status', id: CASE_ID, status: 'waiting-on-requester' },
  'assign-first': { code: 'assign-first', id: CASE_ID },
  'unassign-instead': { code: 'unassign-instead', id: CASE_ID, assignee: 'Megan Bowen' },
  'already-category': { code: 'already-category', id: CASE_ID, category: 'mfa' },
  'empty-note': { code: 'empty-note' },
  'empty-question': { code: 'empty-question' },
  'empty-answer': { code: 'empty-answer' },
  'closed-to-answers': { code: 'closed-to-answers', id: CASE_ID, status: 'closed' },
  'no-question': { code: 'no-question', id: CASE_ID, questionId: 'q-4f2a' },
  'already-answered': { code: 'already-answered', id: CASE_ID, questionId: 'q-4f2a' },
  'changed-since-shown': { code: 'changed-since-shown', id: CASE_ID },
  'changed-meanwhile': { code: 'changed-meanwhile', id: CASE_ID },
  'cannot-reopen': { code: 'cannot-reopen', id: CASE_ID, openId: 'VL-8M4RY3QN' },
};

/** Every kind of history entry, and one stored as a sentence. */
const HISTORY: { [A in HistoryEvent['action']]: Extract<HistoryEvent, { action: A }> } = {
  open: { action: 'open', address: ADDRESS, verdict: 'takeover-needed' },
  diagnosis: { action: 'diagnosis', was: 'takeover-needed', found: 'ready' },
  assign: { action: 'assign', assignee: 'Megan Bowen', from: 'Adele Vance' },
  unassign: { action: 'unassign', assignee: 'Megan Bowen' },
  resolve: { action: 'resolve' },
  close: { action: 'close' },
  reopen: { action: 'reopen', status: 'assigned' },
  'set-status': { action: 'set-status', status: 'waiting-on-requester' },
  'set-category': { action: 'set-category', from: 'takeover', to: 'mfa' },
  'add-note': { action: 'add-note', cutTo: 2000 },
  'ask-requester': { action: 'ask-requester', questionId: 'q-4f2a' },
  'requester-answer': { action: 'requester-answer', questionId: 'q-4f2a' },
  remind: { action: 'remind' },
  'fixed-by-check': { action: 'fixed-by-check', checkedAt: '2026-11-22T08:15:00.000Z', verdict: 'ready', tenant: 'Contoso (72f988bf-86f1-41af-91ab-2d7cd011db47)' },
};
const historyEntries: HistoryEntry[] = [
  ...Object.values(HISTORY).map((event) => ({ at: '2026-11-21T10:00:00.000Z', actor: { id: 'p1', name: 'Adele Vance' }, ...event })),
  { at: '2026-11-21T10:00:00.000Z', actor: { id: 'p1', name: 'Adele Vance' }, action: 'assign', detail: 'Assigned to Megan Bowen (stored as a sentence).' },
];

const verdictFacts: VerdictFacts[] = [true, false].flatMap((confirmed) =>
  [true, false].flatMap((federated) =>
    [true, false].map((hasTenant) => ({ shownAddress: ADDRESS, shownDomain: DOMAIN, domain: DOMAIN, tenant: 'Fourth Coffee', confirmed, federated, hasTenant, reason: 'A reason from the check.' })),
  ),
);

const findings: CheckFinding[] = VERDICTS.flatMap((verdict) =>
  [false, true].flatMap((unconfirmed) => [{ verdict, federated: false, unconfirmed, personalUnknown: unconfirmed, tenantName: 'Fourth Coffee', checkedAt: '2026-11-21T10:00:00.000Z' }, { verdict, federated: true, unconfirmed, personalUnknown: false, tenantName: null, checkedAt: '2026-11-21T10:00:00.000Z' }]),
);

const draftRefusals: DraftRefusal[] = DRAFT_KINDS.flatMap((kind) =>
  VERDICTS.flatMap((verdict) => [true, false].flatMap((confirmed) => [undefined, 'northwind.example'].map((organisation) => ({ kind, verdict, address: ADDRESS, confirmed, ...(organisation ? { organisation } : {}) })))),
);

const fieldProblems: DraftFieldProblem[] = [
  { code: 'missing' },
  { code: 'too-long', max: 300 },
  ...ADDRESS_PROBLEMS.map((problem): DraftFieldProblem => ({ code: 'address', problem })),
  { code: 'domain' },
  { code: 'tenant-id' },
  { code: 'count' },
  { code: 'choice' },
  { code: 'same-account' },
  { code: 'logins-left', count: '3' },
];

/** Draft inputs as a check prefills them, and with the choices a draft's text branches on. */
function draftInputs(kind: (typeof DRAFT_KINDS)[number]): Record<string, string>[] {
  const base = draftInputFromCase(kind, { diagnosis: diagnosis('takeover-needed'), requester: { name: 'Alex Wilber', email: 'alex@contoso.com' }, tried: 'asked our IT department on 3 March', newAccount: 'megan@fourthcoffeexyz.onmicrosoft.com', remainingLogins: '0' }, english.drafts.prefill) as unknown as Record<string, string>;
  const empty = Object.fromEntries(Object.keys(base).map((name) => [name, ''])) as Record<string, string>;
  const choices = FIELD_SPECS[kind].flatMap((spec) => (spec.choices ?? []).map((value) => ({ ...base, [spec.name]: value })));
  return [base, empty, ...choices];
}

const readinessReports = readinessInputs().map(([, input]) => evaluateMfaReadiness(input));

/**
 * Argument lists for the functions whose parameters are data the domain gives (codes and
 * facts) rather than plain values, by path; the others are found by parameter name.
 */
const BY_PATH: Array<[RegExp, (path: string) => unknown[][]]> = [
  [/^verdictCards\./, () => verdictFacts.map((facts) => [facts])],
  [/^diagnosis\.reasons\./, (path) => REASONS[path.split('.')[2] as DiagnosisReason['code']].map((reason) => [reason])],
  [/^diagnosis\.failureDetail$/, () => failures.map((failure) => [failure])],
  [/^cases\.refusals\./, (path) => [[REFUSALS[path.split('.')[2] as CaseRefusal['code']]]]],
  [/^cases\.historyDetail$/, () => historyEntries.map((entry) => [entry])],
  [/^drafts\.documents\.[^.]+\.choiceTitle$/, (path) => FIELD_SPECS[path.split('.')[2] as (typeof DRAFT_KINDS)[number]].flatMap((spec) => [...(spec.choices ?? []), 'a value of no choice'].map((value) => [spec.name, value]))],
  [/^drafts\.documents\.[^.]+\.(subject|body|notes)$/, (path) => draftInputs(path.split('.')[2] as (typeof DRAFT_KINDS)[number]).map((input) => [input])],
  [/^drafts\.prefill\.verdictFound$/, () => findings.map((finding) => [finding])],
  [/^drafts\.refusalInWords$/, () => draftRefusals.flatMap((refusal) => [[refusal, 'chat'], [refusal, 'cli']])],
  [/^drafts\.fieldProblem$/, () => DRAFT_KINDS.flatMap((kind) => FIELD_SPECS[kind].flatMap((spec) => fieldProblems.map((problem) => [kind, spec.name, problem])))],
  [/^readiness\.methodsInWords$/, () => [[['microsoftAuthenticatorPush']], [['microsoftAuthenticatorPush', 'mobilePhone', 'fido2', 'email']]]],
  [/^readiness\.policyInWords$/, () => readinessReports.flatMap((report) => report.tenant.mfaPolicies ?? []).map((policy) => [policy])],
  [/^readiness\.reportInWords$/, () => readinessReports.map((report) => [report])],
  [/^cases\.history\./, (path) => [[HISTORY[path.split('.')[2] as HistoryEvent['action']]]]],
  [/^drafts\.choiceList$/, () => [[['North America', 'Elsewhere']]]],
  [/^drafts\.findings\.when$/, () => [[new Date('2026-11-21T10:00:00.000Z')]]],
  [/^readiness\.(list|policies|sentences|registration\.methodList)$/, () => [[['Megan Bowen']], [['Megan Bowen', 'Eli Eligible', 'Dana Lee']]]],
  [/^readiness\.problems\.excluded$/, () => cartesian([[1, 3], ['user', 'group', 'role']])],
];

/** The names of a function's parameters, from its source (a destructured one is `{…}`). */
function parameterNames(fn: (...args: unknown[]) => unknown): string[] {
  const source = String(fn);
  const list = /^(?:async\s*)?(?:function[^(]*)?\(([^)]*)\)/.exec(source)?.[1] ?? /^([\w$]+)\s*=>/.exec(source)?.[1] ?? '';
  return list
    .split(/,(?![^{]*})/)
    .map((part) => part.trim().split('=')[0].trim())
    .filter(Boolean);
}

const cartesian = (lists: unknown[][]): unknown[][] => lists.reduce<unknown[][]>((rows, options) => rows.flatMap((row) => options.map((option) => [...row, option])), [[]]);

/** Every function of the English catalog, by path, with its argument lists; a function no sample fits is named. */
function functionSamples(): { samples: Array<{ path: string; args: unknown[][] }>; unsampled: string[] } {
  const samples: Array<{ path: string; args: unknown[][] }> = [];
  const unsampled: string[] = [];
  for (const [path, value] of leaves(english)) {
    if (typeof value !== 'function') continue;
    const byPath = BY_PATH.find(([pattern]) => pattern.test(path));
    if (byPath) {
      samples.push({ path, args: byPath[1](path) });
      continue;
    }
    const names = parameterNames(value as (...args: unknown[]) => unknown).map((name) => name.replace(/^_/, '').replace(/\d+$/, ''));
    const missing = names.filter((name) => !BY_NAME[name]);
    if (missing.length) unsampled.push(`${path}(${missing.join(', ')})`);
    else samples.push({ path, args: cartesian(names.map((name) => BY_NAME[name])) });
  }
  return { samples, unsampled };
}

// ---- facts ---------------------------------------------------------------------------------

/** Every leaf of a catalog or card, by path: strings, functions, and other values. */
function leaves(node: unknown, path = ''): Array<[string, unknown]> {
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    return Object.entries(node).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
  }
  return [[path, node]];
}

/** Every string in a value (a sentence, a list of steps, a report in words, a card). */
function strings(value: Json): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const PATTERNS = [
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, // e-mail addresses
  /https?:\/\/[^\s)"'”’<>\]]+/g, // URLs
  /\bVL-[A-Z0-9]{8}\b/g, // case ids
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, // GUIDs
];

const CODE = /^[a-z][a-z0-9-]*$/;

const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

/** The month of a date as a language may write it: its digits, or its name (long or short) in that language. */
function monthWords(month: number, tag: string): string[] {
  const date = new Date(Date.UTC(2026, month - 1, 15));
  const names = (['long', 'short'] as const).map((style) => new Intl.DateTimeFormat(tag, { month: style, timeZone: 'UTC' }).format(date).replace(/\.$/, ''));
  return [String(month).padStart(2, '0'), ...names.flatMap((name) => [name, name.toLowerCase()])];
}

/**
 * The facts of an English text that its translation must keep: the patterns above, the given
 * values it shows, its numbers. A date's month (the English writes dates as 2026-11-21) is kept
 * when the translation writes its digits or its name in that language ("21 novembre 2026").
 */
function factsOf(text: string, given: readonly string[]): { literal: Set<string>; numbers: Set<number>; months: Set<number> } {
  const literal = new Set<string>();
  // A URL's query may carry words (a Teams chat link's message), in the reader's language: its address is the fact.
  for (const pattern of PATTERNS) for (const match of text.match(pattern) ?? []) literal.add(match.split('?')[0].replace(/[.,;:!?]+$/, ''));
  // A bare lower-case code ("domain", "too-long") is a word the English happens to share with it, not a fact.
  for (const value of given) if (value.trim().length > 1 && !CODE.test(value) && text.includes(value)) literal.add(value);
  const months = new Set([...text.matchAll(ISO_DATE)].map((match) => Number(match[2])));
  const withoutMonths = text.replace(ISO_DATE, (_date, year: string, _month: string, day: string) => `${year} ${day}`);
  const numbers = new Set((withoutMonths.match(/\d+/g) ?? []).map(Number));
  return { literal, numbers, months };
}

/** What `translated` lacks of the facts of `original`, and whether it is empty where `original` is not. */
function differences(tag: string, where: string, original: Json, translated: Json, given: readonly string[] = []): string[] {
  const before = strings(original).join('\n');
  const after = strings(translated).join('\n');
  if (before.trim() && !after.trim()) return [`${where}: empty`];
  const { literal, numbers, months } = factsOf(before, given);
  const afterNumbers = new Set((after.match(/\d+/g) ?? []).map(Number));
  return [
    ...[...literal].filter((fact) => !after.includes(fact)).map((fact) => `${where}: lacks “${fact}”`),
    ...[...numbers].filter((n) => !afterNumbers.has(n)).map((n) => `${where}: lacks the number ${n}`),
    ...[...months].filter((month) => !monthWords(month, tag).some((word) => after.includes(word))).map((month) => `${where}: lacks the month ${month}`),
  ];
}

/** What a card shows (texts, titles, facts, labels, links), leaving out what only its buttons send back (`data`). */
function shown(card: Json): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (node: Json, path: string) => {
    if (Array.isArray(node)) node.forEach((child, i) => walk(child, `${path}[${i}]`));
    else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (key === 'data') continue;
        if (typeof child === 'string' && SHOWN_KEYS.has(key)) out[`${path}.${key}`] = child;
        else walk(child, `${path}.${key}`);
      }
    }
  };
  walk(card, '');
  return out;
}
const SHOWN_KEYS = new Set(['text', 'title', 'value', 'label', 'placeholder', 'errorMessage', 'url']);

/** An empty item in a translated list (steps) whose English items all have words. */
function emptyItems(where: string, original: Json, translated: Json): string[] {
  if (!Array.isArray(original) || !Array.isArray(translated) || original.some((item) => typeof item === 'string' && !item.trim())) return [];
  return translated.flatMap((item, i) => (typeof item === 'string' && !item.trim() ? [`${where}[${i}]: empty`] : []));
}

const call = (fn: unknown, args: unknown[]): Json => (fn as (...a: unknown[]) => unknown)(...args);
const englishFunctions = new Map(leaves(english).filter(([, value]) => typeof value === 'function'));

/** Everything `words` says differently from the English in facts, or leaves empty. */
function problemsOf(words: Catalog, tag: string): string[] {
  const problems: string[] = [];
  const mine = new Map(leaves(words));
  for (const [path, value] of leaves(english)) {
    if (typeof value === 'function') continue;
    problems.push(...differences(tag, path, value, mine.get(path)), ...emptyItems(path, value, mine.get(path)));
  }
  for (const { path, args } of functionSamples().samples) {
    for (const list of args) {
      const where = `${path}(${JSON.stringify(list).slice(0, 80)})`;
      const [before, after] = [call(englishFunctions.get(path), list), call(mine.get(path), list)];
      problems.push(...differences(tag, where, before, after, strings(list)), ...emptyItems(where, before, after));
    }
  }
  const theirs = cardSamples(words);
  cardSamples().forEach(([label, name, data], i) => {
    const [, , translatedData] = theirs[i];
    const before = shown(renderCardJson(name, data as never));
    const after = shown(renderCardJson(name, translatedData as never));
    // Text by text where the card has the same shape (it does, unless a language has other numbers of steps), else as a whole.
    const paired = Object.keys(before).filter((path) => path in after);
    const unpaired = (side: Record<string, string>) => Object.entries(side).filter(([path]) => !paired.includes(path)).map(([, text]) => text);
    problems.push(
      ...paired.flatMap((path) => differences(tag, `card ${label} at ${path}`, before[path], after[path], CARD_VALUES)),
      ...differences(tag, `card ${label}`, unpaired(before), unpaired(after), CARD_VALUES),
    );
  });
  return problems;
}


/** Values the sample cards are built from that every language's card must show where the English one does. */
const CARD_VALUES = ['Fourth Coffee', 'Megan Bowen', 'Eli Eligible', 'A Person With A Very Long Display Name Indeed', 'Dana', 'Adele', 'Alex', 'Who registered the domain?', 'northwind-traders.example', 'RoleManagement.Read.Directory', 'fetch failed', 'klingon'];

// ---- the checks ----------------------------------------------------------------------------

describe('every language says what the English says', () => {
  it('has sample arguments for every function of the catalog', () => {
    const { samples, unsampled } = functionSamples();
    expect(unsampled).toEqual([]);
    expect(samples.length).toBeGreaterThan(150);
    for (const { path, args } of samples) expect(args.length, path).toBeGreaterThan(0);
  });

  it.each(LANGUAGES.map((tag) => [tag]))('%s keeps every fact of every sentence and every sample card, and leaves nothing empty', (tag) => {
    expect(problemsOf(catalogFor(tag), tag)).toEqual([]);
  });

  it('finds a broken translation: a dropped case id, a changed number, an e-mail address and a name left out, an empty title', () => {
    const broken: Catalog = {
      ...english,
      cases: { ...english.cases, title: () => 'Case' },
      result: {
        ...english.result,
        takeover: {
          ...english.result.takeover,
          option2: { ...english.result.takeover.option2, steps: (address: string) => english.result.takeover.option2.steps(address).map((step) => step.replace('24 hours', 'a day')) },
        },
      },
      mfa: { ...english.mfa, support: english.mfa.support.replace('MFAVLCsupport@microsoft.com', 'MFA support') },
      admins: { ...english.admins, chat: () => 'Chat' },
      language: { ...english.language, pickerTitle: '' },
      manual: { ...english.manual, findAdmin: { ...english.manual.findAdmin, steps: english.manual.findAdmin.steps.map((step, i) => (i === 1 ? ' ' : step)) } },
    };
    const problems = problemsOf(broken, 'en');
    for (const expected of [
      /^cases\.title\(\["VL-7K3QX2PM"\]\): lacks “VL-7K3QX2PM”/,
      /^result\.takeover\.option2\.steps\(.*\): lacks the number 24/,
      /^mfa\.support: lacks “MFAVLCsupport@microsoft\.com”/,
      /^admins\.chat\(\["Megan Bowen"\]\): lacks “Megan Bowen”/,
      /^language\.pickerTitle: empty/,
      /^manual\.findAdmin\.steps\[1\]: empty/,
      /^card case open at .*: lacks “VL-7K3QX2PM”/,
      /^card verdict takeover-needed at .*: lacks the number 24/,
      /^card language at .*: empty/,
    ]) {
      expect(problems.some((problem) => expected.test(problem)), String(expected)).toBe(true);
    }
    expect(problemsOf(english, 'en')).toEqual([]);
  });
});
