import { randomUUID } from 'node:crypto';
import { ComponentDialog, Dialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { parseAddress } from '../../domain/address';
import type { RequesterIdentity } from '../../domain/cases/caseRecords';
import { TEXT } from '../../text/en';
import { appState } from '../appState';
import type { AccountChoiceCardData, SubmitData } from '../cards/data';
import { renderCard } from '../cards/render';
import { diagnoseAndReply } from '../journeys/diagnose';
import { verbs } from '../journeys/buttons';
import { personalChoiceCard } from '../journeys/verdictCard';
import { closeCard, closePendingCard } from '../pendingCard';
import { requesterOf, workAddresses } from '../requester';
import type { BotServices } from '../services';

export const CHECK_ACCOUNT = 'checkAccount';
const STEPS = `${CHECK_ACCOUNT}.steps`;

export interface CheckAccountOptions {
  /** An address to check straight away (typed with the request, or from a button). */
  address?: string;
  /** Ask again on the same card, showing why the last answer was not usable. */
  reprompt?: { error: string; typed: string };
}

const A = TEXT.account;

/** What the waterfall keeps between its steps (saved with the dialog state). */
interface StepValues {
  requester: RequesterIdentity;
}

/**
 * Journey 1: "Check my VLSC sign-in". Asks which account the person uses at VLSC (their
 * Teams work address, another address, or a personal account), then diagnoses it.
 * The question card is updated in place: with the reason when an address is not
 * usable, and without its buttons once answered.
 */
export class CheckAccountDialog extends ComponentDialog {
  constructor(private readonly services: BotServices) {
    super(CHECK_ACCOUNT);
    this.addDialog(new WaterfallDialog(STEPS, [(step) => this.ask(step), (step) => this.answer(step)]));
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.options ?? {}) as CheckAccountOptions;
    const requester = await requesterOf(step.context, this.services.profiles);
    (step.values as StepValues).requester = requester;
    if (options.address !== undefined) {
      const parsed = parseAddress(options.address);
      if (parsed.ok) return step.next(parsed.address);
      return this.askWithCard(step, requester, { error: parsed.reason, typed: options.address });
    }
    return this.askWithCard(step, requester, options.reprompt);
  }

  private async askWithCard(step: WaterfallStepContext, requester: RequesterIdentity, reprompt?: CheckAccountOptions['reprompt']): Promise<DialogTurnResult> {
    const state = appState(step.context);
    const pending = state.conversation.pendingCard;
    const data: AccountChoiceCardData = {
      cardId: reprompt && pending ? pending.cardId : randomUUID(),
      title: A.title,
      prompt: A.prompt,
      workAddresses: workAddresses(requester).map((address) => ({ address, label: A.workChoice(address) })),
      otherLabel: A.otherLabel,
      otherPlaceholder: A.otherPlaceholder,
      otherValue: reprompt?.typed ?? '',
      otherButton: A.otherButton,
      personalButton: A.personalButton,
      error: reprompt?.error ?? '',
      answered: false,
      answeredLabel: A.answered,
      answer: '',
    };
    const attachments = [renderCard('accountChoice', data)];
    if (reprompt && pending) {
      await step.context.updateActivity({ id: pending.activityId, type: 'message', attachments });
      state.conversation.pendingCard = { ...pending, data };
    } else {
      await closePendingCard(step.context, state);
      const sent = await step.context.sendActivity({ attachments });
      state.conversation.pendingCard = { activityId: sent?.id ?? '', cardId: data.cardId, data };
    }
    return Dialog.EndOfTurn;
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { requester } = step.values as StepValues;
    let typed: string;
    if (typeof step.result === 'string') {
      typed = step.result;
    } else {
      const value = step.context.activity.value as SubmitData | undefined;
      if (value?.verb === verbs.account && value.choice === 'personal') {
        await this.closeWith(step, A.personalAnswer);
        await step.context.sendActivity({ attachments: [renderCard('guide', personalChoiceCard({ upn: requester.upn, tenantId: requester.tenantId }))] });
        return step.endDialog();
      }
      if (value?.verb === verbs.account) {
        typed = String((value.choice === 'work' ? value.address : value.otherAddress) ?? '');
      } else {
        typed = step.context.activity.text ?? '';
      }
    }
    const parsed = parseAddress(typed);
    if (!parsed.ok) {
      return step.replaceDialog(STEPS, { reprompt: { error: parsed.reason, typed: typed.slice(0, 320) } } satisfies CheckAccountOptions);
    }
    await this.closeWith(step, parsed.address);
    await diagnoseAndReply(step.context, this.services, requester, parsed.address);
    return step.endDialog();
  }

  private async closeWith(step: WaterfallStepContext, answer: string): Promise<void> {
    const state = appState(step.context);
    const pending = state.conversation.pendingCard;
    if (!pending) return;
    delete state.conversation.pendingCard;
    await closeCard(step.context, pending, answer);
  }
}
