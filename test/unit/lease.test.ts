import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/sqliteStorage';
import { SqliteLease } from '../../src/storage/sqliteLease';

const opened: Database.Database[] = [];
afterEach(() => {
  while (opened.length) opened.pop()?.close();
});

function databaseAt(path: string): Database.Database {
  const db = openDatabase(path);
  opened.push(db);
  return db;
}

const TTL = 60_000;

describe('SqliteLease', () => {
  it('lets one of two processes sharing the file hold the lease, and the other take it once it expires', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'vlsa-lease-')), 'state.sqlite');
    let now = new Date('2026-01-05T09:00:00Z');
    const clock = () => now;
    const a = new SqliteLease(databaseAt(path), clock);
    const b = new SqliteLease(databaseAt(path), clock);

    expect(await a.tryAcquire('case-reminders', 'instance-a', TTL)).toBe(true);
    expect(await b.tryAcquire('case-reminders', 'instance-b', TTL)).toBe(false);
    // Another lease name is another lease.
    expect(await b.tryAcquire('post-retries', 'instance-b', TTL)).toBe(true);

    now = new Date(now.getTime() + TTL - 1);
    expect(await b.tryAcquire('case-reminders', 'instance-b', TTL)).toBe(false);
    // The holder renews: the lease now runs a full TTL from here.
    expect(await a.tryAcquire('case-reminders', 'instance-a', TTL)).toBe(true);
    now = new Date(now.getTime() + TTL - 1);
    expect(await b.tryAcquire('case-reminders', 'instance-b', TTL)).toBe(false);

    now = new Date(now.getTime() + 1);
    expect(await b.tryAcquire('case-reminders', 'instance-b', TTL)).toBe(true);
    expect(await a.tryAcquire('case-reminders', 'instance-a', TTL)).toBe(false);
  });

  it('gives the lease up on release by its holder only', async () => {
    const db = databaseAt(join(mkdtempSync(join(tmpdir(), 'vlsa-lease-')), 'state.sqlite'));
    const lease = new SqliteLease(db);
    expect(await lease.tryAcquire('case-reminders', 'instance-a', TTL)).toBe(true);
    await lease.release('case-reminders', 'instance-b');
    expect(await lease.tryAcquire('case-reminders', 'instance-b', TTL)).toBe(false);
    await lease.release('case-reminders', 'instance-a');
    expect(await lease.tryAcquire('case-reminders', 'instance-b', TTL)).toBe(true);
  });

  it('lets exactly one of many concurrent holders take a free lease', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'vlsa-lease-')), 'state.sqlite');
    const leases = Array.from({ length: 4 }, () => new SqliteLease(databaseAt(path)));
    const taken = await Promise.all(leases.map((lease, i) => lease.tryAcquire('case-reminders', `instance-${i}`, TTL)));
    expect(taken.filter(Boolean)).toHaveLength(1);
  });
});
