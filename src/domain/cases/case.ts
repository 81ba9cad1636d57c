import type { Diagnosis } from '../types';
import { VERDICT_TABLE, type Verdict } from '../verdicts';
import type { Requester } from '../requester';

/**
 * A help-desk case: one person's sign-in problem with one address, from escalation to
 * resolution. Plain data, JSON-safe, so any store can keep it whole; the lifecycle
 * (lifecycle.ts) is the only thing that changes it.
 */

export const CASE_CATEGORIES = ['takeover', 'personal-account', 'mfa', 'other'] as const;
export type CaseCategory = (typeof CASE_CATEGORIES)[number];

export const CASE_STATUSES = ['new', 'assigned', 'waiting-on-requester', 'resolved', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Statuses in which a case still needs the help desk; one such case per requester and address. */
export const OPEN_STATUSES: readonly CaseStatus[] = ['new', 'assigned', 'waiting-on-requester'];

export function isOpen(status: CaseStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** Someone who did something: an AAD object id (or `system`) and a display name. */
export interface PersonRef {
  id: string;
  name: string;
}

/** The Teams layer's reference to the person's 1:1 chat; the domain only stores it. */
export type ConversationReferenceData = Record<string, unknown>;

export interface CaseRequester extends Requester {
  conversationReference?: ConversationReferenceData;
  /** The locale the requester's chat was in when they escalated: what the bot writes to them later, unless they chose a language. */
  locale?: string;
}

export interface CaseNote {
  author: PersonRef;
  text: string;
  at: string;
  /** The text was longer than the cap and was cut. */
  truncated: boolean;
}

export type CardKind = 'channel' | 'admin' | 'requester';

/** Where one of the case's cards was posted, so it can be updated in place. */
export interface CardLocation {
  kind: CardKind;
  conversationId: string;
  activityId: string;
  serviceUrl?: string;
  /** The locale the card there is in (the channel's, or the admin's), so an update speaks it too. */
  locale?: string;
  postedAt: string;
}

/** A card not posted yet: the retry loop picks it up at `nextAttemptAt`. */
export interface PendingPost {
  kind: CardKind;
  /** The channel id (kind `channel`) or the person's AAD object id (kind `admin`) the card is for. */
  target: string;
  attempts: number;
  lastError: string;
  nextAttemptAt: string;
}

/**
 * Where a case's cards went and what is still to be posted: the delivery record kept
 * beside the case (outbox.ts changes it). Saving it never changes the case or its
 * version, so a card's buttons stay valid while the bot retries and records posts.
 */
export interface CaseOutbox {
  tenantId: string;
  caseId: string;
  /** Bumped by the store on every save; updates are conditional on it. */
  version: number;
  cards: CardLocation[];
  pending: PendingPost[];
  updatedAt: string;
}

export interface CaseQuestion {
  id: string;
  askedBy: PersonRef;
  text: string;
  askedAt: string;
  truncated: boolean;
  answer?: string;
  answeredAt?: string;
  answerTruncated?: boolean;
}

/** A change in a case's history, as data the catalog words (its cases.historyDetail). */
export type HistoryEvent =
  | { action: 'open'; address: string; verdict: Verdict }
  /** The requester escalated the same address again: the verdicts of the check before and now. */
  | { action: 'diagnosis'; was: Verdict; found: Verdict }
  /** `from`: who had it before, when someone did. */
  | { action: 'assign'; assignee: string; from?: string }
  | { action: 'unassign'; assignee: string }
  | { action: 'resolve' }
  | { action: 'close' }
  | { action: 'reopen'; status: CaseStatus }
  | { action: 'set-status'; status: CaseStatus }
  | { action: 'set-category'; from: CaseCategory; to: CaseCategory }
  /** `cutTo`: the note was longer and was cut to that many characters. */
  | { action: 'add-note'; cutTo?: number }
  | { action: 'ask-requester'; questionId: string }
  | { action: 'requester-answer'; questionId: string }
  | { action: 'remind' }
  /** A re-check of the watch list (watch/recheck.ts) found the account fixed: the check that proved it. */
  | { action: 'fixed-by-check'; checkedAt: string; verdict: Verdict; tenant: string };

/** An entry stored before history was data: its action and the sentence it was stored with. */
export interface RecordedHistoryEvent {
  action: HistoryEvent['action'];
  detail: string;
}

export type HistoryEntry = { at: string; actor: PersonRef } & (HistoryEvent | RecordedHistoryEvent);

export interface Case {
  /** The Entra tenant the case belongs to: the first key of every read, write and listing. */
  tenantId: string;
  /** Short and readable, e.g. VL-7K3QX2PM (caseId.ts); unique within its tenant. */
  id: string;
  /** Bumped by the store on every save; updates are conditional on it. */
  version: number;
  requester: CaseRequester;
  /** The normalised address the diagnosis was for. */
  address: string;
  diagnosis: Diagnosis;
  category: CaseCategory;
  /** Set once someone chose the category by hand; new diagnoses then leave it alone. */
  categoryOverridden: boolean;
  status: CaseStatus;
  assignee?: PersonRef;
  notes: CaseNote[];
  questions: CaseQuestion[];
  history: HistoryEntry[];
  createdAt: string;
  updatedAt: string;
  /** The first time the case was resolved; kept through reopening, for time-to-resolve. */
  resolvedAt?: string;
  /** When the help desk was last reminded that the case is unassigned. */
  remindedAt?: string;
}

/** The bot's own background work (post retries, reminders) in the audit history. */
export const SYSTEM_PERSON: PersonRef = { id: 'system', name: 'VL Sign-in Assistant' };

export function categoryForVerdict(verdict: Verdict): CaseCategory {
  return VERDICT_TABLE[verdict].category;
}

/** What makes two addresses the same case: Entra matches sign-in names case-insensitively. */
export function addressKey(address: string): string {
  return address.trim().normalize('NFC').toLowerCase();
}

/** When the retry loop should next look at the outbox: its earliest pending post. */
export function nextPostAt(outbox: Pick<CaseOutbox, 'pending'>): string | undefined {
  return outbox.pending.map((p) => p.nextAttemptAt).sort()[0];
}

/** Nobody has been reached and nothing is on its way: the case waits for a route or an admin. */
export function isUnrouted(outbox: Pick<CaseOutbox, 'cards' | 'pending'>): boolean {
  return outbox.cards.length === 0 && outbox.pending.length === 0;
}
