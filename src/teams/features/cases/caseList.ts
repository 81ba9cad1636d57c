import type { Actor } from '../../../domain/cases/authorisation';
import { isOpen, type Case, type CaseCategory } from '../../../domain/cases/case';
import { addressForDisplay } from '../../../domain/address';
import type { Catalog } from '../../../text/catalog';
import type { CaseListCardData, CaseListRow } from '../../kit/cards/data';
import { renderCardJson } from '../../kit/cards/render';
import { CASE_VERBS } from './verbs';
import type { CasesDeps } from '.';
import { STATUS_COLOR } from './caseCard';

/** Rows on one list card: two buttons each, so ten keep it scrollable on a phone. */
export const LIST_ROWS = 10;

export const CASE_LISTS = ['cases', 'unassigned', 'mine'] as const;
export type CaseListKind = (typeof CASE_LISTS)[number];

export function isCaseListKind(value: unknown): value is CaseListKind {
  return CASE_LISTS.includes(value as CaseListKind);
}

const titleOf = (words: Catalog, kind: CaseListKind): string => ({ cases: words.cases.list.open, unassigned: words.cases.list.unassigned, mine: words.cases.list.mine })[kind];

/** The open cases of the list, oldest first, in the actor's tenant and the given categories only. */
function casesOf(deps: CasesDeps, kind: CaseListKind, actor: Actor, categories: CaseCategory[]): Promise<Case[]> {
  const filter = { categories };
  if (kind === 'unassigned') return deps.cases.listUnassigned(actor.tenantId, filter);
  if (kind === 'mine') return deps.cases.listAssignedTo(actor.tenantId, actor.id, filter);
  return deps.cases.listOpen(actor.tenantId, filter);
}

function rowOf(words: Catalog, c: Case, actor: Actor, now: Date): CaseListRow {
  const C = words.cases;
  const name = c.requester.name || c.requester.upn || '';
  return {
    caseId: c.id,
    version: c.version,
    status: C.statuses[c.status],
    statusColor: STATUS_COLOR[c.status],
    age: C.duration(now.getTime() - Date.parse(c.createdAt)),
    who: name ? `${name} · ${addressForDisplay(c.address)}` : addressForDisplay(c.address),
    detail: [C.categories[c.category], c.assignee ? C.list.assignedTo(c.assignee.name) : C.unassigned].join(' · '),
    openCommand: `case ${c.id}`,
    canAssignToMe: isOpen(c.status) && c.assignee?.id !== actor.id,
  };
}

/** The card data of one list: at most LIST_ROWS rows, and how many more there are. */
export function caseListData(words: Catalog, kind: CaseListKind, cases: readonly Case[], actor: Actor, now: Date): CaseListCardData {
  const C = words.cases;
  const shown = cases.slice(0, LIST_ROWS);
  return {
    title: C.list.heading(titleOf(words, kind), cases.length),
    list: kind,
    empty: C.list.none,
    rows: shown.map((c) => rowOf(words, c, actor, now)),
    more: cases.length > shown.length ? C.list.more(cases.length - shown.length) : '',
    openButton: C.list.openButton,
    assignButton: C.buttons.assignToMe,
    triageVerb: CASE_VERBS.triage,
  };
}

/** The list card for someone whose triage scope is already settled (triageScopeOf). */
export async function caseListCard(words: Catalog, deps: CasesDeps, kind: CaseListKind, actor: Actor, categories: CaseCategory[], now = new Date()): Promise<Record<string, unknown>> {
  return renderCardJson('caseList', caseListData(words, kind, await casesOf(deps, kind, actor, categories), actor, now));
}
