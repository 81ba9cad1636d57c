/** «Stato della campagna», come lo leggono gli amministratori della campagna (vedi ../en/campaignStatus.ts). */
export const campaignStatus = {
  title: (id: string) => `Campagna ${id}: stato`,
  started: (when: string, name: string) => (name ? `Avviata il ${when} da ${name}.` : `Avviata il ${when}.`),
  states: {
    draft: 'In verifica, non ancora inviata',
    previewed: 'Verificata, non ancora inviata',
    sending: 'Invio in corso',
    done: 'Inviata',
    cancelled: 'Annullata',
    closed: 'Chiusa',
  },
  people: 'Persone nell’elenco',
  counts: {
    'needs-action': 'Devono agire',
    'in-progress': 'In corso',
    fixed: 'Risolte',
    'not-reachable': 'Non raggiungibili in Teams',
  },
  changed: {
    'needs-action': 'devono agire',
    'in-progress': 'in corso',
    fixed: 'risolte',
    'not-reachable': 'non raggiungibili',
  },
  separator: ', ',
  since: (changes: string, when: string) => `${changes} dal ${when}.`,
  unchangedSince: (when: string) => `Nessuna modifica dal ${when}.`,
  firstReport: 'Questo è il primo rapporto: il prossimo mostrerà che cosa è cambiato da allora.',
  meaning:
    'In corso: hanno ricevuto il risultato, non ancora risolto. Devono agire: non hanno ancora ricevuto il risultato, o l’invio non è riuscito. Risolte: una verifica ha trovato il loro account pronto.',
  exportButton: 'Esporta CSV',
  closeButton: 'Chiudi la campagna',
  summary: {
    heading: 'Riepilogo settimanale',
    last: 'Riepilogo settimanale: tutti gli account dell’elenco sono risolti. È l’ultimo.',
  },
  export: {
    title: (id: string) => `Campagna ${id}: esportazione`,
    ready: (count: number) => `Indirizzi nel CSV: ${count}. Il link funziona una sola volta, per 15 minuti.`,
    button: 'Scarica il CSV',
  },
  closed: (id: string) => `La campagna ${id} è chiusa. «Stato della campagna» ora mostra la tua campagna aperta più recente.`,
  notClosable: (id: string) => `La campagna ${id} non si può chiudere mentre è in invio: annullala o attendi che sia terminata.`,
  none: 'Non hai campagne aperte. Scrivi «avvia una campagna» per avviarne una.',
};
