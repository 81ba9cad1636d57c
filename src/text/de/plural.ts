const rules = new Intl.PluralRules('de');

/** The form for a count by German's plural rule: plural(1, 'Minute', 'Minuten') is 'Minute'. */
export const plural = (count: number, one: string, other: string): string => (rules.select(count) === 'one' ? one : other);
