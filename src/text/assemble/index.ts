import type { Catalog, CatalogWords } from '../catalog';
import { casesFrom } from './cases';
import { draftsFrom } from './drafts';
import { manualFrom } from './manual';
import { readinessFrom } from './readiness';
import { verdictCardsFrom } from './verdicts';

/**
 * A language's catalog from its words: the areas whose arrangement is the same in every
 * language (which sentence for which verdict, what a draft says in which order, how the live
 * MFA check's findings read) are built here once, so a language folder holds only its words.
 */
export function assembleCatalog(words: CatalogWords): Catalog {
  const manual = manualFrom(words.manual);
  return {
    ...words,
    verdictCards: verdictCardsFrom(words.result),
    drafts: draftsFrom(words),
    cases: casesFrom(words.cases),
    manual,
    readiness: readinessFrom(words.readiness, manual),
  };
}
