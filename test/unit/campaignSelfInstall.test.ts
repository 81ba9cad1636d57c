import { describe, expect, it } from 'vitest';
import { newCampaign, newRecipients, type Campaign } from '../../src/domain/campaigns/campaign';
import { INSTALL_POLL_MS, INSTALL_WAIT_MS, SelfInstaller, type AppInstaller, type GraphAnswer } from '../../src/domain/campaigns/selfInstall';
import { ConversationReferences } from '../../src/domain/stores/conversationReferences';
import { ReachIndex } from '../../src/domain/stores/reachIndex';
import { SelfInstalls } from '../../src/domain/stores/selfInstalls';
import { MemoryStore } from '../../src/storage/memoryStore';

const TENANT = '7a1c4e2b-3f5d-4c6a-9b8e-0d1f2a3b4c5d';
const NESTOR = 'f1e2d3c4-0000-4000-8000-000000000001';
const START = Date.parse('2026-12-01T09:00:00Z');

/** Graph as the flow sees it: one known user, and an install answer chosen by the test. */
class Installer implements AppInstaller {
  readonly tenantId = TENANT;
  readonly installs: string[] = [];
  readonly lookups: string[] = [];
  answer: GraphAnswer<void> = { kind: 'ok', value: undefined };

  async findUser(upn: string): Promise<GraphAnswer<{ id: string; addresses: string[] }>> {
    this.lookups.push(upn);
    return upn === 'nestorw@contoso.com' ? { kind: 'ok', value: { id: NESTOR, addresses: [upn] } } : { kind: 'missing' };
  }

  async install(userId: string): Promise<GraphAnswer<void>> {
    this.installs.push(userId);
    return this.answer;
  }
}

function setup(store = new MemoryStore(), installer = new Installer()) {
  let now = START;
  const refused: string[] = [];
  const references = new ConversationReferences(store);
  const flow = new SelfInstaller({
    installer,
    installs: new SelfInstalls(store),
    references,
    index: new ReachIndex(store),
    onRefused: (campaign, message) => refused.push(`${campaign.id}: ${message}`),
    now: () => now,
  });
  return { store, installer, references, flow, refused, later: (ms: number) => (now += ms) };
}

const campaign: Campaign = newCampaign({ tenantId: TENANT, id: 'CP-AAAAAAAA', owner: { aadObjectId: 'aad-adele', name: 'Adele' }, note: '', recipientCount: 3 }, new Date(START));
const [nestor, nobody, another] = newRecipients(TENANT, campaign.id, [{ address: 'nestor@fourthcoffee.xyz', upn: 'nestorw@contoso.com' }, { address: 'nobody@contoso.com' }, { address: 'x@fourthcoffee.xyz', upn: 'nestorw@contoso.com' }], new Date(START));

describe('SelfInstaller', () => {
  it('installs once, waits for the install’s reference, and is not asked to install again after a restart', async () => {
    const first = setup();
    expect(await first.flow.reach(campaign, nestor)).toEqual({ kind: 'waiting', ms: INSTALL_POLL_MS, reason: 'awaiting-install' });
    expect(first.installer.installs).toEqual([NESTOR]);

    // A new process on the same storage: the install is remembered.
    const restarted = setup(first.store, first.installer);
    expect(await restarted.flow.reach(campaign, nestor)).toMatchObject({ kind: 'waiting' });
    await restarted.references.save(TENANT, NESTOR, { conversation: { id: 'a:nestor' } });
    expect(await restarted.flow.reach(campaign, nestor)).toEqual({ kind: 'chat', aadObjectId: NESTOR });
    expect(first.installer.installs).toEqual([NESTOR]);
    expect(first.installer.lookups).toEqual(['nestorw@contoso.com']);
  });

  it('gives up INSTALL_WAIT_MS after an install that never produced a conversation reference', async () => {
    const { flow, installer, later } = setup();
    await flow.reach(campaign, nestor);
    later(INSTALL_WAIT_MS - 1);
    expect(await flow.reach(campaign, nestor)).toMatchObject({ kind: 'waiting' });
    later(1);
    expect(await flow.reach(campaign, nestor)).toEqual({ kind: 'not-reachable' });
    expect(installer.installs).toHaveLength(1);
  });

  it('sends at once, without an install, to someone who already has a chat under their object id', async () => {
    const { flow, installer, references } = setup();
    await references.save(TENANT, NESTOR, { conversation: { id: 'a:nestor' } });
    expect(await flow.reach(campaign, nestor)).toEqual({ kind: 'chat', aadObjectId: NESTOR });
    expect(installer.installs).toEqual([]);
  });

  it('answers not reachable for an unknown user and for another tenant’s campaign, which Graph is never asked about', async () => {
    const { flow, installer } = setup();
    expect(await flow.reach(campaign, nobody)).toEqual({ kind: 'not-reachable' });
    const elsewhere = { ...campaign, tenantId: '99999999-8888-4777-8666-555555555555' };
    expect(await flow.reach(elsewhere, { ...nestor, tenantId: elsewhere.tenantId })).toEqual({ kind: 'not-reachable' });
    expect(installer.lookups).toEqual(['nobody@contoso.com']);
  });

  it('hands a throttled install back as retry-after with Graph’s delay, and installs on the next try', async () => {
    const { flow, installer } = setup();
    installer.answer = { kind: 'retry', ms: 7_000, reason: 'graph-429' };
    expect(await flow.reach(campaign, nestor)).toEqual({ kind: 'retry-after', ms: 7_000, reason: 'graph-429' });
    installer.answer = { kind: 'ok', value: undefined };
    expect(await flow.reach(campaign, nestor)).toMatchObject({ kind: 'waiting' });
    expect(installer.installs).toEqual([NESTOR, NESTOR]);
  });

  it('stops the campaign’s installs at the first refusal, telling it once, even with installs in flight together', async () => {
    const { flow, installer, refused } = setup();
    installer.answer = { kind: 'refused', message: 'needs TeamsAppInstallation.ReadWriteSelfForUser.All' };
    const answers = await Promise.all([flow.reach(campaign, nestor), flow.reach(campaign, another)]);
    expect(answers).toEqual([{ kind: 'not-reachable' }, { kind: 'not-reachable' }]);
    expect(installer.installs).toHaveLength(1);
    expect(refused).toEqual(['CP-AAAAAAAA: needs TeamsAppInstallation.ReadWriteSelfForUser.All']);
    expect(await flow.reach(campaign, nestor)).toEqual({ kind: 'not-reachable' });
    expect(installer.installs).toHaveLength(1);
  });
});
