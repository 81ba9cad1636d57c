import { inWords } from '../../src/text/catalog';
import { catalog } from '../../src/text/en';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDiagnosisService, HttpEntraClient, parseCredentialType, parseOpenIdConfiguration, parseRealm } from '../../src/clients/entra';
import { HttpClient, parseRetryAfter, type HttpPolicy } from '../../src/clients/http';
import { readConfig } from '../../src/config';
import { DiagnosisService } from '../../src/domain/diagnosis';
import { MemoryStore } from '../../src/storage/memoryStore';
import { startEntraFake, type EntraFake } from '../fakes/entraFake';

let fake: EntraFake;

beforeAll(async () => {
  fake = await startEntraFake();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => fake.reset());

/** A service on the fake with a recorded, instant sleep: waits are asserted, never timed. */
function service(policy: Partial<HttpPolicy> = {}) {
  const waits: number[] = [];
  const http = new HttpClient(
    { timeoutMs: 5000, retries: 2, perHostConcurrency: 8, ...policy },
    { sleep: async (ms) => void waits.push(ms), random: () => 0.5 },
  );
  const diagnosis = new DiagnosisService({ entra: new HttpEntraClient(fake.url, http), cache: new MemoryStore(), cacheTtlSeconds: 3600 });
  return { diagnosis, waits };
}

describe('diagnosis against the Entra fake', () => {
  it.each([
    ['alex@contoso.com', 'ready', 'managed', 'Contoso'],
    ['dual@contoso.com', 'choose-work-account', 'managed', 'Contoso'],
    ['sam@contoso.com', 'personal-account', 'managed', 'Contoso'],
    ['nobody@contoso.com', 'no-account', 'managed', 'Contoso'],
    ['megan@fourthcoffee.xyz', 'takeover-needed', 'unmanaged', null],
    ['nobody@fourthcoffee.xyz', 'no-account', 'unmanaged', null],
    ['pat@fabrikam.com', 'ready', 'federated', 'Fabrikam'],
    ['dual@fabrikam.com', 'choose-work-account', 'federated', 'Fabrikam'],
    ['pat@outlook.com', 'personal-account', 'unknown', null],
    ['sam@hotmail.com', 'personal-account', 'unknown', null],
    ['lee@gmail.com', 'personal-account', 'unknown', null],
    ['kim@gmail.com', 'no-account', 'unknown', null],
    ['anna@bücher.example', 'ready', 'managed', 'Bücher'],
    ['q@nosuchdomain.example', 'no-account', 'unknown', null],
    ['q@never-registered.example', 'no-account', 'unknown', null],
    ['not-an-address', 'invalid-address', 'unknown', null],
  ])('%s → %s', async (address, verdict, domainType, tenantName) => {
    const d = await service().diagnosis.diagnose(address);
    expect(d).toMatchObject({ verdict, domainType, tenantName });
    expect(d.failure).toBeUndefined();
  });

  it('reads tenant ids from issuer, and treats the consumer tenant and AADSTS90002 (400 and 404) as no tenant', async () => {
    const { diagnosis } = service();
    expect((await diagnosis.diagnose('alex@contoso.com')).tenantId).toBe('11111111-1111-4111-8111-111111111111');
    expect((await diagnosis.diagnose('pat@outlook.com')).tenantId).toBeNull();
    expect((await diagnosis.diagnose('kim@gmail.com')).tenantId).toBeNull();
    expect((await diagnosis.diagnose('q@nosuchdomain.example')).tenantId).toBeNull();
  });

  it('sends punycode for IDN domains (the control lookup too) and nothing at all for an invalid address', async () => {
    const { diagnosis } = service();
    await diagnosis.diagnose('Anna@BÜCHER.example');
    await diagnosis.diagnose('bad address@contoso.com');
    expect(fake.log).toEqual(
      expect.arrayContaining([
        { endpoint: 'credentialType', subject: 'Anna@xn--bcher-kva.example' },
        { endpoint: 'credentialType', subject: expect.stringMatching(/^nobody-[0-9a-f-]{36}@xn--bcher-kva\.example$/) },
        { endpoint: 'realm', subject: 'Anna@xn--bcher-kva.example' },
        { endpoint: 'openid', subject: 'xn--bcher-kva.example' },
      ]),
    );
    expect(fake.requests.total).toBe(4);
  });

  it('retries a 429 after the Retry-After seconds, then answers', async () => {
    fake.setFault({ endpoint: 'credentialType', address: 'alex@contoso.com', times: 1 }, { kind: 'status', status: 429, retryAfter: '2' });
    const { diagnosis, waits } = service();
    expect((await diagnosis.diagnose('alex@contoso.com')).verdict).toBe('ready');
    expect(waits).toEqual([2000]);
    expect(fake.log.filter((r) => r.subject === 'alex@contoso.com' && r.endpoint === 'credentialType')).toHaveLength(2);
  });

  it('honours Retry-After given as an HTTP date', async () => {
    fake.setFault({ endpoint: 'realm', times: 1 }, { kind: 'status', status: 503, retryAfter: new Date(Date.now() + 4000).toUTCString() });
    const { diagnosis, waits } = service();
    expect((await diagnosis.diagnose('alex@contoso.com')).verdict).toBe('ready');
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(1000);
    expect(waits[0]).toBeLessThanOrEqual(4000);
  });

  it('gives up on 429 forever after the configured retries with jittered backoff, naming the source', async () => {
    fake.setFault({ endpoint: 'credentialType' }, { kind: 'status', status: 429 });
    const { diagnosis, waits } = service({ retries: 2 });
    const d = await diagnosis.diagnose('alex@contoso.com');
    expect(d).toMatchObject({ verdict: 'lookup-failed', next: 'retry', workAccount: null, failure: { source: 'credential-type' } });
    expect(d.failure && catalog.diagnosis.failureDetail(d.failure)).toMatch(/throttled.*after 3 attempts/);
    expect(waits).toEqual([188, 375]);
    expect(fake.requests.credentialType).toBe(3);
  });

  it('does not wait for a Retry-After longer than the cap', async () => {
    fake.setFault({ endpoint: 'credentialType' }, { kind: 'status', status: 429, retryAfter: '3600' });
    const { diagnosis, waits } = service({ maxRetryAfterMs: 10_000 });
    const d = await diagnosis.diagnose('alex@contoso.com');
    expect(d.failure && catalog.diagnosis.failureDetail(d.failure)).toMatch(/Retry-After 3600 s/);
    expect(waits).toEqual([]);
    expect(fake.requests.credentialType).toBe(1);
  });

  it('fails with the realm named when it answers 500 for a work account', async () => {
    fake.setFault({ endpoint: 'realm', domain: 'contoso.com' }, { kind: 'status', status: 500 });
    const d = await service().diagnosis.diagnose('alex@contoso.com');
    expect(d).toMatchObject({ verdict: 'lookup-failed', workAccount: true, failure: { source: 'user-realm', detail: expect.stringMatching(/HTTP 500/) } });
  });

  it('answers no-account when only signals it does not need fail (realm and openid for an unknown domain)', async () => {
    fake.setFault({ endpoint: 'openid' }, { kind: 'status', status: 500 });
    fake.setFault({ endpoint: 'realm' }, { kind: 'html' });
    expect(await service().diagnosis.diagnose('kim@nosuchdomain.example')).toMatchObject({ verdict: 'no-account', tenantId: null });
  });

  it('fails on an openid 500 when the verdict needs the tenant', async () => {
    fake.setFault({ endpoint: 'openid', domain: 'fourthcoffee.xyz' }, { kind: 'status', status: 500 });
    expect(await service().diagnosis.diagnose('megan@fourthcoffee.xyz')).toMatchObject({ verdict: 'lookup-failed', failure: { source: 'openid-configuration' } });
  });

  it('times out a stalled endpoint without retrying it', async () => {
    fake.setFault({ endpoint: 'realm' }, { kind: 'stall' });
    const d = await service({ timeoutMs: 150 }).diagnosis.diagnose('alex@contoso.com');
    expect(d).toMatchObject({ verdict: 'lookup-failed', failure: { source: 'user-realm', detail: expect.stringMatching(/timeout: no answer within 150 ms/) } });
    expect(fake.requests.realm).toBe(1);
  });

  it.each([
    ['an HTML body', { kind: 'html' } as const, /bad-body/],
    ['a truncated body', { kind: 'truncated' } as const, /network/],
    ['a connection reset', { kind: 'reset' } as const, /network/],
    ['IfExistsResult 2', { kind: 'if-exists', value: 2 } as const, /IfExistsResult 2 is not an answer/],
  ])('fails on %s from credential type', async (_name, fault, detail) => {
    fake.setFault({ endpoint: 'credentialType' }, fault);
    const d = await service().diagnosis.diagnose('alex@contoso.com');
    expect(d).toMatchObject({ verdict: 'lookup-failed', failure: { source: 'credential-type' } });
    expect(d.failure && catalog.diagnosis.failureDetail(d.failure)).toMatch(detail);
  });

  it('recovers from one connection reset by retrying', async () => {
    fake.setFault({ endpoint: 'credentialType', times: 1 }, { kind: 'reset' });
    const { diagnosis, waits } = service();
    expect((await diagnosis.diagnose('alex@contoso.com')).verdict).toBe('ready');
    expect(waits).toEqual([188]);
  });

  it('costs N + 2·D requests for a bulk run (single-flight, domain cache), one control lookup per domain with work accounts, plus one realm per further federated address', async () => {
    const domains = ['contoso.com', 'fourthcoffee.xyz', 'outlook.com', 'bücher.example'];
    const inputs = domains.flatMap((domain) => ['alex', 'megan', 'dual', 'pat', 'nobody'].map((local) => `${local}@${domain}`));
    const { diagnosis } = service();
    const results = await diagnosis.diagnoseMany(inputs, { concurrency: 10 });
    expect(results.every((d) => d.verdict !== 'lookup-failed')).toBe(true);
    // contoso.com and fourthcoffee.xyz have work accounts among these addresses: one control lookup each.
    expect(fake.requests).toEqual({ credentialType: 22, realm: 4, openid: 4, total: 30 });

    fake.reset();
    const federated = ['a', 'b', 'c', 'dual'].map((local) => `${local}@fabrikam.com`);
    const answers = await service().diagnosis.diagnoseMany(federated, { concurrency: 4 });
    expect(answers.map((d) => d.verdict)).toEqual(['ready', 'ready', 'ready', 'choose-work-account']);
    expect(fake.requests).toEqual({ credentialType: 4, realm: 4, openid: 1, total: 9 });
  });

  it('confirms an address when a made-up address at its domain answers "no account"', async () => {
    const { diagnosis } = service();
    expect(await diagnosis.diagnose('alex@contoso.com')).toMatchObject({ verdict: 'ready', addressConfirmed: true });
    expect(await diagnosis.diagnose('megan@fourthcoffee.xyz')).toMatchObject({ verdict: 'takeover-needed', addressConfirmed: true });
    expect(await diagnosis.diagnose('nobody@contoso.com')).toMatchObject({ verdict: 'no-account', addressConfirmed: true });
  });

  it('leaves every address of a federated domain unconfirmed, without a control lookup', async () => {
    const d = await service().diagnosis.diagnose('typo@fabrikam.com');
    expect(d).toMatchObject({ verdict: 'ready', domainType: 'federated', addressConfirmed: false });
    expect(inWords(catalog.diagnosis.reasons, d.reason)).toContain('a federated domain answers “exists” for every address');
    expect(fake.log.filter((r) => r.endpoint === 'credentialType').map((r) => r.subject)).toEqual(['typo@fabrikam.com']);
  });

  it('leaves an address unconfirmed while the endpoint answers "exists" for anything, and confirms it again once the control entry expires', async () => {
    let now = new Date('2026-03-01T10:00:00Z');
    const http = new HttpClient({ timeoutMs: 5000, retries: 0, perHostConcurrency: 8 });
    const diagnosis = new DiagnosisService({ entra: new HttpEntraClient(fake.url, http), cache: new MemoryStore(), cacheTtlSeconds: 3600, now: () => now });
    fake.throttle(true);
    const typo = await diagnosis.diagnose('alx@contoso.com');
    expect(typo).toMatchObject({ verdict: 'ready', domainType: 'managed', addressConfirmed: false });
    expect(inWords(catalog.diagnosis.reasons, typo.reason)).toContain('a made-up address at the domain also answered “exists”');
    fake.throttle(false);
    // Within a few minutes the domain's control answer is reused: one control lookup per domain.
    expect(await diagnosis.diagnose('alex@contoso.com')).toMatchObject({ addressConfirmed: false });
    expect(fake.log.filter((r) => r.subject.startsWith('nobody-'))).toHaveLength(1);
    now = new Date('2026-03-01T10:05:01Z');
    expect(await diagnosis.diagnose('alex@contoso.com')).toMatchObject({ addressConfirmed: true });
    expect(fake.log.filter((r) => r.subject.startsWith('nobody-'))).toHaveLength(2);
  });

  it('createDiagnosisService wires the configured base URL and policy', async () => {
    const config = readConfig({ ENTRA_LOGIN_URL: `${fake.url}/` }, '/tmp');
    const d = await createDiagnosisService(config, new MemoryStore()).diagnose('megan@fourthcoffee.xyz');
    expect(d.verdict).toBe('takeover-needed');
  });
});

describe('parsing Entra answers defensively', () => {
  it('reads the realm, ignoring unknown fields and accepting is_viral_tenant and string MicrosoftAccount', () => {
    expect(parseRealm({ NameSpaceType: 'Managed', is_viral_tenant: true, MicrosoftAccount: '0', Extra: { a: 1 } })).toEqual({
      ok: true,
      value: { namespaceType: 'Managed', isViral: true, brandName: null, microsoftAccount: true },
    });
    expect(parseRealm({ NameSpaceType: 'Federated', FederationBrandName: ' Fabrikam ', MicrosoftAccount: 1 })).toMatchObject({ ok: true, value: { brandName: 'Fabrikam', microsoftAccount: false, isViral: false } });
    expect(parseRealm({ NameSpaceType: 'Unknown' })).toMatchObject({ ok: true, value: { microsoftAccount: null } });
  });

  it.each([
    [null],
    [[]],
    [{ NameSpaceType: 'Cloud' }],
    [{ NameSpaceType: 'Managed', IsViral: 'maybe' }],
    [{ NameSpaceType: 'Managed', FederationBrandName: 7 }],
    [{ NameSpaceType: 'Managed', MicrosoftAccount: 'yes' }],
  ])('rejects the realm answer %j as a bad body', (json) => {
    expect(parseRealm(json)).toMatchObject({ ok: false, detail: expect.stringMatching(/^bad-body/) });
  });

  it('needs a whole-number IfExistsResult and a GUID in the issuer', () => {
    expect(parseCredentialType({ IfExistsResult: '0' })).toMatchObject({ ok: false });
    expect(parseCredentialType({ IfExistsResult: 1, ThrottleStatus: 1 })).toEqual({ ok: true, value: { ifExistsResult: 1 } });
    expect(parseOpenIdConfiguration({ issuer: 'https://login.microsoftonline.com/{tenantid}/v2.0' })).toMatchObject({ ok: false });
    expect(parseOpenIdConfiguration({ issuer: 'nonsense', token_endpoint: 'https://x/72F988BF-86F1-41AF-91AB-2D7CD011DB47/oauth2/v2.0/token' })).toEqual({
      ok: true,
      value: { tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' },
    });
  });
});

describe('HttpClient', () => {
  it('caps requests in flight per host', async () => {
    let active = 0;
    let peak = 0;
    const fetchImpl: typeof fetch = async () => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setImmediate(r));
      active--;
      return new Response('{"a":1}', { status: 200 });
    };
    const http = new HttpClient({ timeoutMs: 1000, retries: 0, perHostConcurrency: 2 }, { fetchImpl });
    const results = await Promise.all(Array.from({ length: 7 }, (_, i) => http.request({ url: `https://one.example/${i}` })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(peak).toBe(2);
  });

  it('returns non-retried errors with their parsed body, and never throws', async () => {
    const http = new HttpClient({ timeoutMs: 1000, retries: 3, perHostConcurrency: 1 });
    expect(await http.request({ url: `${fake.url}/nowhere` })).toMatchObject({ ok: false, kind: 'http', status: 404, body: { error: 'not_found' } });
    expect(fake.requests.total).toBe(0);
    expect(await http.request({ url: 'not a url' })).toMatchObject({ ok: false, kind: 'network' });
    const refused = new HttpClient({ timeoutMs: 1000, retries: 0, perHostConcurrency: 1 });
    expect(await refused.request({ url: 'http://127.0.0.1:1/' })).toMatchObject({ ok: false, kind: 'network' });
  });

  it('parses Retry-After seconds and dates', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 00:00:05 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
