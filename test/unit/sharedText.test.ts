import { describe, expect, it } from 'vitest';
import { buildDraft, DRAFT_KINDS, type DraftFieldProblem, type DraftInput, type DraftKind, type DraftRefusal } from '../../src/domain/drafts';
import type { MfaReadinessReport, PolicyAssessment } from '../../src/domain/mfaReadiness';
import { VERDICTS } from '../../src/domain/verdicts';
import type { VerdictFacts } from '../../src/text/catalog';
import { catalog as englishCatalog } from '../../src/text/en';
import { draftsFrom } from '../../src/text/shared/drafts';
import { manualFrom } from '../../src/text/shared/manual';
import { readinessFrom } from '../../src/text/shared/readiness';
import { verdictCardsFrom } from '../../src/text/shared/verdictCards';

/**
 * The builders in src/text/shared/ arrange a translation's words as the English catalog
 * arranges its own: given the English words, each must say exactly what the English does, so
 * every language states the same facts in the same order.
 */

const { documents: _documents, prefill: _prefill, refusalInWords: _refusal, fieldProblem: _problem, ...draftWords } = englishCatalog.drafts;
const englishDrafts = draftsFrom(draftWords, {
  address: englishCatalog.address,
  mfa: englishCatalog.mfa,
  domainTypes: englishCatalog.result.domainTypes,
  shortened: englishCatalog.drafts.documents.disassociation.shortened,
  listSeparator: ', ',
});

const inputs: { [K in DraftKind]: Array<DraftInput<K>> } = {
  disassociation: [
    { contactName: '', contactEmail: '', vlscAddress: '', domain: '', tenantId: '', verdictFound: '', request: '', newAccount: '', region: '', tried: '' },
    {
      contactName: 'Megan Bowen',
      contactEmail: 'megan@contoso.com',
      vlscAddress: 'megan@fourthcoffee.xyz',
      domain: 'fourthcoffee.xyz',
      tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      verdictFound: 'found',
      request: 'Please release it.',
      newAccount: 'megan@fourthcoffeexyz.onmicrosoft.com',
      region: 'north-america',
      tried: 'Skip',
    },
  ],
  'extra-logins': [
    { contactName: '', contactEmail: '', vlscAddress: '', remainingLogins: '', progress: '', reason: '', expectedCompletion: '' },
    { contactName: 'Megan', contactEmail: 'm@contoso.com', vlscAddress: 'm@fourthcoffee.xyz', remainingLogins: '0', progress: 'finding-admin', reason: 'DNS', expectedCompletion: 'May' },
  ],
  'mfa-support': [
    { tenantId: '', domain: '', tenantType: '', relationship: '', method: '', error: '', globalAdmin: '', contactName: '', contactEmail: '' },
    { tenantId: 't', domain: 'fourthcoffee.xyz', tenantType: 'unmanaged', relationship: 'partner', method: 'per-user', error: 'AADSTS', globalAdmin: 'Adele', contactName: 'Megan', contactEmail: 'm@contoso.com' },
    { tenantId: 't', domain: 'contoso.com', tenantType: 'managed', relationship: 'customer', method: 'conditional-access', error: '', globalAdmin: '', contactName: '', contactEmail: '' },
  ],
};

/** Both drafts of `kind` for each input: the shared builder's and the English catalog's. */
function bothDrafts<K extends DraftKind>(kind: K) {
  return inputs[kind].map((input) => [buildDraft(kind, input, englishDrafts.documents[kind]), buildDraft(kind, input, englishCatalog.drafts.documents[kind])]);
}

describe('draftsFrom', () => {
  it('builds the English drafts from the English words', () => {
    for (const kind of DRAFT_KINDS) {
      for (const [ours, theirs] of bothDrafts(kind)) expect(ours).toEqual(theirs);
    }
  });

  it('words refusals, field problems and prefilled findings as the English does', () => {
    const refusals: DraftRefusal[] = VERDICTS.flatMap((verdict) =>
      DRAFT_KINDS.flatMap((kind) => [
        { kind, verdict, address: 'a@contoso.com', confirmed: true },
        { kind, verdict, address: 'a@contoso.com', organisation: 'contoso.com', confirmed: false },
      ]),
    );
    for (const refusal of refusals) {
      for (const surface of ['chat', 'cli'] as const) expect(englishDrafts.refusalInWords(refusal, surface)).toBe(englishCatalog.drafts.refusalInWords(refusal, surface));
    }
    const problems: DraftFieldProblem[] = [
      { code: 'missing' },
      { code: 'too-long', max: 200 },
      { code: 'address', problem: 'no-at' },
      { code: 'domain' },
      { code: 'tenant-id' },
      { code: 'count' },
      { code: 'choice' },
      { code: 'same-account' },
      { code: 'logins-left', count: '3' },
    ];
    for (const problem of problems) {
      expect(englishDrafts.fieldProblem('disassociation', 'region', problem)).toBe(englishCatalog.drafts.fieldProblem('disassociation', 'region', problem));
      expect(englishDrafts.fieldProblem('mfa-support', 'tenantType', problem)).toBe(englishCatalog.drafts.fieldProblem('mfa-support', 'tenantType', problem));
    }
    for (const verdict of VERDICTS) {
      for (const [federated, unconfirmed, personalUnknown] of [[false, false, false], [true, true, true], [false, true, false]]) {
        const finding = { verdict, federated, unconfirmed, personalUnknown, tenantName: unconfirmed ? null : 'Contoso', checkedAt: '2026-01-05T09:30:00Z' };
        expect(englishDrafts.prefill.verdictFound(finding)).toBe(englishCatalog.drafts.prefill.verdictFound(finding));
      }
    }
  });
});

const policy = (over: Partial<PolicyAssessment>): PolicyAssessment => ({
  displayName: 'MFA for Volume Licensing Central',
  state: 'enabled',
  verdict: 'enforces',
  problems: [],
  exclusions: null,
  blocks: false,
  ...over,
});

const report: MfaReadinessReport = {
  checkedAt: '2026-01-05T09:30:00Z',
  requirement: { from: '2026-01-05', inForce: true },
  tenant: { tenantId: 't', securityDefaults: false, mfaEnforcedBy: 'conditional-access', mfaPolicies: [policy({ exclusions: [{ count: 2, what: 'user' }, { count: 1, what: 'group' }] })] },
  points: [
    { id: 'conditional-access', status: 'done', finding: { code: 'conditional-access-enforced', enforcing: [policy({ exclusions: [{ count: 1, what: 'role' }] }), policy({ displayName: 'Second' })], blocking: [policy({ displayName: 'Block', blocks: true, problems: [{ code: 'blocks' }] })] } },
    { id: 'conditional-access', status: 'todo', steps: 'conditional-access', finding: { code: 'conditional-access-short', shortfalls: [policy({ state: 'enabledForReportingButNotEnforced', problems: [{ code: 'not-all-users' }, { code: 'other-resources' }, { code: 'without-mfa', controls: ['compliantDevice', 'domainJoinedDevice'] }] }), policy({ state: 'disabled' })] } },
    { id: 'conditional-access', status: 'unknown', finding: { code: 'conditional-access-manual', failure: { kind: 'failed', message: 'Graph said no.' } } },
    { id: 'conditional-access', status: 'unknown', finding: { code: 'conditional-access-manual', failure: null } },
    { id: 'conditional-access', status: 'todo', finding: { code: 'conditional-access-none' } },
    { id: 'security-defaults', status: 'unknown', steps: 'security-defaults', finding: { code: 'security-defaults-manual', failure: { kind: 'unreachable', reason: 'not-configured' } } },
    { id: 'security-defaults', status: 'done', finding: { code: 'security-defaults-on' } },
    { id: 'security-defaults', status: 'done', finding: { code: 'security-defaults-off-expected' } },
    { id: 'security-defaults', status: 'todo', finding: { code: 'security-defaults-off' } },
    { id: 'per-user-mfa', status: 'unknown', steps: 'per-user-mfa', finding: { code: 'per-user-mfa' } },
    { id: 'user-registration', status: 'unknown', steps: 'registration', finding: { code: 'registration-manual', userPrincipalName: 'megan@contoso.com', failure: { kind: 'unreachable', reason: 'other-tenant' } } },
    { id: 'user-registration', status: 'todo', finding: { code: 'registration-not-found', userPrincipalName: 'megan@contoso.com' } },
    { id: 'user-registration', status: 'todo', steps: 'registration', finding: { code: 'registration-missing', userPrincipalName: 'megan@contoso.com' } },
    { id: 'user-registration', status: 'warning', steps: 'registration-backup', finding: { code: 'registration-one-method', userPrincipalName: 'megan@contoso.com', methods: ['mobilePhone'] } },
    { id: 'user-registration', status: 'done', finding: { code: 'registration-done', userPrincipalName: 'megan@contoso.com', methods: ['mobilePhone', 'fido2SecurityKey', 'someNewMethod', 'anotherNewOne'] } },
    { id: 'user-registration', status: 'done', finding: { code: 'registration-done', userPrincipalName: 'megan@contoso.com', methods: [] } },
  ],
  adminMustDo: [
    { code: 'check-conditional-access' },
    { code: 'create-policy' },
    { code: 'remove-block', policy: 'Block' },
    { code: 'fix-policy', policy: 'A', problems: [{ code: 'not-all-users' }], switchOn: 'report-only' },
    { code: 'fix-policy', policy: 'B', problems: [], switchOn: 'off' },
    { code: 'fix-policy', policy: 'C', problems: [{ code: 'blocks' }], switchOn: null },
  ],
  support: 'MFAVLCsupport@microsoft.com',
};

describe('readinessFrom', () => {
  it('words the whole report as the English does, with English punctuation', () => {
    const { methodsInWords: _m, policyInWords: _p, reportInWords: _r, ...words } = englishCatalog.readiness;
    const english = readinessFrom(words, englishCatalog.manual.steps, { list: ', ', series: '; ', sentences: ' ', policy: (name, state) => `"${name}" (${state})` });
    expect(english.reportInWords(report)).toEqual(englishCatalog.readiness.reportInWords(report));
    expect(english.methodsInWords(['email', 'x'])).toBe(englishCatalog.readiness.methodsInWords(['email', 'x']));
  });
});

describe('manualFrom and verdictCardsFrom', () => {
  it('give the English manual steps and verdict card heads from the English words', () => {
    const { steps: _steps, ...manualWords } = englishCatalog.manual;
    expect(manualFrom(manualWords).steps).toEqual(englishCatalog.manual.steps);
    const cards = verdictCardsFrom(englishCatalog.result);
    for (const confirmed of [true, false]) {
      for (const federated of [true, false]) {
        for (const hasTenant of [true, false]) {
          const facts: VerdictFacts = { shownAddress: 'a@contoso.com', shownDomain: 'contoso.com', domain: 'contoso.com', tenant: 'Contoso', confirmed, federated, hasTenant, reason: 'why' };
          for (const verdict of VERDICTS) {
            const [ours, theirs] = [cards[verdict], englishCatalog.verdictCards[verdict]];
            expect([ours.title(facts), ours.summary(facts), ours.next?.(facts), ours.help?.(facts)]).toEqual([theirs.title(facts), theirs.summary(facts), theirs.next?.(facts), theirs.help?.(facts)]);
          }
        }
      }
    }
  });
});
