import { randomUUID } from 'node:crypto';
import { ConfigError, loadEnvironment, readConfig } from './config';
import { createLogger } from './log';
import { packageVersion } from './paths';
import { createServer } from './server';
import { createServices } from './services';
import { auditHashKey } from './domain/auditHash';
import { openStorage } from './storage/openStorage';
import { StorageOpenError } from './storage/storageOpenError';
import { createAdapter } from './teams/adapter';
import { createApp } from './teams/app';
import { startCaseLoop } from './teams/features/cases/caseLoop';
import { LEASES } from './domain/stores/keys';
import { CampaignSender } from './domain/campaigns/sendJob';
import { startCampaignProgress } from './teams/features/campaigns';
import { startWatchLoop } from './teams/features/watch';
import { startCampaignSummaries } from './teams/features/campaignStatus';

const DRAIN_TIMEOUT_MS = 10_000;
/** How often the admins' campaign progress cards are looked at (each is rewritten at most every 10 s, or every 5%). */
const CAMPAIGN_PROGRESS_TICK_MS = 2_000;
const SENDER_STOP_WAIT_MS = 3_000;
/** How often campaigns are looked at for a weekly summary due to their owner (docs/campaigns.md). */
const CAMPAIGN_SUMMARY_ROUND_MS = 3_600_000;
/** This process, among instances sharing the state (App Service names its instances). */
const instanceId = process.env.WEBSITE_INSTANCE_ID ?? randomUUID();

/** Prints one line and exits: start-up problems must be readable without a stack trace. */
function fail(message: string): never {
  process.stderr.write(`vl-signin-assistant: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const config = readConfig(loadEnvironment(process.cwd()), process.cwd());
  const log = createLogger(config.logLevel);
  const version = packageVersion();

  let opened;
  try {
    opened = await openStorage(config, log);
  } catch (error) {
    if (error instanceof StorageOpenError) fail(error.message);
    throw error;
  }
  const { storage } = opened;
  const adapter = createAdapter(config);
  const services = createServices({
    config,
    log,
    storage,
    cases: opened.cases,
    campaigns: opened.campaigns,
    watches: opened.watches,
    lease: opened.lease,
    instanceId,
    adapter,
    auditHashKey: await auditHashKey(storage, config.auditHashKey),
  });
  const app = createApp({ adapter, storage, services });
  const stopCaseLoop = startCaseLoop(
    {
      cases: services.cases,
      delivery: services.delivery,
      log,
      reminderAfterMs: config.unassignedReminderMinutes * 60_000,
      isLeader: () => opened.lease.tryAcquire(LEASES.caseLoop, instanceId, 3 * config.caseLoopSeconds * 1000),
      exports: services.exports,
    },
    config.caseLoopSeconds * 1000,
  );
  // Campaigns: the durable send job and the admins' progress cards, each on the instance holding its lease.
  const sender = new CampaignSender({ campaigns: opened.campaigns, delivery: services.campaignDelivery, lease: opened.lease, instanceId, runId: randomUUID() });
  sender.start((error) => log.error({ err: error }, 'campaign send round failed'));
  // What the rounds that write to admins' chats share: their lease, and how they reach a chat in its reader's language.
  const chatRounds = { lease: opened.lease, instanceId, adapter, botAppId: config.botId ?? '', languages: services.languages, log };
  const stopCampaignProgress = startCampaignProgress({ ...chatRounds, campaigns: opened.campaigns, cards: services.campaignProgressCards, tickMs: CAMPAIGN_PROGRESS_TICK_MS });
  // "Tell me when it's fixed": the watched addresses due a check, on the instance holding the `watch` lease.
  const stopWatchLoop = startWatchLoop(services.watchRecheck, config.watchRoundSeconds * 1000, log);
  // The weekly summary to each campaign's owner, on the instance holding the `campaign-summary` lease.
  const stopCampaignSummaries = startCampaignSummaries({
    ...chatRounds,
    campaigns: opened.campaigns,
    summaries: services.campaignSummaries,
    progressCards: services.campaignProgressCards,
    everyMs: CAMPAIGN_SUMMARY_ROUND_MS,
  });
  const server = createServer({
    config,
    log,
    adapter,
    logic: async (context) => {
      await app.run(context);
    },
    storageKind: opened.kind,
    version,
    exports: services.exports,
  });

  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping: no new requests, finishing turns in flight');
    await server.drain(DRAIN_TIMEOUT_MS);
    await stopCaseLoop();
    // The job may be waiting out another instance's lease (up to 10 s): it holds no card then. Cards in
    // flight are durable claims, settled after a restart, so shutdown waits for them only briefly.
    await Promise.race([sender.stop(), new Promise((done) => setTimeout(done, SENDER_STOP_WAIT_MS))]);
    await stopCampaignProgress();
    await stopWatchLoop();
    await stopCampaignSummaries();
    await opened.lease.release(LEASES.caseLoop, instanceId).catch(() => undefined);
    await opened.lease.release(LEASES.watch, instanceId).catch(() => undefined);
    await services.background.idle();
    await opened.close();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  let url: string;
  try {
    url = await server.listen();
  } catch (error) {
    fail(`cannot listen on ${config.host}:${config.port}: ${(error as Error).message}`);
  }
  if (config.botId) {
    log.info({ botType: config.botType }, 'Bot Framework authentication on: requests need a valid token');
  } else {
    log.warn(
      'local anonymous mode: BOT_ID is not set, so requests are not authenticated and the bot listens on 127.0.0.1 only',
    );
  }
  log.info({ url, version, storage: opened.kind }, 'listening');
}

// A setting the SDKs refuse while the services are built is a configuration error too.
void main().catch((error: unknown) => {
  if (error instanceof ConfigError) fail(`configuration error: ${error.message}`);
  throw error;
});
