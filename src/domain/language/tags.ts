/** The language subtag of a BCP 47 tag, lower-cased: "pt-BR" → "pt", "zh-Hans-CN" → "zh". */
export function languageOf(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0];
}

/**
 * The tag among `tags` that serves `locale`: the same tag ("de-DE" for "de-DE"), else the first
 * of the same language ("de-AT" → "de", "pt-PT" → "pt-BR"), else English, else the first tag.
 */
export function closestTag(locale: string | undefined, tags: readonly string[]): string {
  const wanted = (locale ?? '').trim().toLowerCase().replace(/_/g, '-');
  const same = tags.find((tag) => tag.toLowerCase() === wanted) ?? tags.find((tag) => languageOf(tag) === languageOf(wanted));
  return same ?? tags.find((tag) => languageOf(tag) === 'en') ?? tags[0];
}
