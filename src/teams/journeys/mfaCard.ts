import { TEXT } from '../../text/en';
import type { GuideCardData, GuideSection } from '../cards/data';
import { guideCard, section } from '../cards/guide';
import { LINK_BUTTONS } from '../cards/links';
import { adminsButton, checkAnotherButton, draftButton, escalateButton } from './buttons';

const M = TEXT.mfa;

/**
 * Journey 2: is MFA ready for Volume Licensing Central? What the person does, what
 * their Global Administrator does (the seed's Conditional Access steps, then the
 * fallbacks), and where to get help. `readiness` adds the live tenant check when Graph
 * is configured.
 */
export function mfaCard(readiness: GuideSection[] = []): GuideCardData {
  return guideCard({
    title: M.title,
    tone: 'accent',
    summary: M.summary,
    sections: [
      ...readiness,
      section(M.user.heading, { steps: M.user.steps }),
      section(M.admin.heading, { text: M.admin.intro, steps: M.admin.steps }),
      section(M.admin.fallbackHeading, { steps: M.admin.fallbacks, note: M.support }),
    ],
    links: [LINK_BUTTONS.mfaSetup, LINK_BUTTONS.enableMfa, LINK_BUTTONS.securityDefaults, LINK_BUTTONS.perUserMfa, LINK_BUTTONS.federatedMfa],
    actions: [adminsButton, draftButton('mfa-support'), escalateButton(), checkAnotherButton],
  });
}
