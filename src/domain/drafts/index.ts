import { DESTINATIONS } from './destinations';
import { FIELD_SPECS, FieldSpec } from './fields';
import { buildMailto } from './mailto';
import { scrubSecrets } from './scrub';
import { Draft, DraftField, DraftInput, DraftKind, DraftWords } from './types';
import { fieldText } from './validate';

export * from './types';
export { draftInputFromCase, type DraftCase } from './fromCase';
export { validateDraftInput } from './validate';
export { draftInputRefusal, draftRefusal } from './applies';
export { MAILTO_MAX_LENGTH } from './mailto';
export { FIELD_SPECS, fieldSpec, type FieldSpec } from './fields';

/**
 * Control characters (but line breaks and tabs) and bidirectional overrides: invisible
 * in a card, they would travel into the e-mail support reads and can disguise its text.
 */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;

/** Only the draft's own fields, trimmed, one-line fields folded, invisible characters and secrets removed. */
function cleanInput<K extends DraftKind>(kind: K, input: DraftInput<K>): DraftInput<K> {
  const specs = FIELD_SPECS[kind] as ReadonlyArray<FieldSpec<K>>;
  const entries = specs.map((spec) => {
    const text = fieldText(input, spec.name).replace(INVISIBLE, '');
    const folded = spec.multiline ? text.replace(/\r\n?/g, '\n') : text.replace(/\s+/g, ' ');
    return [spec.name, scrubSecrets(folded)];
  });
  return Object.fromEntries(entries) as DraftInput<K>;
}

/**
 * The draft for `input`, in `words` (the catalog's, for this kind): the text to copy, the
 * fields for a card or web form and, for e-mail, a mailto link. A pure function of its
 * arguments, so one person's case never shows up in another's draft.
 */
export function buildDraft<K extends DraftKind>(kind: K, input: DraftInput<K>, words: DraftWords<K>): Draft<K> {
  const clean = cleanInput(kind, input);
  const { channel, to, link } = DESTINATIONS[kind];
  const subject = words.subject(clean);
  const body = words.body(clean);
  const mailto = to ? buildMailto(to, subject, body, words.shortened) : null;
  const specs = FIELD_SPECS[kind] as ReadonlyArray<FieldSpec<K>>;
  const fields = specs.map(
    (spec): DraftField<K> => ({
      name: spec.name,
      label: words.labels[spec.name],
      value: clean[spec.name] as string,
      required: spec.required,
      ...(spec.choices ? { choices: spec.choices.map((value) => ({ value, title: words.choiceTitle(spec.name, value) })) } : {}),
    }),
  );
  return {
    kind,
    title: words.title,
    channel,
    to,
    subject,
    body,
    mailto: mailto?.url ?? null,
    truncated: mailto?.truncated ?? false,
    link,
    notes: words.notes(clean),
    fields,
  };
}
