/** The ko words, one module per area, with the keys of the English ones (CatalogWords, ../catalog.ts). */
export { appName, welcome, help, commands } from './welcome';
export { cancel, smallTalk, turnState } from './conversation';
export { account } from './account';
export { address } from './address';
export { result } from './result';
export { diagnosis } from './diagnosis';
export { mfa } from './mfa';
export { admins } from './admins';
export { drafts } from './drafts';
export { cases } from './cases';
export { campaigns } from './campaigns';
export { manual } from './manual';
export { readiness } from './readiness';
export { faq } from './faq';
export { topics } from './topics';
export { errors } from './errors';
export { links } from './links';
export { language } from './language';
