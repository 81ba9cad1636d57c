/**
 * 简体中文目录，每个领域一个文件，键与英文目录 (../en/) 相同，由 Catalog (../catalog.ts) 约束。
 * 指南内容与英文一致，后者遵循 ../shared/seeds/ 中的两份 Microsoft 文档；门户标签使用
 * Microsoft 的简体中文界面用语，并在括号中保留英文标签。
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
