import type { Lease } from '../../domain/stores/ports';

/**
 * Background work done in rounds (the case pass, campaign progress cards, watch re-checks):
 * a round starts `everyMs` after the last one ended, so rounds never overlap however long one
 * takes, and a failed round is reported and the next one still comes. Returns the stop, which
 * waits for the round in flight.
 *
 * @example
 * const stop = startRounds(60_000, () => runCasePass(deps), (error) => log.error({ err: error }, 'case pass failed'));
 * await stop(); // at shutdown
 */
export function startRounds(everyMs: number, round: () => Promise<unknown>, onError: (error: unknown) => void): () => Promise<void> {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const next = () => {
    if (stopped) return;
    running = round()
      .then(() => undefined, onError)
      .finally(() => {
        if (!stopped) schedule();
      });
  };
  const schedule = () => {
    timer = setTimeout(next, everyMs);
    timer.unref();
  };
  schedule();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await running;
  };
}

/**
 * Rounds run only on the instance holding the lease `lease.name` (taken again before each round,
 * for `ttlMs`), so of several instances one does the work; `round` is told when a stop has been
 * asked, to end early. The stop waits for the round in flight and gives the lease up.
 */
export function startLeasedRounds(opts: {
  lease: Lease;
  name: string;
  instanceId: string;
  ttlMs: number;
  everyMs: number;
  round: (stopped: () => boolean) => Promise<unknown>;
  onError: (error: unknown) => void;
}): () => Promise<void> {
  let stopped = false;
  const isStopped = () => stopped;
  const stopRounds = startRounds(
    opts.everyMs,
    async () => {
      if (await opts.lease.tryAcquire(opts.name, opts.instanceId, opts.ttlMs)) await opts.round(isStopped);
    },
    opts.onError,
  );
  return async () => {
    stopped = true;
    await stopRounds();
    await opts.lease.release(opts.name, opts.instanceId).catch(() => undefined);
  };
}
