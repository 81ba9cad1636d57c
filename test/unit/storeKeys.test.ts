import { TtlCache } from '../../src/domain/cache';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TestAdapter, TurnContext, type Storage } from 'botbuilder';
import { TurnState } from '@microsoft/teams-ai';
import { describe, expect, it } from 'vitest';
import { findAdmins, GLOBAL_ADMINISTRATOR, type AdminDirectory } from '../../src/domain/admins';
import { auditHashKey } from '../../src/domain/auditHash';
import { DiagnosisService, type EntraSignals } from '../../src/domain/diagnosis';
import { LookupBudget, SlidingWindowLimiter } from '../../src/domain/rateLimit';
import { ConversationReferences } from '../../src/domain/stores/conversationReferences';
import { DiagnosisRecords } from '../../src/domain/stores/diagnosisRecords';
import { ExportLinks } from '../../src/domain/stores/exportLinks';
import { HelpdeskChannels } from '../../src/domain/stores/helpdeskChannels';
import { HelpdeskRoster } from '../../src/domain/stores/helpdeskRoster';
import { LanguageChoices } from '../../src/domain/stores/languageChoices';
import { ReachIndex } from '../../src/domain/stores/reachIndex';
import { CampaignProgressCards } from '../../src/domain/stores/campaignProgressCards';
import { CampaignStatusReports } from '../../src/domain/stores/campaignStatusReports';
import { CampaignSummaries } from '../../src/domain/stores/campaignSummaries';
import { SelfInstalls } from '../../src/domain/stores/selfInstalls';
import { STORE_KEYS } from '../../src/domain/stores/keys';
import type { KeyValueStore, TakeOnceStore } from '../../src/domain/stores/ports';
import { MemoryStore } from '../../src/storage/memoryStore';
import { diagnosisFor } from '../helpers/diagnosis';

const ROWS = Object.entries(STORE_KEYS);
const TENANT = '7a1c4e2b-3f5d-4c6a-9b8e-0d1f2a3b4c5d';

/** The row a key belongs to; the table has no overlap, so there is at most one. */
function rowsOf(key: string): string[] {
  return ROWS.filter(([, row]) => (row.single ? key === row.prefix : key.startsWith(row.prefix))).map(([name]) => name);
}

/** A MemoryStore that notes every key read, written, deleted or taken. */
class RecordingStore extends MemoryStore implements TakeOnceStore {
  readonly keys = new Set<string>();

  override async read(keys: string[]) {
    keys.forEach((key) => this.keys.add(key));
    return super.read(keys);
  }

  override async write(changes: Record<string, Record<string, unknown>>) {
    Object.keys(changes).forEach((key) => this.keys.add(key));
    return super.write(changes);
  }

  override async delete(keys: string[]) {
    keys.forEach((key) => this.keys.add(key));
    return super.delete(keys);
  }

  async takeOnce(key: string) {
    this.keys.add(key);
    const item = (await super.read([key]))[key];
    await super.delete([key]);
    return item;
  }
}

const ok = <T>(value: T) => ({ ok: true as const, value });

const entra: EntraSignals = {
  userRealm: async () => ok({ namespaceType: 'Managed', isViral: false, brandName: 'Contoso', microsoftAccount: false }),
  // 0 ("exists") for the address, so the control lookup is asked too; 1 for the made-up control address.
  credentialType: async (address) => ok({ ifExistsResult: address.startsWith('nobody-') ? 1 : 0 }),
  tenant: async () => ok({ tenantId: TENANT }),
};

const directory: AdminDirectory = {
  tenantId: TENANT,
  activeHolders: async (roleId) => ok(roleId === GLOBAL_ADMINISTRATOR ? [{ type: 'user', id: 'al', displayName: 'Al', mail: null, userPrincipalName: 'al@contoso.com', accountEnabled: true }] : []),
  eligibleHolders: async () => ok([]),
  groupMembers: async () => ok([]),
};

/** Every store, cache and limiter at work on one store, as the bot runs them on its storage. */
async function useEveryStore(store: KeyValueStore & TakeOnceStore): Promise<void> {
  const requester = { aadObjectId: 'aad-alex', name: 'Alex', tenantId: TENANT };
  const records = new DiagnosisRecords(store);
  await records.record(requester, diagnosisFor('ready', 'alex@contoso.com'));
  await records.latest(requester);

  const references = new ConversationReferences(store);
  await references.save(TENANT, 'aad-alex', { conversation: { id: 'a:1' } });
  await references.getMany(TENANT, ['aad-alex']);

  const reach = new ReachIndex(store);
  await reach.remember(TENANT, 'aad-alex', ['Alex@Contoso.com']);
  await reach.lookup(TENANT, ['alex@contoso.com']);
  const progress = new CampaignProgressCards(store);
  await progress.save(TENANT, 'CP-ABCDEFGH', { reference: {}, activityId: '', final: false });
  await progress.open();
  await progress.get(TENANT, 'CP-ABCDEFGH');
  const reports = new CampaignStatusReports(store);
  await reports.save(TENANT, 'CP-ABCDEFGH', { counts: { 'needs-action': 1, 'in-progress': 0, fixed: 0, 'not-reachable': 0 }, at: '2026-12-02T09:00:00.000Z' });
  await reports.last(TENANT, 'CP-ABCDEFGH');
  const summaries = new CampaignSummaries(store);
  await summaries.claim(TENANT, 'CP-ABCDEFGH', { counts: { 'needs-action': 1, 'in-progress': 0, fixed: 0, 'not-reachable': 0 }, at: '2026-12-02T09:00:00.000Z', final: false }, () => true);
  await summaries.last(TENANT, 'CP-ABCDEFGH');
  const installs = new SelfInstalls(store);
  await installs.save(TENANT, 'CP-ABCDEFGH', 0, { userId: 'aad-alex', installedAt: '2026-01-01T00:00:00.000Z' });
  await installs.get(TENANT, 'CP-ABCDEFGH', 0);

  const channels = new HelpdeskChannels(store);
  const setBy = { id: 'aad-dana', name: 'Dana' };
  await channels.set('mfa', { tenantId: TENANT, teamId: 'team', channelId: '19:desk', channelName: 'Desk', serviceUrl: 'https://smba.example', setBy });
  await channels.all(TENANT);
  await channels.clear(TENANT, 'mfa');

  const languages = new LanguageChoices(store);
  await languages.set(TENANT, 'aad-alex', 'de');
  await languages.get(TENANT, 'aad-alex');
  await languages.clear(TENANT, 'aad-alex');

  const roster = new HelpdeskRoster(store);
  await roster.save(TENANT, 'team', [setBy]);
  await roster.get(TENANT, 'team');

  const exports = new ExportLinks(store, 'https://bot.example');
  const link = await exports.create('a,b', 'cases.csv', new Date('2026-01-01T00:00:00Z'));
  await exports.take(link.slice(link.lastIndexOf('/') + 1));
  await exports.sweepExpired(new Date('2026-01-02T00:00:00Z'));

  await new LookupBudget({ store, userLimitPerHour: 5, tenantLimitPerHour: 50 }).take(TENANT, 'aad-alex');
  await new SlidingWindowLimiter({ store, name: 'case-probe', limit: 5, windowMs: 60_000 }).take(TENANT, 'aad-alex');

  await findAdmins({ directory, cache: new TtlCache(store, 60) }, { tenantId: TENANT });
  await new DiagnosisService({ entra, cache: store, cacheTtlSeconds: 60 }).diagnose('alex@contoso.com');
  await auditHashKey(store, undefined);
}

describe('STORE_KEYS', () => {
  it('has no row whose keys could be another row’s: no prefix starts another', () => {
    for (const [name, row] of ROWS) {
      for (const [other, otherRow] of ROWS) {
        if (name !== other) expect(row.prefix.startsWith(otherRow.prefix), `${name} (${row.prefix}) starts with ${other} (${otherRow.prefix})`).toBe(false);
      }
    }
  });

  it('is where every store, cache and limiter builds its keys: each key they touch is of exactly one row, and every row is used', async () => {
    const store = new RecordingStore();
    await useEveryStore(store);

    const unowned = [...store.keys].filter((key) => rowsOf(key).length !== 1);
    expect(unowned).toEqual([]);
    const used = new Set([...store.keys].flatMap(rowsOf));
    expect(ROWS.map(([name]) => name).filter((name) => !used.has(name))).toEqual([]);
  });

  it('keeps the stored formats: keys built now are the keys stored before', () => {
    expect(STORE_KEYS.rateWindow('case-probe', ['t/1', undefined])).toBe('ratelimit/case-probe/t%2F1/-');
    expect(STORE_KEYS.admins(TENANT.toUpperCase())).toBe(`admins/${TENANT}`);
    expect(STORE_KEYS.diagnosis('', 'aad-alex', 'ab12')).toBe('diagnosis//aad-alex/ab12');
    expect(STORE_KEYS.helpdeskChannelOwner('19:desk')).toBe('helpdesk-channel-owner/19:desk');
    expect(STORE_KEYS.exportIndex()).toBe('export-index');
    expect(STORE_KEYS.auditHashKey()).toBe('audit/hash-key');
    expect(STORE_KEYS.languageChoice(TENANT, 'aad-alex')).toBe(`language-choice/${TENANT}/aad-alex`);
    expect(STORE_KEYS.selfInstall(TENANT, 'CP-ABCDEFGH', 3)).toBe(`self-install/${TENANT}/CP-ABCDEFGH/3`);
    expect(STORE_KEYS.campaignSummary(TENANT, 'CP-ABCDEFGH')).toBe(`campaign-summary/${TENANT}/CP-ABCDEFGH`);
  });

  it('is the only place in src/ whose code spells a prefix of the table (comments may name them)', () => {
    const root = join(__dirname, '../../src');
    const files = (readdirSync(root, { recursive: true }) as string[]).filter((file) => file.endsWith('.ts') && !file.endsWith(join('stores', 'keys.ts')));
    const spelled = files.flatMap((file) => {
      const text = readFileSync(join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
      return ROWS.filter(([, row]) => ["'", '"', '`'].some((quote) => text.includes(quote + row.prefix))).map(([name]) => `${relative(root, join(root, file))}: ${name}`);
    });
    expect(spelled).toEqual([]);
  });

  it('leaves teams-ai’s turn state apart: its keys start with the channel id, which no row starts with', async () => {
    const read: string[] = [];
    const storage: Storage = {
      read: async (keys) => (read.push(...keys), {}),
      write: async () => undefined,
      delete: async () => undefined,
    };
    const context = new TurnContext(new TestAdapter(), {
      type: 'message',
      channelId: 'msteams',
      recipient: { id: 'bot-id', name: 'bot' },
      conversation: { id: 'conv-1', name: '', isGroup: false, conversationType: 'personal' },
      from: { id: 'user-1', name: 'Alex' },
    });
    await new TurnState().load(context, storage);

    expect(read.sort()).toEqual(['msteams/bot-id/conversations/conv-1', 'msteams/bot-id/users/user-1']);
    for (const channelId of ['msteams', 'emulator', 'test', 'directline', 'webchat']) {
      for (const [name, row] of ROWS) {
        expect(row.prefix.startsWith(`${channelId}/`) || `${channelId}/`.startsWith(row.prefix), `${name} against ${channelId}/`).toBe(false);
      }
    }
  });
});
