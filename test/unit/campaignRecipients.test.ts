import { describe, expect, it } from 'vitest';
import { parseRecipientList, RECIPIENT_LIMITS } from '../../src/domain/campaigns/recipients';

describe('parseRecipientList', () => {
  it('reads a pasted list, one address per line, domains lower-cased, blank lines skipped', () => {
    expect(parseRecipientList('Ann@Contoso.COM\n\n  bob@fabrikam.com  \r\n')).toEqual({
      ok: true,
      recipients: [{ address: 'Ann@contoso.com' }, { address: 'bob@fabrikam.com' }],
      duplicates: 0,
    });
  });

  it('finds the address column of a CSV as vlsa diagnose --file does, and the UPN in a column headed upn', () => {
    const csv = 'Name;VLSC address;UPN\nAnn;ann@contoso.com;ann.lee@contoso.com\nBob;bob@fabrikam.com;\nCid;cid@contoso.com;CID@contoso.com\n';
    expect(parseRecipientList(csv)).toEqual({
      ok: true,
      recipients: [{ address: 'ann@contoso.com', upn: 'ann.lee@contoso.com' }, { address: 'bob@fabrikam.com' }, { address: 'cid@contoso.com' }],
      duplicates: 0,
    });
  });

  it('takes the address from the other column when the UPN column comes first', () => {
    const csv = 'upn,sign-in address\nann.lee@contoso.com,ann@contoso.com\n';
    expect(parseRecipientList(csv)).toMatchObject({ ok: true, recipients: [{ address: 'ann@contoso.com', upn: 'ann.lee@contoso.com' }] });
  });

  it('sends one card per person: an address listed twice (in any case) is counted, not repeated', () => {
    expect(parseRecipientList('ann@contoso.com\nANN@contoso.com\nann@CONTOSO.com')).toEqual({ ok: true, recipients: [{ address: 'ann@contoso.com' }], duplicates: 2 });
  });

  it('names every bad line by its number in the text, quoted cells spanning lines included', () => {
    const csv = 'name,email\n"Ann\nLee",ann@contoso.com\nBob,bob@\nCid,cid@contoso.com\n\nDee,dee@@contoso.com\n';
    expect(parseRecipientList(csv)).toEqual({
      ok: false,
      problems: [
        { code: 'bad-line', line: 4, column: 'address', problem: 'nothing-after-at' },
        { code: 'bad-line', line: 7, column: 'address', problem: 'several-at' },
      ],
      problemCount: 2,
    });
    expect(parseRecipientList('address,upn\nann@contoso.com,not an address\n')).toMatchObject({ ok: false, problems: [{ line: 2, column: 'upn', problem: 'spaces' }] });
  });

  it('lists the first problems and counts the rest', () => {
    const bad = Array.from({ length: 25 }, (_, i) => `user${i}@`).join('\n');
    const result = parseRecipientList(bad);
    expect(result).toMatchObject({ ok: false, problemCount: 25 });
    expect(result.ok === false && result.problems).toHaveLength(RECIPIENT_LIMITS.problemsShown);
  });

  it('refuses an empty list, a text over the size cap and a list over the recipient cap before reading addresses', () => {
    expect(parseRecipientList(' \n\n')).toEqual({ ok: false, problems: [{ code: 'empty' }], problemCount: 1 });
    expect(parseRecipientList('a'.repeat(RECIPIENT_LIMITS.chars + 1))).toMatchObject({ ok: false, problems: [{ code: 'too-large' }] });
    const many = Array.from({ length: RECIPIENT_LIMITS.recipients + 1 }, (_, i) => `u${i}@contoso.com`).join('\n');
    expect(parseRecipientList(many)).toMatchObject({ ok: false, problems: [{ code: 'too-many', max: RECIPIENT_LIMITS.recipients, found: RECIPIENT_LIMITS.recipients + 1 }] });
  });

  it('reads hostile text of the largest allowed size in linear time (no pattern backtracks over it)', () => {
    const lines = ['"'.repeat(50_000), '@'.repeat(50_000), `${'a.'.repeat(40_000)}@x`, ';'.repeat(50_000), ` ${'\t'.repeat(50_000)}`];
    const hostile = lines.join('\n').padEnd(RECIPIENT_LIMITS.chars - 10, 'x');
    const result = parseRecipientList(hostile);
    // The measure is that this returns at all within the test's timeout; what it returns is a refusal naming lines.
    expect(result.ok).toBe(false);
  });
});
