/**
 * The Spanish catalog (neutral Spanish, addressing the reader as "tú" as Microsoft's Spanish
 * style guide does), one file per area with the English catalog's keys (../en/). Portal labels
 * carry Microsoft's Spanish name with the English one in brackets, since many admins run the
 * portal in English.
 */

import type { Catalog } from '../catalog';
import { assembleCatalog } from '../assemble';
import * as words from './words';

export const catalog: Catalog = assembleCatalog(words);
export { retrieval } from './retrieval';
export { intents } from './intents';
