import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { LanguageChoices } from '../../../domain/stores/languageChoices';
import { runWatchRound, type FixedNotice, type RecheckDeps } from '../../../domain/watch/recheck';
import type { Logger } from '../../../log';
import { renderCard } from '../../kit/cards/render';
import { localeFor, wordsForLocale } from '../../kit/language';
import { proactive } from '../../kit/proactive';
import { startRounds } from '../../kit/rounds';
import { fixedCard } from './cards';

/** Watches checked per round at most, so a round stays short however many fall due at once. */
export const WATCH_ROUND_LIMIT = 100;

export interface NotifierDeps {
  adapter: CloudAdapter;
  botAppId: string;
  languages: LanguageChoices;
  log: Logger;
}

/**
 * Tells a watcher their address is fixed, in their 1:1 chat with the bot and their language
 * (their choice, else the locale they asked in). The fix itself (case resolved, campaign
 * recipient counted) is stored before. When Teams refuses for a while (throttled, down), the
 * watch is kept and the notice comes at a later round; when the bot is no longer in their chat
 * (403, 404), or there is no chat, it is logged and dropped.
 */
export function teamsFixedNotifier(deps: NotifierDeps): (notice: FixedNotice) => Promise<'told' | 'gone' | 'retry'> {
  return async (notice) => {
    const { tenantId, watcher } = notice.watch;
    if (!watcher.conversationReference) {
      deps.log.warn({ tenantId }, 'a watched address is fixed, but its watcher has no chat to tell them in');
      return 'gone';
    }
    try {
      const locale = await localeFor(deps.languages, { tenantId, aadObjectId: watcher.aadObjectId }, watcher.locale);
      const card = renderCard('guide', fixedCard(wordsForLocale(locale), notice));
      await proactive(deps.adapter, deps.botAppId, watcher.conversationReference as Partial<ConversationReference>, (context) => context.sendActivity({ attachments: [card] }));
      return 'told';
    } catch (error) {
      const status = (error as { statusCode?: unknown }).statusCode;
      const gone = status === 403 || status === 404;
      deps.log.warn({ tenantId, status, err: (error as Error).message }, gone ? 'a watcher removed the bot: their fix is not told' : 'could not tell a watcher their address is fixed: told at a later round');
      return gone ? 'gone' : 'retry';
    }
  };
}

/** The scheduled re-checks: every `roundMs`, the watches due (on the instance holding the `watch` lease, RecheckDeps.isLeader). */
export function startWatchLoop(deps: RecheckDeps, roundMs: number, log: Logger): () => Promise<void> {
  return startRounds(roundMs, () => runWatchRound(deps, WATCH_ROUND_LIMIT), (error) => log.error({ err: error }, 'watch round failed'));
}
