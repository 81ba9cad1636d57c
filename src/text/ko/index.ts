/**
 * The Korean catalog (ko), one file per area, typed by ../catalog.ts against the English one.
 * Formal polite register (합니다, instructions as 하세요) as Microsoft’s Korean interfaces use it; Microsoft’s own portal
 * labels in their Korean form with the English label beside them.
 */

import type { Catalog } from '../catalog';
import { assembleCatalog } from '../assemble';
import * as words from './words';

export const catalog: Catalog = assembleCatalog(words);
export { retrieval } from './retrieval';
export { intents } from './intents';
