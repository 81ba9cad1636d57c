import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config';
import { applyCampaignAction, newCampaign, type Campaign, type CampaignAction } from '../../src/domain/campaigns/campaign';
import { CampaignProgressCards } from '../../src/domain/stores/campaignProgressCards';
import { CampaignSummaries } from '../../src/domain/stores/campaignSummaries';
import { LanguageChoices } from '../../src/domain/stores/languageChoices';
import { createLogger } from '../../src/log';
import { SqliteCampaignRepository } from '../../src/storage/sqliteCampaigns';
import { SqliteStorage } from '../../src/storage/sqliteStorage';
import { createAdapter } from '../../src/teams/adapter';
import { runSummaryRound, type SummaryRoundDeps } from '../../src/teams/features/campaignStatus/summary';
import { startFakeConnector, type FakeConnector } from '../helpers/connector';
import { useSqliteFiles } from '../helpers/sqliteFiles';

const { tempFile, databaseAt } = useSqliteFiles('vlsa-campaign-summary-');
const TENANT = 'tenant-a';
const SENT = new Date('2026-11-02T09:00:00.000Z');
const day = (n: number, hours = 0) => new Date(SENT.getTime() + n * 86_400_000 + hours * 3_600_000);
const OWNER_CHAT = 'a:owner-chat';
const PEOPLE = 4;

let connector: FakeConnector;
let dir: string;
beforeEach(async () => {
  connector = await startFakeConnector();
  dir = mkdtempSync(join(tmpdir(), 'vlsa-summary-config-'));
});
afterEach(async () => {
  await connector.close();
  rmSync(dir, { recursive: true, force: true });
});

/** One bot instance on the shared SQLite file: its own connection, stores and adapter. */
function instance(path: string): SummaryRoundDeps {
  const db = databaseAt(path);
  const storage = new SqliteStorage(db);
  return {
    campaigns: new SqliteCampaignRepository(db),
    summaries: new CampaignSummaries(storage),
    progressCards: new CampaignProgressCards(storage),
    adapter: createAdapter(readConfig({ LOG_LEVEL: 'silent' }, dir)),
    botAppId: '',
    languages: new LanguageChoices(storage),
    log: createLogger('silent'),
  };
}

/** A campaign of PEOPLE sent at SENT (every card delivered), with the owner's chat recorded as at Send. */
async function sentCampaign(deps: SummaryRoundDeps, id: string): Promise<Campaign> {
  let c = await deps.campaigns.create(newCampaign({ tenantId: TENANT, id, owner: { aadObjectId: 'aad-adele', name: 'Adele' }, note: '', recipientCount: PEOPLE }, day(-1)), Array.from({ length: PEOPLE }, (_, i) => ({ address: `user${i}@contoso.com` })));
  for (const action of ['previewed', 'send', 'finish'] as CampaignAction[]) c = await deps.campaigns.save(applyCampaignAction(c, action, SENT) as Campaign, c.version);
  for (let i = 0; i < PEOPLE; i++) await deps.campaigns.updateDelivery(TENANT, id, i, { delivery: 'pending', attempts: 0 }, { delivery: 'sent', attempts: 1, nextAttemptAt: SENT.toISOString(), sentAt: SENT.toISOString() });
  const reference = { serviceUrl: connector.url, channelId: 'msteams', conversation: { id: OWNER_CHAT }, bot: { id: 'bot' }, user: { id: 'adele', aadObjectId: 'aad-adele' } };
  await deps.progressCards.save(TENANT, id, { reference, locale: 'de-DE', activityId: '', final: true });
  return c;
}

/** The summaries in the owner's chat so far: each card's text, all of it. */
const summaries = () => connector.sent(OWNER_CHAT).map((activity) => JSON.stringify((activity.attachments as Array<{ content: unknown }>)[0].content));

describe('weekly campaign summaries, two instances on one SQLite file', () => {
  it('sends one summary a week however many rounds run at once, none after the campaign is closed', async () => {
    const path = tempFile();
    const [a, b] = [instance(path), instance(path)];
    const campaign = await sentCampaign(a, 'CP-AAAAAAAA');
    const both = async (at: Date) => (await Promise.all([runSummaryRound(a, at), runSummaryRound(b, at), runSummaryRound(a, at), runSummaryRound(b, at)])).reduce((x, y) => x + y, 0);

    expect(await both(day(6, 23))).toBe(0);
    expect(await both(day(7))).toBe(1);
    expect(await both(day(7, 1))).toBe(0);
    expect(summaries()).toHaveLength(1);
    // In the owner's language (the chat's at Send), with the status card's counts and buttons.
    expect(summaries()[0]).toContain('Wochenübersicht');
    expect(summaries()[0]).toContain('Kampagne CP-AAAAAAAA: Status');
    expect(summaries()[0]).toContain('Dies ist der erste Bericht');
    expect(summaries()[0]).toContain('vlsa.campaignStatus.export');
    expect(summaries()[0]).toContain('vlsa.campaignStatus.close');

    await a.campaigns.markFixed(TENANT, campaign.id, 0, day(9));
    await a.campaigns.markFixed(TENANT, campaign.id, 1, day(10));
    expect(await both(day(13, 23))).toBe(0);
    expect(await both(day(14))).toBe(1);
    expect(summaries()).toHaveLength(2);
    // The change is measured from the previous summary.
    expect(summaries()[1]).toContain('+2 behoben');

    const closed = applyCampaignAction((await b.campaigns.get(TENANT, campaign.id)) as Campaign, 'close', day(15)) as Campaign;
    await b.campaigns.save(closed, closed.version);
    for (const later of [day(21), day(28), day(60)]) expect(await both(later)).toBe(0);
    expect(summaries()).toHaveLength(2);
  });

  it('sends the summary that finds everyone fixed, saying it is the last, then none', async () => {
    const path = tempFile();
    const [a, b] = [instance(path), instance(path)];
    const campaign = await sentCampaign(a, 'CP-BBBBBBBB');
    expect(await Promise.all([runSummaryRound(a, day(7)), runSummaryRound(b, day(7))])).toContain(1);
    for (let i = 0; i < PEOPLE; i++) await b.campaigns.markFixed(TENANT, campaign.id, i, day(8));
    expect((await Promise.all([runSummaryRound(a, day(14)), runSummaryRound(b, day(14))])).sort()).toEqual([0, 1]);
    expect(summaries()).toHaveLength(2);
    expect(summaries()[1]).toContain('Jedes Konto auf der Liste ist behoben. Dies ist die letzte.');
    expect(summaries()[1]).toContain('+4 behoben');
    for (const later of [day(21), day(28), day(365)]) expect(await runSummaryRound(a, later)).toBe(0);
    expect(summaries()).toHaveLength(2);
  });
});
