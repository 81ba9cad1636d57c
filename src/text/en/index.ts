/**
 * The English catalog, one file per area: every sentence the bot and the command line show
 * people. The domain returns codes and data; the Teams layer and the command line render them
 * with the words of the person's language (../languages.ts picks the catalog). A translation
 * is a folder like this one: its words.ts exports its words (`CatalogWords`, ../catalog.ts),
 * which typecheck holds to the same keys, and its index exports `catalog`, those words
 * assembled (../assemble/). Guidance follows ../shared/seeds/ (the two Microsoft
 * documents) closely; where a seed gives steps, they are quoted as steps.
 */

import { assembleCatalog } from '../assemble';
import * as words from './words';

export const catalog = assembleCatalog(words);
export { retrieval } from './retrieval';
export { intents } from './intents';
