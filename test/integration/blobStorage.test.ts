import { randomUUID } from 'node:crypto';
import { BlobServiceClient, type ContainerClient } from '@azure/storage-blob';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobStorage, blobNameFor } from '../../src/storage/blobStorage';
import { runStorageContract } from '../contracts/storage.contract';
import { startAzurite, devConnectionString, type Azurite } from '../helpers/azurite';
import { freePort, runBotExpectingExit, startBot, type BotProcess } from '../helpers/botProcess';
import { startFakeConnector } from '../helpers/connector';
import { TeamsUser } from '../helpers/teamsUser';

let azurite: Azurite;
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => {
  await azurite?.stop();
});

const freshContainerName = () => `test-${randomUUID().replace(/-/g, '')}`;
const containerClient = (name: string): ContainerClient =>
  BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient(name);

runStorageContract('BlobStorage', async () => {
  const name = freshContainerName();
  return {
    storage: new BlobStorage(containerClient(name)),
    second: async () => new BlobStorage(containerClient(name)),
    cleanup: async () => void (await containerClient(name).deleteIfExists()),
  };
});

/** The stored state of a conversation, found by decoding blob names back into keys. */
async function storedTurnCount(container: ContainerClient, conversationId: string): Promise<number | undefined> {
  for await (const blob of container.listBlobsFlat()) {
    if (!Buffer.from(blob.name, 'base64url').toString('utf8').includes(`/conversations/${conversationId}`)) continue;
    const body = await container.getBlockBlobClient(blob.name).downloadToBuffer();
    return (JSON.parse(body.toString('utf8')) as { turnCount?: number }).turnCount;
  }
  return undefined;
}

describe('BlobStorage on Azurite', () => {
  it('names a blob from its key, hashing keys too long for a blob name and keeping the key in metadata', async () => {
    const container = containerClient(freshContainerName());
    const longKey = `msteams/users/${'é'.repeat(1000)}`;
    try {
      await new BlobStorage(container).write({ short: { n: 1 }, [longKey]: { n: 2 } });
      const names: string[] = [];
      for await (const blob of container.listBlobsFlat({ includeMetadata: true })) {
        names.push(blob.name);
        if (blob.name.startsWith('sha256.')) expect(Buffer.from(blob.metadata?.statekey ?? '', 'base64url').toString('utf8')).toBe(longKey);
      }
      expect(names.sort()).toEqual([blobNameFor('short').name, blobNameFor(longKey).name].sort());
      expect(blobNameFor(longKey).name).toMatch(/^sha256\.[0-9a-f]{64}$/);
    } finally {
      await container.deleteIfExists();
    }
  });

  it('creates its container once when first used by concurrent calls', async () => {
    const container = containerClient(freshContainerName());
    const storage = new BlobStorage(container);
    try {
      await Promise.all([storage.write({ a: { n: 1 } }), storage.read(['a']), storage.write({ b: { n: 2 } })]);
      expect(await container.exists()).toBe(true);
      expect(Object.keys(await storage.read(['a', 'b']))).toEqual(['a', 'b']);
    } finally {
      await container.deleteIfExists();
    }
  });
});

describe('the bot on Azure Blob Storage', () => {
  const processes: BotProcess[] = [];
  afterAll(async () => {
    for (const p of processes) await p.kill('SIGKILL');
  });

  it('reports azure on /healthz and keeps state across a SIGKILL and a restart', async () => {
    const containerName = freshContainerName();
    const env = { AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, AZURE_STORAGE_CONTAINER: containerName };
    const container = containerClient(containerName);
    const connector = await startFakeConnector();
    try {
      const first = await startBot(env);
      processes.push(first);
      expect(await (await fetch(`${first.url}/healthz`)).json()).toMatchObject({ status: 'ok', storage: 'azure' });
      const alex = new TeamsUser(first.url, connector.url);
      expect((await alex.say('help')).status).toBe(200);
      expect(await first.kill('SIGKILL')).toBeNull();
      expect(await storedTurnCount(container, alex.conversationId)).toBe(1);

      const second = await startBot(env);
      processes.push(second);
      const sameAlex = new TeamsUser(second.url, connector.url, alex.user, { id: alex.conversationId });
      expect((await sameAlex.say('help')).status).toBe(200);
      expect(await second.kill('SIGTERM')).toBe(0);
      expect(await storedTurnCount(container, alex.conversationId)).toBe(2);
    } finally {
      await connector.close();
      await container.deleteIfExists();
    }
  });

  it('stops at start-up with one line and exit 1 when the storage account cannot be reached', async () => {
    const closedPort = await freePort();
    const connectionString = devConnectionString(closedPort, closedPort);
    const { code, stderr } = await runBotExpectingExit({ AZURE_STORAGE_CONNECTION_STRING: connectionString });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(new RegExp(`cannot use the Azure Blob Storage container http://127\\.0\\.0\\.1:${closedPort}/devstoreaccount1/vlsa-state: .*ECONNREFUSED`));
    expect(stderr).not.toContain('AccountKey');
    expect(stderr).not.toContain(connectionString.match(/AccountKey=([^;]+)/)?.[1]);
  });
});
