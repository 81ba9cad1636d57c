import type { Catalog } from '../../../text/catalog';
import { ENDONYMS, LANGUAGES } from '../../../text/languages';
import type { GuideCardData } from '../../kit/cards/data';
import { guideCard } from '../../kit/cards/guide';
import { LANGUAGE_VERBS } from './verbs';

/** The languages the bot answers in, each by its own name, and "follow my Teams language"; `lead` says why it is shown. */
export function languageCard(words: Catalog, lead = ''): GuideCardData {
  const L = words.language;
  return guideCard({
    title: L.pickerTitle,
    summary: lead ? `${lead} ${L.pickerSummary}` : L.pickerSummary,
    choices: [
      ...LANGUAGES.map((tag) => ({ title: ENDONYMS[tag], data: { verb: LANGUAGE_VERBS.choose, tag } })),
      { title: L.followTeamsButton, data: { verb: LANGUAGE_VERBS.choose, tag: 'auto' } },
    ],
  });
}
