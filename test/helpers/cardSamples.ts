import type { CardData, CardName } from '../../src/teams/kit/cards/data';
import type { Diagnosis } from '../../src/domain/types';
import { VERDICTS, type Verdict } from '../../src/domain/verdicts';
import { catalog } from '../../src/text/en';
import type { Catalog } from '../../src/text/catalog';
import { languageCard } from '../../src/teams/features/language/languageCard';
import { blockerCard, BLOCKERS, personalChoiceCard, verdictCard } from '../../src/teams/features/checkAccount/verdictCard';
import { mfaCard } from '../../src/teams/features/directory/mfaCard';
import { adminsCard } from '../../src/teams/features/directory/adminsCard';
import { draftCard } from '../../src/teams/features/drafts/draftCard';
import { notSureCard, topicCard } from '../../src/teams/features/faq/faqCard';
import { topicsIn } from '../../src/domain/faq/topics';
import { FaqIndex } from '../../src/domain/faq/faqIndex';
import { retrieval } from '../../src/text/en/retrieval';
import { draftInputFromCase, DRAFT_KINDS } from '../../src/domain/drafts';
import { readinessView } from '../../src/teams/features/directory/readiness';
import { evaluateMfaReadiness } from '../../src/domain/mfaReadiness';
import type { AdminPerson } from '../../src/domain/admins';
import { applyAction, newCase } from '../../src/domain/cases/lifecycle';
import { caseCardData, questionCardData } from '../../src/teams/features/cases/caseCard';
import { caseListData } from '../../src/teams/features/cases/caseList';
import { statsCardData } from '../../src/teams/features/cases/statsCard';
import { buildStats } from '../../src/domain/cases/stats';
import { previewCard, progressCard, recipientCard, startCard } from '../../src/teams/features/campaigns/cards';
import { fixedCard, watchingCard } from '../../src/teams/features/watch/cards';
import { newWatch } from '../../src/domain/watch/watch';
import { newCampaign } from '../../src/domain/campaigns/campaign';
import { changeSince } from '../../src/domain/campaigns/status';
import { changeText, statusCard, summaryCard } from '../../src/teams/features/campaignStatus/cards';
import { groupChatCommands, personalCommands, teamCommands } from '../../src/teams/features/help/commands';


export function diagnosis(verdict: Verdict): Diagnosis {
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

export const requester = { upn: 'alex@contoso.com', tenantId: '11111111-2222-3333-4444-555555555555' };

/**
 * Every card the bot builds, as the data its template is bound to, in `words` (English unless
 * given): the card tests, the verb test and the placeholder test (every language) read them.
 */
export function cardSamples(words: Catalog = catalog): Array<[string, CardName, CardData[CardName]]> {
  const out: Array<[string, CardName, CardData[CardName]]> = [];
  const topics = topicsIn(words.topics);
  for (const verdict of VERDICTS) out.push([`verdict ${verdict}`, 'guide', verdictCard(words, diagnosis(verdict), requester)]);
  for (const blocker of BLOCKERS) out.push([`blocker ${blocker}`, 'guide', blockerCard(words, blocker, 'megan@fourthcoffee.xyz')]);
  out.push(['personal choice', 'guide', personalChoiceCard(words, requester)]);
  out.push(['verdict ready, federated and unconfirmed', 'guide', verdictCard(words, { ...diagnosis('ready'), domainType: 'federated', addressConfirmed: false }, requester)]);
  out.push(['verdict personal-account at a managed domain, admins named', 'guide', verdictCard(words, { ...diagnosis('personal-account'), address: 'carol@northwind-traders.example', domain: 'northwind-traders.example' }, requester, ['Megan Bowen'])]);
  out.push(['verdict personal-account at a consumer domain', 'guide', verdictCard(words, { ...diagnosis('personal-account'), address: 'pat@outlook.com', domain: 'outlook.com', domainType: 'unknown', tenantId: null, tenantName: null }, {})]);
  out.push(['verdict no-account at an unknown domain', 'guide', verdictCard(words, { ...diagnosis('no-account'), domainType: 'unknown', tenantId: null }, requester)]);
  out.push(['personal choice without a work account', 'guide', personalChoiceCard(words, {})]);
  out.push(['mfa', 'guide', mfaCard(words)]);
  for (const [label, input] of readinessInputs()) out.push([`mfa, live check: ${label}`, 'guide', mfaCard(words, readinessView(words, { kind: 'report', report: evaluateMfaReadiness(input) }))]);
  out.push(['mfa for an unmanaged tenant', 'guide', mfaCard(words, undefined, diagnosis('takeover-needed'))]);
  out.push(['admins manual', 'guide', adminsCard(words, { kind: 'manual', reason: 'not-configured' })]);
  out.push([
    'admins found',
    'guide',
    adminsCard(words, {
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
  out.push(['admins found, many', 'guide', adminsCard(words, many)]);
  out.push(['admins permission', 'guide', adminsCard(words, { kind: 'permission-error', failure: { kind: 'permission', permission: 'RoleManagement.Read.Directory', message: 'forbidden', consentUrl: 'https://login.microsoftonline.com/x/adminconsent' } } as never)]);
  out.push(['admins failed', 'guide', adminsCard(words, { kind: 'failed', failure: { kind: 'network', message: 'fetch failed' } } as never)]);
  out.push(['admins unmanaged, own tenant found', 'guide', adminsCard(words, { kind: 'unmanaged', next: 'takeover' }, 'fourthcoffee.xyz', many)]);
  out.push(['admins unmanaged, own tenant unknown', 'guide', adminsCard(words, { kind: 'unmanaged', next: 'takeover' }, 'fourthcoffee.xyz')]);
  for (const topic of topics) out.push([`topic ${topic.id}`, 'guide', topicCard(words, topic)]);
  out.push(['not sure', 'guide', notSureCard(words, new FaqIndex(topics, { tag: 'en', retrieval }).answer('zzz qqq'))]);
  out.push(['not sure, with related topics', 'guide', notSureCard(words, { ...new FaqIndex(topics, { tag: 'en', retrieval }).answer('zzz qqq'), alternatives: topics.slice(0, 3).map((topic) => ({ topic, score: 1 })) } as never)]);
  for (const kind of DRAFT_KINDS) {
    // As the chat opens it: the text in English for support, the card in the reader's words.
    const input = draftInputFromCase(kind, { diagnosis: diagnosis('takeover-needed'), requester: { name: 'Alex', email: 'alex@contoso.com' } }, catalog.drafts.prefill);
    out.push([`draft ${kind}`, 'draft', draftCard(words, kind, input, { textLanguage: 'en', offerMyLanguage: false })]);
    out.push([`draft ${kind} with errors`, 'draft', draftCard(words, kind, input, { textLanguage: 'en', offerMyLanguage: false, errors: { contactName: { code: 'missing' } } })]);
    out.push([`draft ${kind}, "Draft in my language" offered`, 'draft', draftCard(words, kind, input, { textLanguage: 'en', offerMyLanguage: true })]);
  }
  out.push(['language', 'guide', languageCard(words)]);
  out.push(['language, after an unknown name', 'guide', languageCard(words, words.language.unknown('klingon'))]);
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
  out.push(['case open', 'case', caseCardData(words, asked.case, [person])]);
  out.push(['case resolved', 'case', caseCardData(words, resolved.case, [])]);
  out.push(['case question', 'caseQuestion', questionCardData(words, asked.case, asked.case.questions[0].id)]);
  const desk = { ...person, tenantId: 'tenant-a', roles: ['helpdesk'] as const };
  const listed = Array.from({ length: 12 }, (_, i) => ({ ...opened, id: `VL-7K3QX2P${'ABCDEFGHJKLM'[i]}` }));
  out.push(['case list', 'caseList', caseListData(words, 'cases', listed, desk, new Date('2026-11-22T10:00:00Z'))]);
  out.push(['case list empty', 'caseList', caseListData(words, 'mine', [], desk, new Date('2026-11-22T10:00:00Z'))]);
  const counted = buildStats([{ category: 'takeover', status: 'new', verdict: 'takeover-needed', count: 3 }, { category: 'mfa', status: 'resolved', verdict: 'ready', count: 1 }], []);
  out.push(['case stats', 'caseStats', statsCardData(words, counted, 2)]);
  const campaign = newCampaign({ tenantId: 'tenant-a', id: 'CP-7K3QX2PM', owner: { aadObjectId: 'p1', name: 'Adele Vance' }, note: 'Please do this before Friday.', recipientCount: 40 }, new Date('2026-11-21T10:00:00Z'));
  const people = Array.from({ length: 12 }, (_, i) => ({ address: `person${i}@fourthcoffee.xyz`, verdict: 'takeover-needed' as const }));
  const preview = { total: 40, byVerdict: [{ verdict: 'takeover-needed' as const, count: 12 }, { verdict: 'ready' as const, count: 28 }], unchecked: 0, needsAction: { count: 12, people }, notReachable: { count: 3, people: people.slice(0, 3) } };
  out.push(['campaign start', 'campaignStart', startCard(words)]);
  out.push(['campaign preview', 'campaignPreview', previewCard(words, campaign, preview, { duplicates: 2 })]);
  out.push(['campaign preview, nobody reachable', 'campaignPreview', previewCard(words, campaign, { ...preview, notReachable: { count: 40, people } }, { duplicates: 0 })]);
  out.push(['campaign preview, budget spent', 'campaignPreview', previewCard(words, campaign, { ...preview, unchecked: 10 }, { duplicates: 0, retryAfterSeconds: 600 })]);
  const progress = { sent: 20, pending: 15, failed: 2, notReachable: 3, total: 40 };
  out.push(['campaign progress', 'campaignProgress', progressCard(words, { ...campaign, state: 'sending' }, progress, new Date('2026-11-21T10:05:00Z'))]);
  out.push(['campaign done, nobody sent', 'campaignProgress', progressCard(words, { ...campaign, state: 'done' }, { ...progress, pending: 0, sent: 0, failed: 0, notReachable: 40 }, new Date('2026-11-21T10:09:00Z'))]);
  out.push(['campaign done', 'campaignProgress', progressCard(words, { ...campaign, state: 'done' }, { ...progress, pending: 0, sent: 35 }, new Date('2026-11-21T10:09:00Z'))]);
  const counts = { 'needs-action': 4, 'in-progress': 21, fixed: 12, 'not-reachable': 3 };
  const last = { counts: { ...counts, 'in-progress': 33, fixed: 0 }, at: '2026-12-02T09:00:00.000Z' };
  out.push(['campaign status', 'campaignStatus', statusCard(words, { ...campaign, state: 'done' }, counts, changeText(words, changeSince(counts, last), last))]);
  out.push(['campaign status, first report', 'campaignStatus', statusCard(words, { ...campaign, state: 'sending' }, counts, changeText(words, undefined, undefined))]);
  out.push(['campaign weekly summary', 'campaignStatus', summaryCard(words, { ...campaign, state: 'done' }, counts, changeText(words, changeSince(counts, last), last), false)]);
  const allFixed = { 'needs-action': 0, 'in-progress': 0, fixed: 40, 'not-reachable': 0 };
  out.push(['campaign last weekly summary', 'campaignStatus', summaryCard(words, { ...campaign, state: 'done' }, allFixed, changeText(words, changeSince(allFixed, last), last), true)]);
  out.push(['campaign recipient card', 'guide', recipientCard(words, campaign, diagnosis('takeover-needed'), 'megan@fourthcoffee.xyz', true)]);
  out.push(['verdict takeover-needed, watch offered', 'guide', verdictCard(words, diagnosis('takeover-needed'), requester, [], 'offer')]);
  out.push(['verdict no-account, watched', 'guide', verdictCard(words, diagnosis('no-account'), requester, [], 'on')]);
  out.push(['watching', 'guide', watchingCard(words, 'megan@fourthcoffee.xyz', 24)]);
  const watch = newWatch({ tenantId: requester.tenantId ?? '', address: 'megan@fourthcoffee.xyz', watcher: { aadObjectId: 'aad-megan' } }, 86_400_000, new Date('2026-11-21T10:00:00Z'));
  out.push(['fixed after a takeover', 'guide', fixedCard(words, { watch: { ...watch, lastVerdict: 'takeover-needed' }, diagnosis: diagnosis('ready'), afterTakeover: true })]);
  for (const [scope, commands] of [['personal', personalCommands(words)], ['team', teamCommands(words)], ['group chat', groupChatCommands(words)]] as const) {
    out.push([`help, ${scope}`, 'help', { appName: 'A', intro: 'I', heading: 'H', commands, footer: 'f' }]);
  }
  return out;
}

/** Live MFA checks: nothing in place; a Conditional Access policy enforcing MFA and the person registered. */
export function readinessInputs(): Array<[string, Parameters<typeof evaluateMfaReadiness>[0]]> {
  const now = new Date('2026-11-21T10:00:00Z');
  const registration = (registered: boolean) => ({ ok: true as const, value: { userPrincipalName: 'alex@contoso.com', isMfaRegistered: registered, methodsRegistered: registered ? ['microsoftAuthenticatorPush', 'mobilePhone'] : [], defaultMfaMethod: null } });
  const enforcing = { displayName: 'MFA for Volume Licensing Central', state: 'enabled', includeUsers: ['All'], excludeUsers: [], includeGroups: [], excludeGroups: [], includeRoles: [], excludeRoles: [], includeApplications: ['MicrosoftAdminPortals'], excludeApplications: [], builtInControls: ['mfa'], operator: 'OR', authenticationStrength: null };
  return [
    ['nothing in place', { tenantId: 't', now, securityDefaults: { ok: true, value: false }, policies: { ok: true, value: [] }, user: { userPrincipalName: 'alex@contoso.com', registration: registration(false) } }],
    ['compliant', { tenantId: 't', now, securityDefaults: { ok: true, value: false }, policies: { ok: true, value: [enforcing] }, user: { userPrincipalName: 'alex@contoso.com', registration: registration(true) } }],
  ] as never;
}
