import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '@microsoft/teams-ai';
import { maySee, triages, type Actor } from '../../../domain/cases/authorisation';
import { CASE_STATUSES, type Case, type CaseStatus } from '../../../domain/cases/case';
import type { CaseAction } from '../../../domain/cases/lifecycle';
import { mutateCase } from '../../../domain/cases/repository';
import { inWords, type Catalog } from '../../../text/catalog';
import { renderCardJson } from '../../kit/cards/render';
import { wordsOf } from '../../kit/language';
import { onExecute, type BotApp, type ExecuteHandler } from '../../kit/verbs';
import type { CasesDeps } from '.';
import { actorOn, callerOf, triageScopeOf } from './access';
import { caseListCard, isCaseListKind } from './caseList';
import { questionCardData } from './caseCard';
import { probeRefusal } from './probeGuard';
import { CASE_ACTION_VERBS, type CaseActionVerb } from './verbs';

/** What Action.Execute sends back: the card's data plus every input's value, all untrusted. */
type ExecuteData = Record<string, unknown>;

/** A case action that passed the guard: the case, read in the caller's tenant, and the caller's roles on it. */
interface CaseInvoke {
  context: TurnContext;
  /** The words of whoever clicked: the card they get back speaks their language. */
  words: Catalog;
  data: ExecuteData;
  c: Case;
  actor: Actor;
}

type GuardedHandler = (invoke: CaseInvoke) => Promise<AdaptiveCard | string>;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * The guard in front of every case.* route. The caller is identified (the activity's
 * tenant and AAD object id), counted against the probe limit, and their roles decided
 * before the case is rendered or changed: someone who may not see the case gets exactly
 * the answer a missing case gets.
 */
function guarded(deps: CasesDeps, handler: GuardedHandler): ExecuteHandler {
  return async (context, _state, data) => {
    const words = wordsOf(context);
    const C = words.cases;
    const id = str(data.caseId);
    const caller = callerOf(context);
    if (!caller) return C.notFound(id || '?');
    const probe = await probeRefusal(words, deps, caller);
    if (probe) return probe;
    const c = id ? await deps.cases.get(caller.tenantId, id) : undefined;
    if (!c) return C.notFound(id || '?');
    const actor = await actorOn(context, deps, caller, c);
    if (!maySee(actor, c)) return C.notFound(id || '?');
    return handler({ context, words, data, c, actor });
  };
}

/**
 * Answers the invoke with `card` directly. teams-ai would also replace the clicked card
 * for everyone, which needs the card's activity id: an invoke without one (a forged or
 * malformed one) still gets a 200 with the card instead of a failed turn.
 */
async function answerWithCard(context: TurnContext, card: Record<string, unknown>): Promise<AdaptiveCard> {
  if (!context.activity.replyToId) {
    await context.sendActivity({
      type: ActivityTypes.InvokeResponse,
      value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card } },
    });
  }
  return card as AdaptiveCard;
}

/** What the requester's toast and the audit line say about a change, in `words`. */
function summaryOf(words: Catalog, before: Case, after: Case): string {
  return after.history.slice(before.history.length).map(words.cases.historyDetail).join(' ') || after.status;
}

/** The card a change answers with; `current` is the case as it now is. */
type CardAfter = (invoke: CaseInvoke, current: Case) => Promise<Record<string, unknown>>;

/**
 * Applies `action` on the version the card showed (undefined: any version) and answers with
 * the card as it now is, or the current card on a conflict, or a refusal; updating the
 * card's other copies, the audit line and the requester's notification continue after the answer.
 */
async function apply(deps: CasesDeps, invoke: CaseInvoke, action: CaseAction, expected: number | undefined, cardAfter: CardAfter): Promise<AdaptiveCard | string> {
  const { context, words, c, actor } = invoke;
  const render = async (current: Case) => answerWithCard(context, await cardAfter(invoke, current));
  const result = await mutateCase(deps.cases, c.id, actor, action, new Date(), expected);
  if (!result.ok) return result.conflict ? render(result.current) : inWords(words.cases.refusals, result.reason);
  const updated = result.case;
  const clicked = { conversationId: context.activity.conversation.id, activityId: context.activity.replyToId ?? '' };
  deps.background.run('after case action', async () => {
    await deps.delivery.refreshCards(updated, clicked);
    await deps.delivery.auditLine(updated, (w) => w.cases.audit(actor.name, summaryOf(w, c, updated)));
    if (action.type === 'ask-requester') {
      const question = updated.questions[updated.questions.length - 1];
      await deps.delivery.toRequester(updated, (w) => ({ attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: renderCardJson('caseQuestion', questionCardData(w, updated, question.id)) }] }));
    } else if (action.type !== 'requester-answer') {
      await deps.delivery.toRequester(updated, (w) => ({ text: w.cases.notify(updated.id, summaryOf(w, c, updated)) }));
    }
  });
  return render(updated);
}

/** The version a case card showed; NaN when it carries none that is readable. */
function shownVersion(data: ExecuteData): number {
  const { version } = data;
  return typeof version === 'number' || (typeof version === 'string' && /^\d{1,9}$/.test(version)) ? Number(version) : Number.NaN;
}

/** The help desk's verbs on a case card: the lifecycle action each asks for, or a sentence saying what is missing. */
type HelpdeskVerb = Exclude<CaseActionVerb, typeof CASE_ACTION_VERBS.answer>;

function helpdeskActions(deps: CasesDeps): Record<HelpdeskVerb, (invoke: CaseInvoke) => Promise<CaseAction | string>> {
  const required = ({ words }: CaseInvoke) => words.cases.required;
  return {
    [CASE_ACTION_VERBS.assignToMe]: async ({ actor }) => ({ type: 'assign', assignee: { id: actor.id, name: actor.name } }),
    [CASE_ACTION_VERBS.assign]: async (invoke) => {
      const { c, data } = invoke;
      const route = await deps.channels.get(c.tenantId, c.category);
      const roster = await deps.roster.get(c.tenantId, route?.source === 'command' ? route.teamId : undefined);
      const person = roster.find((p) => p.id === str(data.assignee));
      return person ? { type: 'assign', assignee: person } : required(invoke).assignee;
    },
    [CASE_ACTION_VERBS.status]: async (invoke) => {
      const status = CASE_STATUSES.find((s) => s === str(invoke.data.status));
      return status ? { type: 'set-status', status: status as CaseStatus } : required(invoke).status;
    },
    [CASE_ACTION_VERBS.note]: async (invoke) => (str(invoke.data.note).trim() ? { type: 'add-note', text: str(invoke.data.note) } : required(invoke).note),
    [CASE_ACTION_VERBS.ask]: async (invoke) => (str(invoke.data.question).trim() ? { type: 'ask-requester', text: str(invoke.data.question) } : required(invoke).question),
    [CASE_ACTION_VERBS.resolve]: async () => ({ type: 'resolve' }),
    [CASE_ACTION_VERBS.reopen]: async () => ({ type: 'reopen' }),
  };
}

/**
 * Action.Execute on a case card, on a row of a case list, or on a requester's question card:
 * one route per verb, each behind the guard. Answers with the card as it now is, for everyone.
 */
export function registerCaseActions(app: BotApp, deps: CasesDeps): void {
  const caseCard: CardAfter = async (invoke, current) => (await deps.delivery.cardFor(current, invoke.words)).content as Record<string, unknown>;
  // Assign to me on a list card answers with the list, listed again for the caller's triage scope as it is now.
  const listOrCaseCard: CardAfter = async (invoke, current) => {
    const { list } = invoke.data;
    if (!isCaseListKind(list)) return caseCard(invoke, current);
    const scope = await triageScopeOf(invoke.context, deps);
    return scope ? caseListCard(invoke.words, deps, list, scope.actor, scope.categories) : caseCard(invoke, current);
  };

  // The requester sees their case through its question cards and their notifications, not the help desk's card and notes.
  const requesterView = ({ words, c }: CaseInvoke) => words.cases.requesterView(c.id, words.cases.statuses[c.status]);

  for (const [verb, actionOf] of Object.entries(helpdeskActions(deps)) as Array<[HelpdeskVerb, (invoke: CaseInvoke) => Promise<CaseAction | string>]>) {
    const cardAfter = verb === CASE_ACTION_VERBS.assignToMe ? listOrCaseCard : caseCard;
    onExecute(app, verb, guarded(deps, async (invoke) => {
      if (!triages(invoke.actor)) return requesterView(invoke);
      const action = await actionOf(invoke);
      if (typeof action === 'string') return action;
      // A change is applied only on the version the card showed: a card without a readable version gets the current card.
      const expected = shownVersion(invoke.data);
      if (!Number.isInteger(expected)) return answerWithCard(invoke.context, await cardAfter(invoke, invoke.c));
      return apply(deps, invoke, action, expected, cardAfter);
    }));
  }

  // The requester's answer to a help-desk question, from the question card: on any version of the case.
  onExecute(app, CASE_ACTION_VERBS.answer, guarded(deps, async (invoke) => {
    // Named in the refusal when it is not one of the case's questions; a card always carries one.
    const questionId = str(invoke.data.questionId) || '?';
    const answer = str(invoke.data.answer);
    if (!answer.trim()) return invoke.words.cases.required.answer;
    const questionCard: CardAfter = async ({ words }, current) => renderCardJson('caseQuestion', questionCardData(words, current, questionId));
    return apply(deps, invoke, { type: 'requester-answer', questionId, text: answer }, undefined, questionCard);
  }));

  // A case verb this version does not know (a card from another version): the current card, to those who may see it.
  app.adaptiveCards.actionExecute(/^case\./, guarded(deps, async (invoke) => (triages(invoke.actor) ? answerWithCard(invoke.context, await caseCard(invoke, invoke.c)) : requesterView(invoke))));
}
