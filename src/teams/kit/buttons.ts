import type { DraftKind } from '../../domain/drafts';
import { TEXT } from '../../text/en';
import type { CardButton } from './cards/data';

/** The verbs of card submits, each handled by one route. */
export const verbs = {
  account: 'vlsa.account',
  check: 'vlsa.check',
  retry: 'vlsa.retry',
  blocker: 'vlsa.blocker',
  mfa: 'vlsa.mfa',
  topic: 'vlsa.topic',
  admins: 'vlsa.admins',
  draft: 'vlsa.draft',
  draftUpdate: 'vlsa.draft.update',
  escalate: 'vlsa.escalate',
  help: 'vlsa.help',
  triage: 'vlsa.triage',
} as const;

export const checkAnotherButton: CardButton = { title: TEXT.result.actions.checkAnother, data: { verb: verbs.check } };
export const mfaButton: CardButton = { title: TEXT.result.actions.mfa, data: { verb: verbs.mfa } };
export const adminsButton: CardButton = { title: TEXT.admins.button, data: { verb: verbs.admins } };

export function draftButton(kind: DraftKind, address?: string): CardButton {
  return { title: TEXT.drafts.buttons[kind], data: { verb: verbs.draft, kind, ...(address ? { address } : {}) } };
}

export function escalateButton(address?: string): CardButton {
  return { title: TEXT.cases.escalateButton, data: { verb: verbs.escalate, ...(address ? { address } : {}) } };
}
