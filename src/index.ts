import { ConfigError, loadEnvironment, readConfig, type Config } from './config';
import { createLogger } from './log';
import { packageVersion } from './paths';
import { createServer } from './server';
import { createServices } from './services';
import { BlobStorageOpenError } from './storage/blobStorage';
import { openStorage } from './storage/openStorage';
import { StorageOpenError } from './storage/sqliteStorage';
import { createAdapter } from './teams/adapter';
import { createApp } from './teams/app';

const DRAIN_TIMEOUT_MS = 10_000;

/** Prints one line and exits: start-up problems must be readable without a stack trace. */
function fail(message: string): never {
  process.stderr.write(`vl-signin-assistant: ${message}\n`);
  process.exit(1);
}

function loadConfig(): Config {
  try {
    return readConfig(loadEnvironment(process.cwd()), process.cwd());
  } catch (error) {
    if (error instanceof ConfigError) fail(`configuration error: ${error.message}`);
    throw error;
  }
}

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const version = packageVersion();

  let opened;
  try {
    opened = await openStorage(config, log);
  } catch (error) {
    if (error instanceof StorageOpenError || error instanceof BlobStorageOpenError) fail(error.message);
    throw error;
  }
  const { storage } = opened;
  const adapter = createAdapter(config);
  const app = createApp({ adapter, storage, services: createServices(config, log, storage) });
  const server = createServer({
    config,
    log,
    adapter,
    logic: async (context) => {
      await app.run(context);
    },
    storageKind: opened.kind,
    version,
  });

  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping: no new requests, finishing turns in flight');
    await server.drain(DRAIN_TIMEOUT_MS);
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

void main();
