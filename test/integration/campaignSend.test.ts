import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCampaignSend } from '../../bench/campaignSend';

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop() as string, { recursive: true, force: true });
});

/**
 * The campaign bench's quality bar at test size (bench/campaignSend.ts): the real worker
 * process over a SQLite file, the connector fake on 127.0.0.1 (port 0) answering 429 above
 * Teams' limits, the worker SIGKILLed twice mid-send and started again. The connector
 * keeps no idempotency keys, as Teams: a kill between a card's arrival and its record
 * leaves it in doubt, and resending it (rather than risk losing it) can make a second card.
 * So the guarantee asserted is the real one: nobody reachable is lost, nobody unreachable
 * is sent to, storage agrees, and every repeat is a card resent in doubt after a kill.
 */
describe('campaign send across two SIGKILLs', () => {
  it('sends every reachable person of 300 a card, loses nobody, and repeats only cards in doubt at a kill', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vlsa-campaign-send-'));
    dirs.push(dir);
    const r = await runCampaignSend({ people: 300, domains: 30, unreachableEvery: 10, killAt: [1 / 3, 2 / 3], killJitterMs: 200, dir });

    expect(r.reachable).toBe(270);
    expect(r.workers.map((w) => w.killed)).toEqual([true, true, false]);
    expect(r.distinct).toBe(270);
    expect(r.losses).toBe(0);
    expect(r.strays).toBe(0);
    expect(r.stored).toEqual({ sent: 270, pending: 0, failed: 0, notReachable: 30, total: 300 });
    expect(r.unexplainedDuplicates).toBe(0);
    expect(r.duplicates).toBeLessThanOrEqual(r.inDoubtResends);
    expect(r.total).toBe(r.distinct + r.duplicates);
  }, 120_000);
});
