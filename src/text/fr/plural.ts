/** French plurals: 0 and 1 take the singular ("0 minute", "1 minute"), as Intl.PluralRules says. */
const rules = new Intl.PluralRules('fr');

/**
 * The count with its noun in the right number: `counted(3, 'minute', 'minutes')` is "3 minutes".
 * A count typed into a draft stays as typed; one that is no number reads as plural.
 */
export function counted(n: number | string, one: string, other: string): string {
  return `${n} ${rules.select(Number(n)) === 'one' ? one : other}`;
}
