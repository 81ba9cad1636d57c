import type { CampaignProgress, Campaign } from '../../../domain/campaigns/campaign';
import type { CampaignPreview, PreviewPerson } from '../../../domain/campaigns/preview';
import type { RecipientList } from '../../../domain/campaigns/recipients';
import { addressForDisplay } from '../../../domain/address';
import type { Diagnosis } from '../../../domain/types';
import type { Catalog } from '../../../text/catalog';
import type { CampaignPreviewCardData, CampaignPreviewDetail, CampaignProgressCardData, CampaignStartCardData, GuideCardData } from '../../kit/cards/data';
import { utcMinute } from '../../kit/cards/dates';
import { verdictCard } from '../checkAccount/verdictCard';
import { CAMPAIGN_VERBS } from './verbs';

/** People named on a preview page; the rest are counted. */
export const PEOPLE_SHOWN = 10;

export function startCard(words: Catalog): CampaignStartCardData {
  const S = words.campaigns.start;
  return { ...S, submit: { verb: CAMPAIGN_VERBS.paste } };
}

/** Why a list was refused, one line per problem (with its line number), for a plain-text answer. */
export function refusalText(words: Catalog, list: Extract<RecipientList, { ok: false }>): string {
  const L = words.campaigns.list;
  const lines = list.problems.map((p) => {
    switch (p.code) {
      case 'empty':
        return L.empty;
      case 'too-large':
        return L.tooLarge(p.maxChars);
      case 'too-many':
        return L.tooMany(p.found, p.max);
      case 'bad-line':
        return (p.column === 'upn' ? L.badUpn : L.badLine)(p.line, words.address.problems[p.problem]);
    }
  });
  const more = list.problemCount - list.problems.length;
  return [L.refused, ...lines, ...(more > 0 ? [L.more(more)] : [])].join('\n');
}

const line = (words: Catalog, p: PreviewPerson) => {
  const shown = addressForDisplay(p.address) + (p.upn ? ` (${addressForDisplay(p.upn)})` : '');
  return { line: p.verdict ? `${shown}: ${words.cases.verdicts[p.verdict]}` : shown };
};

function peoplePage(words: Catalog, title: string, intro: string, group: CampaignPreview['needsAction']): CampaignPreviewDetail {
  const people = group.people.slice(0, PEOPLE_SHOWN).map((p) => line(words, p));
  const more = group.count - people.length;
  return { title, intro, facts: [], people, more: more > 0 ? words.campaigns.preview.more(more) : '' };
}

/**
 * The preview: what and how many on the first view (addresses, who needs to act, who cannot be
 * reached), the note to edit, Send and Cancel; on demand, the counts per verdict with who needs to
 * act, and who cannot be reached.
 * A campaign not fully checked (the lookup budget) offers "Check the rest" instead of Send.
 */
export function previewCard(
  words: Catalog,
  campaign: Campaign,
  preview: CampaignPreview,
  extra: { duplicates: number; retryAfterSeconds?: number; /** The bot installs itself for people it has no chat with. */ installs?: boolean },
): CampaignPreviewCardData {
  const P = words.campaigns.preview;
  const facts = [
    { title: P.addresses, value: String(preview.total) },
    { title: P.needsAction, value: String(preview.needsAction.count) },
    { title: P.notReachable, value: String(preview.notReachable.count) },
    ...(preview.unchecked > 0 ? [{ title: P.unchecked, value: String(preview.unchecked) }] : []),
    ...(extra.duplicates > 0 ? [{ title: P.duplicates, value: String(extra.duplicates) }] : []),
  ];
  const checked = preview.unchecked === 0;
  const details: CampaignPreviewDetail[] = [
    // The counts per verdict and who needs to act share one page: a phone shows at most four buttons on the first view.
    { ...peoplePage(words, P.byVerdictButton, '', preview.needsAction), facts: preview.byVerdict.map((v) => ({ title: words.cases.verdicts[v.verdict], value: String(v.count) })) },
    ...(preview.notReachable.count > 0 ? [peoplePage(words, P.notReachableButton, P.notReachableWhy, preview.notReachable)] : []),
  ];
  const data = { campaignId: campaign.id };
  // Send would reach nobody: only Cancel, with what to do instead.
  const nobody = checked && !extra.installs && preview.total > 0 && preview.notReachable.count >= preview.total;
  const cancel = { title: P.cancel, data: { verb: CAMPAIGN_VERBS.cancel, ...data }, style: 'default' as const };
  return {
    title: P.title(campaign.id),
    facts,
    next: nobody ? P.nobodyReachable : checked ? P.next : P.budget(Math.max(1, Math.ceil((extra.retryAfterSeconds ?? 60) / 60))),
    noteLabel: checked && !nobody ? words.campaigns.start.noteLabel : '',
    note: campaign.note,
    details,
    actions: nobody
      ? [cancel]
      : [
          checked
            ? { title: P.send, data: { verb: CAMPAIGN_VERBS.send, ...data }, style: 'positive' }
            : { title: P.checkRest, data: { verb: CAMPAIGN_VERBS.checkRest, ...data }, style: 'positive' },
          cancel,
        ],
  };
}

/** The progress card: sent, pending, failed, not reachable, and whether it is still going. */
export function progressCard(words: Catalog, campaign: Pick<Campaign, 'id' | 'state'>, progress: CampaignProgress, at: Date): CampaignProgressCardData {
  const G = words.campaigns.progress;
  const finished = campaign.state !== 'sending';
  return {
    title: G.title(campaign.id),
    tone: !finished ? 'default' : campaign.state === 'cancelled' ? 'attention' : 'good',
    status: !finished ? G.sending : campaign.state === 'cancelled' ? G.cancelled : progress.sent === 0 ? G.doneNobody : progress.failed > 0 ? G.doneFailed : G.done,
    facts: [
      { title: G.sent, value: String(progress.sent) },
      { title: G.pending, value: String(progress.pending) },
      { title: G.failed, value: String(progress.failed) },
      { title: G.notReachable, value: String(progress.notReachable) },
    ],
    updated: G.updated(utcMinute(at.toISOString())),
  };
}

/**
 * What a recipient receives: journey 1's card for their verdict, as if they had checked the
 * address themselves, with the admin's note above it (shown as typed). `watched`: "Tell me when
 * it's fixed" is already on for them.
 */
export function recipientCard(words: Catalog, campaign: Pick<Campaign, 'note' | 'owner' | 'tenantId'>, diagnosis: Diagnosis, upn: string, watched = false): GuideCardData {
  const card = verdictCard(words, diagnosis, { upn, tenantId: campaign.tenantId }, [], watched ? 'on' : 'none');
  const note = campaign.note.trim();
  return note ? { ...card, preface: [{ heading: words.campaigns.noteFrom(campaign.owner.name), text: note }] } : card;
}
