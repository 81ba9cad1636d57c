import type { TurnContext } from 'botbuilder';
import type { AppTurnState } from './turnState';

const KEY = Symbol('vlsa.appState');

/** Code that gets only the TurnContext (the outbox, after the turn) reaches the teams-ai turn state through this. */
export function attachState(context: TurnContext, state: AppTurnState): void {
  context.turnState.set(KEY, state);
}

/** The turn state, once the turn got as far as loading it. */
export function attachedState(context: TurnContext): AppTurnState | undefined {
  return context.turnState.get(KEY) as AppTurnState | undefined;
}
