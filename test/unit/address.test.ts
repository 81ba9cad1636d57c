import { describe, expect, it } from 'vitest';
import { lookupAddress, parseAddress } from '../../src/domain/address';

describe('parseAddress', () => {
  it('trims, keeps the local part as typed and lower-cases the domain', () => {
    expect(parseAddress('  Alex.Wilber@Contoso.COM \n')).toEqual({
      ok: true,
      address: 'Alex.Wilber@contoso.com',
      local: 'Alex.Wilber',
      domain: 'contoso.com',
      asciiDomain: 'contoso.com',
    });
  });

  it('accepts IDN domains: Unicode for display, punycode for lookups', () => {
    const parsed = parseAddress('anna@BÜCHER.example');
    expect(parsed).toMatchObject({ ok: true, address: 'anna@bücher.example', domain: 'bücher.example', asciiDomain: 'xn--bcher-kva.example' });
    if (parsed.ok) expect(lookupAddress(parsed)).toBe('anna@xn--bcher-kva.example');
    expect(parseAddress('anna@xn--bcher-kva.example')).toMatchObject({ ok: true, domain: 'bücher.example', asciiDomain: 'xn--bcher-kva.example' });
  });

  it.each([
    ['first.last+tag@sub.contoso.co.uk'],
    ["o'brien@contoso.com"],
    ['a@b.io'],
    ['x'.repeat(64) + '@contoso.com'],
  ])('accepts %s', (input) => {
    expect(parseAddress(input).ok).toBe(true);
  });

  it.each([
    ['', /empty/],
    ['   ', /empty/],
    ['alex.contoso.com', /no @/],
    ['alex@@contoso.com', /more than one @/],
    ['a@b@contoso.com', /more than one @/],
    ['@contoso.com', /nothing before the @/],
    ['alex@', /nothing after the @/],
    ['alex smith@contoso.com', /spaces/],
    ['alex@contoso .com', /spaces/],
    ['alex\u0000@contoso.com', /control characters/],
    ['alex@contoso.com\u0007', /control characters/],
    ['.alex@contoso.com', /dot/],
    ['alex..w@contoso.com', /two dots/],
    ['alex.@contoso.com', /dot/],
    ['"alex"@contoso.com', /character/],
    ['alex<script>@contoso.com', /character/],
    ['x'.repeat(65) + '@contoso.com', /longer than 64/],
    ['alex@contoso', /at least one dot/],
    ['alex@contoso.com.', /ends with a dot/],
    ['alex@-contoso.com', /not a valid domain/],
    ['alex@contoso-.com', /not a valid domain/],
    ['alex@con_toso.com', /not a valid domain/],
    ['alex@contoso..com', /not a valid domain/],
    ['alex@127.0.0.1', /IP address/],
    ['alex@[127.0.0.1]', /not a valid domain/],
    ['alex@' + 'a'.repeat(64) + '.com', /not a valid domain/],
    ['x'.repeat(300) + '@contoso.com', /longer than 254/],
  ])('rejects %j with a reason', (input, reason) => {
    const parsed = parseAddress(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.reason).toMatch(reason);
      expect(parsed.reason).toMatch(/^[A-Z].*\.$/);
    }
  });

  it('rejects an address that grows past 254 characters once its domain is punycode', () => {
    const label = '中文字母测试域名长度检查再来一';
    const input = `${'x'.repeat(60)}@${[label, label, label, label].join('.')}.example`;
    expect(input.length).toBeLessThanOrEqual(254);
    expect(parseAddress(input)).toMatchObject({ ok: false, reason: expect.stringMatching(/once the domain is encoded/) });
  });
});
