/** "Campagnestatus", zoals de beheerders van de campagne die lezen (zie ../en/campaignStatus.ts). */
export const campaignStatus = {
  title: (id: string) => `Campagne ${id}: status`,
  started: (when: string, name: string) => (name ? `Gestart op ${when} door ${name}.` : `Gestart op ${when}.`),
  states: {
    draft: 'Wordt gecontroleerd, nog niet verzonden',
    previewed: 'Gecontroleerd, nog niet verzonden',
    sending: 'Wordt verzonden',
    done: 'Verzonden',
    cancelled: 'Geannuleerd',
    closed: 'Afgesloten',
  },
  people: 'Mensen op de lijst',
  counts: {
    'needs-action': 'Moeten iets doen',
    'in-progress': 'Bezig',
    fixed: 'Opgelost',
    'not-reachable': 'Niet bereikbaar in Teams',
  },
  changed: {
    'needs-action': 'moeten iets doen',
    'in-progress': 'bezig',
    fixed: 'opgelost',
    'not-reachable': 'niet bereikbaar',
  },
  separator: ', ',
  since: (changes: string, when: string) => `${changes} sinds ${when}.`,
  unchangedSince: (when: string) => `Geen verandering sinds ${when}.`,
  firstReport: 'Dit is het eerste rapport: het volgende laat zien wat er sindsdien veranderd is.',
  meaning:
    'Bezig: hebben hun resultaat ontvangen, nog niet opgelost. Moeten iets doen: hebben hun resultaat nog niet ontvangen, of het verzenden is mislukt. Opgelost: een controle vond hun account klaar.',
  exportButton: 'CSV exporteren',
  closeButton: 'Campagne afsluiten',
  summary: {
    heading: 'Weekoverzicht',
    last: 'Weekoverzicht: elk account op de lijst is opgelost. Dit is het laatste.',
  },
  export: {
    title: (id: string) => `Campagne ${id}: export`,
    ready: (count: number) => `Adressen in de CSV: ${count}. De link werkt één keer, 15 minuten lang.`,
    button: 'CSV downloaden',
  },
  closed: (id: string) => `Campagne ${id} is afgesloten. "Campagnestatus" toont nu uw nieuwste open campagne.`,
  notClosable: (id: string) => `Campagne ${id} kan niet worden afgesloten terwijl ze wordt verzonden: annuleer haar of wacht tot ze klaar is.`,
  none: 'U hebt geen open campagne. Zeg "campagne starten" om er een te starten.',
};
