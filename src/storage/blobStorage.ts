import { createHash } from 'node:crypto';
import type { ContainerClient } from '@azure/storage-blob';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { ETagConflictError, type TakeOnceStore } from '../domain/stores/ports';
import { azureStorageReason, hasStatus, StorageOpenError } from './storageOpenError';

/** Blob names may be at most 1,024 characters. */
const MAX_BLOB_NAME = 1024;
/** Requests in flight at once for one read, write or delete batch. */
const BATCH_CONCURRENCY = 8;
/** Metadata holding the key of a blob whose name is a hash (metadata values must be ASCII). */
const KEY_METADATA = 'statekey';

/**
 * The blob that holds `key`: its UTF-8 bytes in base64url, which is case-sensitive and
 * free of `/`, `%` and trailing dots, so every key maps to one plain name. Keys too long
 * for that get `sha256.<hex>` instead (`.` is not in the base64url alphabet, so the two
 * kinds of names never collide) and keep the key itself in metadata.
 */
export function blobNameFor(key: string): { name: string; hashed: boolean } {
  const encoded = Buffer.from(key, 'utf8').toString('base64url');
  if (encoded.length <= MAX_BLOB_NAME) return { name: encoded, hashed: false };
  return { name: `sha256.${createHash('sha256').update(key, 'utf8').digest('hex')}`, hashed: true };
}

/** Raised for a container that cannot be used at start-up (StorageOpenError, code `blob-container`). */
export function blobOpenError(where: string, cause: unknown): StorageOpenError {
  return new StorageOpenError('blob-container', where, azureStorageReason(cause, 'check the account key, SAS or the identity’s role on the account'));
}

/** A SAS connection string puts its signature in the URL query; it must not reach a log. */
function withoutQuery(url: string): string {
  const parsed = new URL(url);
  parsed.search = '';
  return parsed.toString();
}

/** Runs `task` on every item, at most `limit` at once; waits for all, then throws the first failure. */
async function forEachBounded<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  const failures: unknown[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++];
      await task(item).catch((error: unknown) => failures.push(error));
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failures.length > 0) throw failures[0];
}

/**
 * Bot Framework `Storage` on Azure Blob Storage: one blob per key, the item's JSON as
 * the body and the blob's ETag as the item's `eTag`. A write with no eTag or `*`
 * overwrites; a write with an eTag is conditional (If-Match) and throws an
 * ETagConflictError when another writer got there first; a write with an eTag for a key
 * that does not exist creates it, as MemoryStorage and SqliteStorage do.
 *
 * Unlike SqliteStorage, a batch is NOT atomic across keys: each key is its own blob and
 * its own conditional request. When one key of a batch conflicts, the other keys of that
 * batch may already be saved. Each single key is still all-or-nothing and never
 * overwrites a newer version, so a turn that fails on a conflict leaves every key either
 * at its old or at its new value — callers that need several keys to change together
 * must keep them in one item.
 */
export class BlobStorage implements Storage, TakeOnceStore {
  private containerReady?: Promise<void>;

  constructor(private readonly container: ContainerClient) {}

  /**
   * Reads the container, creating it if needed, so a wrong endpoint, credential or
   * permission fails now, with one clear line, rather than in a turn.
   */
  async verify(abortSignal?: AbortSignal): Promise<void> {
    try {
      await this.ensureContainer(abortSignal);
    } catch (error) {
      throw blobOpenError(withoutQuery(this.container.url), error);
    }
  }

  async read(keys: string[]): Promise<StoreItems> {
    await this.ensureContainer();
    const found = new Map<string, StoreItem>();
    await forEachBounded(keys, BATCH_CONCURRENCY, async (key) => {
      const item = await this.readOne(key);
      if (item) found.set(key, item);
    });
    // In the order asked for, as SqliteStorage answers, whatever order the requests finished in.
    const items: StoreItems = {};
    for (const key of keys) if (found.has(key)) items[key] = found.get(key);
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes || Object.keys(changes).length === 0) return;
    await this.ensureContainer();
    await forEachBounded(Object.entries(changes), BATCH_CONCURRENCY, ([key, item]) => this.writeOne(key, item));
  }

  async delete(keys: string[]): Promise<void> {
    await this.ensureContainer();
    await forEachBounded(keys, BATCH_CONCURRENCY, async (key) => {
      await this.container.getBlockBlobClient(blobNameFor(key).name).deleteIfExists();
    });
  }

  /**
   * Reads the blob with its ETag, then deletes it only if that ETag still matches: of
   * several takers, the one whose delete succeeds gets the item; the others see 404 (already
   * deleted) or 412 (changed since they read it), and get nothing.
   */
  async takeOnce(key: string): Promise<StoreItem | undefined> {
    await this.ensureContainer();
    const item = await this.readOne(key);
    if (!item) return undefined;
    try {
      await this.container.getBlockBlobClient(blobNameFor(key).name).delete({ conditions: { ifMatch: item.eTag } });
    } catch (error) {
      if (hasStatus(error, 404, 412)) return undefined;
      throw error;
    }
    return item;
  }

  /**
   * Single-flight: concurrent first calls share one check; a failure is retried by the
   * next call. It reads before it creates, so a credential allowed to use an existing
   * container but not to create one still works.
   */
  private ensureContainer(abortSignal?: AbortSignal): Promise<void> {
    const check = async () => {
      if (!(await this.container.exists({ abortSignal }))) await this.container.createIfNotExists({ abortSignal });
    };
    this.containerReady ??= check().catch((error: unknown) => {
      this.containerReady = undefined;
      throw error;
    });
    return this.containerReady;
  }

  private async readOne(key: string): Promise<StoreItem | undefined> {
    try {
      const blob = await this.container.getBlockBlobClient(blobNameFor(key).name).download();
      const body = await readAll(blob.readableStreamBody);
      return { ...(JSON.parse(body) as StoreItem), eTag: blob.etag };
    } catch (error) {
      if (hasStatus(error, 404)) return undefined;
      throw error;
    }
  }

  private async writeOne(key: string, item: StoreItem): Promise<void> {
    const { name, hashed } = blobNameFor(key);
    const blob = this.container.getBlockBlobClient(name);
    // The eTag lives in the blob's ETag header; a copy in the body would only go stale.
    const { eTag, ...value } = item ?? {};
    const body = JSON.stringify(value);
    const metadata = hashed ? { [KEY_METADATA]: Buffer.from(key, 'utf8').toString('base64url') } : undefined;
    const upload = (conditions?: { ifMatch?: string; ifNoneMatch?: string }) =>
      blob.upload(body, Buffer.byteLength(body), {
        conditions,
        metadata,
        blobHTTPHeaders: { blobContentType: 'application/json; charset=utf-8' },
      });
    if (typeof eTag !== 'string' || eTag === '' || eTag === '*') {
      await upload();
      return;
    }
    try {
      await upload({ ifMatch: eTag });
    } catch (error) {
      if (!hasStatus(error, 412, 404)) throw error;
      // If-Match also fails when the blob does not exist; then create it, but only if
      // nobody else does first (If-None-Match: *), which mirrors MemoryStorage.
      try {
        await upload({ ifNoneMatch: '*' });
      } catch (createError) {
        if (hasStatus(createError, 409, 412)) throw new ETagConflictError(key);
        throw createError;
      }
    }
  }
}

async function readAll(stream: NodeJS.ReadableStream | undefined): Promise<string> {
  if (!stream) throw new Error('Azure Blob Storage returned no body stream (only browsers do that)');
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}
