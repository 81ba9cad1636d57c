import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/text/catalog';
import { catalog } from '../../src/text/en';
import { catalogFor, LANGUAGES } from '../../src/text/languages';
import { REPO_ROOT } from '../helpers/botProcess';
import { botSettingsFor, CONDITIONAL_ACCESS_ADMINISTRATOR, emptyDirectory, ENFORCING_MFA_POLICY, GLOBAL_ADMINISTRATOR, startGraphFake, type GraphFake } from '../fakes/graphFake';
import { createTestCertificate } from '../fakes/testCertificate';
import { BROWSER_AVAILABLE, PHONE_CARD_WIDTH_PX, startJourneyStack, type JourneyStack, type PlaygroundPage } from './harness';

/**
 * The first view of every result card an employee gets, as the Playground renders it: at most
 * 700 px tall at the chat's card width (~446 px) and at most 4 visible buttons, before any
 * ShowCard or toggle is opened, and every button title fits at a phone's width. Each card is saved as a PNG under test-output/cards/.
 */
const MAX_HEIGHT_PX = 700;
const MAX_BUTTONS = 4;
const OUTPUT_DIR = join(REPO_ROOT, 'test-output', 'cards');

/** The Playground's tenant and people (.m365agentsplayground.yml). */
const PLAYGROUND_TENANT = '6f2a1c9e-4b7d-4e0a-9c3b-2d8e5f1a7b40';
const MEGAN = '3c9e1d2a-5b6f-4a7c-8d9e-0f1a2b3c4d02';
const ADELE = '3c9e1d2a-5b6f-4a7c-8d9e-0f1a2b3c4d03';
const CLIENT = '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b';
const SECRET = 'e2e-card-budget-secret';
const APP = { tenantId: PLAYGROUND_TENANT, clientId: CLIENT, clientSecret: SECRET };


interface Measured {
  name: string;
  height: number;
  width: number;
  buttons: number;
  /** The titles of buttons cut at a phone's width. */
  cutAtPhoneWidth: string[];
}

async function measure(playground: PlaygroundPage, name: string): Promise<Measured> {
  const card = playground.lastCard();
  await playground.saveCard(join(OUTPUT_DIR, `${name}.png`));
  const box = await card.boundingBox();
  const buttons = await card.locator('button:visible').count();
  const cutAtPhoneWidth = await playground.atCardWidth(PHONE_CARD_WIDTH_PX, () => playground.cutButtons());
  return { name, height: Math.round(box?.height ?? 0), width: Math.round(box?.width ?? 0), buttons, cutAtPhoneWidth };
}

/** What a card shows on a button: the catalog's `…button…` words and the Microsoft pages' titles (`links`). */
function buttonTitles(words: Catalog): string[] {
  const titles: string[] = [];
  const walk = (value: unknown, path: string[]): void => {
    if (typeof value === 'string') {
      if (path[0] === 'links' || path.some((key) => /button/i.test(key))) titles.push(value);
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) walk(inner, [...path, key]);
    }
  };
  walk(words, []);
  return titles;
}

const describeBrowser = BROWSER_AVAILABLE ? describe : describe.skip;

describeBrowser('card first views in the Agents Playground', () => {
  let suite: JourneyStack;
  let graph: GraphFake;
  let playground: PlaygroundPage;
  const measured: Measured[] = [];

  beforeAll(async () => {
    mkdirSync(OUTPUT_DIR, { recursive: true });
    const certificate = await createTestCertificate(mkdtempSync(join(tmpdir(), 'vlsa-cert-')));
    const person = (id: string, name: string, upn: string) => ({ id, displayName: name, userPrincipalName: upn, mail: upn, accountEnabled: true });
    graph = await startGraphFake(certificate, APP, {
      ...emptyDirectory(),
      users: [person(MEGAN, 'Megan Bowen', 'meganb@contoso.com'), person(ADELE, 'Adele Vance', 'adelev@contoso.com')],
      active: [{ roleId: GLOBAL_ADMINISTRATOR, principalId: MEGAN }],
      eligible: [{ roleId: CONDITIONAL_ACCESS_ADMINISTRATOR, principalId: ADELE }],
      registrations: [{ userPrincipalName: 'alexw@contoso.com', isMfaRegistered: false, methodsRegistered: [], defaultMfaMethod: null }],
    });
    suite = await startJourneyStack({
      ...botSettingsFor(graph, APP, certificate.certPath),
      LOOKUP_TIMEOUT_MS: '2000',
      LOOKUP_RETRIES: '1',
    });
    suite.entra.addDomain('broken.example', { kind: 'managed', work: ['kim'] });
    suite.entra.setFault({ domain: 'broken.example' }, { kind: 'reset' });
    playground = await suite.open();
  }, 180_000);

  afterAll(async () => {
    await suite?.stop();
    await graph?.close();
    if (measured.length) {
      console.log(`card first views (saved under ${OUTPUT_DIR}):\n${measured.map((m) => `  ${m.name}: ${m.height} px tall, ${m.width} px wide, ${m.buttons} buttons${m.cutAtPhoneWidth.length ? `, cut at ${PHONE_CARD_WIDTH_PX} px: ${m.cutAtPhoneWidth.join(' | ')}` : ''}`).join('\n')}`);
    }
  });

  async function show(name: string, action: () => Promise<void>, waitFor: string): Promise<void> {
    await action();
    await playground.waitForText(waitFor);
    const result = await measure(playground, name);
    measured.push(result);
    expect.soft(result.height, `${name} first view height`).toBeLessThanOrEqual(MAX_HEIGHT_PX);
    expect.soft(result.buttons, `${name} visible buttons`).toBeLessThanOrEqual(MAX_BUTTONS);
    expect.soft(result.cutAtPhoneWidth, `${name}: buttons cut at ${PHONE_CARD_WIDTH_PX} px`).toEqual([]);
  }

  /** Opens a ShowCard of the newest card and saves the card as it looks then (not budgeted: it is on demand). */
  async function opened(name: string, button: string): Promise<void> {
    await playground.clickButton(button);
    // An opened card can be taller than the chat pane: a tall window shows it whole.
    await playground.inTallWindow(() => playground.saveCard(join(OUTPUT_DIR, `${name}.png`)));
  }

  const say = (text: string) => () => playground.sendMessage(text);
  const click = (title: string) => () => playground.clickButton(title);
  const R = catalog.result;

  it('keeps every verdict card within budget', async () => {
    await show('ready', say('check alex@contoso.com'), R.ready.title);
    await show('ready-federated', say('check kai@fabrikam.com'), R.ready.unconfirmedTitle);
    await show('choose-work-account', say('check dual@contoso.com'), R.chooseWork.title);
    await show('personal-managed-domain', say('check sam@contoso.com'), R.personal.title);
    await show('personal', say('check pat@outlook.com'), R.personal.title);
    await show('no-account', say('check nobody@contoso.com'), R.noAccount.title);
    await show('lookup-failed', say('check kim@broken.example'), R.failed.title);
    await show('takeover', say('check megan@fourthcoffee.xyz'), R.takeover.title);
    for (const blocker of ['no-admin', 'no-domain-proof', 'restricted-domain'] as const) {
      await playground.clickButton(R.takeover.option1.button);
      await show(`blocker-${blocker}`, click(R.blockers[blocker].button), R.blockers[blocker].title);
      await playground.sendMessage('check megan@fourthcoffee.xyz');
      await playground.waitForText(R.takeover.title);
    }
    await show('admins-unmanaged', say('who is my admin'), catalog.admins.unmanagedTitle);
    // Last, since the tall window it needs changes the layout: an opened option.
    await playground.sendMessage('check megan@fourthcoffee.xyz');
    await playground.waitForText(R.takeover.title);
    await opened('takeover-option1-open', R.takeover.option1.button);
  }, 150_000);

  it('keeps the personal-choice, MFA, admins, FAQ and not-sure cards within budget', async () => {
    await show('account-question', say('check my account'), catalog.account.title);
    // Every language's button titles, tried on this card's first button at a phone's width.
    const cut = [];
    for (const tag of LANGUAGES) {
      const words = catalogFor(tag);
      const titles = buttonTitles(words);
      for (const title of await playground.atCardWidth(PHONE_CARD_WIDTH_PX, () => playground.cutTitles(titles))) cut.push(`${tag}: ${title}`);
    }
    expect.soft(cut, `button titles cut at ${PHONE_CARD_WIDTH_PX} px`).toEqual([]);
    await show('personal-choice', click(catalog.account.personalButton), R.personal.title);
    // "Who is my admin?" answers for the tenant of the last check: a managed one here.
    await playground.sendMessage('check alex@contoso.com');
    await playground.waitForText(R.ready.title);
    await show('admins-found', say('who is my admin'), catalog.admins.foundTitle);
    await show('mfa', say('is mfa ready'), catalog.mfa.title);
    await show('faq-topic', say('what is a viral tenant?'), 'unmanaged');
    await show('not-sure', say('banana pancakes with syrup'), catalog.faq.notSureTitle);
    await show('not-sure-related', say('help me with my account'), catalog.faq.related);
    graph.directory.policies = [ENFORCING_MFA_POLICY];
    graph.directory.registrations = [{ userPrincipalName: 'alexw@contoso.com', isMfaRegistered: true, methodsRegistered: ['microsoftAuthenticatorPush', 'mobilePhone'], defaultMfaMethod: null }];
    await show('mfa-compliant', say('is mfa ready'), catalog.mfa.ready.title);
    // The outside tester's tenant (issue 15): Security Defaults on, the person registered with one method.
    graph.directory.policies = [];
    graph.directory.securityDefaults = true;
    graph.directory.registrations = [{ userPrincipalName: 'alexw@contoso.com', isMfaRegistered: true, methodsRegistered: ['microsoftAuthenticatorPush'], defaultMfaMethod: null }];
    await show('mfa-compliant-one-method', say('is mfa ready'), catalog.mfa.ready.addBackup);
    graph.directory.registrations = [{ userPrincipalName: 'alexw@contoso.com', isMfaRegistered: false, methodsRegistered: [], defaultMfaMethod: null }];
    await show('mfa-compliant-unregistered', say('is mfa ready'), catalog.mfa.ready.registerFirst);
    graph.forbid('/v1.0/roleManagement');
    await show('admins-permission', say('who is my admin'), catalog.admins.permissionTitle);
    await playground.sendMessage('what is a viral tenant?');
    await playground.waitForText(catalog.faq.stepsButton);
    await opened('faq-topic-steps-open', catalog.faq.stepsButton);
  }, 150_000);
  it('keeps the campaign cards within budget', async () => {
    const C = catalog.campaigns;
    await show('campaign-start-budget', say('start a campaign'), C.start.title);
    await playground.fillCardInput(C.start.addressesLabel, 'megan@fourthcoffee.xyz\npat@outlook.com\nalexw@contoso.com');
    await show('campaign-preview-budget', click(C.start.checkButton), ': preview');
    await show('campaign-progress-budget', click(C.preview.send), C.progress.done);
    await show('campaign-status-budget', say('campaign status'), catalog.campaignStatus.meaning);
  }, 150_000);
});
