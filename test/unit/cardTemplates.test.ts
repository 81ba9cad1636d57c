import { readdirSync } from 'node:fs';
import { TEXT } from '../../src/text/en';
import { describe, expect, it } from 'vitest';
import { renderCardJson } from '../../src/teams/cards/render';
import type { CardData, CardName } from '../../src/teams/cards/data';
import { CARDS_DIR } from '../../src/paths';
import type { Diagnosis } from '../../src/domain/types';
import { VERDICTS, type Verdict } from '../../src/domain/verdicts';
import { blockerCard, BLOCKERS, personalChoiceCard, verdictCard } from '../../src/teams/journeys/verdictCard';
import { mfaCard } from '../../src/teams/journeys/mfaCard';
import { adminsCard } from '../../src/teams/journeys/adminsCard';
import { draftCard } from '../../src/teams/journeys/draftCard';
import { notSureCard, topicCard } from '../../src/teams/journeys/faqCard';
import { topicsIn } from '../../src/domain/faq/topics';
import { FaqIndex } from '../../src/domain/faq/faqIndex';
import { draftInputFromCase, DRAFT_KINDS } from '../../src/domain/drafts';
import { actions, nodes, type Json } from '../helpers/cards';
import { readinessView } from '../../src/teams/journeys/readiness';
import { evaluateMfaReadiness } from '../../src/domain/mfaReadiness';
import { MAX_ACTION_TITLE } from '../../src/teams/cards/titles';
import type { AdminPerson } from '../../src/domain/admins';
import { applyAction, newCase } from '../../src/domain/cases/lifecycle';
import { caseCardData, questionCardData } from '../../src/teams/cases/caseCard';
import { caseListData } from '../../src/teams/cases/caseList';
import { statsCardData } from '../../src/teams/cases/statsCard';
import { buildStats } from '../../src/domain/cases/stats';

/** The topics in the catalog's words. */
const TOPICS = topicsIn(TEXT.topics);

// Microsoft's own renderer library: its UMD build loads in Node (the ESM build does not).
const AC = require('adaptivecards/dist/adaptivecards.js');

function diagnosis(verdict: Verdict): Diagnosis {
  return {
    input: 'megan@fourthcoffee.xyz',
    address: 'megan@fourthcoffee.xyz',
    domain: 'fourthcoffee.xyz',
    verdict,
    domainType: verdict === 'takeover-needed' ? 'unmanaged' : 'managed',
    tenantId: '22222222-2222-4222-8222-222222222222',
    tenantName: 'Fourth Coffee',
    workAccount: true,
    personalAccount: false,
    addressConfirmed: true,
    reason: { code: 'recorded', text: 'A reason.' },
    next: 'retry',
    failure: verdict === 'lookup-failed' ? { source: 'credential-type', detail: 'http 500' } : undefined,
    checkedAt: '2026-11-21T10:00:00.000Z',
  };
}

const requester = { upn: 'alex@contoso.com', tenantId: '11111111-2222-3333-4444-555555555555' };

/** Every card the bot builds, as the data its template is bound to. */
function samples(): Array<[string, CardName, CardData[CardName]]> {
  const out: Array<[string, CardName, CardData[CardName]]> = [];
  for (const verdict of VERDICTS) out.push([`verdict ${verdict}`, 'guide', verdictCard(diagnosis(verdict), requester)]);
  for (const blocker of BLOCKERS) out.push([`blocker ${blocker}`, 'guide', blockerCard(blocker, 'megan@fourthcoffee.xyz')]);
  out.push(['personal choice', 'guide', personalChoiceCard(requester)]);
  out.push(['verdict ready, federated and unconfirmed', 'guide', verdictCard({ ...diagnosis('ready'), domainType: 'federated', addressConfirmed: false }, requester)]);
  out.push(['verdict personal-account at a managed domain, admins named', 'guide', verdictCard({ ...diagnosis('personal-account'), address: 'carol@northwind-traders.example', domain: 'northwind-traders.example' }, requester, ['Megan Bowen'])]);
  out.push(['verdict personal-account at a consumer domain', 'guide', verdictCard({ ...diagnosis('personal-account'), address: 'pat@outlook.com', domain: 'outlook.com', domainType: 'unknown', tenantId: null, tenantName: null }, {})]);
  out.push(['verdict no-account at an unknown domain', 'guide', verdictCard({ ...diagnosis('no-account'), domainType: 'unknown', tenantId: null }, requester)]);
  out.push(['personal choice without a work account', 'guide', personalChoiceCard({})]);
  out.push(['mfa', 'guide', mfaCard()]);
  for (const [label, input] of readinessInputs()) out.push([`mfa, live check: ${label}`, 'guide', mfaCard(readinessView({ kind: 'report', report: evaluateMfaReadiness(input) }))]);
  out.push(['mfa for an unmanaged tenant', 'guide', mfaCard(undefined, diagnosis('takeover-needed'))]);
  out.push(['admins manual', 'guide', adminsCard({ kind: 'manual', reason: 'not-configured'})]);
  out.push([
    'admins found',
    'guide',
    adminsCard({
      kind: 'found',
      tenantId: requester.tenantId,
      admins: [{ id: 'm', displayName: 'Megan', mail: 'megan@contoso.com', userPrincipalName: 'megan@contoso.com', roles: ['Global Administrator'], assignment: 'active' }],
      gaps: [],
      fetchedAt: '2026-11-21T10:00:00.000Z',
      fromCache: false,
    }),
  ]);
  const admin = (name: string, roles: AdminPerson['roles'], assignment: AdminPerson['assignment']): AdminPerson => ({ id: name, displayName: name, mail: null, userPrincipalName: `${name.replace(/\W/g, '')}@contoso.com`, roles, assignment });
  const many = { kind: 'found' as const, tenantId: requester.tenantId, gaps: [], fetchedAt: '2026-11-21T10:00:00.000Z', fromCache: false, admins: [admin('Megan Bowen', ['Global Administrator'], 'active'), admin('Eli Eligible', ['Global Administrator'], 'eligible'), admin('A Person With A Very Long Display Name Indeed', ['Conditional Access Administrator'], 'active'), admin('Dana', ['Security Administrator'], 'eligible')] };
  out.push(['admins found, many', 'guide', adminsCard(many)]);
  out.push(['admins permission', 'guide', adminsCard({ kind: 'permission-error', failure: { kind: 'permission', permission: 'RoleManagement.Read.Directory', message: 'forbidden', consentUrl: 'https://login.microsoftonline.com/x/adminconsent' }} as never)]);
  out.push(['admins failed', 'guide', adminsCard({ kind: 'failed', failure: { kind: 'network', message: 'fetch failed' }} as never)]);
  out.push(['admins unmanaged, own tenant found', 'guide', adminsCard({ kind: 'unmanaged', next: 'takeover' }, 'fourthcoffee.xyz', many)]);
  out.push(['admins unmanaged, own tenant unknown', 'guide', adminsCard({ kind: 'unmanaged', next: 'takeover' }, 'fourthcoffee.xyz')]);
  for (const topic of TOPICS) out.push([`topic ${topic.id}`, 'guide', topicCard(topic)]);
  out.push(['not sure', 'guide', notSureCard(new FaqIndex(TOPICS).answer('zzz qqq'))]);
  out.push(['not sure, with related topics', 'guide', notSureCard({ ...new FaqIndex(TOPICS).answer('zzz qqq'), alternatives: TOPICS.slice(0, 3).map((topic) => ({ topic, score: 1 })) } as never)]);
  for (const kind of DRAFT_KINDS) {
    const input = draftInputFromCase(kind, { diagnosis: diagnosis('takeover-needed'), requester: { name: 'Alex', email: 'alex@contoso.com' } }, TEXT.drafts.prefill);
    out.push([`draft ${kind}`, 'draft', draftCard(kind, input)]);
    out.push([`draft ${kind} with errors`, 'draft', draftCard(kind, input, { contactName: { code: 'missing' } })]);
  }
  const account = {
    cardId: 'c1',
    title: 'T',
    prompt: 'P',
    workAddresses: [{ address: 'alex@contoso.com', label: 'My work account: alex@contoso.com' }],
    otherLabel: 'L',
    otherPlaceholder: 'p',
    otherValue: '',
    otherButton: 'Check this address',
    personalButton: 'Personal',
    error: '',
    answered: false,
    answeredLabel: 'You chose',
    answer: '',
    closedNote: '',
  };
  out.push(['account', 'accountChoice', account]);
  out.push(['account answered', 'accountChoice', { ...account, answered: true, answer: 'alex@contoso.com' }]);
  out.push(['account closed unanswered', 'accountChoice', { ...account, answered: true, closedNote: 'This check was stopped.' }]);
  const person = { id: 'p1', name: 'Adele' };
  const opened = newCase({ tenantId: 'tenant-a', id: 'VL-7K3QX2PM', requester: { aadObjectId: 'r1', name: 'Alex', upn: 'alex@contoso.com' }, diagnosis: diagnosis('takeover-needed'), actor: person, now: new Date('2026-11-21T10:00:00Z') });
  const asked = applyAction(opened, { type: 'ask-requester', text: 'Who registered the domain?' }, person, new Date('2026-11-21T11:00:00Z'));
  if (!asked.ok) throw new Error(asked.reason.code);
  const resolved = applyAction(asked.case, { type: 'resolve' }, person, new Date('2026-11-21T12:00:00Z'));
  if (!resolved.ok) throw new Error(resolved.reason.code);
  out.push(['case open', 'case', caseCardData(asked.case, [person])]);
  out.push(['case resolved', 'case', caseCardData(resolved.case, [])]);
  out.push(['case question', 'caseQuestion', questionCardData(asked.case, asked.case.questions[0].id)]);
  const desk = { ...person, tenantId: 'tenant-a', roles: ['helpdesk'] as const };
  const listed = Array.from({ length: 12 }, (_, i) => ({ ...opened, id: `VL-7K3QX2P${'ABCDEFGHJKLM'[i]}` }));
  out.push(['case list', 'caseList', caseListData('cases', listed, desk, new Date('2026-11-22T10:00:00Z'))]);
  out.push(['case list empty', 'caseList', caseListData('mine', [], desk, new Date('2026-11-22T10:00:00Z'))]);
  const counted = buildStats([{ category: 'takeover', status: 'new', verdict: 'takeover-needed', count: 3 }, { category: 'mfa', status: 'resolved', verdict: 'ready', count: 1 }], []);
  out.push(['case stats', 'caseStats', statsCardData(counted, 2)]);
  out.push(['help', 'help', { appName: 'A', intro: 'I', heading: 'H', commands: [{ title: 'Help', description: 'd', data: { verb: 'vlsa.help' } }], footer: 'f' }]);
  return out;
}

/** Live MFA checks: nothing in place; a Conditional Access policy enforcing MFA and the person registered. */
function readinessInputs(): Array<[string, Parameters<typeof evaluateMfaReadiness>[0]]> {
  const now = new Date('2026-11-21T10:00:00Z');
  const registration = (registered: boolean) => ({ ok: true as const, value: { userPrincipalName: 'alex@contoso.com', isMfaRegistered: registered, methodsRegistered: registered ? ['microsoftAuthenticatorPush', 'mobilePhone'] : [], defaultMfaMethod: null } });
  const enforcing = { displayName: 'MFA for Volume Licensing Central', state: 'enabled', includeUsers: ['All'], excludeUsers: [], includeGroups: [], excludeGroups: [], includeRoles: [], excludeRoles: [], includeApplications: ['MicrosoftAdminPortals'], excludeApplications: [], builtInControls: ['mfa'], operator: 'OR', authenticationStrength: null };
  return [
    ['nothing in place', { tenantId: 't', now, securityDefaults: { ok: true, value: false }, policies: { ok: true, value: [] }, user: { userPrincipalName: 'alex@contoso.com', registration: registration(false) } }],
    ['compliant', { tenantId: 't', now, securityDefaults: { ok: true, value: false }, policies: { ok: true, value: [enforcing] }, user: { userPrincipalName: 'alex@contoso.com', registration: registration(true) } }],
  ] as never;
}

/** Markdown a TextRun would show as typed: bold, underline, links, list items. */
const MARKDOWN_SYNTAX = /\*\*|__|\[[^\]]*\]\([^)]*\)|^\s*(?:[-*+]|\d+\.)\s/m;

function parseErrors(card: Json): string[] {
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  parsed.parse(card, context);
  const messages: string[] = [];
  for (let i = 0; i < context.eventCount; i++) messages.push(context.getEventAt(i).message);
  for (const event of parsed.validateProperties().validationEvents) messages.push(event.message);
  return messages;
}

describe('card templates', () => {
  it('has a sample for every template in adaptiveCards/', () => {
    const files = readdirSync(CARDS_DIR).map((f) => f.replace(/\.json$/, ''));
    const covered = new Set(samples().map(([, name]) => name));
    expect([...covered].sort()).toEqual(files.sort());
  });

  it.each(samples())('%s binds to a valid Adaptive Card 1.5', (_label, name, data) => {
    const card = renderCardJson(name, data as never);
    expect(card.version).toBe('1.5');
    expect(parseErrors(card)).toEqual([]);
    expect(JSON.stringify(card)).not.toContain('${');
    for (const node of nodes(card)) {
      if (node.type === 'Action.Submit') {
        const data = node.data as Json;
        expect(typeof data.verb === 'string' || (data.msteams as Json | undefined)?.type === 'imBack').toBe(true);
      }
      if (node.type === 'Action.Execute') expect(typeof node.verb).toBe('string');
    }
  });

  it.each(samples())('%s shows no markdown syntax in a TextRun and no action title over the limit', (_label, name, data) => {
    const card = renderCardJson(name, data as never);
    for (const node of nodes(card)) {
      if (node.type === 'TextRun') expect(String(node.text)).not.toMatch(MARKDOWN_SYNTAX);
    }
    // A selectAction makes a row of text tappable: its title is not shown on a button.
    const rows = new Set(nodes(card).flatMap((node) => (node.selectAction ? [node.selectAction] : [])));
    for (const action of actions(card)) {
      if (action.title !== undefined && !rows.has(action)) expect([...String(action.title)].length, String(action.title)).toBeLessThanOrEqual(MAX_ACTION_TITLE);
    }
  });

  it('would catch markdown in a TextRun and a clipped title (the checks can fail)', () => {
    expect('Choose **Skip**').toMatch(MARKDOWN_SYNTAX);
    expect('- a list item').toMatch(MARKDOWN_SYNTAX);
    expect('See [Learn](https://learn.microsoft.com)').toMatch(MARKDOWN_SYNTAX);
    expect('1. Go to https://entra.microsoft.com').toMatch(MARKDOWN_SYNTAX);
    expect('megan@fourthcoffee.xyz belongs to fourthcoffee.xyz.').not.toMatch(MARKDOWN_SYNTAX);
    expect([...'Take over an unmanaged directory (Microsoft Learn)'].length).toBeGreaterThan(MAX_ACTION_TITLE);
  });

  it('reports a broken card (the check itself can fail)', () => {
    expect(parseErrors({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'NoSuchElement' }, { type: 'Input.Text', id: 'a' }, { type: 'Input.Text', id: 'a' }] })).toHaveLength(2);
  });
});
