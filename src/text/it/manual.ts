import type { CatalogWords } from '../catalog';

/** The manual path in the Entra admin center, quoted from the partner guidance on mandatory MFA. */
export const manual: CatalogWords['manual'] = {
  findAdmin: {
    steps: [
      'Vai su https://entra.microsoft.com',
      'Passa a Entra ID > Ruoli e amministratori (Entra ID > Roles and administrators)',
      'Cerca Amministratore globale (Global Administrator)',
      'Vedrai l’elenco degli utenti assegnati a quel ruolo nel tuo tenant.',
    ],
    otherwise: 'Se non hai accesso al portale Entra, rivolgiti al tuo reparto IT, al team delle operazioni di sicurezza o all’help desk interno.',
  },
  /** Step 2 of the guidance: the Conditional Access policy, numbered as Microsoft numbers it. */
  conditionalAccess: [
    'Accedi all’interfaccia di amministrazione di Microsoft Entra (https://entra.microsoft.com) come Amministratore globale (Global Administrator) o Amministratore accesso condizionale (Conditional Access Administrator).',
    'Passa a Entra ID > Accesso condizionale > Panoramica (Entra ID > Conditional Access > Overview) e seleziona + Crea nuovo criterio (+ Create new policy).',
    'Inserisci un nome per il criterio, ad esempio "MFA per Volume Licensing Central".',
    'In Assegnazioni (Assignments), seleziona il valore corrente in Utenti (Users).',
    'In Includi (Include), scegli Tutti gli utenti (All users): copre gli utenti interni e gli utenti guest B2B.',
    'In Assegnazioni (Assignments), seleziona il valore corrente in Risorse di destinazione (Target resources) e verifica che sia selezionato Risorse (in precedenza app cloud) (Resources (formerly cloud apps)).',
    'In Includi (Include), scegli Seleziona app (Select apps).',
    'In Includi (Include), scegli Seleziona risorse (Select resources), poi seleziona Nessuna (None) in Seleziona (Select).',
    'In Seleziona risorse (Select resources), scegli Portali di amministrazione Microsoft (Microsoft Admin Portals), poi Seleziona (Select): così l’MFA è richiesta su tutti i portali di amministrazione Microsoft, tra cui l’interfaccia di amministrazione di Microsoft 365, l’interfaccia di amministrazione di Exchange, il portale di Azure e l’interfaccia di amministrazione di Microsoft Entra.',
    'Lascia le Condizioni (Conditions) sulle impostazioni predefinite, a meno che non ti serva un’esclusione (ad esempio IP attendibili o dispositivi conformi).',
    "In Controlli di accesso > Concedi (Access controls > Grant), scegli Richiedi l’autenticazione a più fattori (Require multifactor authentication), senza controlli in conflitto come 'Blocca accesso' ('Block access').",
    'Imposta Abilita criterio (Enable policy) su Attivato (On) e seleziona Crea (Create).',
  ],
  securityDefaults: [
    'Nell’interfaccia di amministrazione di Microsoft Entra, vai a Entra ID > Panoramica > Proprietà (Entra ID > Overview > Properties).',
    'Seleziona Gestisci impostazioni predefinite per la sicurezza (Manage security defaults) e attiva le impostazioni predefinite per la sicurezza (Security defaults): si applicano a tutti gli accessi in tutte le app, non solo a Volume Licensing Central.',
  ],
  perUserMfa: [
    'Nell’interfaccia di amministrazione di Microsoft Entra, apri Utenti > Autenticazione a più fattori (Users > Multi-Factor Authentication), oppure, nell’interfaccia di amministrazione di Microsoft 365, Utenti attivi > MFA (Active Users > MFA).',
    'Verifica che ogni account che usa Volume Licensing Central, utenti guest compresi, sia Abilitato (Enabled) o Applicato (Enforced) per l’MFA.',
  ],
  registration: (setupUrl: string) => [
    `Vai su ${setupUrl} e aggiungi almeno un metodo di verifica abilitato per il tuo tenant (di solito l’app Microsoft Authenticator è la più semplice).`,
    'Aggiungi un metodo di backup (ad esempio un secondo telefono o un token hardware) nel caso perdessi l’accesso al primo.',
  ],
} as const;
