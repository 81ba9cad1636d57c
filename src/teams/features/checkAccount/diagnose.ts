import { ActivityTypes, type TurnContext } from 'botbuilder';
import { sameTenant } from '../../../domain/tenant';
import type { Diagnosis } from '../../../domain/types';
import type { DiagnosisRecords } from '../../../domain/stores/diagnosisRecords';
import type { Requester } from '../../../domain/requester';
import type { AdminDirectory } from '../../../domain/admins';
import type { DiagnosisService } from '../../../domain/diagnosis';
import type { LookupBudget } from '../../../domain/rateLimit';
import { renderCard } from '../../kit/cards/render';
import type { AdminLookup } from '../../kit/adminLookup';
import { wordsOf } from '../../kit/language';
import { scopeOf } from '../../kit/scope';
import type { WatchList } from '../../../domain/watch/recheck';
import { verdictMeaning } from '../../../domain/verdicts';
import { verdictCard, type WatchOffer } from './verdictCard';

export interface DiagnoseDeps {
  diagnosis: DiagnosisService;
  /** Account lookups from chat, per person and per tenant (LOOKUP_USER_LIMIT_PER_HOUR, LOOKUP_TENANT_LIMIT_PER_HOUR). */
  lookupLimiter: LookupBudget;
  records: DiagnosisRecords;
  /** Microsoft Graph, or null when GRAPH_AUTH=none: only the tenant it reads can name admins. */
  directory: Pick<AdminDirectory, 'tenantId'> | null;
  lookupAdmins: AdminLookup;
  /** Whether the person already watches the address: their card then says so instead of offering it. */
  watches: Pick<WatchList, 'isWatching'>;
}

/** "Tell me when it's fixed" is offered in the person's own 1:1 chat only, where the notice will come. */
async function watchOffer(context: TurnContext, deps: DiagnoseDeps, requester: Requester, diagnosis: Diagnosis): Promise<WatchOffer> {
  if (scopeOf(context) !== 'personal' || !requester.tenantId || !verdictMeaning(diagnosis.verdict).watchable) return 'none';
  return (await deps.watches.isWatching(requester.tenantId, requester.aadObjectId, diagnosis.address)) ? 'on' : 'offer';
}

/**
 * Diagnoses an address for a person in chat: typing indicator, per-person and per-tenant
 * rate limits (the lookup reveals whether accounts exist), the diagnosis, its record on the
 * person's case, and the result card. Returns the diagnosis, or undefined when the
 * person was rate-limited.
 */
export async function diagnoseAndReply(
  context: TurnContext,
  deps: DiagnoseDeps,
  requester: Requester,
  address: string,
): Promise<Diagnosis | undefined> {
  // The typing indicator goes out while the lookup runs; it is awaited before the answer
  // so the two arrive in order.
  const typing = context.sendActivity({ type: ActivityTypes.Typing });
  typing.catch(() => undefined); // handled where it is awaited, not as an unhandled rejection meanwhile
  const words = wordsOf(context);
  const allowance = await deps.lookupLimiter.take(requester.tenantId, requester.aadObjectId);
  if (!allowance.allowed) {
    await typing;
    const minutes = Math.max(1, Math.ceil(allowance.retryAfterSeconds / 60));
    await context.sendActivity(allowance.refusedBy === 'tenant' ? words.account.tenantRateLimited(minutes) : words.account.rateLimited(minutes));
    return undefined;
  }
  const diagnosis = await deps.diagnosis.diagnose(address, { requesterId: requester.aadObjectId });
  if (diagnosis.verdict !== 'invalid-address') await deps.records.record(requester, diagnosis);
  const domainAdmins = await domainAdminNames(deps, diagnosis);
  const watch = await watchOffer(context, deps, requester, diagnosis);
  await typing;
  await context.sendActivity({
    attachments: [renderCard('guide', verdictCard(words, diagnosis, requester, domainAdmins, watch))],
  });
  return diagnosis;
}

/**
 * A personal account at a domain whose organisation has a tenant: the admins of that tenant can
 * create a work account, so the card names them when Graph can list them (only the tenant the
 * bot's app reads; any other gives no names, and the card says how to find them).
 */
async function domainAdminNames(deps: DiagnoseDeps, diagnosis: Diagnosis): Promise<string[]> {
  const { directory } = deps;
  const tenantId = diagnosis.tenantId;
  if (diagnosis.verdict !== 'personal-account' || !directory || !sameTenant(tenantId, directory.tenantId)) return [];
  if (diagnosis.domainType !== 'managed' && diagnosis.domainType !== 'federated') return [];
  const result = await deps.lookupAdmins({ tenantId });
  return result.kind === 'found' ? result.admins.slice(0, 3).map((admin) => admin.displayName) : [];
}
