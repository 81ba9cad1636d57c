import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Template } from 'adaptivecards-templating';
import { CardFactory, type Attachment } from 'botbuilder';
import { CARDS_DIR } from '../../../paths';
import type { CardData, CardName } from './data';

const templates = new Map<CardName, Template>();

function template(name: CardName): Template {
  let found = templates.get(name);
  if (!found) {
    found = new Template(JSON.parse(readFileSync(join(CARDS_DIR, `${name}.json`), 'utf8')));
    templates.set(name, found);
  }
  return found;
}

/**
 * Binds a card template in adaptiveCards/ to typed data. User text only ever travels
 * as data, so `${…}`, markdown or HTML in it is shown as typed, never evaluated.
 */
export function renderCardJson<N extends CardName>(name: N, data: CardData[N]): Record<string, unknown> {
  return template(name).expand({ $root: data }) as Record<string, unknown>;
}

export function renderCard<N extends CardName>(name: N, data: CardData[N]): Attachment {
  return CardFactory.adaptiveCard(renderCardJson(name, data));
}
