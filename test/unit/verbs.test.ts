import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Application } from '@microsoft/teams-ai';
import { readConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { CARDS_DIR } from '../../src/paths';
import { createServices } from '../../src/services';
import { openStorage, type OpenedStorage } from '../../src/storage/openStorage';
import { createAdapter } from '../../src/teams/adapter';
import { createApp } from '../../src/teams/app';
import { renderCardJson } from '../../src/teams/kit/cards/render';
import { onSubmit, routedVerbs, type BotApp } from '../../src/teams/kit/verbs';
import type { AppTurnState } from '../../src/teams/kit/turnState';
import { cardSamples } from '../helpers/cardSamples';
import { nodes, type Json } from '../helpers/cards';

/** The verbs a card carries: Action.Submit's `data.verb` and Action.Execute's `verb`, wherever they sit. */
function verbsOn(card: Json): string[] {
  const found: string[] = [];
  for (const node of nodes(card)) {
    if (node.type === 'Action.Execute' && typeof node.verb === 'string') found.push(node.verb);
    const data = node.data as Json | undefined;
    if (node.type === 'Action.Submit' && typeof data?.verb === 'string') found.push(data.verb);
  }
  return found;
}

/** Verbs written into the templates as literals (the bound ones, `${…}`, are checked through the samples). */
function templateVerbs(): Map<string, string[]> {
  const byFile = new Map<string, string[]>();
  for (const file of readdirSync(CARDS_DIR).filter((f) => f.endsWith('.json'))) {
    const text = readFileSync(join(CARDS_DIR, file), 'utf8');
    const literals = [...text.matchAll(/"verb"\s*:\s*"([^"$]+)"/g)].map((m) => m[1]);
    byFile.set(file, literals);
  }
  return byFile;
}

/** Every verb on every card the bot builds, with where it was seen. */
function cardVerbs(): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const note = (verb: string, where: string) => seen.set(verb, [...(seen.get(verb) ?? []), where]);
  for (const [file, verbs] of templateVerbs()) for (const verb of verbs) note(verb, file);
  for (const [label, name, data] of cardSamples()) for (const verb of verbsOn(renderCardJson(name, data as never) as Json)) note(verb, label);
  return seen;
}

describe('card verbs and their handlers', () => {
  let dir: string;
  let opened: OpenedStorage;
  let app: BotApp;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vlsa-verbs-'));
    const config = readConfig({ SQLITE_PATH: join(dir, 'vlsa.sqlite'), LOG_LEVEL: 'silent' }, dir);
    const log = createLogger('silent');
    opened = await openStorage(config, log);
    const adapter = createAdapter(config);
    const services = createServices({ config, log, storage: opened.storage, cases: opened.cases, campaigns: opened.campaigns, watches: opened.watches, lease: opened.lease, instanceId: 'verbs-test', adapter, auditHashKey: 'k'.repeat(64) });
    app = createApp({ adapter, storage: opened.storage, services });
  });

  afterAll(async () => {
    await opened?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives every verb on any card (templates and builders) a handler', () => {
    const routed = routedVerbs(app);
    const unhandled = [...cardVerbs()].filter(([verb]) => !routed.has(verb)).map(([verb, where]) => `${verb} (on ${where.slice(0, 3).join(', ')})`);
    expect(unhandled).toEqual([]);
  });

  it('routes no verb that no card carries', () => {
    const onCards = cardVerbs();
    expect([...routedVerbs(app)].filter((verb) => !onCards.has(verb))).toEqual([]);
  });

  it('has found the verbs of every feature (the checks above compare something)', () => {
    const routed = [...routedVerbs(app)];
    expect(routed.length).toBeGreaterThanOrEqual(20);
    for (const verb of ['vlsa.account', 'vlsa.mfa', 'vlsa.draft.update', 'vlsa.topic', 'vlsa.help', 'vlsa.triage', 'case.assignToMe', 'case.answer']) expect(routed).toContain(verb);
  });

  it('refuses a second handler for a verb: it would never run', () => {
    const other = new Application<AppTurnState>();
    onSubmit(other, 'vlsa.help', async () => undefined);
    expect(() => onSubmit(other, 'vlsa.help', async () => undefined)).toThrow(/already has a handler/);
  });

  it('would name a card verb with no handler (a typo on a button)', () => {
    const routed = routedVerbs(app);
    const typo = verbsOn({ type: 'AdaptiveCard', actions: [{ type: 'Action.Submit', title: 'Go', data: { verb: 'vlsa.chek' } }] });
    expect(typo.filter((verb) => !routed.has(verb))).toEqual(['vlsa.chek']);
  });
});
