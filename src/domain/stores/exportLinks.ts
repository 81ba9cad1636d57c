import { randomBytes } from 'node:crypto';
import { updateStored } from '../storedUpdate';
import { STORE_KEYS } from './keys';
import type { KeyValueStore, TakeOnceStore } from './ports';

const TTL_MS = 15 * 60_000;
/**
 * The store cannot list its keys, so this one item lists the exports not yet swept: token →
 * expiry. It holds only the last quarter of an hour's exports.
 */
const INDEX_KEY = STORE_KEYS.exportIndex();

interface StoredExport {
  csv: string;
  fileName: string;
  expiresAt: string;
}

interface ExportIndex {
  expiries: Record<string, string>;
}

/**
 * One-time download links for CSV exports: Teams cannot take a file from a bot in a
 * channel, so the card links to the bot's own `GET /exports/<token>`. The token is 32
 * random bytes and expires after 15 minutes; an export nobody downloaded is deleted by
 * `sweepExpired`, which the case loop runs.
 */
export class ExportLinks {
  constructor(
    private readonly store: KeyValueStore & TakeOnceStore,
    private readonly publicUrl: string,
  ) {}

  async create(csv: string, fileName: string, now = new Date()): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + TTL_MS).toISOString();
    // Indexed first: an index entry without its export is swept harmlessly, an export without one never would be.
    await updateStored<ExportIndex, void>(this.store, INDEX_KEY, (index) => ({ next: { expiries: { ...index?.expiries, [token]: expiresAt } }, result: undefined }));
    const item: StoredExport & { eTag: string } = { csv, fileName, expiresAt, eTag: '*' };
    await this.store.write({ [STORE_KEYS.export(token)]: item });
    return `${this.publicUrl}/exports/${token}`;
  }

  /** The export for a token, once: of two requests at the same time, one gets it. Undefined when unknown, taken or expired. */
  async take(token: string, now = new Date()): Promise<{ csv: string; fileName: string } | undefined> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
    const item = (await this.store.takeOnce(STORE_KEYS.export(token))) as StoredExport | undefined;
    return item && item.expiresAt > now.toISOString() ? { csv: item.csv, fileName: item.fileName } : undefined;
  }

  /** Deletes the exports that expired by `now`, downloaded or not; returns how many it let go. */
  async sweepExpired(now = new Date()): Promise<number> {
    const index = (await this.store.read([INDEX_KEY]))[INDEX_KEY] as ExportIndex | undefined;
    const expired = Object.entries(index?.expiries ?? {})
      .filter(([, expiresAt]) => expiresAt <= now.toISOString())
      .map(([token]) => token);
    if (expired.length === 0) return 0;
    await this.store.delete(expired.map((token) => STORE_KEYS.export(token)));
    await updateStored<ExportIndex, void>(this.store, INDEX_KEY, (current) => {
      const expiries = { ...current?.expiries };
      for (const token of expired) delete expiries[token];
      return { next: { expiries }, result: undefined };
    });
    return expired.length;
  }
}
