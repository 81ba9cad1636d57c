import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../src/cli/main';

async function ask(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (text) => out.push(text), err: (text) => err.push(text), env: {}, cwd: process.cwd(), interactive: false };
  const code = await main(['ask', ...args], io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('vlsa ask', () => {
  it('prints topic, score, answer and alternatives as JSON', async () => {
    const { code, out } = await ask("what's a viral tenant?", '--json');
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.topic).toBe('what-is-unmanaged-tenant');
    expect(result.score).toBeGreaterThan(0);
    expect(result.score).toBeLessThanOrEqual(1);
    expect(result.answer).toMatch(/^\*\*What is an unmanaged \(“viral”\) tenant\?\*\*/);
    expect(result.answer).toContain('https://learn.microsoft.com/entra/identity/users/directory-self-service-signup');
    expect(result.alternatives).toHaveLength(3);
    expect(result.alternatives[0]).toEqual({ topic: 'what-is-unmanaged-tenant', title: expect.any(String), score: result.score });
  });

  it('gives a null topic with alternatives when not sure', async () => {
    const { code, out } = await ask('--json', 'tell', 'me', 'a', 'joke');
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.topic).toBeNull();
    expect(result.answer).toMatch(/not sure|don’t have an answer/);
  });

  it('prints a readable answer without --json', async () => {
    const { code, out } = await ask('who do I contact for MFA problems?');
    expect(code).toBe(0);
    expect(out).toContain('MFAVLCsupport@microsoft.com');
    expect(() => JSON.parse(out)).toThrow();
  });

  it('reads a German question with --locale de, and gives the same topic ids as in English', async () => {
    const german = JSON.parse((await ask('--locale', 'de', 'was ist ein viraler Mandant', '--json')).out);
    const english = JSON.parse((await ask("what's a viral tenant?", '--json')).out);
    expect(german).toMatchObject({ topic: 'what-is-unmanaged-tenant', locale: 'de', readIn: 'de' });
    expect(english).toMatchObject({ topic: german.topic, locale: 'en', readIn: 'en' });
  });

  it('understands a German question in an English locale and answers in the locale', async () => {
    const { code, out } = await ask('--locale=en-US', '--json', 'wie finde ich raus ob unser mandant unverwaltet ist');
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result).toMatchObject({ topic: 'check-unmanaged', locale: 'en', readIn: 'de' });
    expect(result.answer).toMatch(/^\*\*How do I know/);
  });

  it('serves a locale by its language, else in English', async () => {
    expect(JSON.parse((await ask('--locale', 'de-AT', 'mfa pflicht?', '--json')).out).locale).toBe('de');
    expect(JSON.parse((await ask('--locale', 'fi-FI', 'is mfa required', '--json')).out).locale).toBe('en');
    // Any well-formed BCP 47 tag: an extension, an underscore for the hyphen.
    expect(JSON.parse((await ask('--locale', 'de-DE-u-ca-buddhist', 'mfa pflicht?', '--json')).out).locale).toBe('de');
    expect(JSON.parse((await ask('--locale', 'pt_PT', 'mfa', '--json')).out).locale).toBe('pt-BR');
  });

  it.each([[['--locale']], [['--locale', 'what is mfa']], [['--locale=', 'what is mfa']], [['--locale', 'de']]])('exits 2 on a --locale without a tag or a question (%j)', async (args) => {
    const { code, err } = await ask(...args);
    expect(code).toBe(2);
    expect(err).toMatch(/usage: vlsa ask \[--locale <tag>\]/);
  });

  it.each([[[]], [['--json']], [['--verbose', 'what is mfa']]])('exits 2 on a usage error (%j)', async (args) => {
    const { code, err } = await ask(...args);
    expect(code).toBe(2);
    expect(err).toMatch(/usage: vlsa ask/);
  });
});
