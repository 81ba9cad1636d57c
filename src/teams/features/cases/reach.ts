import type { Case, CaseOutbox } from '../../../domain/cases/case';
import type { Catalog } from '../../../text/catalog';
import type { CasesDeps } from '.';
import type { Reach } from './delivery';

/** The places a case reached, as the requester reads them ("the help desk in … and your admin …"). */
export function whereText(words: Catalog, reach: Reach): string {
  const C = words.cases;
  return [
    ...(reach.channel !== undefined ? [C.where.channel(reach.channel)] : []),
    ...(reach.admins.length ? [C.where.admins(reach.admins)] : []),
  ].join(C.where.and);
}

/**
 * Delivers what the case still needs (re-targeting it: a channel routed or an admin who
 * installed the bot since), and tells the requester when this is the first time the case
 * reached anyone, so a requester told "nobody can receive it yet" hears when it arrives.
 * `now` far ahead posts every pending card at once ("repost"). Returns whether anything was attempted.
 */
export async function deliverAndTell(deps: Pick<CasesDeps, 'delivery' | 'cases'>, c: Case, now?: Date): Promise<boolean> {
  const before: CaseOutbox | undefined = await deps.cases.getOutbox(c.tenantId, c.id);
  if (!before) return false;
  const targets = await deps.delivery.targetsFor(c, before);
  const at = now ?? new Date();
  if (!targets.length && !before.pending.some((p) => p.nextAttemptAt <= at.toISOString())) return false;
  await deps.delivery.queue(c, targets);
  const after = await deps.delivery.deliverPending(c, at);
  if (after && before.cards.length === 0 && after.cards.length > 0) {
    const reach = await deps.delivery.reachOf(c, after);
    await deps.delivery.toRequester(c, (words) => ({ text: words.cases.reachedLater(c.id, whereText(words, reach)) }));
  }
  return true;
}
