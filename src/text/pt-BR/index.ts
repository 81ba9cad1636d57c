/**
 * The Brazilian Portuguese catalog (addressing the reader as "você" as Microsoft's Portuguese
 * (Brazil) style guide does), one file per area with the English catalog's keys (../en/). Portal labels
 * carry Microsoft's Brazilian Portuguese name with the English one in brackets, since many admins run the
 * portal in English.
 */

import type { Catalog } from '../catalog';
import { assembleCatalog } from '../assemble';
import * as words from './words';

export const catalog: Catalog = assembleCatalog(words);
export { retrieval } from './retrieval';
export { intents } from './intents';
