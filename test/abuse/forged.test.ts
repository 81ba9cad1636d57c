import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJourneyRig, type JourneyRig } from '../helpers/journeyBot';
import { cardOf, texts, type Json } from '../helpers/cards';
import { TENANT_ID, type TeamsUser } from '../helpers/teamsUser';
import { logDuring } from './botLog';

const OTHER_TENANT = '99999999-8888-4777-8666-555555555555';
const APOLOGY = 'Sorry, something went wrong';
const UNKNOWN_ACTION = 'That button no longer does anything.';

let rig: JourneyRig;
beforeAll(async () => {
  rig = await startJourneyRig({ ALLOWED_TENANTS: TENANT_ID });
});
afterAll(async () => {
  await rig?.close();
});

/** Everything the bot sent to or changed in the conversation, as text: plain text and card text. */
function everythingShown(user: TeamsUser): string {
  const activities = [...rig.connector.sent(user.conversationId), ...rig.connector.updated(user.conversationId)];
  return activities
    .map((a) => [String(a.text ?? ''), ...(a.attachments ? texts(cardOf(a)) : [])].join('\n'))
    .join('\n');
}

/** A person from a tenant that is not allowed, writing in a personal chat. */
function fromOtherTenant(user: TeamsUser, fields: Json): Json {
  const activity = user.activity(fields);
  return {
    ...activity,
    conversation: { ...(activity.conversation as Json), tenantId: OTHER_TENANT },
    channelData: { tenant: { id: OTHER_TENANT } },
  };
}

describe('ALLOWED_TENANTS', () => {
  it('refuses a person from another tenant politely, and logs the tenant', async () => {
    const stranger = rig.user();
    const { result, log } = await logDuring(rig.bot, () => stranger.post(fromOtherTenant(stranger, { type: 'message', text: 'help' })));
    expect(result.status).toBe(200);
    const sent = rig.connector.sent(stranger.conversationId);
    expect(sent.map((a) => a.text)).toEqual(['This assistant is not enabled for your organisation. Please contact your IT department.']);
    expect(sent[0].attachments).toBeUndefined();
    const refusal = log.split('\n').find((line) => line.includes('not in ALLOWED_TENANTS'));
    expect(refusal).toContain(OTHER_TENANT);
  });

  it('refuses an activity that names no tenant', async () => {
    const nobody = rig.user();
    const activity = nobody.activity({ type: 'message', text: 'help' });
    await nobody.post({ ...activity, conversation: { ...(activity.conversation as Json), tenantId: undefined }, channelData: {} });
    expect(rig.connector.sent(nobody.conversationId).map((a) => a.text)).toEqual(['This assistant is not enabled for your organisation. Please contact your IT department.']);
  });

  it('refuses a card submit from another tenant without acting on it', async () => {
    const stranger = rig.user();
    await stranger.post(fromOtherTenant(stranger, { type: 'message', value: { verb: 'vlsa.check', address: 'alex@contoso.com' } }));
    expect(everythingShown(stranger)).not.toContain('ready');
    expect(rig.entra.requests.total).toBe(0);
  });

  it('answers a person from an allowed tenant normally', async () => {
    const alex = rig.user();
    await alex.say('help');
    expect(everythingShown(alex)).toContain('What I can do');
  });
});

describe('forged card actions', () => {
  it.each<[string, Json]>([
    ['an unknown verb', { verb: 'vlsa.bogus' }],
    ['a verb that is a number', { verb: 42 }],
    ['a verb that is null', { verb: null }],
    ['no data at all', {}],
    ['a blocker without its data', { verb: 'vlsa.blocker' }],
    ['a blocker and address of the wrong types', { verb: 'vlsa.blocker', blocker: {}, address: 12 }],
    ['a topic that is a list', { verb: 'vlsa.topic', topic: ['x'] }],
    ['a topic that does not exist', { verb: 'vlsa.topic', topic: '__proto__' }],
    ['a draft kind that is a list', { verb: 'vlsa.draft', kind: ['mfa-support'], address: 5 }],
    ['a draft update of an unknown kind', { verb: 'vlsa.draft.update', kind: 'constructor' }],
    ['an account answer for no waiting card', { verb: 'vlsa.account', cardId: { $gt: '' }, choice: 5 }],
  ])('refuses %s with a clear message and no apology', async (_name, value) => {
    const alex = rig.user();
    const { result, log } = await logDuring(rig.bot, () => alex.submit(value));
    expect(result.status).toBe(200);
    const shown = everythingShown(alex);
    expect(shown).not.toContain(APOLOGY);
    expect(shown.length).toBeGreaterThan(0);
    expect(log).not.toContain('"msg":"turn failed"');
  });

  it('names the unknown action in its refusal', async () => {
    const alex = rig.user();
    await alex.submit({ verb: 'vlsa.bogus', payload: { nested: [1, 2, 3] } });
    expect(everythingShown(alex)).toContain(UNKNOWN_ACTION);
  });

  it('treats a draft update with fields of the wrong types as empty fields, without an apology', async () => {
    const alex = rig.user();
    const { log } = await logDuring(rig.bot, () => alex.submit({ verb: 'vlsa.draft.update', kind: 'mfa-support', error: { $ne: 1 }, tenantId: 7, domain: ['contoso.com'] }));
    const shown = everythingShown(alex);
    expect(shown).not.toContain(APOLOGY);
    expect(shown).toContain('Paste or describe the error you saw.');
    expect(shown).not.toContain('$ne');
    expect(log).not.toContain('"msg":"turn failed"');
  });

  it('refuses a submit with data close to the body limit', async () => {
    const alex = rig.user();
    const { result, log } = await logDuring(rig.bot, () => alex.submit({ verb: 'vlsa.bogus', blob: 'x'.repeat(240 * 1024) }));
    expect(result.status).toBe(200);
    expect(everythingShown(alex)).toContain(UNKNOWN_ACTION);
    expect(log).not.toContain('"msg":"turn failed"');
  });

  it('keeps a draft card built from a huge field within what Teams accepts (28 KB)', async () => {
    const alex = rig.user();
    await alex.submit({ verb: 'vlsa.draft.update', kind: 'mfa-support', error: 'e'.repeat(200 * 1024), contactName: 'n'.repeat(20 * 1024) });
    const [card] = rig.connector.sent(alex.conversationId);
    const shown = everythingShown(alex);
    expect(shown).not.toContain(APOLOGY);
    expect(shown).toContain('This is longer than 2000 characters; please shorten it.');
    expect(JSON.stringify(card).length).toBeLessThan(28 * 1024);
  });

  it('refuses an Action.Execute invoke with an unknown verb with a clear message, without a crash or an apology', async () => {
    const alex = rig.user();
    const { result, log } = await logDuring(rig.bot, () => alex.execute('vlsa.bogus', { anything: { $where: '1' } }));
    expect(result.status).toBe(200);
    expect(`${JSON.stringify(result.body)}\n${everythingShown(alex)}`).toContain(UNKNOWN_ACTION);
    expect(everythingShown(alex)).not.toContain(APOLOGY);
    expect(log).not.toContain('"msg":"turn failed"');
  });

  it('is still healthy, with no unhandled rejection in its log', async () => {
    const { result } = await logDuring(rig.bot, () => fetch(`${rig.bot.url}/healthz`));
    expect(result.status).toBe(200);
    expect(rig.bot.output.join('\n')).not.toContain('unhandled rejection');
  });
});
