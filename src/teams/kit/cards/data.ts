import type { SubmitVerb } from '../verbs';

/** The data each template in adaptiveCards/ is bound to: one entry per template file. */

export interface CommandButton {
  title: string;
  description: string;
  data: SubmitData;
}

export interface HelpCardData {
  appName: string;
  intro: string;
  heading: string;
  commands: CommandButton[];
  footer: string;
}

/** The payload of an Action.Submit: `verb` picks the route that handles it. */
export interface SubmitData {
  verb: SubmitVerb;
  [field: string]: string | number | boolean | undefined;
}

export interface CardButton {
  title: string;
  data: SubmitData;
}

/** Where a card action shows: on the card, or in its overflow menu ("…"), for the less used ones. */
export type ActionMode = 'primary' | 'secondary';

export interface GuideButton extends CardButton {
  mode: ActionMode;
}

export interface GuideLink {
  title: string;
  url: string;
  mode: ActionMode;
}

export interface GuideSection {
  heading: string;
  /** Shown as typed (TextRun): may carry an address or a name. */
  text: string;
  /** Trusted guidance from the catalog or the topics only, rendered as Teams markdown (TextBlock). */
  markdown: string;
  steps: { n: string; text: string }[];
  note: string;
}

/** What opens on demand (Action.ShowCard): steps, background, alternatives, details for IT. */
export interface GuideDetail {
  title: string;
  /** `positive` when opening it is the card's main action (the takeover card's Option 1). */
  style: 'default' | 'positive';
  facts: { title: string; value: string }[];
  sections: GuideSection[];
  links: { title: string; url: string }[];
  buttons: CardButton[];
}

/** The one action a card leads with: a submit (`url` empty) or a link. */
export interface PrimaryAction {
  title: string;
  data: SubmitData | Record<string, never>;
  url: string;
}

/**
 * A card of guidance: a verdict, an answer, a journey page. Its first view says what is going
 * on (`summary`), what to do next (`next`, `primary`) and who can help (`help`); `details`
 * open on demand.
 */
export interface GuideCardData {
  /** Above everything: a note someone wrote to the reader (a campaign's note from their admin), shown as typed. */
  preface: { heading: string; text: string }[];
  title: string;
  tone: 'good' | 'warning' | 'attention' | 'default' | 'accent';
  summary: string;
  next: string;
  help: string;
  facts: { title: string; value: string }[];
  sections: GuideSection[];
  links: GuideLink[];
  question: string;
  choices: CardButton[];
  primary: PrimaryAction[];
  details: GuideDetail[];
  actions: GuideButton[];
  footer: string;
}

export interface AccountChoiceCardData {
  cardId: string;
  title: string;
  prompt: string;
  workAddresses: { address: string; label: string }[];
  otherLabel: string;
  otherPlaceholder: string;
  otherValue: string;
  otherButton: string;
  personalButton: string;
  error: string;
  answered: boolean;
  answeredLabel: string;
  answer: string;
  /** Shown instead of the answer when the card was closed without one. */
  closedNote: string;
}

export interface DraftCardField {
  name: string;
  label: string;
  value: string;
  required: boolean;
  /** What the client shows when a required field is left empty. */
  requiredMessage: string;
  multiline: boolean;
  maxLength: number;
  isChoice: boolean;
  choices: { title: string; value: string }[];
  error: string;
}

export interface DraftCardData {
  kind: string;
  /** The language of the draft's text, carried by the card's buttons so an update keeps it. */
  textLanguage: string;
  title: string;
  notes: { text: string }[];
  status: string;
  statusColor: 'Good' | 'Attention';
  textHeading: string;
  subjectLabel: string;
  subject: string;
  body: string;
  truncatedNote: string;
  editHeading: string;
  fields: DraftCardField[];
  openTitle: string;
  openUrl: string;
  updateTitle: string;
  reviewTitle: string;
  /** "Draft in my language", or '' when the text is already in the reader's language. */
  myLanguageTitle: string;
}

export interface CaseCardData {
  caseId: string;
  version: number;
  title: string;
  statusLabel: string;
  statusColor: 'Good' | 'Warning' | 'Attention' | 'Accent' | 'Default';
  summary: string;
  facts: { title: string; value: string }[];
  questionsHeading: string;
  questions: { text: string; answer: string }[];
  /** How many older questions the card leaves out (its size limit), in words; '' when none. */
  earlierQuestions: string;
  notesHeading: string;
  notes: { line: string }[];
  /** How many older notes the card leaves out, in words; '' when none. */
  earlierNotes: string;
  historyHeading: string;
  history: { line: string }[];
  isOpen: boolean;
  assigneeLabel: string;
  assignees: { title: string; value: string }[];
  statusFieldLabel: string;
  statusValue: string;
  statuses: { title: string; value: string }[];
  noteLabel: string;
  questionLabel: string;
  buttons: Record<'assignToMe' | 'assign' | 'status' | 'manage' | 'write' | 'note' | 'ask' | 'resolve' | 'reopen' | 'chat' | 'answer', string>;
  chatUrl: string;
}

export interface CaseQuestionCardData {
  caseId: string;
  questionId: string;
  title: string;
  askedBy: string;
  question: string;
  answered: boolean;
  answer: string;
  answerLabel: string;
  answerButton: string;
  requiredMessage: string;
}

/** One case in a help-desk list: who, what, how long, and the two things to do with it. */
export interface CaseListRow {
  caseId: string;
  version: number;
  status: string;
  statusColor: CaseCardData['statusColor'];
  age: string;
  who: string;
  detail: string;
  /** The triage command the Open button sends ("case VL-…"), so it takes the same way as typing it. */
  openCommand: string;
  canAssignToMe: boolean;
}

export interface CaseListCardData {
  title: string;
  /** Which list this is, carried by Assign to me so the list can be shown again after it. */
  list: 'cases' | 'unassigned' | 'mine';
  empty: string;
  rows: CaseListRow[];
  more: string;
  openButton: string;
  assignButton: string;
  triageVerb: string;
}

/** A chart row: `fill` and `rest` are ColumnSet weights out of 100 (`fill` 0 draws no bar). */
export interface StatsBar {
  label: string;
  count: number;
  fill: number;
  rest: number;
}

export interface CaseStatsCardData {
  title: string;
  /** Under a heading with no rows. */
  empty: string;
  facts: { title: string; value: string }[];
  groups: { heading: string; bars: StatsBar[] }[];
}

/** A label and a count or value, as the campaign cards list them. */
export interface CardFact {
  title: string;
  value: string;
}

/** The admin's card to start a campaign: addresses pasted, a note for every card. */
export interface CampaignStartCardData {
  title: string;
  intro: string;
  columns: string;
  addressesLabel: string;
  noteLabel: string;
  notePlaceholder: string;
  checkButton: string;
  submit: SubmitData;
}

/** One "show more" page of the preview: a group of people (shown as typed), or counts. */
export interface CampaignPreviewDetail {
  title: string;
  intro: string;
  facts: CardFact[];
  people: { line: string }[];
  more: string;
}

/** What the admin decides on: counts first, the people on demand, the note to edit, Send / Cancel. */
export interface CampaignPreviewCardData {
  title: string;
  facts: CardFact[];
  next: string;
  /** Empty: no note input (a campaign still being checked). */
  noteLabel: string;
  note: string;
  details: CampaignPreviewDetail[];
  actions: Array<CardButton & { style: 'positive' | 'default' | 'destructive' }>;
}

/** The admin's progress card of a campaign, updated in place. */
export interface CampaignProgressCardData {
  title: string;
  tone: 'default' | 'good' | 'attention';
  status: string;
  facts: CardFact[];
  updated: string;
}

/** A state's row on the campaign status card: its bar drawn in the state's colour (a Column style). */
export interface CampaignStatusBar extends StatsBar {
  color: 'attention' | 'accent' | 'good' | 'warning';
}

/** "Campaign status": the campaign and when it started, a bar per state, the change since the last report, the actions. */
export interface CampaignStatusCardData {
  /** A line above the title ("Weekly summary" on the owner's weekly summary); '' on a status report. */
  heading: string;
  title: string;
  started: string;
  /** Where the campaign is (sending, done …). */
  state: string;
  facts: CardFact[];
  bars: CampaignStatusBar[];
  change: string;
  meaning: string;
  actions: CardButton[];
}

export interface CardData {
  help: HelpCardData;
  guide: GuideCardData;
  accountChoice: AccountChoiceCardData;
  draft: DraftCardData;
  case: CaseCardData;
  caseQuestion: CaseQuestionCardData;
  caseList: CaseListCardData;
  caseStats: CaseStatsCardData;
  campaignStart: CampaignStartCardData;
  campaignPreview: CampaignPreviewCardData;
  campaignProgress: CampaignProgressCardData;
  campaignStatus: CampaignStatusCardData;
}

export type CardName = keyof CardData;
