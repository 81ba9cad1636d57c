/**
 * The Italian catalog, one file per area, the same keys as the English one (../en/), which typecheck
 * holds it to (Catalog, ../catalog.ts). It addresses the reader with "tu", as Microsoft's Italian
 * style does; the drafts to Microsoft support address support formally. Portal labels are
 * Microsoft's Italian ones with the English label in brackets beside them.
 */
import type { Catalog } from '../catalog';
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

export const catalog: Catalog = {
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
};
export { retrieval } from './retrieval';
export { intents } from './intents';
