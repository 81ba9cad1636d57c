/**
 * A moment as the bot writes it, "2026-01-05 09:30 UTC": the same in every language (no month or
 * weekday names to translate) and unambiguous for whoever reads it, wherever they are.
 */
export function utcMinute(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
