import { describe, expect, it } from 'vitest';
import { renderCardJson } from '../../src/teams/kit/cards/render';
import { ANSWER_MAX_CHARS, applyAction, newCase, NOTE_MAX_CHARS, QUESTION_MAX_CHARS } from '../../src/domain/cases/lifecycle';
import { caseCardData, questionCardData } from '../../src/teams/features/cases/caseCard';
import { caseListData, LIST_ROWS } from '../../src/teams/features/cases/caseList';
import { statsCardData } from '../../src/teams/features/cases/statsCard';
import { buildStats } from '../../src/domain/cases/stats';
import { CASE_STATUSES } from '../../src/domain/cases/case';
import { actions, allText, markdownText, nodes, type Json } from '../helpers/cards';
import { diagnosisFor } from '../helpers/diagnosis';
import { catalog } from '../../src/text/en';
import { catalogFor, LANGUAGES } from '../../src/text/languages';

/** The longest action title a phone-width card shows without cutting it. */
const MAX_TITLE = 36;
const HOSTILE_NAME = '**Mallory** [click](https://evil.example) _x_';
const HOSTILE_NOTE = '# Heading ![img](https://evil.example/i.png) ${caseId}';
const ADDRESS = 'megan@fourthcoffee.xyz';

const desk = { id: 'desk-1', name: '*Adele*', tenantId: 'tenant-a', roles: ['helpdesk'] as const };
const opened = newCase({
  tenantId: 'tenant-a',
  id: 'VL-7K3QX2PM',
  requester: { aadObjectId: 'r1', name: HOSTILE_NAME, upn: 'mallory@contoso.com' },
  diagnosis: diagnosisFor('takeover-needed', ADDRESS, { domainType: 'unmanaged', tenantId: '22222222-2222-4222-8222-222222222222', workAccount: true, personalAccount: false }),
  actor: desk,
  now: new Date('2026-11-21T10:00:00Z'),
});
const noted = applyAction(opened, { type: 'add-note', text: HOSTILE_NOTE }, desk, new Date('2026-11-21T11:00:00Z'));
const asked = noted.ok ? applyAction(noted.case, { type: 'ask-requester', text: HOSTILE_NOTE }, desk, new Date('2026-11-21T11:30:00Z')) : noted;
if (!asked.ok) throw new Error('the sample case could not be built');
const sample = asked.case;

const cards: Array<[string, Json]> = [
  ['case card', renderCardJson('case', caseCardData(catalog, sample, [{ id: 'p', name: HOSTILE_NAME }]))],
  ['question card', renderCardJson('caseQuestion', questionCardData(catalog, sample, sample.questions[0].id))],
  ['list card', renderCardJson('caseList', caseListData(catalog, 'cases', [sample, { ...sample, id: 'VL-7K3QX2PN', assignee: { id: 'x', name: HOSTILE_NAME } }], desk, new Date('2026-11-23T10:00:00Z')))],
  ['stats card', renderCardJson('caseStats', statsCardData(catalog, buildStats([{ category: 'takeover', status: 'new', verdict: 'takeover-needed', count: 3 }], []), 0))],
];

describe.each(cards)('the %s', (_name, card) => {
  it(`has no action title longer than ${MAX_TITLE} characters`, () => {
    for (const action of actions(card)) expect(String(action.title).length, String(action.title)).toBeLessThanOrEqual(MAX_TITLE);
  });

  it('shows what people typed only in TextRuns, never in markdown', () => {
    const markdown = markdownText(card);
    for (const typed of [HOSTILE_NAME, HOSTILE_NOTE, '*Adele*', ADDRESS, 'mallory@contoso.com']) expect(markdown).not.toContain(typed);
  });
});

describe('the case card', () => {
  it('shows the verdict, category and status in words', () => {
    const text = allText(cards[0][1]);
    expect(text).toContain('What I found\nUnmanaged tenant, takeover needed');
    expect(text).toContain('Tenant takeover');
    expect(text).toContain('Waiting on requester');
    expect(text).not.toMatch(/takeover-needed|waiting-on-requester/);
  });

  it('offers every status in words', () => {
    const status = nodes(cards[0][1]).find((n) => n.id === 'status');
    expect((status?.choices as { title: string }[]).map((c) => c.title)).toEqual(['New', 'Assigned', 'Waiting on requester', 'Resolved', 'Closed']);
    expect(CASE_STATUSES).toHaveLength(5);
  });
});

describe('the list card', () => {
  it('shows the hostile text as typed, in the row', () => {
    const text = allText(cards[2][1]);
    expect(text).toContain(`${HOSTILE_NAME} · ${ADDRESS}`);
    expect(text).toContain(`Tenant takeover · with ${HOSTILE_NAME}`);
    expect(text).toContain('2 d');
  });

  it(`caps the rows at ${LIST_ROWS} and counts the rest`, () => {
    const many = Array.from({ length: LIST_ROWS + 4 }, (_, i) => ({ ...sample, id: `VL-AAAAAA${i.toString().padStart(2, '2')}` }));
    const data = caseListData(catalog, 'unassigned', many, desk, new Date('2026-11-21T10:05:00Z'));
    expect(data.rows).toHaveLength(LIST_ROWS);
    expect(data.more).toMatch(/^4 more not shown/);
    expect(data.rows[0].age).toBe('5 min');
  });

  it('offers Assign to me only on open cases not already the caller\'s', () => {
    const mine = { ...sample, assignee: { id: desk.id, name: 'Adele' } };
    const resolved = { ...sample, status: 'resolved' as const };
    const rows = caseListData(catalog, 'cases', [sample, mine, resolved], desk, new Date()).rows;
    expect(rows.map((r) => r.canAssignToMe)).toEqual([true, false, false]);
    expect(rows[0].openCommand).toBe('case VL-7K3QX2PM');
  });
});

describe('a case card with a long life', () => {
  /** A case with 60 full-length notes and 30 full-length questions, each answered in full, in a team of 1,000. */
  function busyCase() {
    let c = opened;
    const requester = { id: 'r1', name: HOSTILE_NAME };
    for (let i = 0; i < 60; i++) {
      const result = applyAction(c, { type: 'add-note', text: `note ${i} ${'n'.repeat(NOTE_MAX_CHARS)}` }, desk, new Date(Date.UTC(2026, 10, 22, 0, i)));
      if (!result.ok) throw new Error('note');
      c = result.case;
    }
    for (let i = 0; i < 30; i++) {
      const result = applyAction(c, { type: 'ask-requester', text: `question ${i} ${'q'.repeat(QUESTION_MAX_CHARS)}` }, desk, new Date(Date.UTC(2026, 10, 23, 0, i)));
      if (!result.ok) throw new Error('question');
      const answered = applyAction(result.case, { type: 'requester-answer', questionId: result.case.questions[i].id, text: 'a'.repeat(ANSWER_MAX_CHARS) }, requester, new Date(Date.UTC(2026, 10, 23, 1, i)));
      if (!answered.ok) throw new Error('answer');
      c = answered.case;
    }
    return c;
  }
  const busy = busyCase();
  const team = Array.from({ length: 1000 }, (_, i) => ({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, name: `Person ${i} ${'x'.repeat(60)}` }));

  it.each(LANGUAGES)('stays within 40 KB in UTF-16 (the strictest published bot message limit) in %s', (tag) => {
    const card = JSON.stringify(renderCardJson('case', caseCardData(catalogFor(tag), busy, team)));
    expect(card.length * 2).toBeLessThanOrEqual(40 * 1024);
  });

  it('shows the newest notes and questions and says how many earlier ones it leaves out', () => {
    const text = allText(renderCardJson('case', caseCardData(catalog, busy, team)));
    expect(text).toContain('note 59 ');
    expect(text).not.toContain('note 57 ');
    expect(text).toContain('58 earlier notes are not shown here.');
    expect(text).toContain('question 29 ');
    expect(text).toMatch(/\d+ earlier questions are not shown here\./);
  });

  it('lists at most 40 people to assign, the current assignee first, and says so', () => {
    const assigned = { ...busy, assignee: { id: team[999].id, name: team[999].name } };
    const card = renderCardJson('case', caseCardData(catalog, assigned, team));
    const choices = nodes(card).find((n) => n.id === 'assignee') as { label: string; choices: { value: string }[] };
    expect(choices.choices).toHaveLength(40);
    expect(choices.choices[0].value).toBe(team[999].id);
    expect(choices.label).toBe('Assign to (40 of the 1000 people in this team are listed; anyone else can press “Assign to me”)');
  });

  it('shows a short case whole, without any "earlier" line', () => {
    const text = allText(cards[0][1]);
    expect(text).not.toMatch(/earlier (notes|questions)/);
    expect((nodes(cards[0][1]).find((n) => n.id === 'assignee') as { label: string }).label).toBe('Assign to');
  });
});
