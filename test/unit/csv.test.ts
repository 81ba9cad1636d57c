import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from '../../src/domain/cases/csv';

describe('CSV cells', () => {
  it.each(['=1+2', '+cmd', '-2+3', '@SUM(A1)', '|cmd', '  =1', '＝1', '｜cmd', '\tx', '\rx'])('defuses a cell a spreadsheet could run: %j', (value) => {
    expect(csvCell(value)).toBe(`"'${value}"`);
  });

  it('quotes every cell and doubles quotes, leaving ordinary text as it is', () => {
    expect(csvLine(['ann@contoso.com', 'say "hi"', 'a;b'])).toBe('"ann@contoso.com","say ""hi""","a;b"\r\n');
  });
});
