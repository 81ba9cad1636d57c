import { performance } from 'node:perf_hooks';
import { createDiagnosisService } from '../src/clients/entra';
import { readConfig } from '../src/config';
import { MemoryStore } from '../src/storage/memoryStore';
import { startEntraFake, type FakeDomain } from '../test/fakes/entraFake';

const ADDRESSES = 10_000;
const DOMAINS = 300;
const LATENCY_MS = 25;
/** Addresses in flight; HTTP requests to the one (fake) host are capped at PER_HOST. */
const CONCURRENCY = 64;
const PER_HOST = 32;

/** One in ten domains federated, one in ten unmanaged, one in ten without a tenant, the rest managed. */
function kindOf(domainIndex: number): FakeDomain['kind'] {
  return (['federated', 'unmanaged', 'none'] as const)[domainIndex % 10] ?? 'managed';
}

function domainFor(index: number): FakeDomain {
  const locals = Array.from({ length: Math.ceil(ADDRESSES / DOMAINS) }, (_, i) => `user${i}`);
  return {
    kind: kindOf(index),
    work: locals.filter((_, i) => i % 4 !== 3),
    personal: locals.filter((_, i) => i % 7 === 0),
  };
}

/**
 * Bulk triage of 10,000 addresses over 300 domains against the Entra fake answering
 * every request after 25 ms: requests made against the N + 2·D target (plus one control
 * lookup per managed or unmanaged domain, which tells real "exists" answers from throttled
 * ones), wall time, throughput and peak RSS (of this process, fake included).
 */
export async function benchTriage(): Promise<{ name: string; rows: Array<Record<string, string | number>> }> {
  const fake = await startEntraFake({ latencyMs: LATENCY_MS });
  try {
    const domains = Array.from({ length: DOMAINS }, (_, i) => `org${i}.example`);
    domains.forEach((domain, i) => fake.addDomain(domain, domainFor(i)));
    const inputs = Array.from({ length: ADDRESSES }, (_, i) => `user${Math.floor(i / DOMAINS)}@${domains[i % DOMAINS]}`);
    const federatedAddresses = inputs.filter((_, i) => kindOf(i % DOMAINS) === 'federated').length;
    const federatedDomains = domains.filter((_, i) => kindOf(i) === 'federated').length;
    const controlledDomains = domains.filter((_, i) => kindOf(i) === 'managed' || kindOf(i) === 'unmanaged').length;

    const config = readConfig({ ENTRA_LOGIN_URL: fake.url, LOOKUP_CONCURRENCY: String(PER_HOST) }, process.cwd());
    const service = createDiagnosisService(config, new MemoryStore());
    const started = performance.now();
    const results = await service.diagnoseMany(inputs, { concurrency: CONCURRENCY });
    const seconds = (performance.now() - started) / 1000;

    const failed = results.filter((d) => d.verdict === 'lookup-failed').length;
    const target = ADDRESSES + 2 * DOMAINS;
    const row = (metric: string, value: string | number) => ({ metric, value });
    return {
      name: `triage: ${ADDRESSES} addresses over ${DOMAINS} domains, ${LATENCY_MS} ms per request, ${CONCURRENCY} addresses / ${PER_HOST} requests in flight`,
      rows: [
        row('requests made', fake.requests.total),
        row('credential type / realm / openid', `${fake.requests.credentialType} / ${fake.requests.realm} / ${fake.requests.openid}`),
        row('target N + 2·D', target),
        row('expected incl. per-address realm for federated and one control lookup per managed or unmanaged domain', target + federatedAddresses - federatedDomains + controlledDomains),
        row('naive 3·N', 3 * ADDRESSES),
        row('lookup-failed', failed),
        row('wall time (s)', Number(seconds.toFixed(2))),
        row('addresses/s', Math.round(ADDRESSES / seconds)),
        row('peak RSS (MB)', Math.round(process.resourceUsage().maxRSS / 1024)),
      ],
    };
  } finally {
    await fake.close();
  }
}
