import { describe, expect, it } from 'vitest';
import { buildStats, median } from '../../src/domain/cases/stats';
import { casesCsv, csvCell } from '../../src/domain/cases/csv';
import { applied, minutes, sampleCase, sampleRequester } from '../contracts/caseRepository.contract';

describe('case stats', () => {
  it('takes the median of odd and even counts, and none of nothing', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });

  it('sums the counts per category, status and verdict, listing every key', () => {
    const stats = buildStats(
      [
        { category: 'takeover', status: 'new', verdict: 'takeover-needed', count: 3 },
        { category: 'takeover', status: 'resolved', verdict: 'takeover-needed', count: 2 },
        { category: 'mfa', status: 'resolved', verdict: 'ready', count: 1 },
      ],
      [
        { createdAt: minutes(0).toISOString(), resolvedAt: minutes(10).toISOString() },
        { createdAt: minutes(0).toISOString(), resolvedAt: minutes(20).toISOString() },
        { createdAt: minutes(5).toISOString(), resolvedAt: minutes(65).toISOString() },
      ],
    );
    expect(stats).toEqual({
      total: 6,
      byCategory: { takeover: 5, 'personal-account': 0, mfa: 1, other: 0 },
      byStatus: { new: 3, assigned: 0, 'waiting-on-requester': 0, resolved: 3, closed: 0 },
      byVerdict: {
        'invalid-address': 0,
        'lookup-failed': 0,
        'takeover-needed': 5,
        'choose-work-account': 0,
        ready: 1,
        'personal-account': 0,
        'no-account': 0,
      },
      resolved: 3,
      medianTimeToResolveMs: 20 * 60_000,
    });
  });
});

async function text(lines: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const line of lines) out += line;
  return out;
}

describe('CSV export', () => {
  it('quotes per RFC 4180', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+44 20')).toBe("'+44 20");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('writes a header and one line per case, with CRLF line ends', async () => {
    const requester = { ...sampleRequester(), name: '=cmd|" /C calc"!A0', upn: 'ann@contoso.com' };
    const open = sampleCase({ id: 'VL-AAAAA', requester, at: minutes(0) });
    const resolved = applied(
      applied(applied(sampleCase({ id: 'VL-BBBBB', address: 'b@fabrikam.com', verdict: 'ready' }), { type: 'assign', assignee: { id: 'h', name: 'Hana, Help' } }, minutes(1)), { type: 'add-note', text: 'n' }, minutes(2)),
      { type: 'resolve' },
      minutes(3),
    );
    const csv = await text(casesCsv([open, resolved]));
    expect(csv.split('\r\n')).toEqual([
      'id,created,status,category,verdict,address,domain,tenant id,requester name,requester UPN,assignee,resolved at,notes count',
      `VL-AAAAA,${minutes(0).toISOString()},new,takeover,takeover-needed,ann@contoso.com,contoso.com,f0e1d2c3-0000-4000-8000-000000000001,"'=cmd|"" /C calc""!A0",ann@contoso.com,,,0`,
      `VL-BBBBB,${minutes(0).toISOString()},resolved,mfa,ready,b@fabrikam.com,fabrikam.com,f0e1d2c3-0000-4000-8000-000000000001,Person aad-ann,aad-ann@contoso.com,"Hana, Help",${minutes(3).toISOString()},1`,
      '',
    ]);
  });

  it('streams from an async source', async () => {
    async function* source() {
      yield sampleCase({ id: 'VL-AAAAA' });
    }
    expect((await text(casesCsv(source()))).split('\r\n')).toHaveLength(3);
  });
});
