import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/domain/memoryStore';
import type { KeyValueStore } from '../../src/domain/types';
import { HelpdeskChannels } from '../../src/domain/cases/helpdeskChannels';
import { ConversationReferences } from '../../src/domain/cases/conversationReferences';
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

describe('HelpdeskChannels', () => {
  it('falls back to the configured channel ids, ignoring unknown categories', async () => {
    const channels = new HelpdeskChannels(new MemoryStore(), { takeover: '19:cfg-takeover', mfa: '19:cfg-mfa', nonsense: '19:x' });
    expect(await channels.all()).toEqual({
      takeover: { source: 'config', channelId: '19:cfg-takeover' },
      mfa: { source: 'config', channelId: '19:cfg-mfa' },
    });
    expect(await channels.get('other')).toBeUndefined();
  });

  it('prefers a channel set by command, until it is cleared', async () => {
    const store = new MemoryStore();
    const channels = new HelpdeskChannels(store, { takeover: '19:cfg-takeover' });
    const stored = await channels.set('takeover', takeoverDesk, minutes(1));
    expect(stored).toEqual({ ...takeoverDesk, setAt: minutes(1).toISOString() });
    expect(await channels.get('takeover')).toEqual({ source: 'command', ...takeoverDesk, setAt: minutes(1).toISOString() });
    // Another instance over the same store (another process) sees it too.
    expect((await new HelpdeskChannels(store).get('takeover'))?.channelId).toBe('19:takeover@thread.tacv2');
    await channels.clear('takeover');
    expect(await channels.get('takeover')).toEqual({ source: 'config', channelId: '19:cfg-takeover' });
  });

  it('lists the categories routed to a channel, reading by key only', async () => {
    const { store, reads } = recordingStore();
    const channels = new HelpdeskChannels(store, { mfa: '19:takeover@thread.tacv2', other: '19:general' });
    await channels.set('takeover', takeoverDesk);
    await channels.set('personal-account', { ...takeoverDesk, channelId: '19:personal' });
    expect(await channels.categoriesFor('19:takeover@thread.tacv2')).toEqual(['takeover', 'mfa']);
    expect(await channels.categoriesFor('19:unknown')).toEqual([]);
    for (const keys of reads) expect(keys).toEqual(['helpdesk-channel/takeover', 'helpdesk-channel/personal-account', 'helpdesk-channel/mfa', 'helpdesk-channel/other']);
  });
});

describe('ConversationReferences', () => {
  const reference = (id: string) => ({ conversation: { id: `a:1:1-${id}` }, serviceUrl: 'https://smba.example/', user: { aadObjectId: id } });

  it('saves and reads references by AAD object id under ref/ keys', async () => {
    const { store, reads } = recordingStore();
    const references = new ConversationReferences(store);
    await references.save('aad-ann', reference('aad-ann'));
    expect(await references.get('aad-ann')).toEqual(reference('aad-ann'));
    expect(await references.get('aad-nobody')).toBeUndefined();
    expect(reads).toEqual([['ref/aad-ann'], ['ref/aad-nobody']]);
  });

  it('replaces a saved reference with the newer one', async () => {
    const references = new ConversationReferences(new MemoryStore());
    await references.save('aad-ann', reference('old'));
    await references.save('aad-ann', reference('new'));
    expect(await references.get('aad-ann')).toEqual(reference('new'));
  });

  it('reads many at once, by key, leaving out people never seen', async () => {
    const { store, reads } = recordingStore();
    const references = new ConversationReferences(store);
    await references.save('aad-ann', reference('aad-ann'));
    await references.save('aad-bob', reference('aad-bob'));
    const found = await references.getMany(['aad-ann', 'aad-eve', 'aad-bob', 'aad-ann']);
    expect([...found.keys()]).toEqual(['aad-ann', 'aad-bob']);
    expect(found.get('aad-bob')).toEqual(reference('aad-bob'));
    expect(reads).toEqual([['ref/aad-ann', 'ref/aad-eve', 'ref/aad-bob']]);
    expect((await references.getMany([])).size).toBe(0);
    expect(reads).toHaveLength(1);
  });
});
