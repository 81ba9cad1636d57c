import { describe, expect, it } from 'vitest';
import { useJourneyRig } from '../helpers/journeyBot';
import { TeamsUser, type UserIdentity } from '../helpers/teamsUser';
import type { Json } from '../helpers/cards';

const OTHER_TENANT = '99999999-8888-4777-8666-555555555555';
const TENANT_REFUSAL = /^People in your organisation have checked many addresses in the last hour\. .*try again in about 60 minutes\.$/;

const rig = useJourneyRig({ LOOKUP_USER_LIMIT_PER_HOUR: '10', LOOKUP_TENANT_LIMIT_PER_HOUR: '3' });

const person = (n: number): UserIdentity => ({ id: `29:person-${n}`, name: `Person ${n}`, aadObjectId: `aaaaaaaa-0000-0000-0000-00000000010${n}` });

/** What the bot answered last in the person's chat: its text, or that it was a card. */
function lastAnswer(user: TeamsUser): string {
  const last = rig().connector.sent(user.conversationId).at(-1) as Json | undefined;
  return last?.attachments ? 'a card' : String(last?.text ?? '');
}

describe('the per-tenant lookup budget', () => {
  it('refuses the lookup that goes over LOOKUP_TENANT_LIMIT_PER_HOUR, whoever of the tenant asks, with a polite answer', async () => {
    const people = [1, 2, 3, 4].map((n) => new TeamsUser(rig().bot.url, rig().connector.url, person(n)));
    for (const user of people) expect((await user.say('check megan@fourthcoffee.xyz')).status).toBe(200);
    expect(people.slice(0, 3).map(lastAnswer)).toEqual(['a card', 'a card', 'a card']);
    expect(lastAnswer(people[3])).toMatch(TENANT_REFUSAL);
    const requestsSoFar = rig().entra.requests.total;

    // Another of the tenant's people is refused too, without a request to Microsoft.
    await people[0].say('check alex@contoso.com');
    expect(lastAnswer(people[0])).toMatch(TENANT_REFUSAL);
    expect(rig().entra.requests.total).toBe(requestsSoFar);
  });

  it('leaves other tenants their own budget', async () => {
    const stranger = new TeamsUser(rig().bot.url, rig().connector.url, person(5));
    const activity = stranger.activity({ type: 'message', text: 'check megan@fourthcoffee.xyz' });
    await stranger.post({ ...activity, conversation: { ...(activity.conversation as Json), tenantId: OTHER_TENANT }, channelData: { tenant: { id: OTHER_TENANT } } });
    expect(lastAnswer(stranger)).toBe('a card');
  });
});
