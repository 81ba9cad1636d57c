import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '@microsoft/teams-ai';
import { maySee, triages, type Actor } from '../../domain/cases/authorisation';
import { CASE_STATUSES, type Case, type CaseStatus } from '../../domain/cases/case';
import type { CaseAction } from '../../domain/cases/lifecycle';
import { mutateCase } from '../../domain/cases/repository';
import { inWords } from '../../text/catalog';
import { TEXT } from '../../text/en';
import { renderCardJson } from '../cards/render';
import type { BotServices } from '../services';
import { actorOn, callerOf, triageScopeOf, type CaseCaller } from './access';
import { caseListCard, isCaseListKind } from './caseList';
import { questionCardData } from './caseCard';
import { probeRefusal } from './probeGuard';

const C = TEXT.cases;

/** What Action.Execute sends back: the card's data plus every input's value, all untrusted. */
type ExecuteData = Record<string, unknown>;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The lifecycle action a verb asks for, or a sentence saying what is missing. */
async function actionFor(verb: string, data: ExecuteData, actor: Actor, c: Case, services: BotServices): Promise<CaseAction | string | undefined> {
  switch (verb) {
    case 'case.assignToMe':
      return { type: 'assign', assignee: { id: actor.id, name: actor.name } };
    case 'case.assign': {
      const route = await services.channels.get(c.tenantId, c.category);
      const roster = await services.roster.get(c.tenantId, route?.source === 'command' ? route.teamId : undefined);
      const person = roster.find((p) => p.id === str(data.assignee));
      return person ? { type: 'assign', assignee: person } : C.required.assignee;
    }
    case 'case.status': {
      const status = CASE_STATUSES.find((s) => s === str(data.status));
      return status ? { type: 'set-status', status: status as CaseStatus } : C.required.status;
    }
    case 'case.note':
      return str(data.note).trim() ? { type: 'add-note', text: str(data.note) } : C.required.note;
    case 'case.ask':
      return str(data.question).trim() ? { type: 'ask-requester', text: str(data.question) } : C.required.question;
    case 'case.resolve':
      return { type: 'resolve' };
    case 'case.reopen':
      return { type: 'reopen' };
    case 'case.answer':
      return str(data.answer).trim() ? { type: 'requester-answer', questionId: str(data.questionId), text: str(data.answer) } : C.required.answer;
    default:
      // Refresh invokes and verbs this version does not know: the current card, unchanged.
      return undefined;
  }
}

/** What the requester's toast says about a change. */
function summaryOf(before: Case, after: Case): string {
  return after.history.slice(before.history.length).map(C.historyDetail).join(' ') || after.status;
}

/**
 * Answers the invoke with `card` directly. teams-ai would also replace the clicked card
 * for everyone, which needs the card's activity id: an invoke without one (a forged or
 * malformed one) still gets a 200 with the card instead of a failed turn.
 */
async function answerWithCard(context: TurnContext, card: AdaptiveCard): Promise<AdaptiveCard> {
  if (!context.activity.replyToId) {
    await context.sendActivity({
      type: ActivityTypes.InvokeResponse,
      value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card } },
    });
  }
  return card;
}

/** The case and the caller's roles on it, or undefined when, for this caller, there is no such case. */
async function visibleCase(context: TurnContext, services: BotServices, caller: CaseCaller, id: string): Promise<{ c: Case; actor: Actor } | undefined> {
  const c = id ? await services.cases.get(caller.tenantId, id) : undefined;
  if (!c) return undefined;
  const actor = await actorOn(context, services, caller, c);
  return maySee(actor, c) ? { c, actor } : undefined;
}

/**
 * The card that answers an action: the question card for an answer; the list it came from
 * for Assign to me on a list card, listed again for the caller's triage scope as it is now
 * (the case card when they have none here); otherwise the case card.
 */
async function cardAfter(context: TurnContext, services: BotServices, verb: string, data: ExecuteData, current: Case): Promise<Record<string, unknown>> {
  if (verb === 'case.answer') return renderCardJson('caseQuestion', questionCardData(current, str(data.questionId)));
  if (verb === 'case.assignToMe' && isCaseListKind(data.list)) {
    const scope = await triageScopeOf(context, services);
    if (scope) return caseListCard(services, data.list, scope.actor, scope.categories);
  }
  return (await services.delivery.cardFor(current)).content as Record<string, unknown>;
}

/**
 * Action.Execute on a case card, or on a row of a case list. The caller is identified and
 * their roles decided before the case is rendered: someone who may not see the case gets
 * exactly the answer a missing case gets. Answers with the card as it now is (for everyone), or with the
 * current card on a conflict, or a refusal message; updating the card's other copies,
 * the audit line and the requester's notification continue after the answer.
 */
export function caseActionRoute(services: BotServices) {
  return async (context: TurnContext, _state: unknown, data: ExecuteData): Promise<AdaptiveCard | string> => {
    const verb = String((context.activity.value as { action?: { verb?: unknown } } | undefined)?.action?.verb ?? '');
    const id = str(data.caseId);
    const caller = callerOf(context);
    if (!caller) return C.notFound(id || '?');
    const probe = await probeRefusal(services, caller);
    if (probe) return probe;
    const found = await visibleCase(context, services, caller, id);
    if (!found) return C.notFound(id || '?');
    const { c, actor } = found;

    const isQuestionCard = verb === 'case.answer';
    const render = async (current: Case): Promise<AdaptiveCard> => answerWithCard(context, (await cardAfter(context, services, verb, data, current)) as AdaptiveCard);

    // The requester sees their case through its question cards and their notifications, not the help desk's card and notes.
    if (!triages(actor) && !isQuestionCard) return C.requesterView(c.id, C.statuses[c.status]);
    const action = await actionFor(verb, data, actor, c, services);
    if (action === undefined) return render(c);
    if (typeof action === 'string') return action;

    // A change is applied only on the version the card showed: a card without a readable version gets the current card.
    const expected = isQuestionCard ? undefined : typeof data.version === 'number' || (typeof data.version === 'string' && /^\d{1,9}$/.test(data.version)) ? Number(data.version) : Number.NaN;
    if (expected !== undefined && !Number.isInteger(expected)) return render(c);
    const result = await mutateCase(services.cases, c.id, actor, action, new Date(), expected);
    if (!result.ok) return result.conflict ? render(result.current) : inWords(C.refusals, result.reason);

    const updated = result.case;
    const clicked = { conversationId: context.activity.conversation.id, activityId: context.activity.replyToId ?? '' };
    const summary = summaryOf(c, updated);
    services.background.run('after case action', async () => {
      await services.delivery.refreshCards(updated, clicked);
      await services.delivery.auditLine(updated, C.audit(actor.name, summary));
      if (action.type === 'ask-requester') {
        const question = updated.questions[updated.questions.length - 1];
        await services.delivery.toRequester(updated, { attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: renderCardJson('caseQuestion', questionCardData(updated, question.id)) }] });
      } else if (action.type !== 'requester-answer') {
        await services.delivery.toRequester(updated, { text: C.notify(updated.id, summary) });
      }
    });
    return render(updated);
  };
}
