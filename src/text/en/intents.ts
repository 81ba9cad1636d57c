import type { IntentWords } from '../../domain/language/words';

/**
 * English words for the conversation controls, beyond the English rules of
 * src/domain/intents.ts, which read checks, admins, MFA, drafts, help, cancel, restart and
 * small talk in English in every chat: those lists stay empty here. What this adds is the
 * language choice ("language: English", "language auto") and the politeness around another
 * language's words in an English chat ("abbrechen please").
 */
export const intents: IntentWords = {
  help: [],
  cancel: [],
  restart: [],
  check: [],
  checkAgain: [],
  admins: [],
  mfa: [],
  campaign: [],
  campaignStatus: [],
  drafts: { disassociation: [], 'extra-logins': [], 'mfa-support': [] },
  smallTalk: { thanks: [], ok: [], bye: [] },
  leadIns: ['please', 'pls', 'plz', 'kindly', 'can you', 'could you', 'would you'],
  courtesies: ['please', 'pls', 'plz', 'thanks', 'thank you', 'thx'],
  languageWords: ['language', 'set language', 'change language', 'switch language', 'language to', 'set language to', 'change language to'],
  names: ['english', 'englisch', 'anglais', 'inglés', 'inglese', 'inglês', 'engels', '英語', '英语', '영어'],
  autoWords: ['auto', 'automatic', 'automatically', 'reset', 'default', 'teams', 'my teams language'],
};
