import type { CatalogWords } from '../catalog';

/**
 * "Tell me when it's fixed": the watch list as the person watching reads it. The sentences after
 * a takeover follow Microsoft Learn's "Admin takeover of an unmanaged directory" (links.takeover).
 * `time` is a moment as utcMinute writes it, "2026-01-05 09:30 UTC".
 */
export const watch: CatalogWords['watch'] = {
  button: 'Avvisami quando è risolto',
  stopButton: 'Smetti di tenerlo d’occhio',
  checkNowButton: 'Ricontrolla ora',
  /** On a verdict card whose address is watched. */
  watching: 'Tengo d’occhio questo indirizzo: ti scriverò qui quando un controllo troverà che è risolto.',
  started: {
    title: (address) => `Tengo d’occhio ${address}`,
    summary: (hours) =>
      `Lo ricontrollerò ${hours === 1 ? 'ogni ora' : `ogni ${hours} ore`} e ti scriverò qui appena sarà pronto per VLSC. L’hai appena risolto? Scegli “Ricontrolla ora”.`,
  },
  stopped: (address) => `Ho smesso di tenere d’occhio ${address}.`,
  notWatching: (address) => `Non stai tenendo d’occhio ${address}.`,
  nothingToWatch: (address) => `${address} ora è pronto per VLSC: non c’è più niente da tenere d’occhio.`,
  noWatches: 'Non stai tenendo d’occhio nessun indirizzo. Dopo un controllo che trova qualcosa da risolvere, scegli “Avvisami quando è risolto”.',
  checked: {
    intro: 'Ho ricontrollato:',
    fixed: (address) => `${address}: risolto (vedi la scheda qui sopra).`,
    unchanged: (address, verdict) => `${address}: ancora “${verdict}”. Continuo a tenerlo d’occhio.`,
    changed: (address, verdict) => `${address}: ora «${verdict}». Continuo a tenerlo d’occhio.`,
    inconclusive: (address) => `${address}: questa verifica non ha dato un esito (Microsoft non raggiungibile, oppure ha risposto «esiste» per qualsiasi indirizzo). Continuo a tenerlo d’occhio.`,
    postponed: (address, minutes) =>
      `${address}: è stato raggiunto il limite di ricerche; lo controllerò tra circa ${minutes} ${minutes === 1 ? 'minuto' : 'minuti'}.`,
  },
  fixed: {
    title: (address) => `Risolto: ${address} è pronto per VLSC`,
    footer: (time) => `Ricontrollato il ${time} perché mi hai chiesto di avvisarti quando fosse risolto. Ho smesso di tenerlo d’occhio.`,
    footerCampaign: (time) => `Verificato di nuovo il ${time}: il tuo reparto IT mi ha chiesto di seguire la cosa. Non lo tengo più d’occhio.`,
  },
  /** Shown after a takeover ended: what the Learn page says changes for the other accounts at the domain. */
  afterTakeover: {
    seeDetails: (domain) => `Cosa significa per gli altri di ${domain}: vedi Dettagli.`,
    heading: (domain) => `Tutti gli altri di ${domain}`,
    internal:
      'Se hai acquisito la directory non gestita stessa (un’acquisizione “interna”), ne sei diventato l’Amministratore globale: nessun utente, dominio o piano di servizio è stato spostato in un’altra directory, quindi gli altri mantengono lì i loro account, ora gestiti.',
    external:
      'Se hai aggiunto il dominio a un’organizzazione che gestisci già (un’acquisizione “esterna”), i suoi utenti, abbonamenti e assegnazioni di licenze sono stati spostati con il dominio, e Microsoft associa gli utenti alle loro risorse in modo che possano continuare a usare i servizi senza interruzioni.',
    removed:
      'Se rimuovi il dominio dalla directory acquisita per aggiungerlo altrove, i suoi utenti devono prima essere rinominati con il dominio .onmicrosoft.com della directory.',
  },
};
