import type { CatalogWords } from '../catalog';

/** Leaving a conversation, small talk, and a conversation whose state was lost. */
export const cancel: CatalogWords['cancel'] = {
  done: 'OK, ich habe das abgebrochen. Schreiben Sie „Hilfe“, um zu sehen, was ich kann.',
  nothing: 'Es gibt nichts abzubrechen. Schreiben Sie „Hilfe“, um zu sehen, was ich kann.',
  /** On a question card closed without an answer (cancel, start over, or another request). */
  closedCard: 'Diese Prüfung wurde beendet, bevor ein Konto gewählt wurde. Schreiben Sie „Konto prüfen“, um eine neue zu starten.',
};

/** Short answers to thanks, ok, a thumbs-up or a goodbye. */
export const smallTalk: CatalogWords['smallTalk'] = {
  thanks: 'Gern geschehen! Schreiben Sie „Hilfe“, wann immer Sie mich wieder brauchen.',
  ok: '👍 Ich bin da, wenn Sie noch etwas brauchen: Schreiben Sie „Hilfe“, um zu sehen, was ich kann.',
  bye: 'Bis bald. Schreiben Sie „Hilfe“, wann immer Sie mich wieder brauchen.',
};

/** When a conversation's stored state cannot be used, or a turn's state cannot be saved. */
export const turnState: CatalogWords['turnState'] = {
  startedAfresh: 'Ich musste dieses Gespräch neu beginnen: Wobei wir gerade waren, ließ sich nicht wieder aufnehmen.',
  notSaved: (correlationId) =>
    `Ich konnte das nicht speichern, daher hat sich nichts geändert: Bitte versuchen Sie es gleich noch einmal. Wenn das weiter passiert, geben Sie Ihrem Helpdesk diese Referenz: ${correlationId}`,
};
