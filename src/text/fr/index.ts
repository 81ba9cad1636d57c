/**
 * The French catalog, one file per area, typed by the English one (../catalog.ts): every
 * sentence the bot and the command line show people, in French. Microsoft's portal labels use
 * Microsoft's French words with the English label in brackets, since many admins run the portal
 * in English; commands the bot reads only in English (triage commands) stay in English.
 */

import type { Catalog } from '../catalog';
import { assembleCatalog } from '../assemble';
import * as words from './words';

export const catalog: Catalog = assembleCatalog(words);
export { retrieval } from './retrieval';
export { intents } from './intents';
