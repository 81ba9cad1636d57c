import type { CatalogWords } from '../catalog';
import { plural } from './plural';

/**
 * "Tell me when it's fixed": the watch list as the person watching reads it. The sentences after
 * a takeover follow Microsoft Learn's "Admin takeover of an unmanaged directory" (links.takeover).
 * `time` is a moment as utcMinute writes it, "2026-01-05 09:30 UTC".
 */
export const watch: CatalogWords['watch'] = {
  button: 'Benachrichtigen, wenn behoben',
  stopButton: 'Nicht mehr beobachten',
  checkNowButton: 'Jetzt erneut prüfen',
  /** On a verdict card whose address is watched. */
  watching: 'Ich beobachte diese Adresse: Sobald eine Prüfung ergibt, dass das Problem behoben ist, schreibe ich Ihnen hier.',
  started: {
    title: (address) => `Ich beobachte ${address}`,
    summary: (hours) =>
      `Ich prüfe sie ${hours === 1 ? 'jede Stunde' : `alle ${hours} Stunden`} erneut und schreibe Ihnen hier, sobald sie bereit für das VLSC ist. Haben Sie es gerade behoben? Wählen Sie „Jetzt erneut prüfen“.`,
  },
  stopped: (address) => `Ich beobachte ${address} nicht mehr.`,
  notWatching: (address) => `Sie beobachten ${address} nicht.`,
  nothingToWatch: (address) => `${address} ist jetzt bereit für das VLSC: Es gibt nichts mehr zu beobachten.`,
  noWatches: 'Sie beobachten keine Adresse. Wenn eine Prüfung etwas findet, das zu beheben ist, wählen Sie „Benachrichtigen, wenn behoben“.',
  checked: {
    intro: 'Ich habe erneut geprüft:',
    fixed: (address) => `${address}: behoben (siehe die Karte oben).`,
    unchanged: (address, verdict) => `${address}: weiterhin „${verdict}“. Ich beobachte die Adresse weiter.`,
    changed: (address, verdict) => `${address}: jetzt „${verdict}“. Ich beobachte die Adresse weiter.`,
    inconclusive: (address) => `${address}: Diese Prüfung war nicht aussagekräftig (Microsoft war nicht erreichbar oder hat für jede Adresse „vorhanden“ geantwortet). Ich beobachte die Adresse weiter.`,
    postponed: (address, minutes) =>
      `${address}: Das Abfragelimit ist erreicht; ich prüfe die Adresse in etwa ${minutes} ${plural(minutes, 'Minute', 'Minuten')}.`,
  },
  fixed: {
    title: (address) => `Behoben: ${address} ist bereit für das VLSC`,
    footer: (time) => `Erneut geprüft am ${time}, weil Sie Bescheid haben wollten, sobald es behoben ist. Ich beobachte die Adresse nicht mehr.`,
    footerCampaign: (time) => `Erneut geprüft am ${time}: Ihre IT-Abteilung hat mich gebeten, das nachzuverfolgen. Ich beobachte die Adresse nicht mehr.`,
  },
  /** Shown after a takeover ended: what the Learn page says changes for the other accounts at the domain. */
  afterTakeover: {
    seeDetails: (domain) => `Was das für die anderen bei ${domain} bedeutet: siehe Details.`,
    heading: (domain) => `Alle anderen bei ${domain}`,
    internal:
      'Wenn Sie das nicht verwaltete Verzeichnis selbst übernommen haben (eine „interne“ Übernahme), sind Sie dessen Globaler Administrator geworden: Es wurden keine Benutzer, Domänen oder Servicepläne in ein anderes Verzeichnis verschoben, die anderen behalten also ihre Konten dort, jetzt verwaltet.',
    external:
      'Wenn Sie die Domäne einer Organisation hinzugefügt haben, die Sie bereits verwalten (eine „externe“ Übernahme), wurden ihre Benutzer, Abonnements und Lizenzzuweisungen mit ihr verschoben, und Microsoft ordnet die Benutzer ihren Ressourcen zu, damit sie die Dienste ohne Unterbrechung weiter nutzen können.',
    removed:
      'Wenn Sie die Domäne aus dem übernommenen Verzeichnis entfernen, um sie anderswo hinzuzufügen, müssen deren Benutzer zuerst auf die .onmicrosoft.com-Domäne des Verzeichnisses umbenannt werden.',
  },
};
