import { createHmac, randomBytes } from 'node:crypto';
import { updateStored } from './storedUpdate';
import { STORE_KEYS } from './stores/keys';
import type { KeyValueStore } from './stores/ports';

/**
 * HMAC-SHA256 (hex) of the lower-cased address under the deployment's key. Audit records of
 * one address can be correlated, but whoever reads the log without the key cannot confirm a
 * guessed address by hashing it, as they could with a plain sha256.
 */
export function hashAddress(address: string, key: string): string {
  return createHmac('sha256', key).update(address.toLowerCase()).digest('hex');
}

/**
 * The deployment's audit hash key: AUDIT_HASH_KEY when set, else 32 random bytes made on the
 * first start and kept in the bot's storage. It is created only while missing, so instances
 * starting together all end up with the one stored first.
 */
export async function auditHashKey(store: KeyValueStore, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  const made = randomBytes(32).toString('base64url');
  return updateStored<{ key: string }, string>(store, STORE_KEYS.auditHashKey(), (stored) => (stored?.key ? { result: stored.key } : { next: { key: made }, result: made }));
}
