/**
 * One bot process as far as a campaign's send is concerned, for the campaign bench and its
 * test (campaignSend.ts): it opens the SQLite file, runs CampaignSender on the
 * `campaign-send` lease with a CardDelivery that POSTs each card to the connector fake on
 * loopback, and exits 0 once no campaign is sending. Killed (SIGKILL) and started again,
 * it carries on from what storage holds, as the bot does.
 *
 * Environment: CAMPAIGN_DB (the SQLite file), CONNECTOR_URL, UNREACHABLE_FILE (a JSON
 * array of the addresses nobody can reach in Teams), INSTANCE_ID (the same across
 * restarts, as App Service's WEBSITE_INSTANCE_ID).
 *
 * Standard output, one line each: `in-doubt <key>` when a card whose earlier attempt may
 * have been delivered is sent again; `peak-rss <kB>` just before a clean exit.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { CampaignSender } from '../src/domain/campaigns/sendJob';
import { SqliteCampaignRepository } from '../src/storage/sqliteCampaigns';
import { SqliteLease } from '../src/storage/sqliteLease';
import { openDatabase } from '../src/storage/sqliteStorage';
import { httpCardDelivery } from '../test/fakes/teamsConnectorFake';

const DONE_POLL_MS = 200;

function setting(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`campaignSendWorker: ${name} is not set`);
  return value;
}

const db = openDatabase(setting('CAMPAIGN_DB'));
const campaigns = new SqliteCampaignRepository(db);
const unreachable = new Set(JSON.parse(readFileSync(setting('UNREACHABLE_FILE'), 'utf8')) as string[]);
const http = httpCardDelivery(setting('CONNECTOR_URL'), unreachable);
const sender = new CampaignSender({
  campaigns,
  lease: new SqliteLease(db),
  instanceId: setting('INSTANCE_ID'),
  runId: randomUUID(),
  delivery: {
    deliver: (request) => {
      if (request.inDoubt) process.stdout.write(`in-doubt ${request.idempotencyKey}\n`);
      return http.deliver(request);
    },
  },
});
sender.start((error) => process.stderr.write(`round failed: ${error instanceof Error ? error.stack : String(error)}\n`));

const poll = setInterval(() => {
  void campaigns.listSending(1).then(async (sending) => {
    if (sending.length > 0) return;
    clearInterval(poll);
    await sender.stop();
    db.close();
    process.stdout.write(`peak-rss ${process.resourceUsage().maxRSS}\n`, () => process.exit(0));
  });
}, DONE_POLL_MS);
