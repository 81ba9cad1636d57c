import { describe, expect, it } from 'vitest';
import { addressForDisplay, lookupAddress, parseAddress } from '../../src/domain/address';
import { verdictCard } from '../../src/teams/features/checkAccount/verdictCard';
import { diagnosisFor } from '../helpers/diagnosis';
import { catalog } from '../../src/text/en';

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
      expect(catalog.address.problems[parsed.problem]).toMatch(reason);
      expect(catalog.address.problems[parsed.problem]).toMatch(/^[A-Z].*\.$/);
    }
  });

  it('rejects an address that grows past 254 characters once its domain is punycode', () => {
    const label = '中文字母测试域名长度检查再来一';
    const input = `${'x'.repeat(60)}@${[label, label, label, label].join('.')}.example`;
    expect(input.length).toBeLessThanOrEqual(254);
    const parsed = parseAddress(input);
    expect(parsed).toEqual({ ok: false, problem: 'too-long-encoded' });
    expect(catalog.address.problems['too-long-encoded']).toMatch(/once the domain is encoded/);
  });
});

describe('format characters in addresses', () => {
  it.each([
    ['a zero-width space', 'alex\u200B@contoso.com'],
    ['a zero-width non-joiner', 'alex@con\u200Ctoso.com'],
    ['a zero-width joiner', 'alex@con\u200Dtoso.com'],
    ['a byte-order mark inside', 'alex@cont\uFEFFoso.com'],
    ['a soft hyphen (IDNA would drop it and look up another domain)', 'alex@pay\u00ADpal.com'],
    ['a right-to-left override', 'alex\u202E@contoso.com'],
    ['a left-to-right embedding', '\u202Aalex@contoso.com'],
    ['a first-strong isolate', 'alex@contoso.com\u2068'],
    ['a pop directional isolate', 'alex\u2069@contoso.com'],
    ['a word joiner', 'alex\u2060@contoso.com'],
  ])('refuses %s with a reason saying so', (_name, input) => {
    expect(parseAddress(input)).toEqual({ ok: false, problem: 'invisible-characters' });
    expect(catalog.address.problems['invisible-characters']).toBe(
      'The address contains invisible formatting characters (zero-width spaces, soft hyphens or text-direction marks), which can disguise an address.',
    );
  });
});

describe('addressForDisplay', () => {
  it('shows the punycode beside a domain that mixes scripts in a label', () => {
    expect(addressForDisplay('alex@p\u0430ypal.com')).toBe('alex@p\u0430ypal.com (xn--pypal-4ve.com)');
    expect(addressForDisplay('p\u0430ypal.com')).toBe('p\u0430ypal.com (xn--pypal-4ve.com)');
    expect(addressForDisplay('megan@m\u00FCnchen-\u03B1\u03B2.de')).toBe('megan@m\u00FCnchen-\u03B1\u03B2.de (xn--mnchen--n2a753dka.de)');
  });

  it.each([
    'alex@contoso.com',
    'anna@bücher.example',
    'x@ελληνικά.gr',
    'x@пример.рф',
    'x@例子.广告',
    'x@日本語のドメイン.jp',
    'x@mail例子.com',
    'x@1-800-flowers.com',
    'not an address',
  ])('leaves %s unchanged: each label is one writing system', (address) => {
    expect(addressForDisplay(address)).toBe(address);
  });

  it('is what the verdict card shows as the address and the domain', () => {
    const card = verdictCard(catalog, diagnosisFor('no-account', 'alex@p\u0430ypal.com'), {});
    expect(card.details[0].facts.slice(0, 2)).toEqual([
      { title: 'Address', value: 'alex@p\u0430ypal.com (xn--pypal-4ve.com)' },
      { title: 'Domain', value: 'p\u0430ypal.com (xn--pypal-4ve.com)' },
    ]);
    expect(card.summary).toContain('alex@p\u0430ypal.com (xn--pypal-4ve.com)');
  });
});

describe('invisible characters outside Unicode format characters', () => {
  it.each(['\u034F', '\uFE0F', '\u3164', '\u2800', '\uFFA0'])('refuses U+%s, which would show as the real address', (ch) => {
    const parsed = parseAddress(`megan${ch}@fourthcoffee.xyz`);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : catalog.address.problems[parsed.problem]).toContain('invisible formatting characters');
  });
});
