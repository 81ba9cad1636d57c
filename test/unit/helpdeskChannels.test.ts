import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/storage/memoryStore';
import type { KeyValueStore } from '../../src/domain/stores/ports';
import { ChannelOfAnotherTenant, HelpdeskChannels } from '../../src/domain/stores/helpdeskChannels';
import { ConversationReferences } from '../../src/domain/stores/conversationReferences';
import { minutes } from '../contracts/caseRepository.contract';

/** A store that remembers which keys were read, to show nothing is ever scanned. */
function recordingStore(): { store: KeyValueStore; reads: string[][] } {
  const inner = new MemoryStore();
  const reads: string[][] = [];
  const store: KeyValueStore = {
    read: (keys) => {
      reads.push(keys);
      return inner.read(keys);
    },
    write: (changes) => inner.write(changes),
    delete: (keys) => inner.delete(keys),
  };
  return { store, reads };
}

const takeoverDesk = {
  teamId: '19:team@thread.tacv2',
  channelId: '19:takeover@thread.tacv2',
  channelName: 'VL takeovers',
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  tenantId: 'tenant-a',
  setBy: { id: 'aad-hd-1', name: 'Hana Help' },
};

const TENANT = 'tenant-a';
const OTHER_TENANT = 'tenant-b';
const keysOf = (tenant: string) => ['takeover', 'personal-account', 'mfa', 'other'].map((c) => `helpdesk-channel/${tenant}/${c}`);

describe('HelpdeskChannels', () => {
  it('falls back to the configured channel ids of the tenant only', async () => {
    const channels = new HelpdeskChannels(new MemoryStore(), [
      { tenantId: TENANT, category: 'takeover', channelId: '19:cfg-takeover' },
      { tenantId: TENANT, category: 'mfa', channelId: '19:cfg-mfa' },
      { tenantId: OTHER_TENANT, category: 'other', channelId: '19:b-other' },
    ]);
    expect(await channels.all(TENANT)).toEqual({
      takeover: { source: 'config', tenantId: TENANT, channelId: '19:cfg-takeover' },
      mfa: { source: 'config', tenantId: TENANT, channelId: '19:cfg-mfa' },
    });
    expect(await channels.get(TENANT, 'other')).toBeUndefined();
    expect(await channels.get(OTHER_TENANT, 'takeover')).toBeUndefined();
    expect(await channels.all('')).toEqual({});
  });

  it('prefers a channel set by command, until it is cleared, and never for another tenant', async () => {
    const store = new MemoryStore();
    const channels = new HelpdeskChannels(store, [{ tenantId: TENANT, category: 'takeover', channelId: '19:cfg-takeover' }]);
    const stored = await channels.set('takeover', takeoverDesk, minutes(1));
    expect(stored).toEqual({ ...takeoverDesk, setAt: minutes(1).toISOString() });
    expect(await channels.get(TENANT, 'takeover')).toEqual({ source: 'command', ...takeoverDesk, setAt: minutes(1).toISOString() });
    expect(await channels.get(OTHER_TENANT, 'takeover')).toBeUndefined();
    // Another instance over the same store (another process) sees it too.
    expect((await new HelpdeskChannels(store).get(TENANT, 'takeover'))?.channelId).toBe('19:takeover@thread.tacv2');
    await channels.clear(TENANT, 'takeover');
    expect(await channels.get(TENANT, 'takeover')).toEqual({ source: 'config', tenantId: TENANT, channelId: '19:cfg-takeover' });
  });

  it('keeps a channel to one tenant: the configured owner, else the first to route it', async () => {
    const channels = new HelpdeskChannels(new MemoryStore(), [{ tenantId: TENANT, category: 'mfa', channelId: '19:configured' }]);
    await expect(channels.set('takeover', { ...takeoverDesk, tenantId: OTHER_TENANT, channelId: '19:configured' })).rejects.toThrow(ChannelOfAnotherTenant);
    await channels.set('takeover', takeoverDesk);
    await expect(channels.set('other', { ...takeoverDesk, tenantId: OTHER_TENANT })).rejects.toThrow(ChannelOfAnotherTenant);
    expect(await channels.get(OTHER_TENANT, 'other')).toBeUndefined();
    expect(await channels.ownerOf(takeoverDesk.channelId)).toBe(TENANT);
    await channels.set('mfa', { ...takeoverDesk, channelId: '19:configured' });
    expect((await channels.get(TENANT, 'mfa'))?.channelId).toBe('19:configured');
  });

  it('refuses to route without a tenant', async () => {
    await expect(new HelpdeskChannels(new MemoryStore()).set('takeover', { ...takeoverDesk, tenantId: '' })).rejects.toThrow(/tenant/);
  });

  it('lists the categories of a tenant routed to a channel, reading by key only', async () => {
    const { store, reads } = recordingStore();
    const channels = new HelpdeskChannels(store, [
      { tenantId: TENANT, category: 'mfa', channelId: '19:takeover@thread.tacv2' },
      { tenantId: TENANT, category: 'other', channelId: '19:general' },
    ]);
    await channels.set('takeover', takeoverDesk);
    await channels.set('personal-account', { ...takeoverDesk, channelId: '19:personal' });
    reads.length = 0;
    expect(await channels.categoriesFor(TENANT, '19:takeover@thread.tacv2')).toEqual(['takeover', 'mfa']);
    expect(await channels.categoriesFor(TENANT, '19:unknown')).toEqual([]);
    expect(await channels.categoriesFor(OTHER_TENANT, '19:takeover@thread.tacv2')).toEqual([]);
    expect(reads.slice(0, 2)).toEqual([keysOf(TENANT), keysOf(TENANT)]);
    expect(reads[2]).toEqual(keysOf(OTHER_TENANT));
  });
});

describe('ConversationReferences', () => {
  const reference = (id: string) => ({ conversation: { id: `a:1:1-${id}` }, serviceUrl: 'https://smba.example/', user: { aadObjectId: id } });

  it('saves and reads references by tenant and AAD object id under ref/ keys', async () => {
    const { store, reads } = recordingStore();
    const references = new ConversationReferences(store);
    await references.save(TENANT, 'aad-ann', reference('aad-ann'));
    expect(await references.get(TENANT, 'aad-ann')).toEqual(reference('aad-ann'));
    expect(await references.get(TENANT, 'aad-nobody')).toBeUndefined();
    expect(await references.get(OTHER_TENANT, 'aad-ann')).toBeUndefined();
    expect(reads).toEqual([[`ref/${TENANT}/aad-ann`], [`ref/${TENANT}/aad-nobody`], [`ref/${OTHER_TENANT}/aad-ann`]]);
  });

  it('replaces a saved reference with the newer one, and keeps none without a tenant', async () => {
    const references = new ConversationReferences(new MemoryStore());
    await references.save(TENANT, 'aad-ann', reference('old'));
    await references.save(TENANT, 'aad-ann', reference('new'));
    expect(await references.get(TENANT, 'aad-ann')).toEqual(reference('new'));
    await references.save('', 'aad-eve', reference('eve'));
    expect(await references.get('', 'aad-eve')).toBeUndefined();
  });

  it('reads many at once, by key, leaving out people never seen', async () => {
    const { store, reads } = recordingStore();
    const references = new ConversationReferences(store);
    await references.save(TENANT, 'aad-ann', reference('aad-ann'));
    await references.save(TENANT, 'aad-bob', reference('aad-bob'));
    const found = await references.getMany(TENANT, ['aad-ann', 'aad-eve', 'aad-bob', 'aad-ann']);
    expect([...found.keys()]).toEqual(['aad-ann', 'aad-bob']);
    expect(found.get('aad-bob')).toEqual(reference('aad-bob'));
    expect(reads).toEqual([[`ref/${TENANT}/aad-ann`, `ref/${TENANT}/aad-eve`, `ref/${TENANT}/aad-bob`]]);
    expect((await references.getMany(TENANT, [])).size).toBe(0);
    expect(reads).toHaveLength(1);
  });
});
