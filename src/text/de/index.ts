/**
 * The German catalog, one file per area, with the keys of the English one (../en/): every
 * sentence the bot and the command line show people. Microsoft's portal labels are in their
 * German form with the English label in brackets, for admins who run the portal in English.
 */

import type { Catalog } from '../catalog';
import { assembleCatalog } from '../assemble';
import * as words from './words';

export const catalog: Catalog = assembleCatalog(words);
export { retrieval } from './retrieval';
export { intents } from './intents';
