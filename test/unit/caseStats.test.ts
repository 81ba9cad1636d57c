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
  it('quotes every cell per RFC 4180', () => {
    expect(csvCell('plain')).toBe('"plain"');
    expect(csvCell('')).toBe('""');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=1+1')).toBe('"\'=1+1"');
    expect(csvCell('+44 20')).toBe('"\'+44 20"');
    expect(csvCell('-2')).toBe('"\'-2"');
    expect(csvCell('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('a=b')).toBe('"a=b"');
  });

  it.each([
    ['after leading spaces', '   =1+1'],
    ['after leading tabs and spaces', '\t \t=1+1'],
    ['a tab first', '\tplain'],
    ['a carriage return first', '\rplain'],
    ['a full-width equals sign', '\uFF1D1+1'],
    ['a full-width plus sign', '\uFF0B1'],
    ['a full-width hyphen-minus', '\uFF0D1'],
    ['a full-width at sign', '\uFF20SUM(A1)'],
    ['a full-width sign after spaces', '  \uFF1DCMD()'],
  ])('defuses a formula with %s', (_name, value) => {
    expect(csvCell(value)).toBe(`"'${value}"`);
  });

  it('never lets a field start inside a cell, for a reader that splits on "," or on ";"', async () => {
    const requester = { ...sampleRequester(), name: 'Ann;=1+2', upn: 'x,@SUM(A1);-3' };
    const rows = (await text(casesCsv([sampleCase({ id: 'VL-AAAAA', requester })]))).split('\r\n').filter(Boolean);
    const byComma = rows.flatMap((row) => splitQuoted(row, ','));
    expect(byComma).toEqual(expect.arrayContaining(['Ann;=1+2', 'x,@SUM(A1);-3']));
    // Every ";" is inside quotes: a ";" reader sees each row as one field, starting with its id.
    const bySemicolon = rows.map((row) => splitQuoted(row, ';'));
    expect(bySemicolon.map((fields) => fields.length)).toEqual([1, 1]);
    expect([...byComma, ...bySemicolon.flat()].filter((field) => /^\s*[=+\-@]/.test(field))).toEqual([]);
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
      '"id","created","status","category","verdict","address","domain","tenant id","requester name","requester UPN","assignee","resolved at","notes count"',
      `"VL-AAAAA","${minutes(0).toISOString()}","new","takeover","takeover-needed","ann@contoso.com","contoso.com","f0e1d2c3-0000-4000-8000-000000000001","'=cmd|"" /C calc""!A0","ann@contoso.com","","","0"`,
      `"VL-BBBBB","${minutes(0).toISOString()}","resolved","mfa","ready","b@fabrikam.com","fabrikam.com","f0e1d2c3-0000-4000-8000-000000000001","Person aad-ann","aad-ann@contoso.com","Hana, Help","${minutes(3).toISOString()}","1"`,
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

/** The fields of one CSV row as a quote-aware reader with this delimiter sees them. */
function splitQuoted(row: string, delimiter: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < row.length; i++) {
    const ch = row[i];
    if (quoted && ch === '"' && row[i + 1] === '"') field += row[i++];
    else if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  return [...fields, field];
}
