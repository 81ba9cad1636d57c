import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addressesFromFile } from '../../src/domain/addressFile';
import { main, type CliIo } from '../../src/cli/main';
import { startEntraFake, type EntraFake } from '../fakes/entraFake';
import { catalogFor, LANGUAGES, resolveLanguage } from '../../src/text/languages';

let fake: EntraFake;
const cwd = mkdtempSync(join(tmpdir(), 'vlsa-diagnose-'));

beforeAll(async () => {
  fake = await startEntraFake();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => fake.reset());

async function run(args: string[], opts: { interactive?: boolean } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    // No retries: failure cases end at once instead of backing off in real time.
    env: { ENTRA_LOGIN_URL: fake.url, LOOKUP_RETRIES: '0' },
    cwd,
    interactive: opts.interactive ?? false,
  };
  const code = await main(['diagnose', ...args], io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function jsonLines(text: string): Array<Record<string, unknown>> {
  return text.split('\n').map((line) => JSON.parse(line));
}

describe('vlsa diagnose', () => {
  it('prints one JSON object per address with the contract fields, exit 0', async () => {
    const { code, out, err } = await run(['alex@CONTOSO.com', 'megan@fourthcoffee.xyz', '--json']);
    expect(code).toBe(0);
    const [alex, megan] = jsonLines(out);
    expect(alex).toMatchObject({
      address: 'alex@contoso.com',
      domain: 'contoso.com',
      verdict: 'ready',
      domainType: 'managed',
      tenantId: '11111111-1111-4111-8111-111111111111',
      tenantName: 'Contoso',
      workAccount: true,
      personalAccount: false,
      reason: expect.stringContaining('alex@contoso.com'),
      next: 'mfa-readiness',
    });
    expect(alex).toHaveProperty('addressConfirmed', true);
    expect(alex).not.toHaveProperty('failure');
    expect(megan).toMatchObject({ verdict: 'takeover-needed', domainType: 'unmanaged', tenantName: null, next: 'takeover' });
    expect(err).toMatch(/2 addresses: takeover-needed 1, ready 1/);
  });

  it('says when Microsoft cannot confirm the exact address: a federated domain, or a domain answering "exists" for anything', async () => {
    const federated = await run(['--json', 'typo@fabrikam.com']);
    expect(jsonLines(federated.out)[0]).toMatchObject({ verdict: 'ready', domainType: 'federated', addressConfirmed: false });
    fake.throttle(true);
    const text = await run(['alx@contoso.com']);
    expect(text.out).toMatch(/work: +not confirmed for this exact address \(Microsoft's "exists" could not be told from the one it gives any address at the domain\)\n {2}personal: no/);
    expect(text.out).not.toMatch(/work: +yes/);
    expect(text.out).toContain('Whether alx@contoso.com itself exists is not confirmed');
    expect(text.err).toBe('1 address: ready 1 (1 not confirmed for the exact address)');
    fake.throttle(false);
    const federatedText = await run(['typo@fabrikam.com', 'alex@contoso.com']);
    expect(federatedText.out).toMatch(/work: +not confirmed for this exact address \(for a federated domain Microsoft answers "exists" for any address\)/);
    expect(federatedText.out).toMatch(/alex@contoso\.com: ready\n.*\n {2}work: +yes\n/);
    expect(federatedText.err).toBe('2 addresses: ready 2 (1 not confirmed for the exact address)');
  });

  it('claims no tenant type and no missing tenant when the lookup failed', async () => {
    fake.setFault({ endpoint: 'credentialType', address: 'megan@fourthcoffee.xyz' }, { kind: 'status', status: 500 });
    const { code, out } = await run(['megan@fourthcoffee.xyz']);
    expect(code).toBe(1);
    expect(out).toMatch(/^megan@fourthcoffee\.xyz: lookup-failed\n {2}domain: +fourthcoffee\.xyz\n/);
    expect(out).not.toMatch(/\(unknown\)|no tenant found/);
  });

  it('answers an invalid address with exit 0, since no lookup failed', async () => {
    const { code, out } = await run(['--json', 'nope']);
    expect(code).toBe(0);
    expect(jsonLines(out)[0]).toMatchObject({ verdict: 'invalid-address', next: 'fix-address', domain: null, workAccount: null, personalAccount: null });
    expect(fake.requests.total).toBe(0);
  });

  it('exits 1 when any lookup failed, naming the failing source', async () => {
    fake.setFault({ endpoint: 'credentialType', address: 'alex@contoso.com' }, { kind: 'status', status: 500 });
    const { code, out, err } = await run(['--json', 'alex@contoso.com', 'pat@outlook.com']);
    expect(code).toBe(1);
    const [alex, pat] = jsonLines(out);
    expect(alex).toMatchObject({ verdict: 'lookup-failed', next: 'retry', failure: { source: 'credential-type', detail: expect.stringMatching(/500/) } });
    expect(pat).toMatchObject({ verdict: 'personal-account' });
    expect(err).toMatch(/lookup-failed 1/);
  });

  it.each([[[]], [['--bogus', 'a@b.com']], [['--format', 'xml', 'a@b.com']], [['--json', '--format', 'csv', 'a@b.com']], [['--concurrency', '0', 'a@b.com']], [['--file']]])(
    'exits 2 on usage error %j',
    async (args) => {
      const { code, err } = await run(args);
      expect(code).toBe(2);
      expect(err).toMatch(/usage: vlsa diagnose/);
    },
  );

  it('exits 2 for a missing file or bad configuration', async () => {
    expect((await run(['--file', 'missing.csv'])).code).toBe(2);
    const out: string[] = [];
    const io: CliIo = { out: (t) => out.push(t), err: (t) => out.push(t), env: { ENTRA_LOGIN_URL: 'ftp://x' }, cwd, interactive: false };
    expect(await main(['diagnose', 'a@contoso.com'], io)).toBe(2);
    expect(out.join('\n')).toMatch(/ENTRA_LOGIN_URL/);
  });

  it('escapes control characters echoed from invalid input', async () => {
    const { code, out } = await run(['evil\u001b[2J@contoso.com']);
    expect(code).toBe(0);
    expect(out).not.toContain('\u001b');
    expect(out).toMatch(/^evil\\u001b\[2J@contoso\.com: invalid-address/);
  });

  it('shows the punycode beside a look-alike domain that mixes scripts', async () => {
    const { out } = await run(['alex@p\u0430ypal.com']);
    expect(out.split('\n')[0]).toMatch(/^alex@p\u0430ypal\.com \(xn--pypal-4ve\.com\): /);
    expect(out).toMatch(/domain: +p\u0430ypal\.com \(xn--pypal-4ve\.com\) /);
  });

  it('prints usage for --help with exit 0', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/--file PATH/);
  });

  it('prints a readable report by default', async () => {
    const { code, out } = await run(['dual@contoso.com']);
    expect(code).toBe(0);
    expect(out).toMatch(/^dual@contoso\.com: choose-work-account/);
    expect(out).toMatch(/work: +yes\n {2}personal: yes/);
    expect(out).toMatch(/next: +sign-in-as-work/);
  });

  it('triages a CSV file with a header to CSV, with a summary and no progress bar off a terminal', async () => {
    writeFileSync(
      join(cwd, 'users.csv'),
      '\uFEFFName,Department,"E-mail address"\r\n"Wilber, Alex",Sales,alex@contoso.com\r\nPat,Ops,pat@outlook.com\r\nNobody,,nobody@contoso.com\r\nTypo,Ops,=cmd@contoso\r\n\r\n',
    );
    const { code, out, err } = await run(['--file', 'users.csv', '--format', 'csv', '--concurrency', '2']);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe('input,address,domain,verdict,domainType,tenantId,tenantName,workAccount,addressConfirmed,personalAccount,next,failureSource,failureDetail,reason,checkedAt');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^alex@contoso\.com,alex@contoso\.com,contoso\.com,ready,managed,11111111-1111-4111-8111-111111111111,Contoso,true,true,false,mfa-readiness,,,/);
    expect(lines[2]).toMatch(/^pat@outlook\.com,.*,personal-account,/);
    expect(lines[3]).toMatch(/,no-account,/);
    expect(lines[4]).toMatch(/^'=cmd@contoso,'=cmd@contoso,,invalid-address,/);
    expect(err).toBe('4 addresses: invalid-address 1, ready 1, personal-account 1, no-account 1');
  });

  it('triages a one-per-line file to JSON lines, drawing a progress bar on a terminal', async () => {
    writeFileSync(join(cwd, 'list.txt'), 'alex@contoso.com\nmegan@fourthcoffee.xyz\ndual@fabrikam.com\n');
    const { code, out, err } = await run(['--file', 'list.txt', '--format', 'json'], { interactive: true });
    expect(code).toBe(0);
    expect(jsonLines(out).map((d) => d.verdict)).toEqual(['ready', 'takeover-needed', 'choose-work-account']);
    expect(err).toMatch(/\[#{20}\] 3\/3/);
    expect(err).toMatch(/3 addresses: takeover-needed 1, choose-work-account 1 \(1 not confirmed for the exact address\), ready 1$/);
  });
});

describe('addressesFromFile', () => {
  it.each([
    ['one per line, no header', 'a@x.com\nb@y.com\n', ['a@x.com', 'b@y.com']],
    ['a single column with a header', 'email\na@x.com\r\nb@y.com', ['a@x.com', 'b@y.com']],
    ['semicolons, address in the second column', 'Name;Mail\nA;a@x.com\nB;b@y.com\n', ['a@x.com', 'b@y.com']],
    ['tabs, no header', 'A\ta@x.com\t1\nB\tb@y.com\t2', ['a@x.com', 'b@y.com']],
    ['a first line that is an address typo, not a header', 'bob\na@x.com', ['bob', 'a@x.com']],
    ['a header naming the column, blank cells kept as empty input', 'name,manager,email\nA,m@x.com,a@x.com\nB,m@x.com,\nC,,c@x.com', ['a@x.com', '', 'c@x.com']],
    ['an empty file', '', []],
  ])('%s', (_name, text, expected) => {
    expect(addressesFromFile(text)).toEqual(expected);
  });

  it.each(LANGUAGES.map((tag) => [tag]))('words the reason in the language --locale %s names, in every format', async (tag) => {
    const reason = catalogFor(tag).diagnosis.reasons.takeover({ code: 'takeover', address: 'megan@fourthcoffee.xyz', domain: 'fourthcoffee.xyz' });
    const json = await run(['megan@fourthcoffee.xyz', '--json', '--locale', tag]);
    expect(json.code).toBe(0);
    expect(jsonLines(json.out)[0].reason).toBe(reason);
    expect((await run(['megan@fourthcoffee.xyz', '--locale', tag])).out).toContain(reason);
  });

  it('takes a locale of one of its languages, and refuses any other with exit 2', async () => {
    const regional = await run(['megan@fourthcoffee.xyz', '--json', '--locale', 'de-AT']);
    expect(regional.code).toBe(0);
    expect(jsonLines(regional.out)[0].reason).toBe(catalogFor(resolveLanguage('de-AT')).diagnosis.reasons.takeover({ code: 'takeover', address: 'megan@fourthcoffee.xyz', domain: 'fourthcoffee.xyz' }));
    const unknown = await run(['megan@fourthcoffee.xyz', '--locale', 'xx-YY']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/--locale must be one of en, de, fr, es, it, pt-BR, nl, ja, zh-CN, ko or a locale of one \(such as de-AT\), got "xx-YY"/);
  });
});
