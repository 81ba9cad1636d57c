const rules = new Intl.PluralRules('nl');

/** The form for a count by Dutch's plural rule: plural(1, 'minuut', 'minuten') is 'minuut'. */
export const plural = (count: number, one: string, other: string): string => (rules.select(count) === 'one' ? one : other);
