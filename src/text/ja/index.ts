/**
 * The Japanese catalog (ja), one file per area, typed by ../catalog.ts against the English one.
 * Polite register (です・ます) as Microsoft's Japanese interfaces use it; Microsoft's own portal
 * labels in their Japanese form with the English label beside them.
 */

import type { Catalog } from '../catalog';
import { assembleCatalog } from '../assemble';
import * as words from './words';

export const catalog: Catalog = assembleCatalog(words);
export { retrieval } from './retrieval';
export { intents } from './intents';
