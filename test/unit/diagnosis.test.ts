import { describe, expect, it } from 'vitest';
import {
  decideVerdict,
  DiagnosisService,
  type DomainRealm,
  type EntraSignals,
  type LookupAuditEvent,
  type RealmAnswer,
  type Signal,
  type Signals,
} from '../../src/domain/diagnosis';
import { MemoryStore } from '../../src/storage/memoryStore';
import { hashAddress } from '../../src/domain/auditHash';
import type { Diagnosis } from '../../src/domain/types';
import type { Verdict } from '../../src/domain/verdicts';
import { inWords } from '../../src/text/catalog';
import { catalog } from '../../src/text/en';

/** The reason and a failure's detail as the command line and the case card say them. */
const reasonOf = (outcome: Pick<Diagnosis, 'reason'>) => inWords(catalog.diagnosis.reasons, outcome.reason);
const detailOf = (outcome: Pick<Diagnosis, 'failure'>) => outcome.failure && catalog.diagnosis.failureDetail(outcome.failure);

const AUDIT_KEY = 'test-audit-key-of-at-least-32-characters';
const target = { address: 'alex@contoso.com', domain: 'contoso.com' };
const TENANT = '11111111-1111-4111-8111-111111111111';
const ok = <T>(value: T): Signal<T> => ({ ok: true, value });
const down = <T>(detail = 'timeout: no answer within 5000 ms'): Signal<T> => ({ ok: false, detail });

const realms: Record<string, DomainRealm> = {
  managed: { namespaceType: 'Managed', isViral: false, brandName: 'Contoso' },
  unmanaged: { namespaceType: 'Managed', isViral: true, brandName: null },
  federated: { namespaceType: 'Federated', isViral: false, brandName: 'Fabrikam' },
  unknown: { namespaceType: 'Unknown', isViral: false, brandName: null },
};

/** By default a managed or unmanaged domain's control lookup shows its answers are real, as the service asks it. */
function signals(code: number, realm: keyof typeof realms, extra: Partial<Signals> = {}): Signals {
  const control = realm === 'managed' || realm === 'unmanaged' ? { control: ok({ ifExistsResult: 1 }) } : {};
  return { credential: ok({ ifExistsResult: code }), realm: ok(realms[realm]), tenant: ok({ tenantId: realm === 'unknown' ? null : TENANT }), ...control, ...extra };
}

describe('decideVerdict', () => {
  it.each<[string, Signals, Verdict, Partial<ReturnType<typeof decideVerdict>>]>([
    ['managed work account', signals(0, 'managed'), 'ready', { domainType: 'managed', workAccount: true, personalAccount: false, next: 'mfa-readiness', tenantId: TENANT, tenantName: 'Contoso' }],
    ['managed work + personal', signals(6, 'managed'), 'choose-work-account', { workAccount: true, personalAccount: true, next: 'sign-in-as-work' }],
    ['federated, realm says no personal', signals(0, 'federated', { microsoftAccount: ok(false) }), 'ready', { domainType: 'federated', personalAccount: false }],
    ['federated, realm says personal', signals(0, 'federated', { microsoftAccount: ok(true) }), 'choose-work-account', { domainType: 'federated', personalAccount: true }],
    ['federated answering 6', signals(6, 'federated'), 'choose-work-account', { personalAccount: true }],
    ['unmanaged work account', signals(0, 'unmanaged'), 'takeover-needed', { domainType: 'unmanaged', workAccount: true, next: 'takeover', tenantName: null }],
    ['unmanaged work + personal', signals(6, 'unmanaged'), 'takeover-needed', { personalAccount: true }],
    ['consumer personal', signals(5, 'unknown'), 'personal-account', { domainType: 'unknown', workAccount: false, personalAccount: true, next: 'new-work-account', tenantId: null }],
    ['personal in a managed domain', signals(5, 'managed'), 'personal-account', { domainType: 'managed', tenantId: TENANT }],
    ['nothing, unknown domain', signals(1, 'unknown'), 'no-account', { workAccount: false, personalAccount: false, next: 'new-work-account' }],
    ['nothing, managed domain', signals(1, 'managed'), 'no-account', { domainType: 'managed' }],
    ['nothing; realm and openid down (not needed)', { credential: ok({ ifExistsResult: 1 }), realm: down(), tenant: down() }, 'no-account', { domainType: 'unknown', tenantId: null }],
    ['personal; realm and openid down (not needed)', { credential: ok({ ifExistsResult: 5 }), realm: down(), tenant: down() }, 'personal-account', { personalAccount: true }],
  ])('%s → %s', (_name, input, verdict, fields) => {
    const outcome = decideVerdict(target, input);
    expect(outcome.verdict).toBe(verdict);
    expect(outcome).toMatchObject(fields);
    expect(outcome.failure).toBeUndefined();
    expect(reasonOf(outcome)).toContain('alex@contoso.com');
  });

  it.each<[string, Signals, string, RegExp]>([
    ['credential type down', { ...signals(0, 'managed'), credential: down('throttled: HTTP 429 (throttled)') }, 'credential-type', /429/],
    ['IfExistsResult 2', signals(2, 'managed'), 'credential-type', /IfExistsResult 2/],
    ['IfExistsResult 4', signals(4, 'unknown'), 'credential-type', /IfExistsResult 4/],
    ['realm down with a work account', { ...signals(0, 'managed'), realm: down() }, 'user-realm', /timeout/],
    ['realm down with work + personal', { ...signals(6, 'managed'), realm: down() }, 'user-realm', /timeout/],
    ['openid down with a work account', { ...signals(0, 'managed'), tenant: down('http: HTTP 500') }, 'openid-configuration', /500/],
    ['openid down for an unmanaged tenant', { ...signals(0, 'unmanaged'), tenant: down() }, 'openid-configuration', /timeout/],
    ['no tenant yet a work account', { ...signals(0, 'managed'), tenant: ok({ tenantId: null }) }, 'openid-configuration', /no tenant/],
    // pat@outlook.com answering "exists" while throttled: the credential type is what cannot be believed, not the realm.
    ['unknown domain yet a work account', signals(0, 'unknown'), 'credential-type', /does not know unknown|throttled/],
    ['federated, per-address realm down', signals(0, 'federated', { microsoftAccount: down('network: fetch failed') }), 'user-realm', /fetch failed/],
  ])('%s → lookup-failed naming %s', (_name, input, source, detail) => {
    const outcome = decideVerdict(target, input);
    expect(outcome.verdict).toBe('lookup-failed');
    expect(outcome.next).toBe('retry');
    expect(outcome.failure?.source).toBe(source);
    expect(detailOf(outcome)).toMatch(detail);
    expect(reasonOf(outcome)).toMatch(/^Could not check alex@contoso\.com/);
  });

  it.each<[string, Signals, boolean]>([
    ['managed, control answers no account', signals(0, 'managed', { control: ok({ ifExistsResult: 1 }) }), true],
    ['managed, control also answers exists (throttled)', signals(0, 'managed', { control: ok({ ifExistsResult: 0 }) }), false],
    ['managed, control failed', signals(0, 'managed', { control: down() }), false],
    ['unmanaged, control answers no account', signals(0, 'unmanaged', { control: ok({ ifExistsResult: 1 }) }), true],
    ['unmanaged, control also answers exists', signals(0, 'unmanaged', { control: ok({ ifExistsResult: 0 }) }), false],
    ['work + personal, control answers no account', signals(6, 'managed', { control: ok({ ifExistsResult: 1 }) }), true],
    ['federated: every address answers exists', signals(0, 'federated', { microsoftAccount: ok(false) }), false],
    ['no account: never a throttled answer', signals(1, 'managed'), true],
    ['personal only', signals(5, 'unknown'), true],
    ['lookup failed', { ...signals(0, 'managed'), realm: down() }, false],
  ])('addressConfirmed, %s → %s', (_name, input, confirmed) => {
    expect(decideVerdict(target, input).addressConfirmed).toBe(confirmed);
  });

  it('says in the reason what is known when the address is not confirmed, and only that', () => {
    const outcome = decideVerdict(target, signals(0, 'managed', { control: ok({ ifExistsResult: 0 }) }));
    expect(outcome.verdict).toBe('ready');
    expect(reasonOf(outcome)).toContain('contoso.com belongs to the Contoso (managed) tenant');
    expect(reasonOf(outcome)).toContain('Whether alex@contoso.com itself exists, and whether a personal Microsoft account also uses it, is not known');
    expect(reasonOf(outcome)).not.toMatch(/alex@contoso\.com is a work account/);
  });

  it.each<[string, Signals, Verdict, boolean | null]>([
    ['throttled, realm says no personal account', signals(0, 'managed', { control: ok({ ifExistsResult: 0 }), microsoftAccount: ok(false) }), 'ready', false],
    ['throttled, realm says a personal account', signals(0, 'managed', { control: ok({ ifExistsResult: 0 }), microsoftAccount: ok(true) }), 'choose-work-account', true],
    ['throttled, realm silent', signals(0, 'managed', { control: ok({ ifExistsResult: 0 }), microsoftAccount: ok(null) }), 'ready', null],
    ['control failed, realm not asked', signals(0, 'managed', { control: down() }), 'ready', null],
    ['federated, realm silent', signals(0, 'federated', { microsoftAccount: ok(null) }), 'ready', null],
    ['federated, realm not asked', signals(0, 'federated'), 'ready', null],
    ['unmanaged and throttled, realm silent', signals(0, 'unmanaged', { control: ok({ ifExistsResult: 0 }), microsoftAccount: ok(null) }), 'takeover-needed', null],
  ])('a 0 that cannot be told from a 6 (%s): the personal account is what the realm says, or unknown', (_name, input, verdict, personal) => {
    const outcome = decideVerdict(target, input);
    expect(outcome).toMatchObject({ verdict, workAccount: true, personalAccount: personal, addressConfirmed: false });
    if (personal === null && verdict === 'ready') {
      expect(reasonOf(outcome)).toContain('whether a personal Microsoft account also uses it, is not known');
      expect(reasonOf(outcome)).not.toMatch(/no personal Microsoft account/);
    }
    if (personal === false) expect(reasonOf(outcome)).toContain('no personal Microsoft account uses alex@contoso.com');
  });

  it('reports what is known when failing: the work account from credential type, unknown personal as null', () => {
    const outcome = decideVerdict(target, { ...signals(0, 'managed'), realm: down() });
    expect(outcome).toMatchObject({ workAccount: true, personalAccount: null, domainType: 'unknown' });
    expect(decideVerdict(target, { ...signals(0, 'managed'), credential: down() })).toMatchObject({ workAccount: null, personalAccount: null });
  });
});

/** An in-memory EntraSignals: realms by domain, codes by address, counting calls. */
function stubEntra(overrides: Partial<EntraSignals> = {}) {
  const calls = { realm: [] as string[], credential: [] as string[], tenant: [] as string[] };
  const realmOf: Record<string, RealmAnswer> = {
    'contoso.com': { ...realms.managed, microsoftAccount: false },
    'fabrikam.com': { ...realms.federated, microsoftAccount: false },
    'xn--bcher-kva.example': { ...realms.managed, brandName: 'Bücher', microsoftAccount: false },
  };
  const entra: EntraSignals = {
    async userRealm(address) {
      calls.realm.push(address);
      const domain = address.split('@')[1];
      const realm = realmOf[domain] ?? { ...realms.unknown, microsoftAccount: null };
      return ok({ ...realm, microsoftAccount: address.startsWith('dual@') });
    },
    async credentialType(address) {
      calls.credential.push(address);
      // nobody@ and the diagnosis's made-up control addresses (nobody-…@) have no account.
      return ok({ ifExistsResult: address.startsWith('nobody') ? 1 : address.startsWith('dual@') && address.endsWith('contoso.com') ? 6 : 0 });
    },
    async tenant(domain) {
      calls.tenant.push(domain);
      return ok({ tenantId: domain in realmOf ? TENANT : null });
    },
    ...overrides,
  };
  return { entra, calls };
}

describe('DiagnosisService', () => {
  const fixedNow = () => new Date('2026-01-02T03:04:05Z');

  it('answers invalid addresses without any lookup, and audits them hashed', async () => {
    const { entra, calls } = stubEntra();
    const events: LookupAuditEvent[] = [];
    const service = new DiagnosisService({ entra, cache: new MemoryStore(), cacheTtlSeconds: 60, audit: { hashKey: AUDIT_KEY, record: (e) => events.push(e) }, now: fixedNow });
    const d = await service.diagnose('  not an address ', { requesterId: 'user-1' });
    expect(d).toMatchObject({ input: 'not an address', verdict: 'invalid-address', next: 'fix-address', domain: null, workAccount: null, personalAccount: null, checkedAt: '2026-01-02T03:04:05.000Z' });
    expect(reasonOf(d)).toMatch(/spaces/);
    expect(calls).toEqual({ realm: [], credential: [], tenant: [] });
    expect(events).toEqual([{ at: d.checkedAt, addressHash: hashAddress('not an address', AUDIT_KEY), requesterId: 'user-1', verdict: 'invalid-address', sources: [], durationMs: expect.any(Number) }]);
  });

  it('looks up punycode, answers in Unicode, and caches domain answers in the shared store', async () => {
    const { entra, calls } = stubEntra();
    const store = new MemoryStore();
    const first = new DiagnosisService({ entra, cache: store, cacheTtlSeconds: 60 });
    expect(await first.diagnose('Anna@BÜCHER.example')).toMatchObject({ address: 'Anna@bücher.example', domain: 'bücher.example', verdict: 'ready', tenantName: 'Bücher' });
    expect(calls.credential).toEqual(['Anna@xn--bcher-kva.example', expect.stringMatching(/^nobody-.+@xn--bcher-kva\.example$/)]);
    const second = new DiagnosisService({ entra, cache: store, cacheTtlSeconds: 60 });
    await second.diagnose('ben@bücher.example');
    expect(calls.realm).toHaveLength(1);
    expect(calls.tenant).toEqual(['xn--bcher-kva.example']);
    // ben's own lookup; the domain's control answer came from the shared store too.
    expect(calls.credential).toHaveLength(3);
  });

  it('refetches after the TTL and never caches failures', async () => {
    let now = new Date('2026-01-01T00:00:00Z');
    let failTenant = true;
    const { entra, calls } = stubEntra({
      tenant: async (domain) => {
        calls.tenant.push(domain);
        return failTenant ? down() : ok({ tenantId: TENANT });
      },
    });
    const service = new DiagnosisService({ entra, cache: new MemoryStore(), cacheTtlSeconds: 60, now: () => now });
    expect((await service.diagnose('alex@contoso.com')).failure?.source).toBe('openid-configuration');
    failTenant = false;
    expect((await service.diagnose('alex@contoso.com')).verdict).toBe('ready');
    await service.diagnose('alex@contoso.com');
    expect(calls.tenant).toHaveLength(2);
    now = new Date('2026-01-01T00:01:01Z');
    await service.diagnose('alex@contoso.com');
    expect(calls.tenant).toHaveLength(3);
    expect(calls.realm).toHaveLength(2);
  });

  it('makes concurrent identical domain lookups once (single-flight)', async () => {
    const { entra, calls } = stubEntra();
    const service = new DiagnosisService({ entra, cache: new MemoryStore(), cacheTtlSeconds: 0 });
    const results = await Promise.all(['a', 'b', 'c', 'd'].map((name) => service.diagnose(`${name}@contoso.com`)));
    expect(results.map((d) => d.verdict)).toEqual(['ready', 'ready', 'ready', 'ready']);
    expect(calls.realm).toHaveLength(1);
    expect(calls.tenant).toHaveLength(1);
    // Four addresses and one control lookup for the domain.
    expect(calls.credential).toHaveLength(5);
  });

  it('asks the realm per address when credential type answers “exists” for anything at a managed domain (throttled)', async () => {
    const { entra, calls } = stubEntra({
      async credentialType(address) {
        calls.credential.push(address);
        return ok({ ifExistsResult: 0 });
      },
    });
    const service = new DiagnosisService({ entra, cache: new MemoryStore(), cacheTtlSeconds: 60 });
    const [dual, other] = await service.diagnoseMany(['dual@contoso.com', 'alex@contoso.com'], { concurrency: 1 });
    expect(dual).toMatchObject({ verdict: 'choose-work-account', personalAccount: true, addressConfirmed: false });
    expect(other).toMatchObject({ verdict: 'ready', personalAccount: false, addressConfirmed: false });
    expect(calls.realm).toEqual(['dual@contoso.com', 'alex@contoso.com']);
  });

  it('asks the realm per address only for federated domains, and uses the first address’s own answer', async () => {
    const { entra, calls } = stubEntra();
    const service = new DiagnosisService({ entra, cache: new MemoryStore(), cacheTtlSeconds: 60 });
    const [dual, other] = await service.diagnoseMany(['dual@fabrikam.com', 'pat@fabrikam.com'], { concurrency: 1 });
    expect(dual).toMatchObject({ verdict: 'choose-work-account', personalAccount: true });
    expect(other).toMatchObject({ verdict: 'ready', personalAccount: false });
    expect(calls.realm).toEqual(['dual@fabrikam.com', 'pat@fabrikam.com']);
    await service.diagnoseMany(['dual@contoso.com', 'alex@contoso.com'], { concurrency: 1 });
    expect(calls.realm).toEqual(['dual@fabrikam.com', 'pat@fabrikam.com', 'dual@contoso.com']);
  });

  it('turns a throwing signal source into lookup-failed, and survives a throwing audit hook', async () => {
    const { entra } = stubEntra({
      credentialType: async () => {
        throw new Error('socket hang up');
      },
    });
    const service = new DiagnosisService({
      entra,
      cache: new MemoryStore(),
      cacheTtlSeconds: 60,
      audit: {
        hashKey: AUDIT_KEY,
        record: () => {
          throw new Error('audit sink down');
        },
      },
    });
    expect(await service.diagnose('alex@contoso.com')).toMatchObject({ verdict: 'lookup-failed', failure: { source: 'credential-type', detail: 'socket hang up' } });
  });

  it('audits each lookup with the hashed address, requester, verdict, sources and duration', async () => {
    const { entra } = stubEntra();
    const events: LookupAuditEvent[] = [];
    const service = new DiagnosisService({ entra, cache: new MemoryStore(), cacheTtlSeconds: 60, audit: { hashKey: AUDIT_KEY, record: (e) => events.push(e) } });
    await service.diagnose('Alex@Contoso.com', { requesterId: 'aad-1' });
    await service.diagnose('megan@contoso.com');
    expect(JSON.stringify(events)).not.toMatch(/alex|megan/i);
    expect(events[0]).toMatchObject({ addressHash: hashAddress('alex@contoso.com', AUDIT_KEY), requesterId: 'aad-1', verdict: 'ready' });
    expect(events[0].addressHash).toMatch(/^[0-9a-f]{64}$/);
    expect(events[0].sources).toEqual(
      expect.arrayContaining([
        { source: 'credential-type', from: 'network' },
        { source: 'user-realm', from: 'network' },
        { source: 'openid-configuration', from: 'network' },
      ]),
    );
    expect(events[1].sources).toEqual(expect.arrayContaining([{ source: 'user-realm', from: 'cache' }, { source: 'openid-configuration', from: 'cache' }]));
    expect(events[1].requesterId).toBeUndefined();
  });

  it('diagnoseMany keeps input order, bounds concurrency and reports progress', async () => {
    let active = 0;
    let peak = 0;
    const { entra } = stubEntra({
      credentialType: async () => {
        active++;
        peak = Math.max(peak, active);
        await new Promise((r) => setImmediate(r));
        active--;
        return ok({ ifExistsResult: 0 });
      },
    });
    const service = new DiagnosisService({ entra, cache: new MemoryStore(), cacheTtlSeconds: 60 });
    const inputs = Array.from({ length: 20 }, (_, i) => `user${i}@contoso.com`);
    const progress: number[] = [];
    const results = await service.diagnoseMany(inputs, { concurrency: 3, onProgress: (done) => progress.push(done) });
    expect(results.map((d) => d.input)).toEqual(inputs);
    expect(peak).toBeLessThanOrEqual(3);
    expect(progress).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});
