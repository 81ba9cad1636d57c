import { buildDraft, DRAFT_KINDS, type Draft, type DraftFieldErrors, type DraftFieldProblem, type DraftInput, type DraftKind } from '../../../domain/drafts';
import { FIELD_SPECS } from '../../../domain/drafts/fields';
import { TEXT } from '../../../text/en';
import type { DraftCardData, SubmitData } from '../../kit/cards/data';

const D = TEXT.drafts;

/**
 * The draft on a card: the full text to copy, "Open in e-mail" (mailto) or the VLSC
 * Support page, and every field editable, with its error when the last update failed.
 */
export function draftCard<K extends DraftKind>(kind: K, input: DraftInput<K>, errors: DraftFieldErrors<K> = {}, status = ''): DraftCardData {
  const draft: Draft<K> = buildDraft(kind, input, TEXT.drafts.documents[kind]);
  const hasErrors = Object.keys(errors).length > 0;
  const specs = FIELD_SPECS[kind];
  return {
    kind,
    title: draft.title,
    notes: draft.notes.map((text) => ({ text })),
    status: hasErrors ? D.fixErrors : status,
    statusColor: hasErrors ? 'Attention' : 'Good',
    textHeading: draft.channel === 'email' ? D.emailHeading : D.textHeading,
    subjectLabel: D.subject,
    subject: draft.channel === 'email' ? `${draft.subject}  (to ${draft.to})` : '',
    body: draft.body,
    truncatedNote: draft.truncated ? D.truncated : '',
    editHeading: D.editHeading,
    fields: draft.fields.map((field) => {
      const spec = specs.find((s) => s.name === field.name);
      return {
        name: field.name,
        label: field.label,
        value: field.value,
        required: field.required,
        requiredMessage: TEXT.drafts.fieldProblem(kind, field.name, { code: 'missing' }),
        multiline: Boolean(spec?.multiline),
        maxLength: spec?.maxLength ?? 300,
        isChoice: Boolean(field.choices),
        choices: (field.choices ?? []).map((choice) => ({ title: choice.title, value: choice.value })),
        error: errors[field.name] ? TEXT.drafts.fieldProblem(kind, field.name, errors[field.name] as DraftFieldProblem) : '',
      };
    }),
    openTitle: draft.channel === 'email' ? D.openEmail : D.openWebForm,
    openUrl: draft.mailto ?? draft.link ?? '',
    updateTitle: D.update,
    reviewTitle: D.review,
  };
}

export function draftKindOf(value: unknown): DraftKind | undefined {
  return DRAFT_KINDS.find((kind) => kind === value);
}

/** Only the draft's own fields from a card submit, as strings; anything else is dropped. */
export function draftInputFromSubmit<K extends DraftKind>(kind: K, value: SubmitData): DraftInput<K> {
  const entries = FIELD_SPECS[kind].map((spec) => {
    const raw = value[spec.name];
    return [spec.name, typeof raw === 'string' ? raw : ''];
  });
  return Object.fromEntries(entries) as DraftInput<K>;
}
