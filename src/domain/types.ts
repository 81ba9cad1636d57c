/**
 * Types shared by the domain modules, the Teams surface and the command line.
 * Nothing here knows about Teams.
 */
import type { NextStep, Verdict } from './verdicts';

export type DomainType = 'managed' | 'federated' | 'unmanaged' | 'unknown';

/** Which public Entra source a lookup failure came from. */
export type SignalSource = 'user-realm' | 'credential-type' | 'openid-configuration';

export interface Diagnosis {
  /** The address as typed, trimmed; `address` is the normalised form (domain lower-cased). */
  input: string;
  address: string;
  domain: string | null;
  verdict: Verdict;
  domainType: DomainType;
  tenantId: string | null;
  tenantName: string | null;
  workAccount: boolean | null;
  personalAccount: boolean | null;
  /**
   * Whether Microsoft's answer about this exact address can be relied on. False for federated
   * domains (every address answers "exists"), when a control lookup of a made-up address at the
   * domain also answers "exists" (the endpoint does that while throttling) or could not be made,
   * and when nothing was concluded (invalid address, failed lookup).
   */
  addressConfirmed: boolean;
  /** A sentence a person can read. */
  reason: string;
  next: NextStep;
  /** Set when verdict is lookup-failed: which source failed and how. */
  failure?: { source: SignalSource; detail: string };
  /** ISO timestamp of the diagnosis. */
  checkedAt: string;
}

/** A conditional write lost to another writer: the one failure worth reading again and retrying. */
export class ETagConflictError extends Error {
  constructor(readonly key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'ETagConflictError';
  }
}

/** A minimal key-value store with eTags: botbuilder's Storage fits it as is. A lost conditional write throws ETagConflictError. */
export interface KeyValueStore {
  read(keys: string[]): Promise<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
  write(changes: Record<string, any>): Promise<void>; // eslint-disable-line @typescript-eslint/no-explicit-any
  delete(keys: string[]): Promise<void>;
}

/**
 * A store that hands an item to exactly one caller: read and delete in one step, so of two
 * callers taking the same key at once (on one instance or two), one gets it.
 */
export interface TakeOnceStore {
  /** The item under `key`, now deleted; undefined when there is none or another caller took it. */
  takeOnce(key: string): Promise<Record<string, any> | undefined>; // eslint-disable-line @typescript-eslint/no-explicit-any
}
