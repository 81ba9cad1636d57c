/**
 * The English catalog, one file per area: every sentence the bot and the command line show
 * people. The domain returns codes and data; the Teams layer and the command line render them
 * with these words. A translation is a folder like this one whose index exports a `Catalog`
 * (../catalog.ts), which typecheck holds to the same keys; choosing the language per person is
 * not built yet (everything reads TEXT). Guidance follows ../shared/seeds/ (the two Microsoft
 * documents) closely; where a seed gives steps, they are quoted as steps.
 */

import { assembleCatalog } from '../assemble';
import * as words from './words';

export const TEXT = assembleCatalog(words);
