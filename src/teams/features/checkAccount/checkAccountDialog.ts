import { randomUUID } from 'node:crypto';
import type { Attachment, TurnContext } from 'botbuilder';
import { Dialog, DialogReason, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import { parseAddress } from '../../../domain/address';
import type { Requester } from '../../../domain/requester';
import type { Catalog } from '../../../text/catalog';
import type { SubmitData } from '../../kit/cards/data';
import { renderCard } from '../../kit/cards/render';
import { diagnoseAndReply, type DiagnoseDeps } from './diagnose';
import { CHECK_ACCOUNT_VERBS } from './verbs';
import { personalChoiceCard } from './verdictCard';
import type { ProfileCache } from '../../kit/profileCache';
import { wordsOf } from '../../kit/language';
import { requesterOf, workAddresses } from '../../kit/requester';
import { isRecord } from '../../kit/turnState';

export const CHECK_ACCOUNT = 'checkAccount';

/** What the check journey reads: who is asking (their Teams profile) and the diagnosis itself. */
export interface CheckAccountDeps extends DiagnoseDeps {
  /** Teams member profiles read recently (UPN, e-mail). */
  profiles: ProfileCache<Requester>;
}

export interface CheckAccountOptions {
  /** An address to check straight away (typed with the request, or from a button). */
  address?: string;
}

/** Why the last answer was not usable, shown on the card with what was typed. */
interface Reprompt {
  error: string;
  typed: string;
}

/** The question card the journey waits on: the message it is in, and the id its buttons carry. */
interface WaitingCard {
  activityId: string;
  cardId: string;
  reprompt?: Reprompt;
}

/** The dialog's instance state, saved with the dialog stack: the only record of the waiting question. */
interface CheckAccountState {
  requester: Requester;
  card: WaitingCard;
}

function isOptionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

function isRequester(value: unknown): value is Requester {
  return (
    isRecord(value) &&
    typeof value.aadObjectId === 'string' &&
    typeof value.name === 'string' &&
    isOptionalString(value.upn) &&
    isOptionalString(value.email) &&
    isOptionalString(value.tenantId)
  );
}

function isWaitingCard(value: unknown): value is WaitingCard {
  if (!isRecord(value) || typeof value.activityId !== 'string' || typeof value.cardId !== 'string') return false;
  const { reprompt } = value;
  return reprompt === undefined || (isRecord(reprompt) && typeof reprompt.error === 'string' && typeof reprompt.typed === 'string');
}

/**
 * Journey 1: "Check my VLSC sign-in". Asks which account the person uses at VLSC (their
 * Teams work address, another address, or a personal account), then diagnoses it.
 * The question card is updated in place: with the reason when an address is not
 * usable, and without its buttons once answered or cancelled.
 */
export class CheckAccountDialog extends Dialog<CheckAccountOptions> {
  constructor(private readonly deps: CheckAccountDeps) {
    super(CHECK_ACCOUNT);
  }

  /** Whether stored instance state is one this version wrote (an earlier version's, or a damaged one, is not). */
  static fits(state: unknown): state is CheckAccountState {
    return isRecord(state) && isRequester(state.requester) && isWaitingCard(state.card);
  }

  override async beginDialog(dc: DialogContext, options?: CheckAccountOptions): Promise<DialogTurnResult> {
    const requester = await requesterOf(dc.context, this.deps.profiles);
    const address = options?.address;
    if (address === undefined) return this.ask(dc, requester);
    const parsed = parseAddress(address);
    if (!parsed.ok) return this.ask(dc, requester, { error: wordsOf(dc.context).address.problems[parsed.problem], typed: address });
    await diagnoseAndReply(dc.context, this.deps, requester, parsed.address);
    return dc.endDialog();
  }

  /** An answer: a submit from a card (only the waiting card's counts) or a typed address. */
  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const { state } = dc.activeDialog as DialogInstance<CheckAccountState>;
    const { context } = dc;
    const value = context.activity.value as SubmitData | undefined;
    const words = wordsOf(context);
    let typed: string;
    if (value?.verb === CHECK_ACCOUNT_VERBS.account) {
      if (value.cardId !== state.card.cardId) {
        await context.sendActivity(words.account.alreadyAnswered);
        return Dialog.EndOfTurn;
      }
      if (value.choice === 'personal') {
        await this.closeCard(context, state, words.account.personalAnswer);
        await context.sendActivity({ attachments: [renderCard('guide', personalChoiceCard(words, state.requester))] });
        return dc.endDialog();
      }
      typed = String((value.choice === 'work' ? value.address : value.otherAddress) ?? '');
    } else {
      typed = context.activity.text ?? '';
    }
    const parsed = parseAddress(typed);
    if (!parsed.ok) {
      state.card.reprompt = { error: words.address.problems[parsed.problem], typed: typed.slice(0, 320) };
      await context.updateActivity({ id: state.card.activityId, type: 'message', attachments: [questionCard(words, state)] });
      return Dialog.EndOfTurn;
    }
    await this.closeCard(context, state, parsed.address);
    await diagnoseAndReply(context, this.deps, state.requester, parsed.address);
    return dc.endDialog();
  }

  /** Cancelled (cancel, start over, or a new journey): the card is closed so its buttons cannot be used. */
  override async endDialog(context: TurnContext, instance: DialogInstance<CheckAccountState>, reason: DialogReason): Promise<void> {
    if (reason === DialogReason.cancelCalled) await this.closeCard(context, instance.state);
  }

  private async ask(dc: DialogContext, requester: Requester, reprompt?: Reprompt): Promise<DialogTurnResult> {
    const card: WaitingCard = { activityId: '', cardId: randomUUID(), ...(reprompt ? { reprompt } : {}) };
    const sent = await dc.context.sendActivity({ attachments: [questionCard(wordsOf(dc.context), { requester, card })] });
    card.activityId = sent?.id ?? '';
    (dc.activeDialog as DialogInstance<CheckAccountState>).state = { requester, card };
    return Dialog.EndOfTurn;
  }

  /** Closes the card: with the answer it got, or, without one, saying it was stopped. */
  private async closeCard(context: TurnContext, state: CheckAccountState, answer?: string): Promise<void> {
    await context.updateActivity({ id: state.card.activityId, type: 'message', attachments: [questionCard(wordsOf(context), state, answer ?? null)] });
  }
}

/** The question card; closed (no buttons) with the answer, or with `null` when it was stopped unanswered. */
function questionCard(words: Catalog, { requester, card }: CheckAccountState, answer?: string | null): Attachment {
  const A = words.account;
  return renderCard('accountChoice', {
    cardId: card.cardId,
    title: A.title,
    prompt: A.prompt,
    workAddresses: workAddresses(requester).map((address) => ({ address, label: A.workChoice(address) })),
    otherLabel: A.otherLabel,
    otherPlaceholder: A.otherPlaceholder,
    otherValue: card.reprompt?.typed ?? '',
    otherButton: A.otherButton,
    personalButton: A.personalButton,
    error: card.reprompt?.error ?? '',
    answered: answer !== undefined,
    answeredLabel: A.answered,
    answer: answer ?? '',
    closedNote: answer === null ? words.cancel.closedCard : '',
  });
}
