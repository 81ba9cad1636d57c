import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { actionTitled, cardOf, type Json } from '../helpers/cards';
import { useJourneyRig } from '../helpers/journeyBot';
import { ALEX, TeamsUser } from '../helpers/teamsUser';
import { logDuring } from './botLog';

const AUDIT_HASH_KEY = 'privacy-test-audit-key-0123456789abcdef';
const TEAM = '19:helpdesk-team@thread.tacv2';
const CHANNEL = '19:vlsc-cases@thread.tacv2';

const rig = useJourneyRig({ AUDIT_HASH_KEY, LOG_LEVEL: 'debug' });

/** The audit lines the bot logged, parsed. */
const auditLines = (log: string) =>
  log
    .split('\n')
    .filter((line) => line.includes('"audit":"lookup"'))
    .map((line) => JSON.parse(line) as { addressHash: string });

describe('what the bot logs', () => {
  it('holds no address and no display name through a whole journey with failed posts, and audits lookups with an HMAC of the address', async () => {
    const alex = rig().user();
    const desk = new TeamsUser(rig().bot.url, rig().connector.url, { id: '29:adele', name: 'Adele Vance', aadObjectId: 'aaaaaaaa-0000-0000-0000-0000000000a1' }, { id: CHANNEL, type: 'channel', teamId: TEAM, channelId: CHANNEL });
    const { log } = await logDuring(rig().bot, async () => {
      await desk.say('use this channel for all cases');
      await alex.say('check my account');
      await alex.say('megan@fourthcoffee.xyz');
      const result = cardOf(rig().connector.sent(alex.conversationId).at(-1));
      // The case card's first post fails, and the failure is logged.
      rig().connector.failNext(1, 403);
      await alex.submit(actionTitled(result, 'Ask my admin / help desk').data as Json);
      await desk.say('repost');
      await alex.say('who is my admin');
      await alex.say('draft a disassociation request');
      await desk.say('cases');
      await desk.say('export');
    });
    expect(log).toContain('"audit":"lookup"');
    // The failed post was logged (a warning or an error), with no address or name in it either.
    expect(log).toMatch(/"level":(40|50),.*"caseId":"VL-/);
    for (const secret of ['megan@fourthcoffee.xyz', 'alex@contoso.com', 'alex.wilber@contoso.com', ALEX.name, 'Adele Vance', 'Megan']) expect(log).not.toContain(secret);
    const [audit] = auditLines(log);
    expect(audit.addressHash).toBe(createHmac('sha256', AUDIT_HASH_KEY).update('megan@fourthcoffee.xyz').digest('hex'));
    expect(log).not.toContain(createHash('sha256').update('megan@fourthcoffee.xyz').digest('hex'));
  });
});

describe('the audit hash key when AUDIT_HASH_KEY is not set', () => {
  const keyless = useJourneyRig();

  it('is generated on the first start and kept: the same address hashes the same after a restart', async () => {
    const check = async () => {
      const { log } = await logDuring(keyless().bot, () => keyless().user().say('check megan@fourthcoffee.xyz'));
      return auditLines(log)[0].addressHash;
    };
    const before = await check();
    await keyless().restart();
    expect(await check()).toBe(before);
    expect(before).not.toBe(createHash('sha256').update('megan@fourthcoffee.xyz').digest('hex'));
  });
});
