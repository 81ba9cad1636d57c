import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/domain/verdicts';
import type { DraftInput } from '../../src/domain/drafts';
import { draftWordsIn, type Catalog, type VerdictFacts } from '../../src/text/catalog';
import { catalogFor, ENDONYMS, LANGUAGES, resolveLanguage, type LanguageTag } from '../../src/text/languages';
import { actions, allText, cardOf, cardOfOrEmpty, nodes, type Json } from '../helpers/cards';
import { useJourneyRig } from '../helpers/journeyBot';
import { ADELE, caseHelpers, invokeCard, until } from '../helpers/caseRig';
import { BOT, TeamsUser } from '../helpers/teamsUser';

/**
 * The language of every reply, in conversation: the locale Teams sends with each activity
 * picks the words of every card (by tag, then by language, else English), a person's choice
 * overrides it for good, and "language auto" hands it back. Asserted on the registry's own
 * catalogs, so every language is covered as soon as its folder is registered.
 */
// Every language checks the same addresses: more lookups than one person's hourly allowance.
const rig = useJourneyRig({ LOOKUP_USER_LIMIT_PER_HOUR: '1000', LOOKUP_TENANT_LIMIT_PER_HOUR: '10000' });

/** A Teams client locale for each language. */
const LOCALE_OF: Record<LanguageTag, string> = { en: 'en-US', de: 'de-DE', fr: 'fr-FR', es: 'es-ES', it: 'it-IT', 'pt-BR': 'pt-BR', nl: 'nl-NL', ja: 'ja-JP', 'zh-CN': 'zh-CN', ko: 'ko-KR' };

function say(user: TeamsUser, text: string, locale?: string) {
  return user.post(user.activity({ type: 'message', text, locale }));
}

function sent(user: TeamsUser): Json[] {
  return rig().connector.sent(user.conversationId);
}

const lastCard = (user: TeamsUser) => cardOf(sent(user).at(-1));
const lastText = (user: TeamsUser) => String(sent(user).at(-1)?.text ?? '');
/** A card's title: the first text on it. */
const titleOf = (card: Json) => (allText(card).split('\n')[0] ?? '').trim();

/** The titles a verdict's card can have in `words` (some depend on whether the exact address was confirmed). */
function verdictTitles(words: Catalog, verdict: Verdict): string[] {
  const facts = (confirmed: boolean): VerdictFacts => ({ shownAddress: '', shownDomain: '', domain: '', tenant: '', confirmed, federated: false, hasTenant: true, reason: '' });
  return [true, false].map((confirmed) => words.verdictCards[verdict].title(facts(confirmed)));
}

/** Addresses the Entra fake answers with each verdict (test/fakes/entraFake.ts). */
const VERDICT_ADDRESSES: Array<[string, Verdict]> = [
  ['alex@contoso.com', 'ready'],
  ['dual@contoso.com', 'choose-work-account'],
  ['megan@fourthcoffee.xyz', 'takeover-needed'],
  ['pat@outlook.com', 'personal-account'],
  ['nobody@contoso.com', 'no-account'],
];

describe.each(LANGUAGES.map((tag) => [tag, LOCALE_OF[tag]] as const))('Teams set to %s (%s)', (tag, locale) => {
  const words = catalogFor(tag);

  it('answers with every verdict card in its words', async () => {
    const user = rig().user();
    for (const [address, verdict] of VERDICT_ADDRESSES) {
      await say(user, address, locale);
      expect(verdictTitles(words, verdict), `${verdict} for ${address}`).toContain(titleOf(lastCard(user)));
    }
    rig().entra.setFault({ endpoint: 'credentialType' }, { kind: 'status', status: 500 });
    await say(user, 'megan@fourthcoffee.xyz', locale);
    rig().entra.reset();
    const failed = lastCard(user);
    expect(titleOf(failed)).toBe(words.verdictCards['lookup-failed'].title({} as VerdictFacts));
    expect(actions(failed).map((a) => a.title)).toContain(words.result.actions.retry);
    // An address that is not valid gets the question card again, with the reason in the same words.
    await say(user, 'x@@contoso.com', locale);
    const question = lastCard(user);
    expect(titleOf(question)).toBe(words.account.title);
    expect(allText(question)).toContain(words.address.problems['several-at']);
  });

  it('answers with the MFA card and the not-sure card in its words', async () => {
    const user = rig().user();
    await say(user, 'mfa', locale);
    const mfa = lastCard(user);
    expect(titleOf(mfa)).toBe(words.mfa.title);
    expect(allText(mfa)).toContain(words.mfa.summary);
    await say(user, 'zzz qqq xyzzy plugh', locale);
    const notSure = lastCard(user);
    expect(titleOf(notSure)).toBe(words.faq.notSureTitle);
    expect(actions(notSure).map((a) => a.title)).toContain(words.commands.check.title);
  });

  it('names the language command on the help card', async () => {
    const user = rig().user();
    await say(user, 'help', locale);
    expect(allText(lastCard(user))).toContain(words.language.helpHint);
  });
});

describe('a question in another language than the chat’s', () => {
  it('understands a German question in an en-US chat and answers in English', async () => {
    const user = rig().user();
    const english = catalogFor('en');
    await say(user, 'wie prüfe ich ob unser Mandant viral ist', 'en-US');
    const answer = lastCard(user);
    expect(allText(answer)).toContain(english.topics.topics['check-unmanaged'].title);
    expect(titleOf(answer)).not.toBe(english.faq.notSureTitle);
  });
});

/** The values of a card's inputs, by id. */
function inputValues(card: Json): Record<string, string> {
  return Object.fromEntries(nodes(card).filter((n) => typeof n.id === 'string').map((n) => [n.id as string, String(n.value ?? '')]));
}

/** What Teams sends for a draft card's button: its data plus every input's value. */
function submitted(card: Json, title: string): Record<string, unknown> {
  const button = actions(card).find((a) => a.title === title);
  return { ...(button?.data as Json), ...inputValues(card) };
}

describe.each(LANGUAGES.map((tag) => [tag, LOCALE_OF[tag]] as const))('a draft for support, Teams set to %s', (tag, locale) => {
  const words = catalogFor(tag);
  const english = catalogFor('en');

  it('is in English with the card around it in the person’s words, and in theirs on "Draft in my language"', async () => {
    const user = rig().user();
    await say(user, 'megan@fourthcoffee.xyz', locale);
    await user.post(user.activity({ type: 'message', value: { verb: 'vlsa.draft', kind: 'disassociation', address: 'megan@fourthcoffee.xyz' }, locale }));
    const card = lastCard(user);
    expect(titleOf(card)).toBe(words.drafts.disassociation.title);
    expect(allText(card)).toContain(english.drafts.disassociation.greeting);
    expect(allText(card)).toContain(english.drafts.disassociation.request('megan@fourthcoffee.xyz'));
    const titles = actions(card).map((a) => a.title);
    expect(titles).toContain(words.drafts.update);
    if (tag === 'en') {
      expect(titles).not.toContain(words.language.draftInMyLanguage);
      return;
    }
    expect(allText(card)).toContain(words.language.draftInEnglish);
    // Its fields in the person's words, with the English label of the form the text goes into.
    const contactName = nodes(card).find((n) => n.id === 'contactName') as { label: string };
    const label = (w: Catalog) => draftWordsIn(w, 'disassociation').labels.contactName;
    expect(contactName.label).toBe(label(words) === label(english) ? label(english) : `${label(words)} (${label(english)})`);
    await user.post(user.activity({ type: 'message', value: submitted(card, words.language.draftInMyLanguage), replyToId: 'activity-draft', locale }));
    const mine = cardOf(rig().connector.updated(user.conversationId).at(-1));
    // What the bot prefilled is written again in the person's words; the text is theirs.
    const fields = inputValues(mine);
    expect(fields.request).toBe(words.drafts.prefill.request('megan@fourthcoffee.xyz'));
    expect(fields.contactName).toBe('Alex Wilber');
    expect(allText(mine)).toContain(draftWordsIn(words, 'disassociation').body(fields as unknown as DraftInput<'disassociation'>));
    expect(actions(mine).map((a) => a.title)).not.toContain(words.language.draftInMyLanguage);
    // "Update the draft" keeps the language of the text.
    await user.post(user.activity({ type: 'message', value: submitted(mine, words.drafts.update), replyToId: 'activity-draft', locale }));
    const updated = cardOf(rig().connector.updated(user.conversationId).at(-1));
    expect(allText(updated)).toContain(draftWordsIn(words, 'disassociation').body(inputValues(updated) as unknown as DraftInput<'disassociation'>));
  });
});

describe('a locale without a language of its own', () => {
  it.each([
    ['de-AT', 'de'],
    ['pt-PT', 'pt-BR'],
    ['zh-TW', 'zh-CN'],
    ['es-419', 'es'],
    ['xx-YY', 'en'],
  ])('%s is answered as %s, or in English while that language is not there', async (locale, language) => {
    const expected = LANGUAGES.includes(language as LanguageTag) ? (language as LanguageTag) : 'en';
    expect(resolveLanguage(locale)).toBe(expected);
    const user = rig().user();
    await say(user, 'mfa', locale);
    expect(titleOf(lastCard(user))).toBe(catalogFor(expected).mfa.title);
  });
});

describe('a locale that is no language tag', () => {
  it.each([['de-DE;q=0.9<script>'], ['de'.repeat(100)], ['"><img src=x>']])('%s is not used, and is not copied into the reply', async (locale) => {
    const user = rig().user();
    await say(user, 'mfa', locale);
    const reply = sent(user).at(-1);
    expect(titleOf(cardOf(reply))).toBe(catalogFor('en').mfa.title);
    expect(JSON.stringify(reply)).not.toContain(locale);
  });

  it('pt_PT, with an underscore, is read as pt-PT', async () => {
    const user = rig().user();
    await say(user, 'mfa', 'pt_PT');
    expect(titleOf(lastCard(user))).toBe(catalogFor('pt-BR').mfa.title);
  });
});

describe('the language a person chooses', () => {
  // Another language than English when one is registered; English (which every locale then falls back to) otherwise.
  const chosen: LanguageTag = LANGUAGES.find((tag) => tag !== 'en') ?? 'en';
  const words = catalogFor(chosen);
  const teamsLocale = 'xx-YY';

  it('switches at once, in the words of the language chosen, and holds in other chats and after a restart', async () => {
    const user = rig().user();
    await say(user, `language: ${ENDONYMS[chosen]}`, teamsLocale);
    expect(lastText(user)).toBe(words.language.changed(ENDONYMS[chosen]));
    await say(user, 'mfa', teamsLocale);
    expect(titleOf(lastCard(user))).toBe(words.mfa.title);

    await rig().restart();
    const elsewhere = rig().user();
    await say(elsewhere, 'zzz qqq xyzzy plugh', teamsLocale);
    expect(titleOf(lastCard(elsewhere))).toBe(words.faq.notSureTitle);
    // A welcome, which Teams sends without a locale, speaks the choice too.
    await elsewhere.post({ ...elsewhere.activity({ type: 'conversationUpdate', membersAdded: [{ id: BOT.id }] }), locale: undefined });
    expect(titleOf(lastCard(elsewhere))).toBe(words.appName);

    await say(elsewhere, 'language auto', teamsLocale);
    const teams = catalogFor(resolveLanguage(teamsLocale));
    expect(lastText(elsewhere)).toBe(teams.language.followingTeams(ENDONYMS[resolveLanguage(teamsLocale)]));
    await say(elsewhere, 'mfa', teamsLocale);
    expect(titleOf(lastCard(elsewhere))).toBe(teams.mfa.title);
  });

  it('offers the languages it speaks for a name it does not know, and a language whose words are not there yet', async () => {
    const user = rig().user();
    await say(user, 'language klingon');
    const card = lastCard(user);
    const english = catalogFor('en');
    expect(allText(card)).toContain(english.language.unknown('klingon'));
    expect(actions(card).map((a) => a.title)).toEqual([...LANGUAGES.map((tag) => ENDONYMS[tag]), english.language.followTeamsButton]);
    const missing = (['de', 'fr', 'es', 'it', 'pt-BR', 'nl', 'ja', 'zh-CN', 'ko'] as const).find((tag) => !LANGUAGES.includes(tag));
    if (missing) {
      await say(user, `language ${ENDONYMS[missing]}`);
      expect(allText(lastCard(user))).toContain(english.language.unavailable(ENDONYMS[missing]));
    }
  });

  it('takes a language from the card’s buttons', async () => {
    const user = rig().user();
    await say(user, 'language');
    const button = actions(lastCard(user)).find((a) => a.title === ENDONYMS[chosen]);
    expect(button).toBeDefined();
    await user.submit(button?.data as Record<string, unknown>);
    expect(lastText(user)).toBe(words.language.changed(ENDONYMS[chosen]));
    await say(user, 'language reset');
    expect(lastText(user)).toBe(catalogFor('en').language.followingTeams(ENDONYMS.en));
  });
});

/** The other language of these tests: one registered besides English, else English (then every check holds trivially). */
const OTHER: LanguageTag = LANGUAGES.find((tag) => tag !== 'en') ?? 'en';

/** An Action.Execute on a case card, from a client in `locale`. */
function execute(user: TeamsUser, verb: string, data: Record<string, unknown>, locale: string) {
  return user.post(user.activity({ type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' }, replyToId: 'root', locale }));
}

/** The version a case card shows, from its "Assign to me" button in `words`. */
const versionOn = (card: Json, words: Catalog) => Number((actions(card).find((a) => a.title === words.cases.buttons.assignToMe)?.data as Json).version);

describe('case cards in a help-desk channel, and the requester’s notifications', () => {
  const { escalate, channelCard, lastText: textOf } = caseHelpers(rig);
  const desk = catalogFor(OTHER);
  const english = catalogFor('en');

  it('speak the language of whoever routed the channel, of whoever acts, and of the requester', async () => {
    const router = new TeamsUser(rig().bot.url, rig().connector.url, ADELE, { id: '19:lang-desk@thread.tacv2', type: 'channel', teamId: '19:lang-team@thread.tacv2', channelId: '19:lang-desk@thread.tacv2' });
    await say(router, 'use this channel for all cases', LOCALE_OF[OTHER]);
    // The requester's Teams is in English: their messages are, whatever the channel speaks.
    const alex = rig().user();
    const { id } = await escalate(alex, 'admin@fourthcoffee.xyz');
    const { card } = channelCard(id);
    expect(titleOf(card)).toBe(`${desk.cases.title(id)} · ${desk.cases.categories.takeover}`);

    const assigned = invokeCard(await execute(router, 'case.assignToMe', { caseId: id, version: versionOn(card, desk) }, LOCALE_OF[OTHER]));
    expect(titleOf(assigned)).toBe(`${desk.cases.title(id)} · ${desk.cases.categories.takeover}`);
    const prefix = english.cases.notify(id, '');
    await until(() => (textOf(alex).startsWith(prefix) ? true : undefined), 'the requester notified in English');
    // Someone reading the channel in English gets the card they act on in English.
    const reader = new TeamsUser(rig().bot.url, rig().connector.url, ADELE, { id: '19:lang-desk@thread.tacv2', type: 'channel', teamId: '19:lang-team@thread.tacv2', channelId: '19:lang-desk@thread.tacv2' });
    const reread = invokeCard(await execute(reader, 'case.refresh', { caseId: id }, 'en-US'));
    expect(titleOf(reread)).toBe(`${english.cases.title(id)} · ${english.cases.categories.takeover}`);
  });
});

describe('a case card sent 1:1 to a help-desk admin', () => {
  const adminRig = useJourneyRig({ HELPDESK_ADMINS: ADELE.aadObjectId });
  const { escalate } = caseHelpers(adminRig);

  // Addresses of fourthcoffee.xyz other than megan@, admin@ and dual@ have no account: their cases are "other".
  it('speaks the admin’s language: the locale of their chat with the bot, or the one they chose', async () => {
    const adele = new TeamsUser(adminRig().bot.url, adminRig().connector.url, ADELE);
    await adele.post(adele.activity({ type: 'conversationUpdate', membersAdded: [{ id: BOT.id }, { id: ADELE.id }], locale: LOCALE_OF[OTHER] }));
    const alex = adminRig().user();
    const { id } = await escalate(alex, 'desk-lang@fourthcoffee.xyz');
    const desk = catalogFor(OTHER);
    const delivered = await until(() => adminRig().connector.sent(adele.conversationId).find((a) => allText(cardOfOrEmpty(a)).includes(id)), 'the case at the admin');
    expect(titleOf(cardOf(delivered))).toBe(`${desk.cases.title(id)} · ${desk.cases.categories.other}`);

    // The admin chooses English: the next case comes in English, though their chat's locale says otherwise.
    await say(adele, 'language: English', LOCALE_OF[OTHER]);
    const second = await escalate(alex, 'desk-lang-2@fourthcoffee.xyz');
    const english = catalogFor('en');
    const next = await until(() => adminRig().connector.sent(adele.conversationId).find((a) => allText(cardOfOrEmpty(a)).includes(second.id)), 'the second case at the admin');
    expect(titleOf(cardOf(next))).toBe(`${english.cases.title(second.id)} · ${english.cases.categories.other}`);
  });
});
