import { describe, expect, it } from 'vitest';
import { VERDICTS } from '../../src/domain/verdicts';
import { categoryForVerdict, type Case } from '../../src/domain/cases/case';
import { applyAction, capText, NOTE_MAX_CHARS, refreshCase, remindedCase, type CaseAction } from '../../src/domain/cases/lifecycle';
import { maySee, refusalFor as refusalCode, triages, type Actor } from '../../src/domain/cases/authorisation';
import { inWords } from '../../src/text/catalog';
import { catalog } from '../../src/text/en';
import { CASE_ID_ALPHABET, isCaseId, newCaseId, parseCaseId } from '../../src/domain/cases/caseId';
import { applied, helpdesk, minutes, sampleCase, sampleDiagnosis, sampleRequester } from '../contracts/caseRepository.contract';

const hana = { id: 'aad-hd-1', name: 'Hana Help' };
const ivo = { id: 'aad-hd-2', name: 'Ivo' };
const fresh = (): Case => ({ ...sampleCase({ id: 'VL-7K3QX2PM' }), version: 1 });

/** A refusal, and a history entry, as the help desk reads them. */
function refusal(c: Case, action: CaseAction): string {
  const result = applyAction(c, action, helpdesk(), minutes(1));
  if (result.ok) throw new Error(`expected ${action.type} to be refused`);
  return inWords(catalog.cases.refusals, result.reason);
}
const detail = (entry: Case['history'][number] | undefined) => entry && catalog.cases.historyDetail(entry);
const refusalFor = (...args: Parameters<typeof refusalCode>) => {
  const reason = refusalCode(...args);
  return reason && inWords(catalog.cases.refusals, reason);
};

describe('a new case', () => {
  it('starts new, in the category its verdict implies, with its opening in the history', () => {
    const c = fresh();
    expect(c).toMatchObject({ tenantId: 'tenant-a', status: 'new', category: 'takeover', categoryOverridden: false, notes: [], questions: [] });
    // Delivery bookkeeping lives in the outbox beside the case (caseOutbox.test.ts).
    expect(c).not.toHaveProperty('cards');
    expect(c).not.toHaveProperty('pendingPosts');
    expect(c.history).toEqual([{ at: minutes(0).toISOString(), actor: { id: 'aad-ann', name: 'Person aad-ann' }, action: 'open', address: 'ann@contoso.com', verdict: 'takeover-needed' }]);
    expect(detail(c.history[0])).toBe('Opened for ann@contoso.com: Unmanaged tenant, takeover needed.');
  });

  it('derives a category from every verdict', () => {
    const categories = Object.fromEntries(VERDICTS.map((v) => [v, categoryForVerdict(v)]));
    expect(categories).toEqual({
      'invalid-address': 'other',
      'lookup-failed': 'other',
      'takeover-needed': 'takeover',
      'choose-work-account': 'personal-account',
      ready: 'mfa',
      'personal-account': 'personal-account',
      'no-account': 'other',
    });
  });
});

describe('applyAction', () => {
  it('never changes the case it is given and adds exactly one history entry per change', () => {
    const c = fresh();
    const before = structuredClone(c);
    const next = applied(c, { type: 'assign', assignee: hana }, minutes(1), helpdesk(hana.id, hana.name));
    expect(c).toEqual(before);
    expect(next.history).toHaveLength(2);
    expect(next.history[1]).toEqual({ at: minutes(1).toISOString(), actor: hana, action: 'assign', assignee: 'Hana Help' });
    expect(detail(next.history[1])).toBe('Assigned to Hana Help.');
    expect(next.updatedAt).toBe(minutes(1).toISOString());
  });

  it('assigns, reassigns and unassigns, moving between new and assigned', () => {
    const assigned = applied(fresh(), { type: 'assign', assignee: hana }, minutes(1));
    expect(assigned).toMatchObject({ status: 'assigned', assignee: hana });
    expect(refusal(assigned, { type: 'assign', assignee: hana })).toBe('VL-7K3QX2PM is already assigned to Hana Help.');
    const reassigned = applied(assigned, { type: 'assign', assignee: ivo }, minutes(2));
    expect(detail(reassigned.history.at(-1))).toBe('Reassigned from Hana Help to Ivo.');
    const unassigned = applied(reassigned, { type: 'unassign' }, minutes(3));
    expect(unassigned.status).toBe('new');
    expect(unassigned.assignee).toBeUndefined();
    expect(refusal(unassigned, { type: 'unassign' })).toBe('VL-7K3QX2PM is not assigned to anyone.');
  });

  it('refuses to work on a closed or resolved case until it is reopened', () => {
    const closed = applied(fresh(), { type: 'close' }, minutes(1));
    expect(refusal(closed, { type: 'assign', assignee: hana })).toBe('VL-7K3QX2PM is closed: reopen it first.');
    expect(refusal(closed, { type: 'ask-requester', text: 'Which admin?' })).toBe('VL-7K3QX2PM is closed: reopen it first.');
    expect(refusal(closed, { type: 'set-status', status: 'assigned' })).toBe('VL-7K3QX2PM is closed: reopen it first.');
    expect(refusal(closed, { type: 'close' })).toBe('VL-7K3QX2PM is already closed.');
    const resolved = applied(fresh(), { type: 'resolve' }, minutes(1));
    expect(refusal(resolved, { type: 'resolve' })).toBe('VL-7K3QX2PM is resolved: reopen it first.');
    expect(refusal(fresh(), { type: 'reopen' })).toBe('VL-7K3QX2PM is already open (new).');
  });

  it('keeps the first resolution time through reopening, and reopens to assigned or new', () => {
    const assigned = applied(fresh(), { type: 'assign', assignee: hana }, minutes(1));
    const resolved = applied(assigned, { type: 'resolve' }, minutes(10));
    expect(resolved).toMatchObject({ status: 'resolved', resolvedAt: minutes(10).toISOString() });
    const reopened = applied(resolved, { type: 'reopen' }, minutes(20));
    expect(reopened.status).toBe('assigned');
    const again = applied(applied(reopened, { type: 'resolve' }, minutes(30)), { type: 'close' }, minutes(31));
    expect(again).toMatchObject({ status: 'closed', resolvedAt: minutes(10).toISOString() });
    const closedUnassigned = applied(fresh(), { type: 'close' }, minutes(1));
    const reopenedNew = applied(closedUnassigned, { type: 'reopen' }, minutes(2));
    expect(reopenedNew.status).toBe('new');
    expect(reopenedNew.history.map(detail)).toContain('Reopened as new.');
  });

  it('sets a status only where it makes sense', () => {
    const c = fresh();
    expect(refusal(c, { type: 'set-status', status: 'new' })).toBe('VL-7K3QX2PM is already new.');
    expect(refusal(c, { type: 'set-status', status: 'assigned' })).toBe('Assign someone to VL-7K3QX2PM first.');
    const assigned = applied(c, { type: 'assign', assignee: hana }, minutes(1));
    expect(refusal(assigned, { type: 'set-status', status: 'new' })).toBe('VL-7K3QX2PM is assigned to Hana Help: unassign it instead.');
    const waiting = applied(assigned, { type: 'set-status', status: 'waiting-on-requester' }, minutes(2));
    expect(waiting.status).toBe('waiting-on-requester');
    expect(applied(waiting, { type: 'set-status', status: 'assigned' }, minutes(3)).status).toBe('assigned');
    expect(applied(waiting, { type: 'set-status', status: 'resolved' }, minutes(3))).toMatchObject({ status: 'resolved', resolvedAt: minutes(3).toISOString() });
    expect(applied(waiting, { type: 'set-status', status: 'closed' }, minutes(3)).status).toBe('closed');
  });

  it('overrides the category, which a new diagnosis then leaves alone', () => {
    const c = fresh();
    expect(refusal(c, { type: 'set-category', category: 'takeover' })).toBe('VL-7K3QX2PM is already in takeover.');
    const refreshed = refreshCase(c, sampleRequester(), sampleDiagnosis('ann@contoso.com', 'ready'), hana, minutes(1));
    expect(refreshed.category).toBe('mfa');
    const overridden = applied(c, { type: 'set-category', category: 'other' }, minutes(1));
    expect(overridden).toMatchObject({ category: 'other', categoryOverridden: true });
    expect(refreshCase(overridden, sampleRequester(), sampleDiagnosis('ann@contoso.com', 'ready'), hana, minutes(2)).category).toBe('other');
  });

  it('stores notes trimmed and verbatim, capping long ones with a flag', () => {
    const text = '  <at>Hana</at> {{x}} =HYPERLINK("x") **bold**  ';
    const noted = applied(fresh(), { type: 'add-note', text }, minutes(1), helpdesk(hana.id, hana.name));
    expect(noted.notes).toEqual([{ author: hana, text: text.trim(), at: minutes(1).toISOString(), truncated: false }]);
    const long = applied(fresh(), { type: 'add-note', text: 'x'.repeat(NOTE_MAX_CHARS + 50) }, minutes(1));
    expect(long.notes[0].text).toHaveLength(NOTE_MAX_CHARS);
    expect(long.notes[0].truncated).toBe(true);
    expect(detail(long.history.at(-1))).toBe('Added a note (cut to 2000 characters).');
    expect(refusal(fresh(), { type: 'add-note', text: '   ' })).toBe('A note needs some text.');
    const onClosed = applied(applied(fresh(), { type: 'close' }, minutes(1)), { type: 'add-note', text: 'For the record.' }, minutes(2));
    expect(onClosed.notes).toHaveLength(1);
  });

  it('waits on the requester while a question is unanswered, then goes back to the assignee or the queue', () => {
    const assigned = applied(fresh(), { type: 'assign', assignee: hana }, minutes(1));
    const asked = applied(assigned, { type: 'ask-requester', text: ' Which admin did you contact? ' }, minutes(2));
    expect(asked.status).toBe('waiting-on-requester');
    expect(asked.questions).toEqual([
      { id: 'Q1', askedBy: { id: 'aad-hd-1', name: 'Hana Help' }, text: 'Which admin did you contact?', askedAt: minutes(2).toISOString(), truncated: false },
    ]);
    const twice = applied(asked, { type: 'ask-requester', text: 'And when?' }, minutes(3));
    const firstAnswer = applied(twice, { type: 'requester-answer', questionId: 'Q1', text: 'Bob' }, minutes(4));
    expect(firstAnswer.status).toBe('waiting-on-requester');
    const both = applied(firstAnswer, { type: 'requester-answer', questionId: 'Q2', text: 'Monday' }, minutes(5));
    expect(both.status).toBe('assigned');
    expect(both.questions[1]).toMatchObject({ answer: 'Monday', answeredAt: minutes(5).toISOString(), answerTruncated: false });
    expect(refusal(both, { type: 'requester-answer', questionId: 'Q2', text: 'Again' })).toBe('Question Q2 on VL-7K3QX2PM is already answered.');
    expect(refusal(both, { type: 'requester-answer', questionId: 'Q9', text: 'Hm' })).toBe('VL-7K3QX2PM has no question Q9.');

    const unassigned = applied(fresh(), { type: 'ask-requester', text: 'Which admin?' }, minutes(1));
    expect(applied(unassigned, { type: 'requester-answer', questionId: 'Q1', text: 'Bob' }, minutes(2)).status).toBe('new');
    const closed = applied(unassigned, { type: 'close' }, minutes(2));
    expect(refusal(closed, { type: 'requester-answer', questionId: 'Q1', text: 'Bob' })).toBe('VL-7K3QX2PM is closed, so it takes no more answers.');
  });

  it('records a reminder as the bot', () => {
    const reminded = remindedCase(fresh(), minutes(90));
    expect(reminded.remindedAt).toBe(minutes(90).toISOString());
    expect(reminded.history.at(-1)).toMatchObject({ actor: { id: 'system', name: 'VL Sign-in Assistant' }, action: 'remind' });
  });
});

describe('capText', () => {
  it('trims, and never cuts a character in half', () => {
    expect(capText('  hi  ', 10)).toEqual({ text: 'hi', truncated: false });
    expect(capText('ab😀', 3)).toEqual({ text: 'ab', truncated: true });
  });
});

describe('authorisation', () => {
  const c = fresh();
  const answer: CaseAction = { type: 'requester-answer', questionId: 'Q1', text: 'Bob' };
  const resolve: CaseAction = { type: 'resolve' };
  const requester: Actor = { id: 'aad-ann', name: 'Ann', tenantId: 'tenant-a', roles: ['requester'] };
  const hidden = 'There is no case VL-7K3QX2PM that you can see.';

  it('lets help-desk members and tenant admins see and do everything on their tenant’s cases but answer for the requester', () => {
    for (const roles of [['helpdesk'], ['admin']] as const) {
      const actor = { id: 'x', tenantId: 'tenant-a', roles };
      expect(triages(actor)).toBe(true);
      expect(maySee(actor, c)).toBe(true);
      expect(refusalFor(actor, c, resolve)).toBeUndefined();
      // The answer is the requester's: anyone else answering reads as a case they cannot see.
      expect(refusalFor(actor, c, answer)).toBe(hidden);
    }
    // A help-desk member who asked for help themselves answers their own case's questions.
    expect(refusalFor({ ...requester, roles: ['helpdesk', 'requester'] }, c, answer)).toBeUndefined();
  });

  it('lets the requester see their own case and only answer its questions', () => {
    expect(triages(requester)).toBe(false);
    expect(maySee(requester, c)).toBe(true);
    expect(refusalFor(requester, c, answer)).toBeUndefined();
    expect(refusalFor(requester, c, resolve)).toBe('Only the help desk can change VL-7K3QX2PM; you can answer its questions.');
  });

  it('answers anyone else, and anyone of another tenant, exactly as for a case that does not exist', () => {
    expect(hidden).toBe('There is no case VL-7K3QX2PM that you can see.');
    const others: Actor[] = [
      { ...requester, id: 'aad-bob' },
      { ...requester, roles: [] },
      { id: 'aad-eve', name: 'Eve', tenantId: 'tenant-a', roles: [] },
      { id: 'x', name: 'X', tenantId: 'tenant-z', roles: ['helpdesk'] },
      { ...requester, tenantId: 'tenant-z' },
    ];
    for (const actor of others) {
      expect(maySee(actor, c)).toBe(false);
      expect(refusalFor(actor, c, answer)).toBe(hidden);
      expect(refusalFor(actor, c, resolve)).toBe(hidden);
    }
  });

  it('lets nobody act from an empty tenant, not even on a case stored with none', () => {
    const untenanted = { ...c, tenantId: '' };
    const actor = { id: 'x', tenantId: '', roles: ['helpdesk'] as const };
    expect(maySee(actor, untenanted)).toBe(false);
    expect(refusalFor(actor, untenanted, resolve)).toBe(hidden);
  });
});

describe('case ids', () => {
  it('are VL- and eight characters that cannot be misread', () => {
    expect(CASE_ID_ALPHABET).not.toMatch(/[0O1I]/);
    expect(CASE_ID_ALPHABET).toHaveLength(32);
    const draws = [5, 17, 1, 22, 29, 0, 21, 19];
    expect(newCaseId(() => draws.shift() as number)).toBe('VL-7K3QX2PM');
    for (let i = 0; i < 200; i++) expect(isCaseId(newCaseId())).toBe(true);
  });

  it('are read back however a person types them, the five-character ids from before too', () => {
    for (const typed of ['VL-7K3QX2PM', 'vl-7k3qx2pm', ' #VL-7K3QX2PM ', 'VL7K3QX2PM', '7k3qx2pm']) expect(parseCaseId(typed)).toBe('VL-7K3QX2PM');
    for (const typed of ['VL-7K3QX', 'vl-7k3qx', '#VL-7K3QX', '7k3qx']) expect(parseCaseId(typed)).toBe('VL-7K3QX');
    for (const typed of ['VL-7K3QX2P0', 'VL-7K3Q', 'VL-7K3QXX', 'VL-7K3QX2PMM', 'hello', '']) expect(parseCaseId(typed)).toBeUndefined();
  });
});
