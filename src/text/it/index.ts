/**
 * The Italian catalog, one file per area, the same keys as the English one (../en/), which typecheck
 * holds it to (Catalog, ../catalog.ts). It addresses the reader with "tu", as Microsoft's Italian
 * style does; the drafts to Microsoft support address support formally. Portal labels are
 * Microsoft's Italian ones with the English label in brackets beside them.
 */
import type { Catalog } from '../catalog';
import { assembleCatalog } from '../assemble';
import * as words from './words';

export const catalog: Catalog = assembleCatalog(words);
export { retrieval } from './retrieval';
export { intents } from './intents';
