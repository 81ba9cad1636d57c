import type { Diagnosis } from '../../domain/types';
import { TEXT } from '../../text/en';
import type { GuideCardData, GuideSection } from '../cards/data';
import { guideCard, section } from '../cards/guide';
import { LINK_BUTTONS } from '../cards/links';
import { adminsButton, checkAnotherButton, draftButton, escalateButton } from './buttons';

const M = TEXT.mfa;

/**
 * What the person's last check says about their tenant's MFA set-up: a federated domain needs
 * its identity provider's MFA claim accepted; an unmanaged tenant has nobody to turn MFA on.
 */
export function tenantMfaSections(checked: Diagnosis | undefined): GuideSection[] {
  const domain = checked?.domain;
  if (!domain) return [];
  if (checked.domainType === 'federated') return [section(M.federated.heading, { text: M.federated.text(domain) })];
  if (checked.domainType === 'unmanaged') return [section(M.unmanaged.heading, { text: M.unmanaged.text(domain) })];
  return [];
}

/**
 * Journey 2: is MFA ready for Volume Licensing Central? What the person does, what
 * their Global Administrator does (the seed's Conditional Access steps, then the
 * fallbacks), and where to get help. `readiness` adds the live tenant check when Graph
 * is configured; `checked`, the person's last diagnosis, what it means for their tenant.
 */
export function mfaCard(readiness: GuideSection[] = [], checked?: Diagnosis): GuideCardData {
  return guideCard({
    title: M.title,
    tone: 'accent',
    summary: M.summary,
    sections: [
      ...tenantMfaSections(checked),
      ...readiness,
      section(M.user.heading, { steps: M.user.steps }),
      section(M.admin.heading, { text: `${M.admin.whoCan(M.whoCanEnforce)}\n\n${M.admin.intro}`, steps: M.admin.steps }),
      section(M.admin.fallbackHeading, { steps: M.admin.fallbacks }),
      section(M.admin.methodsHeading, { steps: M.admin.methods }),
      section(M.admin.guestsHeading, { text: M.admin.guests, note: M.support }),
    ],
    links: [LINK_BUTTONS.mfaSetup, LINK_BUTTONS.enableMfa, LINK_BUTTONS.securityDefaults, LINK_BUTTONS.perUserMfa, LINK_BUTTONS.federatedMfa],
    actions: [adminsButton, draftButton('mfa-support'), escalateButton(), checkAnotherButton],
  });
}
