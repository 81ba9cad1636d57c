import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../src/cli/main';
import { startEntraFake, type EntraFake } from '../fakes/entraFake';
import { catalogFor, LANGUAGES } from '../../src/text/languages';

const CONTOSO_TENANT = '11111111-1111-4111-8111-111111111111';
const FOURTH_COFFEE_TENANT = '22222222-2222-4222-8222-222222222222';

let fake: EntraFake;
/** An empty directory, so no env/ files of the repository leak into the configuration. */
const cwd = mkdtempSync(join(tmpdir(), 'vlsa-draft-'));

beforeAll(async () => {
  fake = await startEntraFake();
});
afterEach(() => fake.reset());
afterAll(async () => {
  await fake.close();
});

async function draft(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    env: { ENTRA_LOGIN_URL: fake.url, LOOKUP_RETRIES: '0', LOOKUP_TIMEOUT_MS: '2000' },
    cwd,
    interactive: false,
  };
  const code = await main(['draft', ...args], io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function fieldValue(json: { fields: Array<{ name: string; value: string }> }, name: string): string | undefined {
  return json.fields.find((field) => field.name === name)?.value;
}

describe('vlsa draft', () => {
  it('prints a disassociation web-form draft as JSON, prefilled from the check of an unmanaged tenant', async () => {
    const { code, out } = await draft('disassociation', '--address', 'megan@fourthcoffee.xyz', '--name', 'Megan Bowen', '--new-account', 'megan@fourthcoffeexyz.onmicrosoft.com', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json).toMatchObject({ kind: 'disassociation', channel: 'web-form', to: null, mailto: null, prefilled: true });
    expect(json.subject).toContain('megan@fourthcoffee.xyz');
    expect(json.body).toContain('Please disassociate my VLSC account from megan@fourthcoffee.xyz and invite me to register again.');
    expect(json.body).toContain('megan@fourthcoffeexyz.onmicrosoft.com');
    expect(fieldValue(json, 'domain')).toBe('fourthcoffee.xyz');
    expect(fieldValue(json, 'tenantId')).toBe(FOURTH_COFFEE_TENANT);
    expect(fieldValue(json, 'verdictFound')).toMatch(/unmanaged/);
    expect(fieldValue(json, 'contactEmail')).toBe('megan@fourthcoffee.xyz');
  });

  it('prints a readable extra-logins draft with the fields, the full text and the contact page', async () => {
    const { code, out } = await draft('extra-logins', '--address', 'megan@fourthcoffee.xyz', '--name', 'Megan Bowen', '--remaining', '0', '--progress', 'takeover-in-progress', '--tried', 'Waiting for the registrar');
    expect(code).toBe(0);
    expect(out).toContain('Extra log-in sessions request to VLSC Support (web form)');
    expect(out).toContain('Send it through: https://www.microsoft.com/licensing/servicecenter/Help/Contact.aspx');
    expect(out).toContain('  Remaining log-ins VLSC shows *: 0');
    expect(out).toContain('  Where the takeover stands *: My organisation is taking over the unmanaged tenant');
    expect(out).toContain('  More about why I need more time: So far: Waiting for the registrar');
    expect(out).not.toContain('Still to fill in');
    expect(out).toContain('----- full text -----\nHello VLSC Support,');
    expect(out).toContain('within 24 hours');
    expect(out).not.toContain('NOT PREFILLED');
    expect(out).not.toContain('Open in e-mail');
  });

  it('prints the MFA support e-mail for a ready tenant, with a mailto', async () => {
    const { code, out } = await draft('mfa-support', '--address', 'alex@contoso.com', '--name', 'Alex Wilber', '--method', 'conditional-access', '--error', 'AADSTS53003 "blocked" & #1', '--admin', 'Nestor Wilke', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json).toMatchObject({ kind: 'mfa-support', channel: 'email', to: 'MFAVLCsupport@microsoft.com', truncated: false });
    expect(json.mailto).toMatch(/^mailto:MFAVLCsupport@microsoft\.com\?subject=/);
    expect(fieldValue(json, 'tenantId')).toBe(CONTOSO_TENANT);
    expect(fieldValue(json, 'method')).toBe('conditional-access');
    expect(json.body).toContain('Error seen: AADSTS53003 "blocked" & #1');
    expect(json.body).toContain('Global Administrator: Nestor Wilke');
  });

  it('readable e-mail drafts offer the mailto link', async () => {
    const { code, out } = await draft('mfa-support', '--address', 'alex@contoso.com', '--name', 'Alex', '--method', 'per-user', '--error', 'x');
    expect(code).toBe(0);
    expect(out).toContain('E-mail to MFA support for Volume Licensing Central (e-mail to MFAVLCsupport@microsoft.com)');
    expect(out).toMatch(/Open in e-mail: mailto:MFAVLCsupport@microsoft\.com\?subject=\S+&body=\S+/);
  });

  it('exits 1 and marks the draft as not prefilled when the check fails', async () => {
    fake.setFault({ domain: 'contoso.com' }, { kind: 'status', status: 500 });
    const text = await draft('mfa-support', '--address', 'alex@contoso.com', '--name', 'Alex', '--method', 'per-user', '--error', 'x');
    expect(text.code).toBe(1);
    expect(text.out).toContain('NOT PREFILLED: alex@contoso.com could not be checked');
    expect(text.out).toContain('Still to fill in: Tenant ID.');
    expect(text.out).toContain('Tenant ID: [please fill in]');

    const json = await draft('disassociation', '--address', 'alex@contoso.com', '--name', 'Alex', '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toMatchObject({ kind: 'disassociation', prefilled: false });
  });

  it('prints every option and the values each accepts with --help, saying that only --address is required', async () => {
    const { code, out } = await draft('--help');
    expect(code).toBe(0);
    expect(out).toContain('usage: vlsa draft disassociation|extra-logins|mfa-support --address <a> [options]');
    expect(out).toContain('Only --address is required');
    for (const option of ['--name', '--new-account', '--tried', '--remaining', '--error', '--admin', '--json']) expect(out).toContain(option);
    expect(out).toContain('--region north-america|elsewhere');
    expect(out).toContain('--progress takeover-in-progress|finding-admin');
    expect(out).toContain('--relationship partner|customer');
    expect(out).toContain('--method conditional-access|security-defaults|per-user');
  });

  it('is described in the README with every option its help shows and the values each accepts', async () => {
    const help = (await draft('--help')).out;
    const row = readFileSync(join(__dirname, '../../README.md'), 'utf8').split('\n').find((line) => line.startsWith('| `vlsa draft')) ?? '';
    for (const option of new Set(help.match(/--[a-z-]+/g))) if (option !== '--help') expect(row, option).toContain(option);
    for (const values of ['north-america\\|elsewhere', 'takeover-in-progress\\|finding-admin', 'partner\\|customer', 'conditional-access\\|security-defaults\\|per-user']) expect(row).toContain(values);
    expect(row).toContain('Only `--address` is required');
  });

  it('prints a draft with marked blanks rather than refusing when details are not given', async () => {
    const mfa = await draft('mfa-support', '--address', 'alex@contoso.com');
    expect(mfa.code).toBe(0);
    expect(mfa.out).toContain('Still to fill in: MFA method tried, Error seen, Contact name.');
    expect(mfa.out).toContain('Error seen: [please fill in]');
    const logins = await draft('extra-logins', '--address', 'megan@fourthcoffee.xyz', '--json');
    expect(logins.code).toBe(0);
    const json = JSON.parse(logins.out);
    expect(fieldValue(json, 'remainingLogins')).toBe('');
    expect(fieldValue(json, 'progress')).toBe('');
    expect(json.body).toContain('VLSC shows [please fill in] remaining log-ins');
  });

  it.each([
    [['letter', '--address', 'a@contoso.com', '--name', 'A'], /unknown draft "letter"/],
    [['--address', 'a@contoso.com'], /say which draft/],
    [['mfa-support', '--address', 'a@contoso.com', '--name', 'A', '--method', 'sms', '--error', 'x'], /--method must be one of conditional-access, security-defaults, per-user, got "sms"/],
    [['disassociation', '--address', 'megan.fourthcoffee.xyz', '--name', 'A'], /--address "megan\.fourthcoffee\.xyz": The address has no @\./],
    [['disassociation', '--address', 'megan@fourthcoffee.xyz', '--name', 'A', '--new-account', 'x@y'], /--new-account "x@y": The domain needs at least one dot/],
    [['disassociation', '--address', 'megan@fourthcoffee.xyz', '--name', 'A', '--region', 'mars'], /--region must be one of/],
    [['extra-logins', '--address', 'megan@fourthcoffee.xyz', '--progress', 'soon'], /--progress must be one of takeover-in-progress, finding-admin, got "soon"/],
    [['mfa-support', '--address', 'alex@contoso.com', '--relationship', 'friend'], /--relationship must be one of partner, customer, got "friend"/],
    [['extra-logins', '--name', 'A'], /extra-logins needs --address\./],
    [['extra-logins', '--address', 'a@contoso.com', '--name', 'A', '--colour', 'red'], /Unknown option '--colour'/],
    [['disassociation', '--address', 'megan@fourthcoffee.xyz', '--method', 'per-user'], /--method is for mfa-support, not disassociation\./],
    [['mfa-support', '--address', 'alex@contoso.com', '--tried', 'x'], /--tried is for disassociation and extra-logins, not mfa-support\./],
    [['extra-logins', '--address', 'megan@fourthcoffee.xyz', '--remaining', '-1'], /--remaining must be a whole number of log-ins, such as 0, got "-1"\./],
    [['mfa-support', '--address', 'alex@contoso.com', '--error', '-x'], /--error needs a value; to give one that starts with "-", write --error=<value>\./],
  ])('exits 2 on a usage error: %j', async (args, message) => {
    const { code, out, err } = await draft(...args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(out).toBe('');
    expect(fake.requests.total).toBe(0);
  });

  it.each([
    ['disassociation', 'pat@outlook.com', /no disassociation draft: pat@outlook\.com is a personal Microsoft account/],
    ['extra-logins', 'alex@contoso.com', /no extra-logins draft: alex@contoso\.com is the kind of account VLSC requires/],
    ['mfa-support', 'pat@outlook.com', /no mfa-support draft: .*no organisation tenant/],
  ])('exits 3 without a draft when %s does not fit the check of %s, saying why', async (kind, address, why) => {
    const { code, out, err } = await draft(kind, '--address', address, '--name', 'A');
    expect(code).toBe(3);
    expect(out).toBe('');
    expect(err).toMatch(why);
  });

  it('points to the command line, not to chat commands, for the next step', async () => {
    const ready = await draft('extra-logins', '--address', 'alex@contoso.com');
    expect(ready.err).toContain('Next, check that you are ready for MFA (run "vlsa mfa-readiness --user <address>").');
    const personal = await draft('disassociation', '--address', 'pat@outlook.com');
    expect(personal.err).toContain(`(run "vlsa ask 'how do I sign up for a new work or school account'" for the steps)`);
    const unknown = await draft('mfa-support', '--address', 'nobody@contoso.com');
    // contoso.com has a managed tenant: no "no tenant", no Sign Up, its admins instead (red team: refusals that contradicted the cards).
    expect(unknown.err).toContain('though contoso.com has a Microsoft Entra tenant: check the spelling (run "vlsa diagnose <address>" to check another address), or ask its admins for your work account there.');
    expect(unknown.err).not.toMatch(/no tenant|Sign Up/);
    for (const { err } of [ready, personal, unknown]) expect(err).not.toMatch(/type "/);
  });

  it('makes no extra-logins draft while log-ins remain: the request is for 0, exit 3', async () => {
    const { code, out, err } = await draft('extra-logins', '--address', 'megan@fourthcoffee.xyz', '--remaining', '3');
    expect(code).toBe(3);
    expect(out).toBe('');
    expect(err).toBe(
      'vlsa draft: no extra-logins draft: You still have 3 remaining log-ins: the request for extra log-in sessions is for when VLSC shows 0 remaining log-ins and you need more time. Until then, choose Skip on the VLSC prompt and sign in with your existing account.',
    );
    expect((await draft('extra-logins', '--address', 'megan@fourthcoffee.xyz', '--remaining', '0')).code).toBe(0);
  });

  it('says the new account is why the disassociation is asked only when --new-account is given', async () => {
    const without = JSON.parse((await draft('disassociation', '--address', 'megan@fourthcoffee.xyz', '--json')).out);
    expect(without.body).not.toMatch(/different work or school account|new work or school account/);
    expect(without.body).toContain('Please disassociate my VLSC account from megan@fourthcoffee.xyz and invite me to register again.');
    const withNew = JSON.parse((await draft('disassociation', '--address', 'megan@fourthcoffee.xyz', '--new-account', 'megan@fourthcoffeexyz.onmicrosoft.com', '--json')).out);
    expect(withNew.body).toContain('I need to sign in to VLSC with a different work or school account');
    expect(withNew.body).toContain('I will sign in with my new work or school account, megan@fourthcoffeexyz.onmicrosoft.com, once you confirm.');
  });

  it('exits 2 naming the flag when a value fails the draft checks', async () => {
    const { code, err } = await draft('disassociation', '--address', 'megan@fourthcoffee.xyz', '--name', 'Megan', '--new-account', 'Megan@FourthCoffee.xyz');
    expect(code).toBe(2);
    expect(err).toContain('vlsa draft: --new-account: The new account must be a different address from the one VLSC Support disassociates.');
    const remaining = await draft('extra-logins', '--address', 'megan@fourthcoffee.xyz', '--remaining', 'none');
    expect(remaining.code).toBe(2);
    expect(remaining.err).toContain('vlsa draft: --remaining: Enter a whole number, such as 0.');
  });

  it.each(LANGUAGES.map((tag) => [tag]))('writes the draft and its notes in the language --locale %s names', async (tag) => {
    const words = catalogFor(tag).drafts;
    const { code, out } = await draft('disassociation', '--address', 'megan@fourthcoffee.xyz', '--name', 'Megan Bowen', '--locale', tag, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.title).toBe(words.disassociation.title);
    expect(fieldValue(json, 'request')).toBe(words.prefill.request('megan@fourthcoffee.xyz'));
    expect(json.notes).toContain(words.disassociation.doNotSignIn);
  });

  it('refuses a --locale that is none of its languages, with exit 2', async () => {
    const { code, err } = await draft('disassociation', '--address', 'megan@fourthcoffee.xyz', '--locale', 'klingon');
    expect(code).toBe(2);
    expect(err).toContain('--locale must be one of');
  });
});
