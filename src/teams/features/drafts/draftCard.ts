import { buildDraft, DRAFT_KINDS, type Draft, type DraftCase, type DraftFieldErrors, type DraftFieldProblem, type DraftInput, type DraftKind } from '../../../domain/drafts';
import { draftInputFromCase } from '../../../domain/drafts';
import { FIELD_SPECS } from '../../../domain/drafts/fields';
import { isLanguageTag } from '../../../domain/language/tags';
import { draftWordsIn, type Catalog } from '../../../text/catalog';
import { catalogFor, type LanguageTag } from '../../../text/languages';
import type { DraftCardData, SubmitData } from '../../kit/cards/data';

/**
 * The language a draft's text is in. Drafts are addressed to Microsoft (VLSC Support's web
 * form, MFAVLCsupport@microsoft.com), whose support works in English: English unless the
 * person asked for the draft in their language.
 */
export const SUPPORT_LANGUAGE: LanguageTag = 'en';

export interface DraftCardOptions<K extends DraftKind> {
  /** The language of the draft's text (title of the form aside, its fields, subject and body). */
  textLanguage: LanguageTag;
  /** The reader's language differs from the text's: the card offers "Draft in my language". */
  offerMyLanguage: boolean;
  errors?: DraftFieldErrors<K>;
  status?: string;
}

/**
 * The draft on a card: the full text to copy, "Open in e-mail" (mailto) or the VLSC Support
 * page, and every field editable, with its error when the last update failed. The text is in
 * the text's language; what the card says around it (its title, headings, notes, errors,
 * buttons, the fields and their choices) is in the reader's `words`, each field's label with the
 * text's own label in brackets when the two languages differ (the form it goes into uses that one).
 */
export function draftCard<K extends DraftKind>(words: Catalog, kind: K, input: DraftInput<K>, options: DraftCardOptions<K>): DraftCardData {
  const { textLanguage, offerMyLanguage, status = '' } = options;
  const errors: DraftFieldErrors<K> = options.errors ?? {};
  const D = words.drafts;
  const draft: Draft<K> = buildDraft(kind, input, draftWordsIn(catalogFor(textLanguage), kind));
  // The notes guide the sender, not support: the same draft, worded for the reader.
  const forReader = buildDraft(kind, input, draftWordsIn(words, kind));
  const hasErrors = Object.keys(errors).length > 0;
  const specs = FIELD_SPECS[kind];
  return {
    kind,
    textLanguage,
    title: forReader.title,
    notes: [...(offerMyLanguage ? [words.language.draftInEnglish] : []), ...forReader.notes].map((text) => ({ text })),
    status: hasErrors ? D.fixErrors : status,
    statusColor: hasErrors ? 'Attention' : 'Good',
    textHeading: draft.channel === 'email' ? D.emailHeading : D.textHeading,
    subjectLabel: D.subject,
    subject: draft.channel === 'email' && draft.to ? `${draft.subject}  ${words.language.emailTo(draft.to)}` : '',
    body: draft.body,
    truncatedNote: draft.truncated ? D.truncated : '',
    editHeading: D.editHeading,
    fields: draft.fields.map((field) => {
      const spec = specs.find((s) => s.name === field.name);
      // In the reader's words; the text's own label beside it, as the form the text goes into names it.
      const readers = forReader.fields.find((f) => f.name === field.name) ?? field;
      return {
        name: field.name,
        label: readers.label === field.label ? field.label : `${readers.label} (${field.label})`,
        value: field.value,
        required: field.required,
        requiredMessage: D.fieldProblem(kind, field.name, { code: 'missing' }),
        multiline: Boolean(spec?.multiline),
        maxLength: spec?.maxLength ?? 300,
        isChoice: Boolean(field.choices),
        choices: (readers.choices ?? field.choices ?? []).map((choice) => ({ title: choice.title, value: choice.value })),
        error: errors[field.name] ? D.fieldProblem(kind, field.name, errors[field.name] as DraftFieldProblem) : '',
      };
    }),
    openTitle: draft.channel === 'email' ? D.openEmail : D.openWebForm,
    openUrl: draft.mailto ?? draft.link ?? '',
    updateTitle: D.update,
    reviewTitle: D.review,
    myLanguageTitle: offerMyLanguage ? words.language.draftInMyLanguage : '',
  };
}

export function draftKindOf(value: unknown): DraftKind | undefined {
  return DRAFT_KINDS.find((kind) => kind === value);
}

/** The language of the text of the draft card a submit came from; the support language for a card that names none. */
export function textLanguageOf(value: SubmitData): LanguageTag {
  return isLanguageTag(value.textLanguage) ? value.textLanguage : SUPPORT_LANGUAGE;
}

/** Only the draft's own fields from a card submit, as strings; anything else is dropped. */
export function draftInputFromSubmit<K extends DraftKind>(kind: K, value: SubmitData): DraftInput<K> {
  const entries = FIELD_SPECS[kind].map((spec) => {
    const raw = value[spec.name];
    return [spec.name, typeof raw === 'string' ? raw : ''];
  });
  return Object.fromEntries(entries) as DraftInput<K>;
}

/**
 * The draft's fields in another language: a field still holding what the bot prefilled from
 * the check in `from` gets the same prefill in `to` ("What the sign-in check found", the
 * request sentence); what the person typed stays as they typed it.
 */
export function inputInLanguage<K extends DraftKind>(kind: K, input: DraftInput<K>, from: DraftCase, words: { from: Catalog; to: Catalog }): DraftInput<K> {
  const prefilledFrom = draftInputFromCase(kind, from, words.from.drafts.prefill);
  const prefilledTo = draftInputFromCase(kind, from, words.to.drafts.prefill);
  const [given, before, after] = [input, prefilledFrom, prefilledTo] as unknown as Array<Record<string, string>>;
  return Object.fromEntries(Object.keys(given).map((name) => [name, given[name] === before[name] ? after[name] : given[name]])) as unknown as DraftInput<K>;
}
