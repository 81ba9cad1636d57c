import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../src/cli/main';
import { REPO_ROOT } from '../helpers/botProcess';

const TENANT = '7a1c4e2b-3f5d-4c6a-9b8e-0d1f2a3b4c5d';
const CLIENT = '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b';
/** Graph configured as the bot would be, with an authority MSAL refuses (it must be https). */
const HTTP_AUTHORITY = { GRAPH_AUTH: 'secret', GRAPH_CLIENT_ID: CLIENT, GRAPH_TENANT_ID: TENANT, GRAPH_CLIENT_SECRET: 'test-secret-value', AZURE_AUTHORITY_HOST: 'http://127.0.0.1:9' };
const AUTHORITY_LINE = /^vlsa [a-z-]+: configuration error: AZURE_AUTHORITY_HOST: must be an https URL \(MSAL refuses other authorities\), got "http:\/\/127\.0\.0\.1:9"$/;

const COMMANDS: Array<[string, string[]]> = [
  ['diagnose', ['diagnose', 'alex@contoso.com']],
  ['draft', ['draft', 'extra-logins', '--address', 'alex@contoso.com', '--name', 'Alex']],
  ['admins', ['admins']],
  ['mfa-readiness', ['mfa-readiness', '--user', 'alex@contoso.com']],
];

async function run(args: string[], env: Record<string, string>): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), env, cwd: mkdtempSync(join(tmpdir(), 'vlsa-cli-')), interactive: false };
  return { code: await main(args, io), out, err };
}

describe('the command line checks every setting before it starts', () => {
  it.each(COMMANDS)('vlsa %s: one line naming the setting, and exit 2', async (command, args) => {
    const { code, out, err } = await run(args, HTTP_AUTHORITY);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(AUTHORITY_LINE);
    expect(err[0]).toContain(`vlsa ${command}: `);
    expect(err[0]).not.toContain('test-secret-value');
  });

  it.each([
    [{ LOOKUP_TIMEOUT_MS: 'soon' }, /^vlsa diagnose: configuration error: LOOKUP_TIMEOUT_MS: must be a whole number/],
    [{ NODE_ENV: 'prod' }, /^vlsa diagnose: configuration error: NODE_ENV: must be one of development, production, test, got "prod"$/],
    [{ GRAPH_URL: 'http://graph.example' }, /^vlsa diagnose: configuration error: GRAPH_URL: must be an https URL/],
    [{ TEAMSFX_ENV: '../../etc' }, /^vlsa diagnose: configuration error: TEAMSFX_ENV: must be a name/],
  ])('names any bad setting: %o', async (env, line) => {
    const { code, err } = await run(['diagnose', 'alex@contoso.com'], env);
    expect(code).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(line);
  });

  it.each(['admins', 'mfa-readiness'])('bin/vlsa %s prints the one line and no stack trace, exit 2', async (command) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'vlsa.js'), command], {
      cwd: mkdtempSync(join(tmpdir(), 'vlsa-cli-')),
      env: { PATH: process.env.PATH ?? '', ...HTTP_AUTHORITY },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.once('exit', done));
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr.trim()).toMatch(AUTHORITY_LINE);
  });
});
