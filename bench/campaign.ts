import { runCampaignSend } from './campaignSend';
import { progress } from './progress';
import type { Row, Section } from './report';
import { tempDir, track } from './serverProcess';
import { atMost, mark, ratio, round } from './stats';

/** Issue 19's quality bar: the campaign's send takes at most this many times the least the tenant limit allows. */
const TIME = atMost(1.15, '≤ 1.15×');
const NONE = atMost(0, '0');
const SIZES = {
  full: { people: 10_000, domains: 300 },
  quick: { people: 2_000, domains: 60 },
};
/** One person in ten has not installed the bot and cannot be given it: not reachable in Teams. */
const UNREACHABLE_EVERY = 10;
const KILL_AT = [1 / 3, 2 / 3];
const KILL_JITTER_MS = 1_000;

/**
 * A campaign's send end to end on one machine: the send job in a child process over a
 * SQLite file, the connector fake on loopback answering 429 above Teams' limits on its
 * own count, the child SIGKILLed twice and started again (bench/campaignSend.ts).
 */
export async function benchCampaign(opts: { quick: boolean }): Promise<Section> {
  const { people, domains } = opts.quick ? SIZES.quick : SIZES.full;
  const r = await runCampaignSend({ people, domains, unreachableEvery: UNREACHABLE_EVERY, killAt: KILL_AT, killJitterMs: KILL_JITTER_MS, dir: tempDir('campaign'), onChild: track, onProgress: progress });
  const timeRatio = ratio(r.elapsedMs, r.minimumMs);
  const peak = Math.max(...r.workers.map((w) => w.peakRssMb));
  const rows: Row[] = [
    { metric: 'recipients', value: r.recipients },
    { metric: 'reachable', value: r.reachable },
    { metric: 'stored at the end: sent / not reachable / failed / pending', value: `${r.stored.sent} / ${r.stored.notReachable} / ${r.stored.failed} / ${r.stored.pending}` },
    { metric: 'cards received by the fake, distinct people', value: r.distinct },
    { metric: 'cards received by the fake, total', value: r.total },
    { metric: 'duplicates (total − distinct)', value: r.duplicates, goal: NONE.label, mark: mark(r.duplicates, NONE) },
    { metric: 'losses (reachable people with no card)', value: r.losses, goal: NONE.label, mark: mark(r.losses, NONE) },
    { metric: 'cards to people not reachable', value: r.strays, goal: NONE.label, mark: mark(r.strays, NONE) },
    { metric: 'cards resent in doubt after a kill', value: r.inDoubtResends },
    { metric: '429s seen', value: r.refused },
    { metric: 'total time: first worker started to last worker done (s)', value: round(r.elapsedMs / 1000, 1) },
    { metric: 'first to last card at the connector (s)', value: round(r.cardsSpanMs / 1000, 1) },
    { metric: `minimum at 50 requests/s for ${r.reachable.toLocaleString('en-US')} cards (s)`, value: round(r.minimumMs / 1000, 1) },
    { metric: 'ratio total ÷ minimum', value: round(timeRatio, 3), goal: TIME.label, mark: mark(timeRatio, TIME) },
    ...r.workers.map((w, i) => ({ metric: `peak RSS of worker ${i + 1}${w.killed ? ' (SIGKILLed)' : ''} (MB)`, value: round(w.peakRssMb, 0) })),
    { metric: 'peak RSS, highest worker (MB)', value: round(peak, 0) },
  ];
  return {
    name: `campaign: ${people.toLocaleString('en-US')} addresses over ${domains} domains, 1 in ${UNREACHABLE_EVERY} not reachable, the send job SIGKILLed twice and restarted, against a connector fake answering 429 above Teams' limits`,
    rows,
  };
}
