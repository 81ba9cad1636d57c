import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { Diagnosis } from '../../domain/types';
import type { RequesterIdentity } from '../../domain/cases/caseRecords';
import { TEXT } from '../../text/en';
import { renderCard } from '../cards/render';
import type { BotServices } from '../services';
import { verdictCard } from './verdictCard';

/**
 * Diagnoses an address for a person in chat: typing indicator, per-person and per-tenant
 * rate limits (the lookup reveals whether accounts exist), the diagnosis, its record on the
 * person's case, and the result card. Returns the diagnosis, or undefined when the
 * person was rate-limited.
 */
export async function diagnoseAndReply(
  context: TurnContext,
  services: BotServices,
  requester: RequesterIdentity,
  address: string,
): Promise<Diagnosis | undefined> {
  // The typing indicator goes out while the lookup runs; it is awaited before the answer
  // so the two arrive in order.
  const typing = context.sendActivity({ type: ActivityTypes.Typing });
  typing.catch(() => undefined); // handled where it is awaited, not as an unhandled rejection meanwhile
  const allowance = await services.lookupLimiter.take(requester.tenantId, requester.aadObjectId);
  if (!allowance.allowed) {
    await typing;
    const minutes = Math.max(1, Math.ceil(allowance.retryAfterSeconds / 60));
    await context.sendActivity(allowance.refusedBy === 'tenant' ? TEXT.account.tenantRateLimited(minutes) : TEXT.account.rateLimited(minutes));
    return undefined;
  }
  const diagnosis = await services.diagnosis.diagnose(address, { requesterId: requester.aadObjectId });
  if (diagnosis.verdict !== 'invalid-address') await services.records.record(requester, diagnosis);
  await typing;
  await context.sendActivity({
    attachments: [renderCard('guide', verdictCard(diagnosis, { upn: requester.upn, tenantId: requester.tenantId }))],
  });
  return diagnosis;
}
