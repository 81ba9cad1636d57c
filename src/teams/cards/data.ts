/** The data each template in adaptiveCards/ is bound to: one entry per template file. */

export interface CommandButton {
  title: string;
  /** The text the button sends back as if the person typed it (imBack). */
  message: string;
  description: string;
}

export interface HelpCardData {
  appName: string;
  intro: string;
  heading: string;
  commands: CommandButton[];
  footer: string;
}

export interface CardData {
  help: HelpCardData;
}

export type CardName = keyof CardData;
