import type { CaseRepository } from '../../../domain/stores/ports';
import type { Logger } from '../../../log';
import type { CaseDelivery } from './delivery';
import { deliverAndTell } from './reach';
import type { ExportLinks } from '../../../domain/stores/exportLinks';
import { startRounds } from '../../kit/rounds';

export interface CaseLoopDeps {
  cases: CaseRepository;
  delivery: CaseDelivery;
  log: Logger;
  reminderAfterMs: number;
  /** Elects one instance when several share the state (true: this one runs the pass). */
  isLeader: () => Promise<boolean>;
  /** CSV export links, whose expired exports the pass deletes. */
  exports?: Pick<ExportLinks, 'sweepExpired'>;
}

/** Cases looked at per pass and kind of work, so one pass stays short however large the backlog. */
const PASS_LIMIT = 50;

/**
 * The background pass over cases: posts that failed are tried again, cases nobody could
 * receive are re-targeted (a channel routed, an admin who installed the bot since), so no
 * case stays orphaned; and cases left unassigned too long are brought up again in their
 * channel thread, once.
 */
export async function runCasePass({ cases, delivery, log, reminderAfterMs, isLeader, exports }: CaseLoopDeps, now = new Date()): Promise<{ reposted: number; rerouted: number; reminded: number }> {
  // One instance at a time, so a card is not reposted twice nor a reminder sent twice.
  if (!(await isLeader())) return { reposted: 0, rerouted: 0, reminded: 0 };
  await exports?.sweepExpired(now);
  let reposted = 0;
  for (const outbox of await cases.listDueOutboxes(now, PASS_LIMIT)) {
    const c = await cases.get(outbox.tenantId, outbox.caseId);
    if (c && (await deliverAndTell({ cases, delivery }, c, now))) reposted += 1;
  }
  let rerouted = 0;
  for (const { case: c } of await cases.listUnrouted({ limit: PASS_LIMIT })) {
    if (await deliverAndTell({ cases, delivery }, c, now)) rerouted += 1;
  }
  let reminded = 0;
  for (const c of await cases.listToRemind(reminderAfterMs, now)) {
    const marked = await cases.markReminded(c.tenantId, c.id, now);
    if (!marked) continue;
    const waited = Math.max(1, Math.floor((now.getTime() - Date.parse(c.createdAt)) / 60_000));
    await delivery.auditLine(marked, (words) => words.cases.reminder(c.id, waited));
    reminded += 1;
  }
  if (reposted || rerouted || reminded) log.info({ reposted, rerouted, reminded }, 'case pass');
  return { reposted, rerouted, reminded };
}

/** Runs the pass every `intervalMs` after the last one ended; returns the stop. */
export function startCaseLoop(deps: CaseLoopDeps, intervalMs: number): () => Promise<void> {
  return startRounds(intervalMs, () => runCasePass(deps), (error) => deps.log.error({ err: error }, 'case pass failed'));
}
