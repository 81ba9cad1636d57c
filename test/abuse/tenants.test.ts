import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type BotProcess } from '../helpers/botProcess';
import { startFakeConnector, type FakeConnector } from '../helpers/connector';
import { TeamsUser, TENANT_ID } from '../helpers/teamsUser';
import type { Json } from '../helpers/cards';

const OTHER_TENANT = '99999999-8888-4777-8666-555555555555';
const REFUSAL = 'This assistant is not enabled for your organisation. Please contact your IT department.';

let connector: FakeConnector;
/** Local anonymous mode: neither BOT_TENANT_ID nor ALLOWED_TENANTS. */
let local: BotProcess;
const bots: BotProcess[] = [];
beforeAll(async () => {
  connector = await startFakeConnector();
  local = await bot({});
});
afterAll(async () => {
  await Promise.all(bots.map((bot) => bot.kill()));
  await connector?.close();
});

async function bot(env: Record<string, string>): Promise<BotProcess> {
  const started = await startBot(env);
  bots.push(started);
  return started;
}

/** "help" from a person of `tenant` (undefined: an activity that names no tenant); what the bot answered. */
async function helpFrom(on: BotProcess, tenant: string | undefined): Promise<string> {
  const user = new TeamsUser(on.url, connector.url);
  const activity = user.activity({ type: 'message', text: 'help' });
  const conversation = { ...(activity.conversation as Json), tenantId: tenant };
  expect((await user.post({ ...activity, conversation, channelData: tenant ? { tenant: { id: tenant } } : {} })).status).toBe(200);
  const [answer] = connector.sent(user.conversationId);
  return answer?.attachments ? 'help card' : String(answer?.text);
}

describe('who may talk to the bot', () => {
  it('with BOT_TENANT_ID set and ALLOWED_TENANTS unset: the bot’s own tenant only, and never an activity without a tenant', async () => {
    const own = await bot({ BOT_TENANT_ID: TENANT_ID });
    expect(await helpFrom(own, TENANT_ID)).toBe('help card');
    expect(await helpFrom(own, TENANT_ID.toUpperCase())).toBe('help card');
    expect(await helpFrom(own, OTHER_TENANT)).toBe(REFUSAL);
    expect(await helpFrom(own, undefined)).toBe(REFUSAL);
  });

  it('with ALLOWED_TENANTS=*: every tenant, even with BOT_TENANT_ID set', async () => {
    const open = await bot({ BOT_TENANT_ID: TENANT_ID, ALLOWED_TENANTS: '*' });
    expect(await helpFrom(open, OTHER_TENANT)).toBe('help card');
    expect(await helpFrom(open, TENANT_ID)).toBe('help card');
  });

  it('with ALLOWED_TENANTS a list: those tenants, not BOT_TENANT_ID unless listed', async () => {
    const listed = await bot({ BOT_TENANT_ID: TENANT_ID, ALLOWED_TENANTS: OTHER_TENANT });
    expect(await helpFrom(listed, OTHER_TENANT)).toBe('help card');
    expect(await helpFrom(listed, TENANT_ID)).toBe(REFUSAL);
    expect(await helpFrom(listed, undefined)).toBe(REFUSAL);
  });

  it('with neither BOT_TENANT_ID nor ALLOWED_TENANTS (local anonymous mode): every tenant, as before', async () => {
    expect(await helpFrom(local, OTHER_TENANT)).toBe('help card');
    expect(await helpFrom(local, undefined)).toBe('help card');
  });

  it.each([
    ['directline', { channelId: 'directline' }],
    ['emulator', { channelId: 'emulator' }],
    ['no channelId', { channelId: undefined }],
    ['a channelId that is not text', { channelId: ['msteams'] }],
  ])('serves Teams only: an activity from %s gets 400 with a short reason, before any turn', async (_name, fields) => {
    const user = new TeamsUser(local.url, connector.url);
    const result = await user.post({ ...user.activity({ type: 'message', text: 'help' }), ...fields });
    expect(result).toEqual({ status: 400, body: { error: 'Only Microsoft Teams activities (channelId "msteams") are served.' } });
    expect(connector.sent(user.conversationId)).toEqual([]);
  });
});
