import type { DraftKind } from '../../../domain/drafts';
import { TEXT } from '../../../text/en';
import type { CardButton } from '../../kit/cards/data';
import type { SubmitVerb } from '../../kit/verbs';

/** The drafts' card verbs: open a draft, update it after editing (draft.json). */
export const DRAFT_VERBS = {
  open: 'vlsa.draft',
  update: 'vlsa.draft.update',
} as const satisfies Record<string, SubmitVerb>;

export function draftButton(kind: DraftKind, address?: string): CardButton {
  return { title: TEXT.drafts.buttons[kind], data: { verb: DRAFT_VERBS.open, kind, ...(address ? { address } : {}) } };
}
