import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '@microsoft/teams-ai';
import type { Actor, CaseRole } from '../../domain/cases/authorisation';
import { CASE_STATUSES, type Case, type CaseStatus } from '../../domain/cases/case';
import type { CaseAction } from '../../domain/cases/lifecycle';
import { mutateCase } from '../../domain/cases/repository';
import { TEXT } from '../../text/en';
import { renderCardJson } from '../cards/render';
import { channelOf, tenantOf } from '../scope';
import type { BotServices } from '../services';
import { questionCardData } from './caseCard';

const C = TEXT.cases;

/** What Action.Execute sends back: the card's data plus every input's value, all untrusted. */
type ExecuteData = Record<string, unknown>;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Who is acting, and as what, decided on the server from where the invoke comes from:
 * help desk when it comes from a help-desk channel (only that team's members can click
 * there) or from a configured help-desk admin; admin when it comes from the 1:1 chat
 * where the bot sent this case to an admin; requester for the person who asked.
 */
async function actorFor(context: TurnContext, c: Case, services: BotServices): Promise<Actor> {
  const from = context.activity.from;
  const id = from.aadObjectId ?? from.id;
  const roles: CaseRole[] = [];
  const { channelId } = channelOf(context);
  const routes = Object.values(await services.channels.all());
  if (services.config.helpdeskAdmins.includes(id) || routes.some((route) => route?.channelId === channelId)) roles.push('helpdesk');
  if (c.cards.some((card) => card.kind === 'admin' && card.conversationId === context.activity.conversation.id)) roles.push('admin');
  if (id === c.requester.aadObjectId) roles.push('requester');
  return { id, name: from.name ?? id, roles, tenantId: tenantOf(context) };
}

/** The lifecycle action a verb asks for, or a sentence saying what is missing. */
async function actionFor(verb: string, data: ExecuteData, actor: Actor, c: Case, services: BotServices): Promise<CaseAction | string | undefined> {
  switch (verb) {
    case 'case.assignToMe':
      return { type: 'assign', assignee: { id: actor.id, name: actor.name } };
    case 'case.assign': {
      const route = await services.channels.get(c.category);
      const roster = await services.roster.get(route?.source === 'command' ? route.teamId : undefined);
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
  return after.history.slice(before.history.length).map((h) => h.detail).join(' ') || after.status;
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

/**
 * Action.Execute on a case card. Answers with the card as it now is (for everyone), or
 * with the current card on a conflict, or a refusal message; updating the card's other
 * copies, the audit line and the requester's notification continue after the answer.
 */
export function caseActionRoute(services: BotServices) {
  return async (context: TurnContext, _state: unknown, data: ExecuteData): Promise<AdaptiveCard | string> => {
    const verb = String((context.activity.value as { action?: { verb?: unknown } } | undefined)?.action?.verb ?? '');
    const c = await services.cases.get(str(data.caseId));
    if (!c) return C.notFound(str(data.caseId) || '?');
    const isQuestionCard = verb === 'case.answer';
    const render = async (current: Case): Promise<AdaptiveCard> =>
      answerWithCard(
        context,
        (isQuestionCard ? renderCardJson('caseQuestion', questionCardData(current, str(data.questionId))) : (await services.delivery.cardFor(current)).content) as AdaptiveCard,
      );

    const actor = await actorFor(context, c, services);
    const action = await actionFor(verb, data, actor, c, services);
    if (action === undefined) return render(c);
    if (typeof action === 'string') return action;

    const expected = isQuestionCard ? undefined : Number(data.version);
    const result = await mutateCase(services.cases, c.id, actor, action, new Date(), Number.isInteger(expected) ? expected : undefined);
    if (!result.ok) return result.conflict ? render(result.current) : result.reason;

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
