import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, redactText } from '../../src/log';

describe('log redaction', () => {
  it('masks e-mail addresses but keeps their domain', () => {
    expect(redactText('lookup for megan@fourthcoffee.xyz failed')).toBe('lookup for ***@fourthcoffee.xyz failed');
  });

  it('masks bearer tokens, JWTs and secret query parameters', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJl';
    const text = redactText(`Authorization: Bearer abc.def-ghi ${jwt} ?client_secret=s3cr3t&x=1`);
    expect(text).not.toMatch(/abc\.def-ghi|eyJhbGci|s3cr3t/);
  });

  it('redacts fields named like secrets and addresses inside structured fields', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(chunk.toString()), done()) });
    const log = createLogger('info', sink);
    log.info({ user: { upn: 'alex@contoso.com' }, botPassword: 'hunter2', headers: { authorization: 'Bearer x' } }, 'hello bob@example.org');
    const line = lines.join('');
    expect(line).not.toMatch(/alex@contoso\.com|hunter2|Bearer x|bob@example\.org/);
    expect(line).toContain('***@contoso.com');
  });
});
