import { randomBytes } from 'node:crypto';
import type { KeyValueStore } from '../../domain/types';

const TTL_MS = 15 * 60_000;

interface StoredExport {
  csv: string;
  fileName: string;
  expiresAt: string;
}

/**
 * One-time download links for CSV exports: Teams cannot take a file from a bot in a
 * channel, so the card links to the bot's own `GET /exports/<token>`. The token is 32
 * random bytes and expires after 15 minutes.
 */
export class ExportLinks {
  constructor(
    private readonly store: KeyValueStore,
    private readonly publicUrl: string,
  ) {}

  async create(csv: string, fileName: string, now = new Date()): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const item: StoredExport & { eTag: string } = { csv, fileName, expiresAt: new Date(now.getTime() + TTL_MS).toISOString(), eTag: '*' };
    await this.store.write({ [`export/${token}`]: item });
    return `${this.publicUrl}/exports/${token}`;
  }

  /** The export for a token, once: it is deleted when read, or undefined when unknown or expired. */
  async take(token: string, now = new Date()): Promise<{ csv: string; fileName: string } | undefined> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
    const key = `export/${token}`;
    const item = (await this.store.read([key]))[key] as StoredExport | undefined;
    if (!item) return undefined;
    await this.store.delete([key]);
    return item.expiresAt > now.toISOString() ? { csv: item.csv, fileName: item.fileName } : undefined;
  }
}
