import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { AdaptiveCard, Application } from '@microsoft/teams-ai';
import type { AppTurnState } from './turnState';

export type BotApp = Application<AppTurnState>;

/** The verb of an Action.Submit the bot handles, carried in the card's `data.verb`. */
export type SubmitVerb = `vlsa.${string}`;
/** The verb of an Action.Execute on a help-desk case card, answered with the card as it now is. */
export type ExecuteVerb = `case.${string}`;

export type TurnHandler = (context: TurnContext, state: AppTurnState) => Promise<void>;
/** What Action.Execute sends back is the card's data plus every input's value, all untrusted. */
export type ExecuteHandler = (context: TurnContext, state: AppTurnState, data: Record<string, unknown>) => Promise<AdaptiveCard | string>;

/** A card submit (a message with a value and no text), as opposed to something typed. */
export function isCardSubmit(context: TurnContext): boolean {
  const { type, text, value } = context.activity;
  return type === ActivityTypes.Message && !text && typeof value === 'object' && value !== null;
}

const routed = new WeakMap<BotApp, Set<string>>();

/** Records that `verb` has a handler on `app`; a second handler would never run, so it fails at start-up. */
function claim(app: BotApp, verb: string): void {
  const verbs = routed.get(app) ?? new Set<string>();
  if (verbs.has(verb)) throw new Error(`the card verb "${verb}" already has a handler`);
  verbs.add(verb);
  routed.set(app, verbs);
}

/**
 * Routes a card verb to its one handler. Features register their verbs through these, so
 * `routedVerbs` knows every verb the bot answers; only the catch-alls for verbs no route knows
 * (a pattern, not a verb: the `case.` prefix in cases/actions.ts, any verb in app.ts) go to `app.adaptiveCards` directly.
 *
 * @example
 * onSubmit(app, DIRECTORY_VERBS.mfa, onMfa);
 */
export function onSubmit(app: BotApp, verb: SubmitVerb, handler: TurnHandler): void {
  claim(app, verb);
  app.adaptiveCards.actionSubmit(verb, handler);
}

/** @example onExecute(app, CASE_ACTION_VERBS.resolve, guarded(resolve)); */
export function onExecute(app: BotApp, verb: ExecuteVerb, handler: ExecuteHandler): void {
  claim(app, verb);
  app.adaptiveCards.actionExecute(verb, handler);
}

/** Every verb routed on `app` so far: the verb test compares it with the verbs on every card. */
export function routedVerbs(app: BotApp): ReadonlySet<string> {
  return routed.get(app) ?? new Set();
}
