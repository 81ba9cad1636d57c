import { createHash } from 'node:crypto';
import { STORE_KEYS } from './keys';
import type { KeyValueStore } from './ports';
import type { Requester } from '../requester';
import type { Diagnosis } from '../types';
import { addressKey } from '../cases/case';

export interface DiagnosisRecord {
  requester: Requester;
  address: string;
  verdict: Diagnosis['verdict'];
  diagnosis: Diagnosis;
  firstCheckedAt: string;
  lastCheckedAt: string;
  checks: number;
}

const MAX_RECENT = 20;

/** Whose records: the tenant first, then the person. */
export type RecordOwner = Pick<Requester, 'aadObjectId' | 'tenantId'>;

/** The address in a key, hashed so the key holds no address; the same address as a case's (addressKey). */
function hashedAddressKey(address: string): string {
  return createHash('sha256').update(addressKey(address)).digest('hex').slice(0, 32);
}

/**
 * Keeps, per person and address, the latest diagnosis, so later journeys (drafts,
 * escalation) start from what was found. One record per requester and address: asking
 * again updates it.
 */
export class DiagnosisRecords {
  constructor(private readonly store: KeyValueStore) {}

  private recordKey(owner: RecordOwner, address: string): string {
    return STORE_KEYS.diagnosis(owner.tenantId ?? '', owner.aadObjectId, hashedAddressKey(address));
  }

  private recentKey(owner: RecordOwner): string {
    return STORE_KEYS.diagnosisRecent(owner.tenantId ?? '', owner.aadObjectId);
  }

  async record(requester: Requester, diagnosis: Diagnosis): Promise<DiagnosisRecord> {
    const key = this.recordKey(requester, diagnosis.address);
    const existing = (await this.store.read([key]))[key] as DiagnosisRecord | undefined;
    const record: DiagnosisRecord = {
      requester,
      address: diagnosis.address,
      verdict: diagnosis.verdict,
      diagnosis,
      firstCheckedAt: existing?.firstCheckedAt ?? diagnosis.checkedAt,
      lastCheckedAt: diagnosis.checkedAt,
      checks: (existing?.checks ?? 0) + 1,
    };
    const recentKey = this.recentKey(requester);
    const recent = ((await this.store.read([recentKey]))[recentKey] as { keys?: string[] } | undefined)?.keys ?? [];
    const keys = [key, ...recent.filter((k) => k !== key)].slice(0, MAX_RECENT);
    await this.store.write({ [key]: { ...record, eTag: '*' }, [recentKey]: { keys, eTag: '*' } });
    return record;
  }

  /**
   * A later check of an address the person checked before (a watch's re-check): their record
   * follows it, so what they do next (a draft, "Tell me when it's fixed" on the old card) starts
   * from what is true now. An address they never checked gets no record.
   */
  async refresh(owner: RecordOwner, diagnosis: Diagnosis): Promise<void> {
    const existing = await this.get(owner, diagnosis.address);
    if (existing) await this.record(existing.requester, diagnosis);
  }

  async get(owner: RecordOwner, address: string): Promise<DiagnosisRecord | undefined> {
    const key = this.recordKey(owner, address);
    return strip((await this.store.read([key]))[key]);
  }

  /** The record for `address` when one is named, else the person's most recent one. */
  find(owner: RecordOwner, address?: string): Promise<DiagnosisRecord | undefined> {
    return address ? this.get(owner, address) : this.latest(owner);
  }

  /** The person's most recently checked address, if any. */
  async latest(owner: RecordOwner): Promise<DiagnosisRecord | undefined> {
    const recentKey = this.recentKey(owner);
    const first = ((await this.store.read([recentKey]))[recentKey] as { keys?: string[] } | undefined)?.keys?.[0];
    return first ? strip((await this.store.read([first]))[first]) : undefined;
  }
}

function strip(item: unknown): DiagnosisRecord | undefined {
  if (!item) return undefined;
  const { eTag: _eTag, ...record } = item as DiagnosisRecord & { eTag?: string };
  return record;
}
