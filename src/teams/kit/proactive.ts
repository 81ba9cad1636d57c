import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';

/**
 * Runs `work` in a proactive turn (a message the bot starts, outside any turn of the person)
 * and gives back its result or its error. The adapter would hand an error to the app's
 * turn-error handler instead, which would answer a conversation nobody is in, and the caller
 * would never learn what failed.
 */
export async function proactive<T>(adapter: CloudAdapter, botAppId: string, reference: Partial<ConversationReference>, work: (context: TurnContext) => Promise<T>): Promise<T> {
  let outcome: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
  await adapter.continueConversationAsync(botAppId, reference, async (context) => {
    try {
      outcome = { ok: true, value: await work(context) };
    } catch (error) {
      outcome = { ok: false, error };
    }
  });
  if (!outcome) throw new Error('the proactive turn did not run');
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}
