import { TurnContext } from 'botbuilder';
import { addressForDisplay, parseAddress } from '../../../domain/address';
import type { DiagnosisRecords } from '../../../domain/stores/diagnosisRecords';
import { verdictMeaning } from '../../../domain/verdicts';
import { checkNow, type CheckOutcome, type RecheckDeps, type WatchList } from '../../../domain/watch/recheck';
import type { Watch } from '../../../domain/watch/watch';
import type { Catalog } from '../../../text/catalog';
import { renderCard } from '../../kit/cards/render';
import { intent } from '../../kit/intents';
import { wordsOf } from '../../kit/language';
import { scopeOf, tenantOf } from '../../kit/scope';
import { onSubmit, type BotApp, type TurnHandler } from '../../kit/verbs';
import { watchingCard } from './cards';
import { WATCH_VERBS } from './verbs';

export { startWatchLoop, teamsFixedNotifier } from './loop';

export interface WatchDeps {
  list: WatchList;
  /** The re-checks, with the notice sent to each watcher's 1:1 chat (teamsFixedNotifier). */
  recheck: RecheckDeps;
  /** The person's own checks: a watch starts only for an address they checked and that can be fixed. */
  records: Pick<DiagnosisRecords, 'get'>;
  intervalHours: number;
}

/** The person pressing or typing, in their 1:1 chat: watches are theirs alone, and notices come there. */
function watcherOf(context: TurnContext): { tenantId: string; aadObjectId: string } | undefined {
  const tenantId = tenantOf(context);
  const aadObjectId = context.activity.from?.aadObjectId;
  return tenantId && aadObjectId && scopeOf(context) === 'personal' ? { tenantId, aadObjectId } : undefined;
}

/** The card's address, parsed; undefined when the card carries none or a malformed one (forged). */
function submittedAddress(context: TurnContext): string | undefined {
  const raw = (context.activity.value as { address?: unknown } | undefined)?.address;
  const parsed = typeof raw === 'string' ? parseAddress(raw) : undefined;
  return parsed?.ok ? parsed.address : undefined;
}

function outcomeLine(words: Catalog, watch: Watch, outcome: CheckOutcome): string {
  const C = words.watch.checked;
  const shown = addressForDisplay(watch.address);
  switch (outcome.kind) {
    case 'fixed':
      return C.fixed(shown);
    case 'postponed':
      return C.postponed(shown, Math.max(1, Math.ceil(outcome.retryAfterSeconds / 60)));
    case 'inconclusive':
      return C.inconclusive(shown);
    case 'unchanged': {
      const { verdict } = outcome.diagnosis;
      return (watch.lastVerdict === undefined || watch.lastVerdict === verdict ? C.unchanged : C.changed)(shown, words.cases.verdicts[verdict]);
    }
  }
}

/**
 * "Tell me when it's fixed": the button on a verdict card puts the address on the person's
 * watch list (watch/recheck.ts checks it on a schedule), "Stop watching" takes it off, and
 * "check again now" (typed, or the button) checks the person's watches at once. A fix is told
 * by its own card (teamsFixedNotifier); the answer here lists what each check found.
 */
export function register(app: BotApp, deps: WatchDeps): void {
  const isCheckAgain = intent('checkAgain');
  const onStart: TurnHandler = async (context) => {
    const words = wordsOf(context);
    const watcher = watcherOf(context);
    const address = submittedAddress(context);
    const checked = watcher && address ? await deps.records.get(watcher, address) : undefined;
    // An old card of an address found fixed since: nothing left to watch.
    if (checked?.verdict === 'ready') {
      await context.sendActivity(words.watch.nothingToWatch(addressForDisplay(checked.address)));
      return;
    }
    // Only an address this person checked, with a verdict a later check can turn to ready: anything else is a forged card.
    if (!watcher || !address || !checked || !verdictMeaning(checked.verdict).watchable) {
      await context.sendActivity(words.errors.unknownAction);
      return;
    }
    const conversationReference = TurnContext.getConversationReference(context.activity) as unknown as Record<string, unknown>;
    await deps.list.watch(watcher.tenantId, address, { aadObjectId: watcher.aadObjectId, conversationReference, locale: context.activity.locale, checked: { at: checked.lastCheckedAt, verdict: checked.verdict } });
    await context.sendActivity({ attachments: [renderCard('guide', watchingCard(words, address, deps.intervalHours))] });
  };

  const onStop: TurnHandler = async (context) => {
    const words = wordsOf(context);
    const watcher = watcherOf(context);
    const address = submittedAddress(context);
    if (!watcher || !address) {
      await context.sendActivity(words.errors.unknownAction);
      return;
    }
    const stopped = await deps.list.stop(watcher.tenantId, watcher.aadObjectId, address);
    await context.sendActivity((stopped ? words.watch.stopped : words.watch.notWatching)(addressForDisplay(address)));
  };

  /** Checks the person's watches now: the one the card names, or all of them. */
  const checkAgain = async (context: TurnContext, address?: string) => {
    const words = wordsOf(context);
    const watcher = watcherOf(context);
    if (!watcher) {
      await context.sendActivity(words.errors.unknownAction);
      return;
    }
    const results = await checkNow(deps.recheck, watcher.tenantId, watcher.aadObjectId, address);
    if (!results.length) {
      await context.sendActivity(address ? words.watch.notWatching(addressForDisplay(address)) : words.watch.noWatches);
      return;
    }
    const lines = results.map(({ watch, outcome }) => outcomeLine(words, watch, outcome));
    await context.sendActivity({ text: [words.watch.checked.intro, ...lines].join('\n\n'), textFormat: 'plain' });
  };

  const onCheckNowButton: TurnHandler = async (context) => {
    const address = submittedAddress(context);
    if (!address) {
      await context.sendActivity(wordsOf(context).errors.unknownAction);
      return;
    }
    await checkAgain(context, address);
  };

  // In a group chat the words go on to the routes below: watches live in 1:1 chats.
  app.message(async (context) => (await isCheckAgain(context)) && scopeOf(context) === 'personal', (context) => checkAgain(context));
  onSubmit(app, WATCH_VERBS.start, onStart);
  onSubmit(app, WATCH_VERBS.stop, onStop);
  onSubmit(app, WATCH_VERBS.checkNow, onCheckNowButton);
}
