import type { CatalogWords } from '../catalog';

/** The app's name, the welcome, the help card and the commands Teams lists. */
export const appName: CatalogWords['appName'] = 'Assistente di accesso VL';

export const welcome: CatalogWords['welcome'] = {
  intro:
    'Ti aiuto ad accedere al Volume Licensing Service Center (VLSC) con l’account aziendale o dell’istituto di istruzione gestito che ora richiede, e a prepararti all’autenticazione a più fattori (MFA) che Volume Licensing Central impone dal 5 gennaio 2026.',
  personalHint: 'Scegli un pulsante o scrivi una domanda, ad esempio “che cos’è un tenant virale?”.',
  teamHint: 'In questo team posso pubblicare i casi per l’help desk. Menzionami con “aiuto” per vedere cosa posso fare qui.',
  groupChatHint:
    'In questa chat rispondo alle domande sull’accesso a VLSC e sull’MFA richiesta da Volume Licensing Central. Per controllare il tuo account, scrivimi in una chat personale.',
};

export const help: CatalogWords['help'] = {
  heading: 'Cosa posso fare',
  teamHeading: 'Cosa posso fare in questo team',
  groupChatHeading: 'Cosa posso fare in questa chat',
  footer: 'Scrivi “annulla” o “ricomincia” in qualsiasi momento per uscire da una conversazione.',
};

export const commands: CatalogWords['commands'] = {
  help: { title: 'Aiuto', description: 'Mostra cosa posso fare.' },
  cases: { title: 'Casi aperti', description: 'Elenca i casi aperti (anche: unassigned, mine, case VL-XXXXXXXX, stats, export, repost).' },
  channel: {
    title: 'Usa questo canale',
    description: 'Invia qui i casi inoltrati (oppure: “use this channel for takeover cases”).',
  },
  check: {
    title: 'Controlla il mio accesso a VLSC',
    description: 'Scopri se l’account che usi su VLSC è del tipo giusto e cosa fare se non lo è.',
  },
  admins: {
    title: 'Chi è il mio amministratore?',
    description: 'Trova i tuoi Amministratori globali e gli amministratori che possono attivare l’MFA.',
  },
  mfa: {
    title: 'L’MFA è pronta?',
    description: 'Cosa serve a te e al tuo amministratore per l’MFA richiesta da Volume Licensing Central.',
  },
};
