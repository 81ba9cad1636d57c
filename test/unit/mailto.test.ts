import { describe, expect, it } from 'vitest';
import { buildDraft as build, draftInputFromCase as fromCase, MAILTO_MAX_LENGTH, type DraftCase } from '../../src/domain/drafts';
import { buildMailto as mailtoWith } from '../../src/domain/drafts/mailto';
import { catalog } from '../../src/text/en';
import { diagnosisFor } from '../helpers/diagnosis';

/** The note a shortened body ends with, and the MFA support draft, in the catalog's words. */
const TRUNCATION_NOTE = catalog.drafts.documents['mfa-support'].shortened;
const buildMailto = (to: string, subject: string, body: string, maxLength?: number) => mailtoWith(to, subject, body, TRUNCATION_NOTE, maxLength);
const draftInputFromCase = (kind: 'mfa-support', from: DraftCase) => fromCase(kind, from, catalog.drafts.prefill);
const buildDraft = (kind: 'mfa-support', input: ReturnType<typeof draftInputFromCase>) => build(kind, input, catalog.drafts.documents[kind]);

const TO = 'MFAVLCsupport@microsoft.com';

/** Reads a mailto back as a mail client would: URL parsing, then percent-decoding each header. */
function decode(url: string): { to: string; subject: string; body: string } {
  const parsed = new URL(url);
  expect(parsed.protocol).toBe('mailto:');
  const headers = Object.fromEntries(
    parsed.search
      .slice(1)
      .split('&')
      .map((pair) => {
        const eq = pair.indexOf('=');
        return [pair.slice(0, eq), decodeURIComponent(pair.slice(eq + 1))];
      }),
  );
  return { to: decodeURIComponent(parsed.pathname), subject: headers.subject, body: headers.body };
}

const crlf = (text: string) => text.replace(/\n/g, '\r\n');

describe('buildMailto encoding (RFC 6068)', () => {
  it.each([
    ['quotes', 'She said "hello" and \'bye\''],
    ['ampersand, hash, question mark', 'a & b # c ? d = e'],
    ['percent and plus', '100% + 50% = 150%+'],
    ['Japanese', '山田太郎'],
    ['diacritics', 'Zoë Ørsted, Åsa, Ñandú'],
    ['emoji', 'Thanks 🙏🏽 👩‍💻'],
    ['markup', '<b>x</b> **bold** ${name}'],
    ['reserved URL characters', 'a/b\\c:d;e,f[g]h{i}j|k~l`m^n'],
  ])('round-trips %s in subject and body', (_what, text) => {
    const body = `Line one: ${text}\n\nLine three: ${text}`;
    const { url, truncated } = buildMailto(TO, text, body);
    expect(truncated).toBe(false);
    expect(decode(url)).toEqual({ to: TO, subject: text, body: crlf(body) });
  });

  it('encodes spaces as %20 (never +), line breaks as %0D%0A, and keeps @ in the address', () => {
    const { url } = buildMailto(TO, 'a b+c', 'one two\nthree\r\nfour\rfive');
    expect(url.startsWith('mailto:MFAVLCsupport@microsoft.com?subject=a%20b%2Bc&body=')).toBe(true);
    expect(url).toContain('one%20two%0D%0Athree%0D%0Afour%0D%0Afive');
    expect(url).not.toMatch(/[ +\n\r]/);
    expect(url.match(/%0D%0A/g)).toHaveLength(3);
  });

  it('does not throw on a lone surrogate: it becomes U+FFFD', () => {
    const { url } = buildMailto(TO, 'broken \uD83D', 'text \uDE00 end');
    expect(decode(url)).toMatchObject({ subject: 'broken \uFFFD', body: 'text \uFFFD end' });
  });
});

describe('buildMailto length cap', () => {
  const lines = Array.from({ length: 200 }, (_, i) => `Line ${i}: Zoë & 山田 — "details" #${i}`);
  const long = lines.join('\n');

  it('leaves a body that fits alone', () => {
    const { url, truncated } = buildMailto(TO, 'Subject', lines.slice(0, 5).join('\n'));
    expect(truncated).toBe(false);
    expect(url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
  });

  it(`cuts a longer body at a line boundary, within ${MAILTO_MAX_LENGTH} characters, ending with the note`, () => {
    const { url, truncated } = buildMailto(TO, 'Subject', long);
    expect(truncated).toBe(true);
    expect(url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    const body = decode(url).body;
    expect(body.endsWith(`\r\n\r\n${TRUNCATION_NOTE}`)).toBe(true);
    const kept = body.slice(0, -`\r\n\r\n${TRUNCATION_NOTE}`.length).split('\r\n');
    expect(kept.length).toBeGreaterThan(1);
    expect(kept).toEqual(lines.slice(0, kept.length));
    // As many lines as fit: with one more line the link would be over the cap.
    const withNextLine = [...lines.slice(0, kept.length + 1), '', TRUNCATION_NOTE].join('\n');
    expect(buildMailto(TO, 'Subject', withNextLine, Infinity).url.length).toBeGreaterThan(MAILTO_MAX_LENGTH);
  });

  it('honours the cap exactly at the boundary', () => {
    const body = 'x'.repeat(MAILTO_MAX_LENGTH);
    const head = buildMailto(TO, 'S', '').url.length;
    const exact = buildMailto(TO, 'S', body.slice(0, MAILTO_MAX_LENGTH - head));
    expect(exact).toMatchObject({ truncated: false });
    expect(exact.url).toHaveLength(MAILTO_MAX_LENGTH);
    expect(buildMailto(TO, 'S', body.slice(0, MAILTO_MAX_LENGTH - head + 1)).truncated).toBe(true);
  });

  it('never splits an emoji: a body of emoji lines decodes cleanly', () => {
    const emoji = Array.from({ length: 100 }, () => '👩‍💻🙏🏽'.repeat(3)).join('\n');
    const { url, truncated } = buildMailto(TO, 'Emoji', emoji);
    expect(truncated).toBe(true);
    expect(url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    expect(() => decode(url)).not.toThrow();
  });

  it('drops a first line too long to fit, leaving only the note', () => {
    const { url, truncated } = buildMailto(TO, 'Subject', `${'y'.repeat(5000)}\nshort`);
    expect(truncated).toBe(true);
    expect(decode(url).body).toBe(TRUNCATION_NOTE);
  });

  it('shortens an oversized subject too, so the link always fits', () => {
    const { url, truncated } = buildMailto(TO, '山'.repeat(1000), 'body');
    expect(truncated).toBe(true);
    expect(url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    const decoded = decode(url);
    expect(decoded.subject).toMatch(/^山+…$/);
    expect(decoded.body).toBe(TRUNCATION_NOTE);
  });
});

describe('the MFA draft mailto', () => {
  const ready = diagnosisFor('ready', 'alex@contoso.com', {
    domainType: 'managed',
    tenantId: '11111111-1111-4111-8111-111111111111',
    tenantName: 'Contoso',
    workAccount: true,
    personalAccount: false,
    next: 'mfa-readiness',
  });

  it('round-trips a non-Latin contact and error', () => {
    const draft = buildDraft('mfa-support', draftInputFromCase('mfa-support', { diagnosis: ready, requester: { name: '山田太郎', email: 'yamada@contoso.com' }, method: 'security-defaults', error: 'Zoë saw "Ørsted" & #1 ?x=1%2B' }));
    expect(draft.truncated).toBe(false);
    expect(decode(draft.mailto as string)).toEqual({ to: TO, subject: draft.subject, body: crlf(draft.body) });
  });

  it('reports truncated when the error text makes the link too long, while the body keeps the full text', () => {
    const error = Array.from({ length: 60 }, (_, i) => `${i}: 山田太郎 could not save the policy.`).join('\n');
    const draft = buildDraft('mfa-support', draftInputFromCase('mfa-support', { diagnosis: ready, requester: { name: 'Alex', email: 'alex@contoso.com' }, method: 'per-user', error }));
    expect(draft.truncated).toBe(true);
    expect((draft.mailto as string).length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    expect(draft.body).toContain('59: 山田太郎 could not save the policy.');
    expect(decode(draft.mailto as string).body.endsWith(TRUNCATION_NOTE)).toBe(true);
  });
});
