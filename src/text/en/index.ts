/**
 * The English catalog, one file per area: every sentence the bot and the command line show
 * people. The domain returns codes and data; the Teams layer and the command line render them
 * with the words of the person's language (../languages.ts picks the catalog). A translation
 * is a folder like this one whose index exports its `catalog: Catalog` (../catalog.ts), which
 * typecheck holds to the same keys. Guidance follows ../shared/seeds/ (the two Microsoft
 * documents) closely; where a seed gives steps, they are quoted as steps.
 */

import { appName, welcome, help, commands } from './welcome';
import { cancel, smallTalk, turnState } from './conversation';
import { account } from './account';
import { address } from './address';
import { result } from './result';
import { verdictCards } from './verdicts';
import { diagnosis } from './diagnosis';
import { mfa } from './mfa';
import { admins } from './admins';
import { drafts } from './drafts';
import { cases } from './cases';
import { manual } from './manual';
import { readiness } from './readiness';
import { faq } from './faq';
import { topics } from './topics';
import { errors } from './errors';
import { links } from './links';
import { language } from './language';

export const catalog = {
  appName,
  welcome,
  help,
  commands,
  cancel,
  smallTalk,
  turnState,
  account,
  address,
  result,
  verdictCards,
  diagnosis,
  mfa,
  admins,
  drafts,
  cases,
  manual,
  readiness,
  faq,
  topics,
  errors,
  links,
  language,
} as const;
export { retrieval } from './retrieval';
export { intents } from './intents';
