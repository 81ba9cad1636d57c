import { describe, expect, it } from 'vitest';
import { caseFromJson } from '../../src/storage/storedCases';
import { caseCardData } from '../../src/teams/features/cases/caseCard';
import { catalog } from '../../src/text/en';

describe('a case stored before reasons were data', () => {
  it('keeps the sentence it was stored with, and the case card shows it', () => {
    const stored = {
      tenantId: 't',
      id: 'VL-7K3QX2PM',
      requester: { aadObjectId: 'r1', name: 'Alex' },
      address: 'alex@contoso.com',
      diagnosis: { input: 'alex@contoso.com', address: 'alex@contoso.com', domain: 'contoso.com', verdict: 'ready', reason: 'alex@contoso.com is a work account in the Contoso (managed) tenant and no personal Microsoft account uses it.' },
      category: 'mfa',
      categoryOverridden: false,
      status: 'new',
      notes: [],
      questions: [],
      history: [{ at: '2026-01-05T09:30:00.000Z', actor: { id: 'r1', name: 'Alex' }, action: 'open', detail: 'Opened for alex@contoso.com: Work account ready.' }],
      createdAt: '2026-01-05T09:30:00.000Z',
      updatedAt: '2026-01-05T09:30:00.000Z',
    };
    const c = caseFromJson(JSON.stringify(stored), 3);
    expect(c.diagnosis.reason).toEqual({ code: 'recorded', text: stored.diagnosis.reason });
    const card = caseCardData(catalog, c, []);
    expect(card.summary).toBe(stored.diagnosis.reason);
    expect(card.history).toEqual([{ line: '2026-01-05 09:30 UTC Alex: Opened for alex@contoso.com: Work account ready.' }]);
  });
});
