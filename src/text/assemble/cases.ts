import type { HistoryEntry, HistoryEvent } from '../../domain/cases/case';
import { inWords, type CatalogWords } from '../catalog';

/** Help-desk cases as the code reads them: the words, and a history entry in them. */
export type CasesText = CatalogWords['cases'] & {
  /** A history entry in words; one stored before history was data keeps its sentence. */
  historyDetail(entry: HistoryEntry): string;
};

/** The help-desk cases of one language, from its words. */
export function casesFrom(words: CatalogWords['cases']): CasesText {
  return {
    ...words,
    historyDetail: (entry) => ('detail' in entry ? entry.detail : inWords<HistoryEvent, 'action'>(words.history, entry, 'action')),
  };
}
