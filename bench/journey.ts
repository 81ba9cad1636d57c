import type { ActivityJson } from './loadDriver';

/**
 * What the benchmark asks the bot: journey 1 in its one-message form, cycling through
 * three verdicts of the Entra fake's built-in directory, so every turn diagnoses (the
 * credential-type request is made every time; realm and tenant come from the cache
 * after the first turn per domain).
 */
const ADDRESSES = ['megan@fourthcoffee.xyz', 'alex@contoso.com', 'pat@outlook.com'];

export const checkText = (conversation: number, turn: number): string => `check ${ADDRESSES[(conversation + turn) % ADDRESSES.length]}`;

export const helpText = (): string => 'help';

/** The result card (or help card): anything else first, such as an apology or a rate-limit notice, is an error. */
export const isCard = (activity: ActivityJson): boolean => Array.isArray(activity.attachments) && activity.attachments.length > 0;

export const isText = (activity: ActivityJson): boolean => typeof activity.text === 'string' && activity.text.length > 0;

/**
 * The bot's settings for every run: diagnosis against the local fake, and the per-person
 * lookup limit (30 an hour by default) raised, as the driver's people ask far more often
 * than real ones. Logging stays at its default (info), lookup audit lines included.
 */
export function botEnv(entraUrl: string): Record<string, string> {
  return { ENTRA_LOGIN_URL: entraUrl, LOOKUP_USER_LIMIT_PER_HOUR: '100000' };
}
