/** Helpers to read the Adaptive Cards the bot sent, as a Teams client would see them. */

export type Json = Record<string, unknown>;

export function cardOf(activity: Json | undefined): Json {
  const attachment = (activity?.attachments as { content: Json }[] | undefined)?.[0];
  if (!attachment) throw new Error(`no card in ${JSON.stringify(activity)}`);
  return attachment.content;
}

/** The card of an activity, or an empty object for an activity without one (plain text). */
export function cardOfOrEmpty(activity: Json | undefined): Json {
  return (activity?.attachments as unknown[] | undefined)?.length ? cardOf(activity) : {};
}

/** Every object in the card tree, depth first. */
export function nodes(card: Json): Json[] {
  const out: Json[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      out.push(node as Json);
      Object.values(node).forEach(walk);
    }
  };
  walk(card);
  return out;
}

/** The Action.Submit / Action.Execute / Action.OpenUrl actions anywhere in the card. */
export function actions(card: Json): Json[] {
  return nodes(card).filter((n) => typeof n.type === 'string' && (n.type as string).startsWith('Action.'));
}

export function actionTitled(card: Json, title: string | RegExp): Json {
  const found = actions(card).find((a) => (typeof title === 'string' ? a.title === title : title.test(String(a.title))));
  if (!found) throw new Error(`no action "${title}" in: ${actions(card).map((a) => a.title).join(', ')}`);
  return found;
}

/** All visible text of the card (TextBlock text and TextRun text), one entry per element. */
export function texts(card: Json): string[] {
  return nodes(card)
    .filter((n) => n.type === 'TextBlock' || n.type === 'TextRun')
    .map((n) => String(n.text));
}

export function allText(card: Json): string {
  return texts(card).join('\n');
}

/** Text shown through TextBlock, which renders markdown: user text must never be here. */
export function markdownText(card: Json): string {
  return nodes(card)
    .filter((n) => n.type === 'TextBlock')
    .map((n) => String(n.text))
    .join('\n');
}
