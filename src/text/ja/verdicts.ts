import type { Catalog } from '../catalog';
import { verdictCardsFrom } from '../shared/verdictCards';
import { result } from './result';

/** The head of each verdict's card, from the result card's words. */
export const verdictCards: Catalog['verdictCards'] = verdictCardsFrom(result);
