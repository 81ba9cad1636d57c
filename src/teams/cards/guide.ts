import type { GuideCardData, GuideSection } from './data';

/** A guide card with every optional part empty; builders fill in what they need. */
export function guideCard(fields: Partial<GuideCardData> & Pick<GuideCardData, 'title' | 'summary'>): GuideCardData {
  return {
    tone: 'default',
    facts: [],
    sections: [],
    links: [],
    question: '',
    choices: [],
    actions: [],
    footer: '',
    ...fields,
  };
}

export function section(heading: string, fields: { text?: string; steps?: readonly string[]; note?: string } = {}): GuideSection {
  return {
    heading,
    text: fields.text ?? '',
    steps: (fields.steps ?? []).map((text, i) => ({ n: `${i + 1}.`, text })),
    note: fields.note ?? '',
  };
}
