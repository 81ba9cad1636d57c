/** The longest action title that fits on a button of a card in Teams' chat width (~446 px) without clipping. */
export const MAX_ACTION_TITLE = 36;

/** A title built from data (a person's name …), shortened with an ellipsis to fit its button. */
export function actionTitle(title: string): string {
  const chars = [...title];
  return chars.length <= MAX_ACTION_TITLE ? title : `${chars.slice(0, MAX_ACTION_TITLE - 1).join('').trimEnd()}…`;
}
