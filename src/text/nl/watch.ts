import type { CatalogWords } from '../catalog';
import { plural } from './plural';

/**
 * "Tell me when it's fixed": the watch list as the person watching reads it. The sentences after
 * a takeover follow Microsoft Learn's "Admin takeover of an unmanaged directory" (links.takeover).
 * `time` is a moment as utcMinute writes it, "2026-01-05 09:30 UTC".
 */
export const watch: CatalogWords['watch'] = {
  button: 'Meld als het opgelost is',
  stopButton: 'Niet meer volgen',
  checkNowButton: 'Nu opnieuw controleren',
  /** On a verdict card whose address is watched. */
  watching: 'Ik volg dit adres: zodra een controle laat zien dat het is opgelost, stuur ik u hier een bericht.',
  started: {
    title: (address) => `Ik volg ${address}`,
    summary: (hours) =>
      `Ik controleer het ${hours === 1 ? 'elk uur' : `elke ${hours} uur`} opnieuw en stuur u hier een bericht zodra het klaar is voor VLSC. Hebt u het net opgelost? Kies “Nu opnieuw controleren”.`,
  },
  stopped: (address) => `Ik volg ${address} niet meer.`,
  notWatching: (address) => `U volgt ${address} niet.`,
  nothingToWatch: (address) => `${address} is nu klaar voor VLSC: er valt niets meer in de gaten te houden.`,
  noWatches: 'U volgt geen enkel adres. Kies na een controle die iets vindt om op te lossen “Laat het me weten als het is opgelost”.',
  checked: {
    intro: 'Ik heb opnieuw gecontroleerd:',
    fixed: (address) => `${address}: opgelost (zie de kaart hierboven).`,
    unchanged: (address, verdict) => `${address}: nog steeds “${verdict}”. Ik blijf het volgen.`,
    changed: (address, verdict) => `${address}: nu „${verdict}”. Ik blijf het in de gaten houden.`,
    inconclusive: (address) => `${address}: deze controle gaf geen uitsluitsel (Microsoft was niet bereikbaar, of antwoordde „bestaat” voor elk adres). Ik blijf het in de gaten houden.`,
    postponed: (address, minutes) =>
      `${address}: de opzoeklimiet is bereikt; ik controleer het over ongeveer ${minutes} ${plural(minutes, 'minuut', 'minuten')}.`,
  },
  fixed: {
    title: (address) => `Opgelost: ${address} is klaar voor VLSC`,
    footer: (time) => `Opnieuw gecontroleerd op ${time} omdat u vroeg het te laten weten zodra het is opgelost. Ik volg het niet meer.`,
    footerCampaign: (time) => `Opnieuw gecontroleerd op ${time}: uw IT-afdeling vroeg mij dit op te volgen. Ik houd het niet meer in de gaten.`,
  },
  /** Shown after a takeover ended: what the Learn page says changes for the other accounts at the domain. */
  afterTakeover: {
    seeDetails: (domain) => `Wat dit betekent voor de anderen bij ${domain}: zie Details.`,
    heading: (domain) => `Alle anderen bij ${domain}`,
    internal:
      'Als u de niet-beheerde directory zelf hebt overgenomen (een “interne” overname), bent u er globale beheerder van geworden: er zijn geen gebruikers, domeinen of serviceplannen naar een andere directory verplaatst, dus de anderen houden hun accounts daar, nu beheerd.',
    external:
      'Als u het domein hebt toegevoegd aan een organisatie die u al beheert (een “externe” overname), zijn de gebruikers, abonnementen en licentietoewijzingen ervan mee verplaatst, en koppelt Microsoft gebruikers aan hun resources zodat ze services zonder onderbreking kunnen blijven gebruiken.',
    removed:
      'Als u het domein uit de overgenomen directory verwijdert om het elders toe te voegen, moeten de gebruikers ervan eerst worden hernoemd naar het .onmicrosoft.com-domein van de directory.',
  },
};
