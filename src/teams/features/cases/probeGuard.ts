import type { Catalog } from '../../../text/catalog';
import type { CasesDeps } from '.';
import type { CaseCaller } from './access';

/**
 * Case look-ups and case invokes are counted per person (CASE_LOOKUP_LIMIT_PER_MINUTE),
 * so case ids cannot be probed at speed. Returns the polite refusal, or undefined when
 * the look-up may go ahead.
 */
export async function probeRefusal(words: Catalog, deps: CasesDeps, caller: CaseCaller): Promise<string | undefined> {
  const decision = await deps.caseProbeLimiter.take(caller.tenantId, caller.id);
  return decision.allowed ? undefined : words.cases.slowDown(decision.retryAfterSeconds);
}
