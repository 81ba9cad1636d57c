import type { IntentWords } from '../../domain/language/words';

/**
 * The Italian words of the conversation controls, matched as whole messages (lower case, accents
 * folded, lead-ins and courtesies trimmed). The catalog tells people to type “aiuto”, “annulla”,
 * “ricomincia” and “controlla il mio account”: each is here.
 */
export const intents: IntentWords = {
  help: ['aiuto', 'aiutami', 'cosa sai fare', 'cosa puoi fare', 'che cosa puoi fare', 'cosa fai', 'comandi', 'menu', 'opzioni', 'istruzioni', 'ciao', 'salve', 'buongiorno', 'buonasera'],
  cancel: ['annulla', 'annullare', 'annulla tutto', 'lascia perdere', 'lascia stare', 'esci', 'basta', 'fermati', 'interrompi'],
  restart: ['ricomincia', 'ricominciare', 'ricominciamo', 'ricomincia da capo', 'da capo', 'riparti', 'ripartiamo', 'ricomincia da zero', 'azzera'],
  check: [
    'controlla',
    'controllare',
    'verifica',
    'verificare',
    'controlla il mio account',
    'verifica il mio account',
    'controlla account',
    'controlla il mio indirizzo',
    'controlla questo indirizzo',
    'controlla l’indirizzo', "controlla l'indirizzo",
    'controlla il mio accesso',
    'controlla il mio accesso a vlsc',
    'controlla il mio account vlsc',
    'verifica il mio accesso',
  ],
  checkAgain: ['ricontrolla', 'ricontrolla ora', 'controlla di nuovo', 'controlla ancora', 'è risolto'],
  admins: [
    'chi è il mio amministratore',
    'chi è il mio admin',
    'chi sono i miei amministratori',
    'chi è l’amministratore', "chi è l'amministratore",
    'chi è l’amministratore globale', "chi è l'amministratore globale",
    'chi sono gli amministratori',
    'trova il mio amministratore',
    'trova gli amministratori',
    'i miei amministratori',
    'amministratori',
  ],
  mfa: ['mfa', 'l’mfa è pronta', "l'mfa è pronta", 'mfa pronta', 'controlla l’mfa', "controlla l'mfa", 'controlla mfa', 'verifica mfa', 'verifica l’mfa', "verifica l'mfa", 'stato mfa', 'siamo pronti per l’mfa', "siamo pronti per l'mfa", 'autenticazione a più fattori'],
  campaign: ['avvia una campagna', 'avviare una campagna', 'nuova campagna', 'crea una campagna', 'inizia una campagna', 'lancia una campagna'],
  campaignStatus: ['stato della campagna', 'stato campagna', 'come va la campagna', 'andamento della campagna', 'avanzamento della campagna'],
  drafts: {
    disassociation: ['prepara la richiesta di dissociazione', 'richiesta di dissociazione', 'prepara una richiesta di dissociazione', 'bozza dissociazione', 'scrivi la richiesta di dissociazione'],
    'extra-logins': ['chiedi più accessi al supporto vlsc', 'chiedi più accessi', 'chiedere più accessi', 'richiedi accessi extra', 'accessi extra', 'più accessi', 'sessioni di accesso extra'],
    'mfa-support': ['prepara email per il supporto mfa', 'prepara un’e-mail al supporto mfa', "prepara un'e-mail al supporto mfa", 'prepara una mail al supporto mfa', 'email al supporto mfa', 'e-mail al supporto mfa', 'scrivi al supporto mfa', 'bozza email supporto mfa'],
  },
  smallTalk: {
    thanks: ['grazie', 'grazie mille', 'grazie tante', 'ti ringrazio', 'molte grazie', 'grazie ancora', 'gentilissimo', 'gentilissima'],
    ok: ['ok', 'okay', 'va bene', 'perfetto', 'capito', 'ho capito', 'd’accordo', "d'accordo", 'certo', 'benissimo', 'ottimo', 'fatto'],
    bye: ['ciao ciao', 'arrivederci', 'a presto', 'alla prossima', 'ci vediamo', 'buona giornata', 'buona serata'],
  },
  leadIns: ['per favore', 'per piacere', 'puoi', 'potresti', 'mi puoi', 'mi potresti', 'vorrei', 'voglio', 'ciao', 'salve', 'buongiorno', 'scusa', 'ehi'],
  courtesies: ['per favore', 'per piacere', 'grazie', 'grazie mille', 'perfavore', 'pf', 'please'],
  languageWords: ['lingua', 'imposta lingua', 'cambia lingua', 'passa a'],
  names: ['italiano', 'italiana', 'italian', 'italien', 'italienne', 'italienisch', 'italiaans', 'イタリア語', '意大利语', '이탈리아어'],
  autoWords: ['automatica', 'automatico', 'predefinita', 'predefinito', 'ripristina', 'come teams'],
};
