import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { lookupAddress, parseAddress, type ValidAddress } from './address';
import { hashAddress } from './auditHash';
import { TtlCache } from './cache';
import { STORE_KEYS } from './stores/keys';
import type { KeyValueStore } from './stores/ports';
import type { Diagnosis, DiagnosisReason, DomainType, LookupFailure, SignalSource, TenantLabel, TenantNote, UnconfirmedCause } from './types';
import { VERDICT_TABLE, type Verdict } from './verdicts';

/**
 * How long a domain's control answer is kept: throttling passes within minutes (a 30 s pause
 * cleared it in reports), so a "the domain answers exists for anything" must not outlive it.
 */
export const CONTROL_TTL_SECONDS = 300;

/** One public Entra answer, or why it could not be had. */
export type Signal<T> = { ok: true; value: T } | { ok: false; detail: string };

/** The user-realm answer for one address. */
export interface RealmAnswer {
  namespaceType: 'Managed' | 'Federated' | 'Unknown';
  isViral: boolean;
  brandName: string | null;
  /** Whether a personal Microsoft account uses this exact address; null when the answer did not say. */
  microsoftAccount: boolean | null;
}

/** The parts of a realm answer that hold for every address of the domain: safe to cache per domain. */
export type DomainRealm = Omit<RealmAnswer, 'microsoftAccount'>;

export interface CredentialAnswer {
  /** Raw: values outside 0/1/5/6 are judged here, not by the client. */
  ifExistsResult: number;
}

export interface TenantAnswer {
  /** The organisation's tenant GUID; null when the domain has no organisation tenant. */
  tenantId: string | null;
}

/** The three public Entra lookups, behind whatever transport fetches them. Implementations do not throw. */
export interface EntraSignals {
  userRealm(address: string): Promise<Signal<RealmAnswer>>;
  credentialType(address: string): Promise<Signal<CredentialAnswer>>;
  tenant(asciiDomain: string): Promise<Signal<TenantAnswer>>;
}

export interface Signals {
  credential: Signal<CredentialAnswer>;
  /**
   * Credential type for a made-up address at the same domain, asked when the address answered
   * "exists" on a domain that is not federated: 1 means the domain's "exists" answers are real.
   * Undefined when not asked.
   */
  control?: Signal<CredentialAnswer>;
  realm: Signal<DomainRealm>;
  /** The realm's MicrosoftAccount for this address; undefined when not asked for this address. */
  microsoftAccount?: Signal<boolean | null>;
  tenant: Signal<TenantAnswer>;
}

export type Outcome = Omit<Diagnosis, 'input' | 'address' | 'domain' | 'checkedAt'>;

function domainTypeOf(realm: DomainRealm): DomainType {
  if (realm.namespaceType === 'Federated') return 'federated';
  if (realm.namespaceType === 'Unknown') return 'unknown';
  return realm.isViral ? 'unmanaged' : 'managed';
}

/**
 * The verdict from the signals. Which signal is needed:
 * - credential type, always: it is the authority on whether a work account (0/6) and a
 *   personal account (5/6) use the address.
 * - the realm only when a work account exists: it tells managed, federated and unmanaged
 *   apart, which decides between ready/choose-work-account and takeover-needed. With no
 *   work account the verdict is personal-account or no-account whatever the realm says
 *   (a federated domain would have answered 0), so a failed realm is then reported as an
 *   unknown domain type, not as a failure.
 * - the realm's per-address MicrosoftAccount only when credential type answered 0 but cannot be
 *   trusted to tell 0 from 6: on a federated domain (it answers 0 for every address) and while
 *   the control lookup shows the domain answering "exists" for anything (throttled). Elsewhere
 *   it is not consulted, so an answer never depends on which address of a domain happened to
 *   fill the cache. When the realm does not say, the personal account is reported as unknown
 *   (null), never as absent.
 * - the OpenID configuration only when a work account exists: those next steps (takeover,
 *   sign-in-as-work, MFA readiness) act on the tenant and need its id. For personal-account
 *   and no-account the tenant id is reported when known and null otherwise.
 * - the control lookup only when a work account exists on a domain that is not federated: it
 *   decides `addressConfirmed`, never the verdict (the domain's kind is known either way).
 */
export function decideVerdict(target: { address: string; domain: string }, signals: Signals): Outcome {
  const { credential, realm, tenant } = signals;
  const domainType = realm.ok ? domainTypeOf(realm.value) : 'unknown';
  const tenantName = realm.ok ? realm.value.brandName : null;
  const tenantId = tenant.ok ? tenant.value.tenantId : null;
  const known = { domainType, tenantId, tenantName };
  const failed = (failure: LookupFailure, workAccount: boolean | null = null, personalAccount: boolean | null = null): Outcome => ({
    verdict: 'lookup-failed',
    ...known,
    workAccount,
    personalAccount,
    addressConfirmed: false,
    reason: { code: 'lookup-failed', address: target.address, failure },
    next: VERDICT_TABLE['lookup-failed'].next,
    failure,
  });
  const upstream = (source: SignalSource, detail: string): LookupFailure => ({ source, detail });
  const answer = (verdict: Verdict, workAccount: boolean, personalAccount: boolean | null, addressConfirmed: boolean, reason: DiagnosisReason): Outcome => ({
    verdict,
    ...known,
    workAccount,
    personalAccount,
    addressConfirmed,
    reason,
    next: VERDICT_TABLE[verdict].next,
  });

  if (!credential.ok) return failed(upstream('credential-type', credential.detail));
  const code = credential.value.ifExistsResult;
  if (![0, 1, 5, 6].includes(code)) return failed({ source: 'credential-type', code: 'not-an-answer', ifExistsResult: code });
  const work = code === 0 || code === 6;
  const federated = domainType === 'federated';

  if (!work) {
    // "No work account" is never a throttled answer (throttling says "exists"), so it stands.
    const personal = code === 5;
    const note = tenantNote(target.domain, known);
    if (personal) return answer('personal-account', false, true, true, { code: 'personal-account', address: target.address, note });
    return answer('no-account', false, false, true, { code: 'no-account', address: target.address, note });
  }

  if (!realm.ok) return failed(upstream('user-realm', realm.detail), true, code === 6 ? true : null);
  // Entra knows no such domain, yet credential type says a work account uses the address: the lookup answers that way while throttled.
  if (domainType === 'unknown') return failed({ source: 'credential-type', code: 'unknown-domain', domain: target.domain });
  if (!tenant.ok) return failed(upstream('openid-configuration', tenant.detail), true);
  if (tenantId === null) return failed({ source: 'openid-configuration', code: 'no-tenant', domain: target.domain }, true);

  const unconfirmedBecause: UnconfirmedCause | null = federated ? { code: 'federated' } : controlProblem(signals.control);
  const personal = personalAccount(code, unconfirmedBecause !== null, signals.microsoftAccount);
  if (!personal.ok) return failed(upstream('user-realm', personal.detail), true);
  const verdict = domainType === 'unmanaged' ? 'takeover-needed' : personal.value ? 'choose-work-account' : 'ready';
  const tenantLabel: TenantLabel = { tenant: tenantName ?? target.domain, federated };
  const reason = workAccountReason(verdict, target, tenantLabel, unconfirmedBecause, personal.value);
  return answer(verdict, true, personal.value, unconfirmedBecause === null, reason);
}

/** The reason for a verdict with a work account: what is known, and whether this exact address is. */
function workAccountReason(
  verdict: 'takeover-needed' | 'choose-work-account' | 'ready',
  { address, domain }: { address: string; domain: string },
  tenant: TenantLabel,
  unconfirmedBecause: UnconfirmedCause | null,
  personal: boolean | null,
): DiagnosisReason {
  const why = unconfirmedBecause;
  switch (verdict) {
    case 'takeover-needed':
      return why === null ? { code: 'takeover', address, domain } : { code: 'takeover-unconfirmed', address, domain, why };
    case 'choose-work-account':
      return why === null ? { code: 'choose-work', address, tenant } : { code: 'choose-work-unconfirmed', address, domain, tenant, why };
    case 'ready':
      if (why === null) return { code: 'ready', address, tenant };
      return { code: personal === null ? 'ready-personal-unknown' : 'ready-unconfirmed', address, domain, tenant, why };
  }
}

/** Why the control lookup leaves the address unconfirmed, or null when it shows the domain's answers are real. */
function controlProblem(control: Signal<CredentialAnswer> | undefined): UnconfirmedCause | null {
  if (!control) return { code: 'control-not-asked' };
  if (!control.ok) return { code: 'control-failed', detail: control.detail };
  return control.value.ifExistsResult === 1 ? null : { code: 'busy' };
}

/**
 * Whether a personal Microsoft account uses the address: 6 says so; a trusted 0 says not. An
 * untrusted 0 (federated, or throttled) leaves only the realm's per-address answer: its value
 * (null when it did not say or was not asked), or its failure.
 */
function personalAccount(code: number, untrusted: boolean, microsoftAccount: Signal<boolean | null> | undefined): Signal<boolean | null> {
  if (code === 6) return { ok: true, value: true };
  if (!untrusted) return { ok: true, value: false };
  return microsoftAccount ?? { ok: true, value: null };
}

function tenantNote(domain: string, known: { domainType: DomainType; tenantName: string | null }): TenantNote | null {
  if (known.domainType === 'managed' || known.domainType === 'federated') return { code: 'organisation', domain, tenant: known.tenantName ?? domain };
  if (known.domainType === 'unmanaged') return { code: 'unmanaged', domain };
  return null;
}

export interface LookupAuditEvent {
  at: string;
  addressHash: string;
  requesterId?: string;
  verdict: Verdict;
  /** 'network': this lookup made the request; 'cache': answered by the cache or by an identical request in flight. */
  sources: Array<{ source: SignalSource; from: 'network' | 'cache' }>;
  durationMs: number;
}

/** Where lookups are audited, with the address hashed under the deployment's key (auditHash.ts). */
export interface LookupAudit {
  hashKey: string;
  record: (event: LookupAuditEvent) => void;
}

export interface DiagnosisServiceOptions {
  entra: EntraSignals;
  cache: KeyValueStore;
  cacheTtlSeconds: number;
  audit?: LookupAudit;
  now?: () => Date;
}

export interface DiagnoseManyOptions {
  concurrency: number;
  requesterId?: string;
  onProgress?: (done: number, total: number, latest: Diagnosis) => void;
}

type Sources = LookupAuditEvent['sources'];

async function settle<T>(lookup: () => Promise<Signal<T>>): Promise<Signal<T>> {
  try {
    return await lookup();
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Diagnoses addresses. Request economy: credential type is per address (N); the realm's
 * domain-level fields and the tenant id are cached per domain (2·D). The realm is asked
 * per address only where credential type cannot reveal personal accounts: federated
 * domains, and domains answering "exists" for anything while throttled (see decideVerdict). A domain with work accounts that is not federated costs one
 * control lookup more, cached for a few minutes. So N addresses over D domains cost about
 * N + 3·D requests at most.
 */
export class DiagnosisService {
  private readonly cache: TtlCache;
  private readonly now: () => Date;

  constructor(private readonly opts: DiagnosisServiceOptions) {
    this.now = opts.now ?? (() => new Date());
    this.cache = new TtlCache(opts.cache, opts.cacheTtlSeconds, this.now);
  }

  /** `fresh`: the domain's answers are asked of Microsoft again (and cached anew), so a takeover since shows at once. */
  async diagnose(input: string, opts: { requesterId?: string; fresh?: boolean } = {}): Promise<Diagnosis> {
    const started = performance.now();
    const sources: Sources = [];
    const parsed = parseAddress(input);
    const trimmed = input.trim();
    const diagnosis: Diagnosis = parsed.ok
      ? { input: trimmed, address: parsed.address, domain: parsed.domain, ...(await this.lookUp(parsed, sources, opts.fresh === true)), checkedAt: this.now().toISOString() }
      : {
          input: trimmed,
          address: trimmed,
          domain: null,
          verdict: 'invalid-address',
          domainType: 'unknown',
          tenantId: null,
          tenantName: null,
          workAccount: null,
          personalAccount: null,
          addressConfirmed: false,
          reason: { code: 'invalid-address', problem: parsed.problem },
          next: VERDICT_TABLE['invalid-address'].next,
          checkedAt: this.now().toISOString(),
        };
    const { audit } = this.opts;
    if (audit) {
      this.record(audit, {
        at: diagnosis.checkedAt,
        addressHash: hashAddress(diagnosis.address, audit.hashKey),
        requesterId: opts.requesterId,
        verdict: diagnosis.verdict,
        sources,
        durationMs: Math.round(performance.now() - started),
      });
    }
    return diagnosis;
  }

  /** Answers in input order; at most `concurrency` diagnoses run at once. */
  async diagnoseMany(inputs: readonly string[], opts: DiagnoseManyOptions): Promise<Diagnosis[]> {
    const results = new Array<Diagnosis>(inputs.length);
    let next = 0;
    let done = 0;
    const worker = async (): Promise<void> => {
      while (next < inputs.length) {
        const index = next++;
        results[index] = await this.diagnose(inputs[index], { requesterId: opts.requesterId });
        done++;
        opts.onProgress?.(done, inputs.length, results[index]);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency, inputs.length)) }, worker));
    return results;
  }

  private async lookUp(target: ValidAddress, sources: Sources, fresh: boolean): Promise<Outcome> {
    const address = lookupAddress(target);
    const [credential, { realm, microsoftAccount }, tenant] = await Promise.all([
      this.credential(address, sources),
      this.domainRealm(target, sources, fresh),
      this.tenant(target.asciiDomain, sources, fresh),
    ]);
    let ownMicrosoftAccount = microsoftAccount;
    const work = credential.ok && (credential.value.ifExistsResult === 0 || credential.value.ifExistsResult === 6);
    const federated = realm.ok && realm.value.namespaceType === 'Federated';
    // A federated domain answers "exists" for everything anyway: asking a made-up address there tells nothing.
    const control = work && realm.ok && realm.value.namespaceType === 'Managed' ? await this.control(target, sources) : undefined;
    const throttled = control !== undefined && controlProblem(control) !== null;
    // A 0 that cannot be told from a 6: only the realm's own answer for this address can say whether a personal account uses it.
    if (work && (federated || throttled) && credential.value.ifExistsResult === 0 && ownMicrosoftAccount === undefined) {
      sources.push({ source: 'user-realm', from: 'network' });
      ownMicrosoftAccount = toMicrosoftAccount(await settle(() => this.opts.entra.userRealm(address)));
    }
    return decideVerdict(target, { credential, control, realm, tenant, microsoftAccount: ownMicrosoftAccount });
  }

  /**
   * Credential type for a made-up address at the domain (see shared/reference/entra-endpoints.md §2):
   * 1 shows that the domain's "exists" answers are real; 0 that the endpoint answers "exists" for
   * anything just now. Cached per domain for a few minutes, in the same domain cache as the realm.
   */
  private async control(target: ValidAddress, sources: Sources): Promise<Signal<CredentialAnswer>> {
    const fetched = { fromNetwork: false };
    const control = await this.cache.getOrLoad<Signal<CredentialAnswer>>(
      STORE_KEYS.entraControl(target.asciiDomain),
      () => {
        fetched.fromNetwork = true;
        return settle(() => this.opts.entra.credentialType(`nobody-${randomUUID()}@${target.asciiDomain}`));
      },
      (signal) => signal.ok,
      CONTROL_TTL_SECONDS,
    );
    sources.push({ source: 'credential-type', from: fetched.fromNetwork ? 'network' : 'cache' });
    return control;
  }

  private async credential(address: string, sources: Sources): Promise<Signal<CredentialAnswer>> {
    sources.push({ source: 'credential-type', from: 'network' });
    return settle(() => this.opts.entra.credentialType(address));
  }

  /** The domain's realm, cached; when this call fetched it, also this address's MicrosoftAccount. */
  private async domainRealm(target: ValidAddress, sources: Sources, fresh: boolean): Promise<{ realm: Signal<DomainRealm>; microsoftAccount?: Signal<boolean | null> }> {
    const fetched: { answer?: Signal<RealmAnswer> } = {};
    const realm = await this.cache.getOrLoad<Signal<DomainRealm>>(
      STORE_KEYS.entraRealm(target.asciiDomain),
      async () => {
        const answer = await settle(() => this.opts.entra.userRealm(lookupAddress(target)));
        fetched.answer = answer;
        if (!answer.ok) return answer;
        const { namespaceType, isViral, brandName } = answer.value;
        return { ok: true, value: { namespaceType, isViral, brandName } };
      },
      (signal) => signal.ok,
      undefined,
      fresh,
    );
    sources.push({ source: 'user-realm', from: fetched.answer ? 'network' : 'cache' });
    return { realm, microsoftAccount: fetched.answer && toMicrosoftAccount(fetched.answer) };
  }

  private async tenant(asciiDomain: string, sources: Sources, fresh: boolean): Promise<Signal<TenantAnswer>> {
    const fetched = { fromNetwork: false };
    const tenant = await this.cache.getOrLoad<Signal<TenantAnswer>>(
      STORE_KEYS.entraTenant(asciiDomain),
      () => {
        fetched.fromNetwork = true;
        return settle(() => this.opts.entra.tenant(asciiDomain));
      },
      (signal) => signal.ok,
      undefined,
      fresh,
    );
    sources.push({ source: 'openid-configuration', from: fetched.fromNetwork ? 'network' : 'cache' });
    return tenant;
  }

  /** A broken audit sink must not turn an answered lookup into an error for the person asking. */
  private record(audit: LookupAudit, event: LookupAuditEvent): void {
    try {
      audit.record(event);
    } catch {
      return;
    }
  }
}

function toMicrosoftAccount(answer: Signal<RealmAnswer>): Signal<boolean | null> {
  return answer.ok ? { ok: true, value: answer.value.microsoftAccount } : answer;
}
