import type { DraftKind } from '../../../domain/drafts';
import type { Catalog } from '../../../text/catalog';
import type { CardButton } from '../../kit/cards/data';
import type { SubmitVerb } from '../../kit/verbs';

/** The drafts' card verbs: open a draft, update it after editing, write its text in the reader's language (draft.json). */
export const DRAFT_VERBS = {
  open: 'vlsa.draft',
  update: 'vlsa.draft.update',
  inMyLanguage: 'vlsa.draft.inMyLanguage',
} as const satisfies Record<string, SubmitVerb>;

export function draftButton(words: Catalog, kind: DraftKind, address?: string): CardButton {
  return { title: words.drafts.buttons[kind], data: { verb: DRAFT_VERBS.open, kind, ...(address ? { address } : {}) } };
}
