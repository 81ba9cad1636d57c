/**
 * A named lease that at most one holder has at a time, so that of several bot instances
 * sharing a backend only one does a given piece of background work (the unassigned-case
 * reminders). A holder keeps the lease by calling `tryAcquire` again before `ttlMs`
 * passes; when it stops (crash, scale-in), another holder gets the lease once it expires.
 *
 * Expiry is judged by the clock of the instance asking, so `ttlMs` must be well above
 * the clock skew between instances (seconds on Azure) and above one round of the work.
 */
export interface Lease {
  /** Takes the lease, or extends it when `holderId` already has it. True when `holderId` holds it now, for `ttlMs`. */
  tryAcquire(name: string, holderId: string, ttlMs: number): Promise<boolean>;
  /** Gives the lease up now, if `holderId` holds it, so another holder need not wait for expiry. */
  release(name: string, holderId: string): Promise<void>;
}
