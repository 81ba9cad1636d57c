/**
 * A count with its noun in the right number for a language, as Intl.PluralRules says
 * (French takes the singular for 0 and 1, English only for 1):
 * `countedIn('en')(3, 'minute', 'minutes')` is "3 minutes".
 * A count typed into a draft stays as typed; one that is no number reads as plural.
 */
export function countedIn(tag: string): (n: number | string, one: string, other: string) => string {
  const form = formIn(tag);
  return (n, one, other) => `${n} ${form(Number(n), one, other)}`;
}

/** The form for a count by a language's plural rule: `formIn('de')(1, 'Minute', 'Minuten')` is "Minute". */
export function formIn(tag: string): (count: number, one: string, other: string) => string {
  const rules = new Intl.PluralRules(tag);
  return (count, one, other) => (rules.select(count) === 'one' ? one : other);
}
