import type { CatalogWords } from '../catalog';

/** Leaving a conversation, small talk, and a conversation whose state was lost. */
export const cancel: CatalogWords['cancel'] = {
  done: 'OK, mi sono fermato. Scrivi “aiuto” per vedere cosa posso fare.',
  nothing: 'Non c’è niente da annullare. Scrivi “aiuto” per vedere cosa posso fare.',
  /** On a question card closed without an answer (cancel, start over, or another request). */
  closedCard: 'Questo controllo è stato interrotto prima della scelta di un account. Scrivi “controlla il mio account” per iniziarne uno nuovo.',
};

/** Short answers to thanks, ok, a thumbs-up or a goodbye. */
export const smallTalk: CatalogWords['smallTalk'] = {
  thanks: 'Prego! Scrivi “aiuto” quando ti serve di nuovo.',
  ok: '👍 Sono qui se ti serve altro: scrivi “aiuto” per vedere cosa posso fare.',
  bye: 'A presto. Scrivi “aiuto” quando ti serve di nuovo.',
};

/** When a conversation's stored state cannot be used, or a turn's state cannot be saved. */
export const turnState: CatalogWords['turnState'] = {
  startedAfresh: 'Ho dovuto ricominciare questa conversazione da capo: non è stato possibile riprendere ciò che stavamo facendo.',
  notSaved: (correlationId: string) =>
    `Non sono riuscito a salvare, quindi non è cambiato nulla: riprova tra poco. Se succede di nuovo, comunica al tuo help desk questo riferimento: ${correlationId}`,
};
