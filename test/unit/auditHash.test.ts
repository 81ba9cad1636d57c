import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { auditHashKey, hashAddress } from '../../src/domain/auditHash';
import { MemoryStore } from '../../src/storage/memoryStore';

describe('audit hashes of addresses', () => {
  it('are an HMAC-SHA256 of the lower-cased address under the deployment key, not a plain sha256', () => {
    const key = 'k'.repeat(32);
    expect(hashAddress('Alex@Contoso.com', key)).toBe(createHmac('sha256', key).update('alex@contoso.com').digest('hex'));
    expect(hashAddress('alex@contoso.com', key)).not.toBe(createHash('sha256').update('alex@contoso.com').digest('hex'));
    expect(hashAddress('alex@contoso.com', key)).not.toBe(hashAddress('alex@contoso.com', 'j'.repeat(32)));
  });

  it('use AUDIT_HASH_KEY when it is set, storing nothing', async () => {
    const store = new MemoryStore();
    expect(await auditHashKey(store, 'configured-key-of-32-characters!')).toBe('configured-key-of-32-characters!');
    expect(store.size).toBe(0);
  });

  it('otherwise use a random key made once and kept in storage, the same for every instance starting at once', async () => {
    const store = new MemoryStore();
    const keys = await Promise.all([auditHashKey(store, undefined), auditHashKey(store, undefined), auditHashKey(store, undefined)]);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await auditHashKey(store, undefined)).toBe(keys[0]);
    expect(await auditHashKey(new MemoryStore(), undefined)).not.toBe(keys[0]);
  });
});
