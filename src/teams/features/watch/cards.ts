import { addressForDisplay } from '../../../domain/address';
import type { FixedNotice } from '../../../domain/watch/recheck';
import type { Catalog } from '../../../text/catalog';
import type { GuideCardData } from '../../kit/cards/data';
import { utcMinute } from '../../kit/cards/dates';
import { guideCard, secondary, section } from '../../kit/cards/guide';
import { linkButtons } from '../../kit/cards/links';
import { verdictCard } from '../checkAccount/verdictCard';
import { checkNowButton, stopWatchingButton } from './verbs';

/** The answer to "Tell me when it's fixed": what happens now, "Check again now" for a fix just made, and the way out. */
export function watchingCard(words: Catalog, address: string, intervalHours: number): GuideCardData {
  const S = words.watch.started;
  return guideCard({
    title: S.title(addressForDisplay(address)),
    tone: 'accent',
    summary: S.summary(intervalHours),
    actions: [checkNowButton(words, address), ...secondary(stopWatchingButton(words, address))],
  });
}

/**
 * The notice that a watched address is fixed: journey 1's card for `ready` (what to do next: MFA),
 * headed as the news it is. After a takeover, its Details page also says what changes for the
 * others at the domain, as Microsoft Learn's admin takeover page states it, with the link to it
 * (on the Details page: the first view keeps its buttons).
 */
export function fixedCard(words: Catalog, { watch, diagnosis, afterTakeover }: FixedNotice): GuideCardData {
  const W = words.watch;
  const A = W.afterTakeover;
  const card = verdictCard(words, diagnosis, { tenantId: watch.tenantId });
  const [first, ...rest] = card.details;
  const others = [section(A.heading(addressForDisplay(watch.domain)), { text: A.internal }), section('', { text: A.external }), section('', { text: A.removed })];
  const details = afterTakeover && first ? [{ ...first, sections: [...first.sections, ...others], links: [...first.links, linkButtons(words).takeover] }, ...rest] : card.details;
  const footer = (watch.campaign ? W.fixed.footerCampaign : W.fixed.footer)(utcMinute(diagnosis.checkedAt));
  return { ...card, title: W.fixed.title(addressForDisplay(watch.address)), details, footer: afterTakeover ? `${footer} ${A.seeDetails(addressForDisplay(watch.domain))}` : footer };
}
