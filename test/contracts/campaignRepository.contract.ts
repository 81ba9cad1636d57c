import { describe, expect, it } from 'vitest';
import { applyCampaignAction, newCampaign, type Campaign, type CampaignAction, type NewRecipient } from '../../src/domain/campaigns/campaign';
import { CampaignConflict, CampaignIdTaken, CampaignNotFound, type CampaignRepository, type RecipientDelivery } from '../../src/domain/stores/ports';
import { diagnosisFor } from '../helpers/diagnosis';

export const T0 = new Date('2026-03-02T09:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const OWNER = { aadObjectId: 'aad-admin', name: 'Adele Admin' };
const INSTANCE = { instanceId: 'instance-a', runId: 'run-2' };

export const people = (count: number, domain = 'contoso.com'): NewRecipient[] => Array.from({ length: count }, (_, i) => ({ address: `user${i}@${domain}` }));

export function sampleCampaign(overrides: Partial<Campaign> & { recipientCount: number }): Campaign {
  return { ...newCampaign({ tenantId: 'tenant-a', id: 'CP-AAAAAAAA', owner: OWNER, note: 'Please check your VLSC sign-in.', ...overrides }, T0), ...overrides };
}

const claimBy = (instanceId: string, runId: string, attempts: number, claimedAt: Date): RecipientDelivery => ({
  delivery: 'sending',
  attempts,
  nextAttemptAt: T0.toISOString(),
  claim: { instanceId, runId, at: claimedAt.toISOString() },
});

/** What every campaign store promises, run against each backend: `make` gives a fresh, empty store. */
export function runCampaignRepositoryContract(name: string, make: () => Promise<CampaignRepository>): void {
  describe(`${name} keeps the campaign repository contract`, () => {
    it('stores a campaign with its list, and reads it only in its own tenant', async () => {
      const repo = await make();
      const stored = await repo.create(sampleCampaign({ recipientCount: 3 }), [{ address: 'ann@contoso.com', upn: 'ann.lee@contoso.com' }, ...people(2)]);
      expect(stored.version).toBe(1);
      // The same id in another tenant is another campaign.
      await repo.create(sampleCampaign({ tenantId: 'tenant-b', recipientCount: 1, note: 'B' }), people(1, 'fabrikam.com'));
      expect(await repo.get('tenant-a', 'CP-AAAAAAAA')).toEqual(stored);
      expect((await repo.get('tenant-b', 'CP-AAAAAAAA'))?.note).toBe('B');
      expect(await repo.get('tenant-c', 'CP-AAAAAAAA')).toBeUndefined();
      const list = await repo.recipients('tenant-a', 'CP-AAAAAAAA', { from: 0, limit: 10 });
      expect(list.map((r) => [r.index, r.address, r.upn, r.delivery, r.attempts])).toEqual([
        [0, 'ann@contoso.com', 'ann.lee@contoso.com', 'pending', 0],
        [1, 'user0@contoso.com', undefined, 'pending', 0],
        [2, 'user1@contoso.com', undefined, 'pending', 0],
      ]);
      expect((await repo.recipients('tenant-a', 'CP-AAAAAAAA', { from: 1, limit: 1 })).map((r) => r.index)).toEqual([1]);
      expect(await repo.recipients('tenant-c', 'CP-AAAAAAAA', { from: 0, limit: 10 })).toEqual([]);
      await expect(repo.create(sampleCampaign({ recipientCount: 1 }), people(1))).rejects.toBeInstanceOf(CampaignIdTaken);
    });

    it('lists a tenant’s campaigns newest first, and the sending ones of every tenant oldest first', async () => {
      const repo = await make();
      const older = await repo.create(sampleCampaign({ id: 'CP-OLDER000', recipientCount: 1 }), people(1));
      const newer = await repo.create({ ...sampleCampaign({ id: 'CP-NEWER000', recipientCount: 1 }), createdAt: at(60_000).toISOString() }, people(1));
      const other = await repo.create({ ...sampleCampaign({ tenantId: 'tenant-b', id: 'CP-OTHER000', recipientCount: 1 }), createdAt: at(30_000).toISOString() }, people(1));
      expect((await repo.listByTenant('tenant-a')).map((c) => c.id)).toEqual(['CP-NEWER000', 'CP-OLDER000']);
      expect((await repo.listByTenant('tenant-a', 1)).map((c) => c.id)).toEqual(['CP-NEWER000']);
      expect(await repo.listSending()).toEqual([]);
      const sending = async (c: Campaign) => {
        const previewed = await repo.save(applyCampaignAction(c, 'previewed', T0) as Campaign, c.version);
        return repo.save(applyCampaignAction(previewed, 'send', T0) as Campaign, previewed.version);
      };
      await sending(newer);
      await sending(other);
      expect((await repo.listSending()).map((c) => [c.tenantId, c.id])).toEqual([
        ['tenant-b', 'CP-OTHER000'],
        ['tenant-a', 'CP-NEWER000'],
      ]);
      expect((await repo.get('tenant-a', older.id))?.state).toBe('draft');
    });

    it('lists the campaigns followed up (sending, done, cancelled; not draft, previewed or closed) of every tenant, oldest first', async () => {
      const repo = await make();
      const make1 = (tenantId: string, id: string, minute: number) => repo.create({ ...sampleCampaign({ tenantId, id, recipientCount: 1 }), createdAt: at(minute * 60_000).toISOString() }, people(1));
      const step = async (c: Campaign, ...actions: CampaignAction[]) => {
        for (const action of actions) c = await repo.save(applyCampaignAction(c, action, T0) as Campaign, c.version);
        return c;
      };
      await make1('tenant-a', 'CP-DRAFT000', 0);
      await step(await make1('tenant-a', 'CP-PREVIEW0', 1), 'previewed');
      const done = await step(await make1('tenant-b', 'CP-DONE0000', 2), 'previewed', 'send', 'finish');
      await step(await make1('tenant-a', 'CP-CLOSED00', 3), 'previewed', 'send', 'finish', 'close');
      const sending = await step(await make1('tenant-a', 'CP-SENDING0', 4), 'previewed', 'send');
      const cancelled = await step(await make1('tenant-c', 'CP-CANCEL00', 5), 'previewed', 'send', 'cancel');
      expect((await repo.listFollowedUp()).map((c) => [c.tenantId, c.id, c.state])).toEqual([
        ['tenant-b', 'CP-DONE0000', 'done'],
        ['tenant-a', 'CP-SENDING0', 'sending'],
        ['tenant-c', 'CP-CANCEL00', 'cancelled'],
      ]);
      expect(await repo.listFollowedUp(2)).toEqual([done, sending]);
      expect((await repo.listFollowedUp())[2]).toEqual(cancelled);
      expect(cancelled.sentAt).toBe(T0.toISOString());
    });

    it('saves a campaign only over the version it read', async () => {
      const repo = await make();
      const c = await repo.create(sampleCampaign({ recipientCount: 1 }), people(1));
      const won = await repo.save(applyCampaignAction(c, 'cancel', at(1)) as Campaign, 1);
      expect(won).toMatchObject({ version: 2, state: 'cancelled' });
      const lost = await repo.save(applyCampaignAction(c, 'previewed', at(2)) as Campaign, 1).catch((e: unknown) => e);
      expect(lost).toBeInstanceOf(CampaignConflict);
      expect((lost as CampaignConflict).current).toEqual(won);
      await expect(repo.save({ ...c, id: 'CP-MISSING0' }, 1)).rejects.toBeInstanceOf(CampaignNotFound);
    });

    it('keeps each address’s latest check beside its delivery', async () => {
      const repo = await make();
      await repo.create(sampleCampaign({ recipientCount: 2 }), people(2));
      const diagnosis = diagnosisFor('takeover-needed', 'user1@contoso.com');
      await repo.recordDiagnoses('tenant-a', 'CP-AAAAAAAA', [{ index: 1, diagnosis }]);
      const [first, second] = await repo.recipients('tenant-a', 'CP-AAAAAAAA', { from: 0, limit: 2 });
      expect(first.diagnosis).toBeUndefined();
      expect(second).toMatchObject({ diagnosis, delivery: 'pending' });
    });

    it('moves a delivery only from the state and attempt the writer read: of two claims, one wins', async () => {
      const repo = await make();
      await repo.create(sampleCampaign({ recipientCount: 1 }), people(1));
      const pending = { delivery: 'pending' as const, attempts: 0 };
      const claims = await Promise.all([
        repo.updateDelivery('tenant-a', 'CP-AAAAAAAA', 0, pending, claimBy('instance-a', 'run-1', 1, T0)),
        repo.updateDelivery('tenant-a', 'CP-AAAAAAAA', 0, pending, claimBy('instance-b', 'run-9', 1, T0)),
      ]);
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect(await repo.updateDelivery('tenant-b', 'CP-AAAAAAAA', 0, { delivery: 'sending', attempts: 1 }, { delivery: 'sent', attempts: 1, nextAttemptAt: T0.toISOString() })).toBe(false);
      const sent: RecipientDelivery = { delivery: 'sent', attempts: 1, nextAttemptAt: T0.toISOString(), sentAt: at(5).toISOString() };
      expect(await repo.updateDelivery('tenant-a', 'CP-AAAAAAAA', 0, { delivery: 'sending', attempts: 1 }, sent)).toBe(true);
      expect(await repo.updateDelivery('tenant-a', 'CP-AAAAAAAA', 0, { delivery: 'sending', attempts: 1 }, sent)).toBe(false);
      const [stored] = await repo.recipients('tenant-a', 'CP-AAAAAAAA', { from: 0, limit: 1 });
      expect(stored).toMatchObject({ delivery: 'sent', attempts: 1, sentAt: at(5).toISOString() });
      expect(stored.claim).toBeUndefined();
    });

    it('lists as due the pending recipients whose time has come and the claims left by gone runs, and counts every state', async () => {
      const repo = await make();
      await repo.create(sampleCampaign({ recipientCount: 6 }), people(6));
      const move = (index: number, from: { delivery: 'pending'; attempts: number }, next: RecipientDelivery) => repo.updateDelivery('tenant-a', 'CP-AAAAAAAA', index, from, next);
      const fresh = { delivery: 'pending' as const, attempts: 0 };
      await move(0, fresh, { delivery: 'sent', attempts: 1, nextAttemptAt: T0.toISOString() });
      await move(1, fresh, { delivery: 'pending', attempts: 1, nextAttemptAt: at(10_000).toISOString(), lastError: 'status-429' });
      await move(2, fresh, claimBy('instance-b', 'run-1', 1, at(-300_000)));
      await move(3, fresh, claimBy('instance-b', 'run-1', 1, at(-1_000)));
      await move(4, fresh, claimBy('instance-a', 'run-1', 1, at(-1_000)));
      await move(5, fresh, claimBy('instance-a', 'run-2', 1, at(-1_000)));
      const due = (now: Date) => repo.listDue('tenant-a', 'CP-AAAAAAAA', { now, claimedBefore: at(-120_000), instance: INSTANCE, limit: 10 });
      // 2: another instance's claim, expired; 4: this instance's claim from an earlier run. Not 3 (another instance, fresh) nor 5 (this run's own).
      expect((await due(T0)).map((r) => r.index)).toEqual([2, 4]);
      expect((await due(at(10_000))).map((r) => r.index)).toEqual([1, 2, 4]);
      expect((await repo.listDue('tenant-b', 'CP-AAAAAAAA', { now: at(10_000), claimedBefore: at(0), instance: INSTANCE, limit: 10 }))).toEqual([]);
      expect((await repo.listDue('tenant-a', 'CP-AAAAAAAA', { now: at(10_000), claimedBefore: at(-120_000), instance: INSTANCE, limit: 2 })).map((r) => r.index)).toEqual([1, 2]);
      expect(await repo.nextDueAt('tenant-a', 'CP-AAAAAAAA')).toBe(at(10_000).toISOString());
      expect(await repo.counts('tenant-a', 'CP-AAAAAAAA')).toEqual({ pending: 1, sending: 4, sent: 1, failed: 0, 'not-reachable': 0 });
      expect(await repo.counts('tenant-b', 'CP-AAAAAAAA')).toEqual({ pending: 0, sending: 0, sent: 0, failed: 0, 'not-reachable': 0 });
      const [claimed] = await repo.recipients('tenant-a', 'CP-AAAAAAAA', { from: 4, limit: 1 });
      expect(claimed.claim).toEqual({ instanceId: 'instance-a', runId: 'run-1', at: at(-1_000).toISOString() });
    });

    it('marks a recipient fixed once, in its own tenant only, and keeps it through later deliveries', async () => {
      const repo = await make();
      await repo.create(sampleCampaign({ recipientCount: 3 }), people(3));
      expect(await repo.markFixed('tenant-b', 'CP-AAAAAAAA', 1, at(5_000))).toBe(false);
      expect(await repo.markFixed('tenant-a', 'CP-AAAAAAAA', 1, at(5_000))).toBe(true);
      expect(await repo.markFixed('tenant-a', 'CP-AAAAAAAA', 1, at(9_000))).toBe(false);
      expect(await repo.markFixed('tenant-a', 'CP-AAAAAAAA', 7, at(9_000))).toBe(false);
      expect(await repo.updateDelivery('tenant-a', 'CP-AAAAAAAA', 1, { delivery: 'pending', attempts: 0 }, claimBy('instance-a', 'run-2', 1, at(6_000)))).toBe(true);
      const [fixed] = await repo.recipients('tenant-a', 'CP-AAAAAAAA', { from: 1, limit: 1 });
      expect([fixed.fixedAt, fixed.delivery]).toEqual([at(5_000).toISOString(), 'sending']);
      expect(await repo.fixedCount('tenant-a', 'CP-AAAAAAAA')).toBe(1);
      expect(await repo.fixedCount('tenant-b', 'CP-AAAAAAAA')).toBe(0);
    });

    it('keeps a list of a few thousand, and reads it a page at a time', async () => {
      const repo = await make();
      await repo.create(sampleCampaign({ recipientCount: 2_500 }), people(2_500));
      const page = await repo.recipients('tenant-a', 'CP-AAAAAAAA', { from: 2_400, limit: 500 });
      expect(page.map((r) => r.index)).toEqual(Array.from({ length: 100 }, (_, i) => 2_400 + i));
      expect((await repo.counts('tenant-a', 'CP-AAAAAAAA')).pending).toBe(2_500);
    });
  });
}
