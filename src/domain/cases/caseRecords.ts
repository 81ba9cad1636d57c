import { createHash } from 'node:crypto';
import type { Diagnosis, KeyValueStore } from '../types';

/** Who asked, as Teams identified them. */
export interface RequesterIdentity {
  aadObjectId: string;
  name: string;
  upn?: string;
  email?: string;
  tenantId?: string;
}

export interface DiagnosisRecord {
  requester: RequesterIdentity;
  address: string;
  verdict: Diagnosis['verdict'];
  diagnosis: Diagnosis;
  firstCheckedAt: string;
  lastCheckedAt: string;
  checks: number;
}

const MAX_RECENT = 20;

function addressKey(address: string): string {
  return createHash('sha256').update(address.toLowerCase()).digest('hex').slice(0, 32);
}

/**
 * Keeps, per person and address, the latest diagnosis, so later journeys (drafts,
 * escalation) start from what was found. One record per requester and address: asking
 * again updates it.
 */
export class DiagnosisRecords {
  constructor(private readonly store: KeyValueStore) {}

  private recordKey(requesterId: string, address: string): string {
    return `diagnosis/${requesterId}/${addressKey(address)}`;
  }

  private recentKey(requesterId: string): string {
    return `diagnosis-recent/${requesterId}`;
  }

  async record(requester: RequesterIdentity, diagnosis: Diagnosis): Promise<DiagnosisRecord> {
    const key = this.recordKey(requester.aadObjectId, diagnosis.address);
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
    const recentKey = this.recentKey(requester.aadObjectId);
    const recent = ((await this.store.read([recentKey]))[recentKey] as { keys?: string[] } | undefined)?.keys ?? [];
    const keys = [key, ...recent.filter((k) => k !== key)].slice(0, MAX_RECENT);
    await this.store.write({ [key]: { ...record, eTag: '*' }, [recentKey]: { keys, eTag: '*' } });
    return record;
  }

  async get(requesterId: string, address: string): Promise<DiagnosisRecord | undefined> {
    const key = this.recordKey(requesterId, address);
    return strip((await this.store.read([key]))[key]);
  }

  /** The record for `address` when one is named, else the person's most recent one. */
  find(requesterId: string, address?: string): Promise<DiagnosisRecord | undefined> {
    return address ? this.get(requesterId, address) : this.latest(requesterId);
  }

  /** The person's most recently checked address, if any. */
  async latest(requesterId: string): Promise<DiagnosisRecord | undefined> {
    const recentKey = this.recentKey(requesterId);
    const first = ((await this.store.read([recentKey]))[recentKey] as { keys?: string[] } | undefined)?.keys?.[0];
    return first ? strip((await this.store.read([first]))[first]) : undefined;
  }
}

function strip(item: unknown): DiagnosisRecord | undefined {
  if (!item) return undefined;
  const { eTag: _eTag, ...record } = item as DiagnosisRecord & { eTag?: string };
  return record;
}
