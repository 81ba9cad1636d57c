import { randomUUID } from 'node:crypto';
import { vi } from 'vitest';
import type { BotProcess } from '../helpers/botProcess';

/**
 * Runs `action` and returns what the bot logged meanwhile. The bot's output reaches the test
 * through a pipe, after the HTTP answer, so a marker request is logged last (a rejected body,
 * logged with its URL) and awaited: every earlier line of the same stream has arrived by then.
 */
export async function logDuring<T>(bot: BotProcess, action: () => Promise<T>): Promise<{ result: T; log: string }> {
  const mark = bot.output.length;
  const result = await action();
  const marker = randomUUID();
  const response = await fetch(`${bot.url}/api/messages?marker=${marker}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
  await response.text();
  await vi.waitFor(() => {
    if (!bot.output.slice(mark).some((line) => line.includes(marker))) throw new Error(`the bot has not logged marker ${marker} yet`);
  }, { timeout: 10_000, interval: 20 });
  return { result, log: bot.output.slice(mark).join('\n') };
}
