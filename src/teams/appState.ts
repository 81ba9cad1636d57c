import type { TurnContext } from 'botbuilder';
import type { AppTurnState } from './state';

const KEY = Symbol('vlsa.appState');

/** Dialogs get only the TurnContext; this lets them reach the teams-ai turn state. */
export function attachState(context: TurnContext, state: AppTurnState): void {
  context.turnState.set(KEY, state);
}

export function appState(context: TurnContext): AppTurnState {
  const state = context.turnState.get(KEY) as AppTurnState | undefined;
  if (!state) throw new Error('turn state was not attached before the dialogs ran');
  return state;
}
