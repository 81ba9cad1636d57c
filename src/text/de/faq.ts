import type { CatalogWords } from '../catalog';

/** The FAQ cards around the topics. */
export const faq: CatalogWords['faq'] = {
  notSureTitle: 'Ich bin nicht sicher, ob ich Sie verstanden habe',
  notSure: 'Ich konnte das keiner mir bekannten Anleitung zuordnen.',
  related: 'Ist es eines davon?',
  journeysHeading: 'Oder starten Sie eines davon, oder fragen Sie einen Menschen:',
  journeysOnly: 'Starten Sie eines davon, oder fragen Sie einen Menschen:',
  stepsButton: 'Schritte anzeigen',
  linksButton: 'Microsoft-Seiten',
  /** The answer as text, for `vlsa ask`, when no topic is confident enough. */
  plain: {
    noAnswer: 'Entschuldigung, darauf habe ich keine Antwort. Mit `vlsa --help` sehen Sie, was ich sonst noch kann.',
    didYouMean: (options) =>
      `Ich bin nicht sicher, ob ich Sie verstanden habe. Meinten Sie eines davon?\n\n${options}\n\nFragen Sie noch einmal mit anderen Worten, oder sehen Sie mit \`vlsa --help\`, was ich sonst noch kann.`,
  },
};
