import type { ActionMode, CardButton, GuideCardData, GuideDetail, GuideSection, PrimaryAction } from './data';

type WithMode<T> = T & { mode?: ActionMode };

export type GuideCardFields = Partial<Omit<GuideCardData, 'actions' | 'links'>> &
  Pick<GuideCardData, 'title' | 'summary'> & {
    actions?: readonly WithMode<CardButton>[];
    links?: readonly WithMode<{ title: string; url: string }>[];
  };

/** A guide card with every optional part empty; builders fill in what they need. Actions and links show on the card unless marked secondary. */
export function guideCard(fields: GuideCardFields): GuideCardData {
  const { actions = [], links = [], ...rest } = fields;
  return {
    preface: [],
    tone: 'default',
    next: '',
    help: '',
    facts: [],
    sections: [],
    question: '',
    choices: [],
    primary: [],
    details: [],
    footer: '',
    ...rest,
    actions: actions.map((action) => ({ title: action.title, data: action.data, mode: action.mode ?? 'primary' })),
    links: links.map((link) => ({ title: link.title, url: link.url, mode: link.mode ?? 'primary' })),
  };
}

export function section(heading: string, fields: { text?: string; markdown?: string; steps?: readonly string[]; note?: string } = {}): GuideSection {
  return {
    heading,
    text: fields.text ?? '',
    markdown: fields.markdown ?? '',
    steps: (fields.steps ?? []).map((text, i) => ({ n: `${i + 1}.`, text })),
    note: fields.note ?? '',
  };
}

/** What a "show more" button opens. */
export function detail(title: string, fields: Partial<Omit<GuideDetail, 'title'>> = {}): GuideDetail {
  return { title, style: 'default', facts: [], sections: [], links: [], buttons: [], ...fields };
}

/** The less used actions: into the card's overflow menu. */
export function secondary<T extends CardButton | { title: string; url: string }>(...items: readonly T[]): Array<T & { mode: ActionMode }> {
  return items.map((item) => ({ ...item, mode: 'secondary' as const }));
}

export function primaryButton(button: CardButton): PrimaryAction[] {
  return [{ title: button.title, data: button.data, url: '' }];
}

export function primaryLink(link: { title: string; url: string }): PrimaryAction[] {
  return [{ title: link.title, data: {}, url: link.url }];
}
