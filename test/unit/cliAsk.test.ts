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

  it.each([[[]], [['--json']], [['--verbose', 'what is mfa']]])('exits 2 on a usage error (%j)', async (args) => {
    const { code, err } = await ask(...args);
    expect(code).toBe(2);
    expect(err).toMatch(/usage: vlsa ask/);
  });
});
