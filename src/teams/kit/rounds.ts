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
