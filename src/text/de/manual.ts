import type { CatalogWords } from '../catalog';

/** The manual path in the Entra admin center, quoted from the partner guidance on mandatory MFA. */
export const manual: CatalogWords['manual'] = {
  findAdmin: {
    steps: [
      'Öffnen Sie https://entra.microsoft.com',
      'Navigieren Sie zu Entra ID > Rollen und Administratoren (Roles and administrators)',
      'Suchen Sie nach Globaler Administrator (Global Administrator)',
      'Sie sehen eine Liste der Benutzer, denen diese Rolle in Ihrem Mandanten zugewiesen ist.',
    ],
    otherwise: 'Wenn Sie keinen Zugriff auf das Entra-Portal haben, wenden Sie sich an Ihre IT-Abteilung, Ihr Security-Operations-Team oder Ihren internen Helpdesk.',
  },
  /** Step 2 of the guidance: the Conditional Access policy, numbered as Microsoft numbers it. */
  conditionalAccess: [
    'Melden Sie sich beim Microsoft Entra Admin Center (https://entra.microsoft.com) als Globaler Administrator (oder Administrator für bedingten Zugriff) an.',
    'Navigieren Sie zu Entra ID > Bedingter Zugriff > Übersicht (Conditional Access > Overview) und wählen Sie + Neue Richtlinie erstellen (+ Create new policy).',
    'Geben Sie einen Namen für die Richtlinie ein, etwa "MFA für Volume Licensing Central".',
    'Wählen Sie unter Zuweisungen (Assignments) den aktuellen Wert unter Benutzer (Users).',
    'Wählen Sie unter Einschließen (Include) die Option Alle Benutzer (All users) (das umfasst interne Benutzer und B2B-Gäste).',
    'Wählen Sie unter Zuweisungen (Assignments) den aktuellen Wert unter Zielressourcen (Target resources), und prüfen Sie, dass Ressourcen (früher Cloud-Apps) (Resources (formerly cloud apps)) ausgewählt ist.',
    'Wählen Sie unter Einschließen (Include) die Option Apps auswählen (Select apps).',
    'Wählen Sie unter Einschließen (Include) die Option Ressourcen auswählen (Select resources), dann unter Auswählen (Select) die Option Keine (None).',
    'Wählen Sie in Ressourcen auswählen (Select resources) die Option Microsoft-Verwaltungsportale (Microsoft Admin Portals), dann Auswählen (Select) (das verlangt MFA für alle Microsoft-Verwaltungsportale, darunter das Microsoft 365 Admin Center, das Exchange Admin Center, das Azure-Portal und das Microsoft Entra Admin Center).',
    'Lassen Sie die Bedingungen (Conditions) auf ihren Standardwerten, es sei denn, Sie brauchen eine Ausnahme (zum Beispiel vertrauenswürdige IP-Adressen oder konforme Geräte).',
    "Wählen Sie unter Zugriffssteuerungen > Gewähren (Access controls > Grant) die Option Multi-Faktor-Authentifizierung erforderlich (Require multifactor authentication), ohne widersprechende Steuerung wie 'Zugriff blockieren' ('Block access').",
    'Setzen Sie Richtlinie aktivieren (Enable policy) auf Ein (On) und wählen Sie Erstellen (Create).',
  ],
  securityDefaults: [
    'Navigieren Sie im Microsoft Entra Admin Center zu Entra ID > Übersicht > Eigenschaften (Overview > Properties).',
    'Wählen Sie Sicherheitsstandards verwalten (Manage security defaults) und schalten Sie die Sicherheitsstandards (Security defaults) ein (sie gelten für alle Anmeldungen bei allen Apps, nicht nur bei Volume Licensing Central).',
  ],
  perUserMfa: [
    'Öffnen Sie im Microsoft Entra Admin Center Benutzer > Multi-Faktor-Authentifizierung (Users > Multi-Factor Authentication) (oder im Microsoft 365 Admin Center Aktive Benutzer > MFA; Active users > MFA).',
    'Prüfen Sie, dass jedes Konto, das Volume Licensing Central verwendet, Gäste eingeschlossen, für MFA auf Aktiviert (Enabled) oder Erzwungen (Enforced) steht.',
  ],
  registration: (setupUrl: string) => [
    `Öffnen Sie ${setupUrl} und fügen Sie mindestens eine Überprüfungsmethode hinzu, die für Ihren Mandanten aktiviert ist (die App Microsoft Authenticator ist meist am einfachsten).`,
    'Fügen Sie eine Ersatzmethode hinzu (zum Beispiel ein zweites Telefon oder einen Hardwaretoken), falls Sie den Zugriff auf die erste verlieren.',
  ],
};
