/** „Kampagnenstatus“, wie die Admins der Kampagne ihn lesen (siehe ../en/campaignStatus.ts). */
export const campaignStatus = {
  title: (id: string) => `Kampagne ${id}: Status`,
  started: (when: string, name: string) => (name ? `Gestartet am ${when} von ${name}.` : `Gestartet am ${when}.`),
  states: {
    draft: 'Wird geprüft, noch nicht gesendet',
    previewed: 'Geprüft, noch nicht gesendet',
    sending: 'Wird gesendet',
    done: 'Gesendet',
    cancelled: 'Abgebrochen',
    closed: 'Abgeschlossen',
  },
  people: 'Personen auf der Liste',
  counts: {
    'needs-action': 'Müssen handeln',
    'in-progress': 'In Arbeit',
    fixed: 'Behoben',
    'not-reachable': 'In Teams nicht erreichbar',
  },
  changed: {
    'needs-action': 'müssen handeln',
    'in-progress': 'in Arbeit',
    fixed: 'behoben',
    'not-reachable': 'nicht erreichbar',
  },
  separator: ', ',
  since: (changes: string, when: string) => `${changes} seit ${when}.`,
  unchangedSince: (when: string) => `Keine Änderung seit ${when}.`,
  firstReport: 'Dies ist der erste Bericht: Der nächste zeigt, was sich seitdem geändert hat.',
  meaning:
    'In Arbeit: Ergebnis erhalten, noch nicht behoben. Müssen handeln: Ergebnis noch nicht erhalten, oder das Senden ist fehlgeschlagen. Behoben: Eine Prüfung hat das Konto als bereit erkannt.',
  exportButton: 'CSV exportieren',
  closeButton: 'Kampagne abschließen',
  summary: {
    heading: 'Wochenübersicht',
    last: 'Wochenübersicht: Jedes Konto auf der Liste ist behoben. Dies ist die letzte.',
  },
  export: {
    title: (id: string) => `Kampagne ${id}: Export`,
    ready: (count: number) => `Adressen in der CSV-Datei: ${count}. Der Link funktioniert einmal, 15 Minuten lang.`,
    button: 'CSV herunterladen',
  },
  closed: (id: string) => `Kampagne ${id} ist abgeschlossen. „Kampagnenstatus“ zeigt jetzt Ihre neueste offene Kampagne.`,
  notClosable: (id: string) => `Kampagne ${id} kann nicht abgeschlossen werden, solange sie gesendet wird: Brechen Sie sie ab oder warten Sie, bis sie fertig ist.`,
  none: 'Sie haben keine offene Kampagne. Sagen Sie „Kampagne starten“, um eine zu starten.',
};
