import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TableClient } from '@azure/data-tables';
import { afterAll, beforeAll } from 'vitest';
import { freePort, REPO_ROOT } from './botProcess';

/** The storage emulator's well-known development account (public, documented by Microsoft). */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const READY_WITHIN_MS = 30_000;

export interface Azurite {
  /** A connection string for the blob and table endpoints of this emulator. */
  connectionString: string;
  blobPort: number;
  tablePort: number;
  stop(): Promise<void>;
}

export function devConnectionString(blobPort: number, tablePort: number): string {
  return (
    `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};` +
    `BlobEndpoint=http://127.0.0.1:${blobPort}/${DEV_ACCOUNT};TableEndpoint=http://127.0.0.1:${tablePort}/${DEV_ACCOUNT};`
  );
}

function accepts(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

/**
 * Starts Azurite in memory on free loopback ports, in its own process group so `stop`
 * ends it and anything it spawned, and resolves once the blob and table ports accept
 * connections.
 */
export async function startAzurite(): Promise<Azurite> {
  const [blobPort, tablePort, queuePort] = [await freePort(), await freePort(), await freePort()];
  const workDir = mkdtempSync(join(tmpdir(), 'vlsa-azurite-'));
  const child = spawn(
    join(REPO_ROOT, 'node_modules', '.bin', 'azurite'),
    [
      '--silent',
      '--inMemoryPersistence',
      '--skipApiVersionCheck',
      '--disableProductStyleUrl',
      '--disableTelemetry',
      '--loose',
      ...['--blobHost', '127.0.0.1', '--blobPort', String(blobPort)],
      ...['--tableHost', '127.0.0.1', '--tablePort', String(tablePort)],
      ...['--queueHost', '127.0.0.1', '--queuePort', String(queuePort)],
    ],
    // Azurite refuses --location with --inMemoryPersistence; the working folder keeps any
    // file it still writes out of the repository.
    { cwd: workDir, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    await exited;
  };

  const deadline = Date.now() + READY_WITHIN_MS;
  while (!((await accepts(blobPort)) && (await accepts(tablePort)))) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`azurite exited before listening:\n${output}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`azurite did not listen on ${blobPort}/${tablePort} within ${READY_WITHIN_MS} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { connectionString: devConnectionString(blobPort, tablePort), blobPort, tablePort, stop };
}

/**
 * Azurite for one test file: started before its tests, stopped after. `tableClient(name)` is a
 * client of the table `name` (see `freshPrefix` for a table prefix of one's own).
 */
export function useAzurite(): { azurite: () => Azurite; tableClient: (name: string) => TableClient } {
  let azurite: Azurite | undefined;
  beforeAll(async () => {
    azurite = await startAzurite();
  });
  afterAll(async () => {
    await azurite?.stop();
  });
  const running = () => {
    if (!azurite) throw new Error('Azurite is not started yet');
    return azurite;
  };
  return { azurite: running, tableClient: (name) => TableClient.fromConnectionString(running().connectionString, name, { allowInsecureConnection: true }) };
}

/** A table prefix no other test uses. */
export const freshPrefix = (): string => `t${randomBytes(8).toString('hex')}`;
