import { describe, expect, it } from 'vitest';
import { classifyIntent } from '../../src/domain/intents';

describe('classifyIntent', () => {
  it.each([
    'check my account',
    'check my vlsc sign-in',
    'Check my VLSC account please',
    'please check my account.',
    'can you check my work account?',
    'is my account ok?',
    'is my vlsc account ready',
    'diagnose',
    'verify my email address',
    '<at>VL Sign-in Assistant</at> check my account',
  ])('"%s" starts a check', (text) => {
    expect(classifyIntent(text)).toEqual({ kind: 'diagnose' });
  });

  it.each(['check again', 'Check again now', 'recheck', 're-check it', 'look again', 'check my account again', 'is it fixed yet?', 'please check them again'])('"%s" checks the watched addresses again', (text) => {
    expect(classifyIntent(text)).toEqual({ kind: 'checkAgain' });
  });

  it.each([
    ['check me@contoso.com', 'me@contoso.com'],
    ['me@contoso.com', 'me@contoso.com'],
    ['  Me@Contoso.com. ', 'Me@Contoso.com'],
    ['check the account for admin@fourthcoffee.xyz!', 'admin@fourthcoffee.xyz'],
    ['is jane.doe@contoso.co.uk ok?', 'jane.doe@contoso.co.uk'],
    ['my address is user@fourthcoffeexyz.onmicrosoft.com', 'user@fourthcoffeexyz.onmicrosoft.com'],
    ['@bot check me@contoso.com', 'me@contoso.com'],
  ])('"%s" checks the address in it', (text, address) => {
    expect(classifyIntent(text)).toEqual({ kind: 'diagnose', address });
  });

  it.each([
    'who is my admin?',
    "who's my global administrator",
    'who’s my global administrator?',
    'find my admins',
    'who are the global admins in our tenant',
    'list our global administrators',
    'global admins',
    'show me my admin please',
  ])('"%s" looks up the admins', (text) => {
    expect(classifyIntent(text)).toEqual({ kind: 'admins' });
  });

  it.each(['mfa', 'MFA', 'is mfa ready?', 'vl central mfa', 'check mfa', 'check our MFA readiness', 'are we ready for mfa', 'please, 2FA'])(
    '"%s" starts the MFA journey',
    (text) => {
      expect(classifyIntent(text)).toEqual({ kind: 'mfa' });
    },
  );

  it.each(['help', 'Help!', 'menu', '?', '  ?  ', 'what can you do?', 'What can you do', '@bot help', 'hi'])('"%s" asks for help', (text) => {
    expect(classifyIntent(text)).toEqual({ kind: 'help' });
  });

  it.each(['cancel', 'Stop', 'quit.', 'never mind'])('"%s" cancels', (text) => {
    expect(classifyIntent(text)).toEqual({ kind: 'cancel' });
  });

  it.each(['start over', 'Restart', 'reset', 'please start again'])('"%s" restarts', (text) => {
    expect(classifyIntent(text)).toEqual({ kind: 'restart' });
  });

  it.each([
    ['draft a disassociation request', 'disassociation'],
    ['can you write me a disassociation email?', 'disassociation'],
    ['disassociate my vlsc account', 'disassociation'],
    ['ask for more logins', 'extra-logins'],
    ['ask vlsc support for extra log ins', 'extra-logins'],
    ['please request more sign-ins', 'extra-logins'],
    ['draft a request for more logins', 'extra-logins'],
    ['draft an mfa support email', 'mfa-support'],
    ['write an email to MFA support', 'mfa-support'],
    ['email mfa support', 'mfa-support'],
  ])('"%s" asks for a %s draft', (text, draft) => {
    expect(classifyIntent(text)).toEqual({ kind: 'draft', draft });
  });

  it.each([
    'why does VLSC say I have 3 logins left?',
    'what is mfa?',
    'what is a viral tenant',
    'do I need Office 365 for a work account?',
    'helpdesk stuff',
    'help me understand the takeover',
    'how do i reset my password',
    'stop working?',
    'will my account stop working',
    'how do I find my global admin',
    'who can enable mfa in our organisation',
    'what happens if i cancel the takeover',
    'is mfa mandatory for guests',
    'how do I check if my tenant is unmanaged',
    'why was me@contoso.com refused',
    'how do i get more logins',
    'mfa for guest users',
    'admin takeover',
  ])('"%s" is a question', (text) => {
    expect(classifyIntent(text)).toEqual({ kind: 'question', text });
  });

  it.each([
    ['thanks', 'thanks'],
    ['Thank you!', 'thanks'],
    ['thx', 'thanks'],
    ['many thanks', 'thanks'],
    ['thanks, great', 'thanks'],
    ['🙏', 'thanks'],
    ['ok', 'ok'],
    ['OK.', 'ok'],
    ['okay thanks', 'thanks'],
    ['great, thanks', 'thanks'],
    ['ok cool', 'ok'],
    ['got it', 'ok'],
    ['cool', 'ok'],
    ['👍', 'ok'],
    ['👍🏽', 'ok'],
    ['👍👍', 'ok'],
    ['<emoji id="like" alt="👍" title="Like"></emoji>', 'ok'],
    ['bye', 'bye'],
    ['👋', 'bye'],
  ])('"%s" is small talk (%s)', (text, said) => {
    expect(classifyIntent(text)).toEqual({ kind: 'smallTalk', said });
  });

  it.each([
    ['check bob@', 'bob@'],
    ['check x@@y', 'x@@y'],
    ['Check my account bob@contoso', 'bob@contoso'],
    ['check whether me@contoso.com is fine', 'me@contoso.com'],
    ['please check @bob', '@bob'],
    ['x@@contoso.com', 'x@@contoso.com'],
    ['bob@', 'bob@'],
    ['alex@contoso', 'alex@contoso'],
    ['check (bob@contoso.com)', 'bob@contoso.com'],
    ['check "bob@@contoso.com",', 'bob@@contoso.com'],
  ])('"%s" goes to address validation with %s', (text, address) => {
    expect(classifyIntent(text)).toEqual({ kind: 'diagnose', address });
  });

  it.each(['why was x@@y refused', 'okay so what is a viral tenant', 'thanks for nothing, why is my tenant viral', '@@'])('"%s" is not small talk or an address', (text) => {
    expect(['question', 'help']).toContain(classifyIntent(text).kind);
  });

  it.each(['campaign status', 'Campaign status?', 'how is the campaign going', "how's our campaign doing", 'status of my campaign', 'please, campaign progress'])('"%s" asks for the campaign status', (text) => {
    expect(classifyIntent(text)).toEqual({ kind: 'campaignStatus' });
  });

  it('reads a campaign id after "campaign status", and nothing else as one', () => {
    expect(classifyIntent('campaign status cp-abcdefgh')).toEqual({ kind: 'campaignStatus', campaignId: 'CP-ABCDEFGH' });
    expect(classifyIntent('campaign status of everything').kind).toBe('question');
    expect(classifyIntent(`campaign status cp-${'a'.repeat(50_000)}`).kind).toBe('question');
  });

  it('passes the question on without the mention markup', () => {
    expect(classifyIntent('<at>VL Sign-in Assistant</at>  what is a  viral tenant?')).toEqual({ kind: 'question', text: 'what is a viral tenant?' });
  });
});
