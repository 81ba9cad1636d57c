import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCardJson } from '../../src/teams/kit/cards/render';
import { CARDS_DIR } from '../../src/paths';
import { actions, nodes, type Json } from '../helpers/cards';
import { MAX_ACTION_TITLE } from '../../src/teams/kit/cards/titles';
import { cardSamples as samples } from '../helpers/cardSamples';

// Microsoft's own renderer library: its UMD build loads in Node (the ESM build does not).
const AC = require('adaptivecards/dist/adaptivecards.js');

/** Markdown a TextRun would show as typed: bold, underline, links, list items. */
const MARKDOWN_SYNTAX = /\*\*|__|\[[^\]]*\]\([^)]*\)|^\s*(?:[-*+]|\d+\.)\s/m;

function parseErrors(card: Json): string[] {
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  parsed.parse(card, context);
  const messages: string[] = [];
  for (let i = 0; i < context.eventCount; i++) messages.push(context.getEventAt(i).message);
  for (const event of parsed.validateProperties().validationEvents) messages.push(event.message);
  return messages;
}

describe('card templates', () => {
  it('has a sample for every template in adaptiveCards/', () => {
    const files = readdirSync(CARDS_DIR).map((f) => f.replace(/\.json$/, ''));
    const covered = new Set(samples().map(([, name]) => name));
    expect([...covered].sort()).toEqual(files.sort());
  });

  it.each(samples())('%s binds to a valid Adaptive Card 1.5', (_label, name, data) => {
    const card = renderCardJson(name, data as never);
    expect(card.version).toBe('1.5');
    expect(parseErrors(card)).toEqual([]);
    expect(JSON.stringify(card)).not.toContain('${');
    for (const node of nodes(card)) {
      if (node.type === 'Action.Submit') {
        const data = node.data as Json;
        expect(typeof data.verb === 'string' || (data.msteams as Json | undefined)?.type === 'imBack').toBe(true);
      }
      if (node.type === 'Action.Execute') expect(typeof node.verb).toBe('string');
    }
  });

  it.each(samples())('%s shows no markdown syntax in a TextRun and no action title over the limit', (_label, name, data) => {
    const card = renderCardJson(name, data as never);
    for (const node of nodes(card)) {
      if (node.type === 'TextRun') expect(String(node.text)).not.toMatch(MARKDOWN_SYNTAX);
    }
    // A selectAction makes a row of text tappable: its title is not shown on a button.
    const rows = new Set(nodes(card).flatMap((node) => (node.selectAction ? [node.selectAction] : [])));
    for (const action of actions(card)) {
      if (action.title !== undefined && !rows.has(action)) expect([...String(action.title)].length, String(action.title)).toBeLessThanOrEqual(MAX_ACTION_TITLE);
    }
  });

  it('would catch markdown in a TextRun and a clipped title (the checks can fail)', () => {
    expect('Choose **Skip**').toMatch(MARKDOWN_SYNTAX);
    expect('- a list item').toMatch(MARKDOWN_SYNTAX);
    expect('See [Learn](https://learn.microsoft.com)').toMatch(MARKDOWN_SYNTAX);
    expect('1. Go to https://entra.microsoft.com').toMatch(MARKDOWN_SYNTAX);
    expect('megan@fourthcoffee.xyz belongs to fourthcoffee.xyz.').not.toMatch(MARKDOWN_SYNTAX);
    expect([...'Take over an unmanaged directory (Microsoft Learn)'].length).toBeGreaterThan(MAX_ACTION_TITLE);
  });

  it('reports a broken card (the check itself can fail)', () => {
    expect(parseErrors({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'NoSuchElement' }, { type: 'Input.Text', id: 'a' }, { type: 'Input.Text', id: 'a' }] })).toHaveLength(2);
  });
});
