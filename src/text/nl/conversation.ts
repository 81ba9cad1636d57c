import type { CatalogWords } from '../catalog';

/** Leaving a conversation, small talk, and a conversation whose state was lost. */
export const cancel: CatalogWords['cancel'] = {
  done: 'Oké, ik ben ermee gestopt. Typ "help" om te zien wat ik kan.',
  nothing: 'Er is niets om te annuleren. Typ "help" om te zien wat ik kan.',
  /** On a question card closed without an answer (cancel, start over, or another request). */
  closedCard: 'Deze controle is gestopt voordat er een account was gekozen. Typ "account controleren" om een nieuwe te starten.',
};

/** Short answers to thanks, ok, a thumbs-up or a goodbye. */
export const smallTalk: CatalogWords['smallTalk'] = {
  thanks: 'Graag gedaan! Typ "help" wanneer u me weer nodig hebt.',
  ok: '👍 Ik ben er als u nog iets nodig hebt: typ "help" om te zien wat ik kan.',
  bye: 'Tot ziens. Typ "help" wanneer u me weer nodig hebt.',
};

/** When a conversation's stored state cannot be used, or a turn's state cannot be saved. */
export const turnState: CatalogWords['turnState'] = {
  startedAfresh: 'Ik moest dit gesprek opnieuw beginnen: waar we mee bezig waren, kon niet worden hervat.',
  notSaved: (correlationId) =>
    `Ik kon dat niet opslaan, dus er is niets veranderd: probeer het zo meteen opnieuw. Blijft dit gebeuren, geef uw helpdesk dan deze referentie: ${correlationId}`,
};
