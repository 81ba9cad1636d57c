import type { Diagnosis } from '../../../domain/types';
import type { ReadinessPointInWords } from '../../../text/catalog';
import { TEXT } from '../../../text/en';
import type { GuideCardData, GuideDetail, GuideSection } from '../../kit/cards/data';
import { detail, guideCard, primaryButton, primaryLink, secondary, section } from '../../kit/cards/guide';
import { LINK_BUTTONS } from '../../kit/cards/links';
import { escalateButton } from '../cases/verbs';
import { checkAnotherButton } from '../checkAccount/verbs';
import { draftButton } from '../drafts/verbs';
import { adminsButton } from './verbs';
import { pointLine, type ReadinessView } from './readiness';

const M = TEXT.mfa;
const R = TEXT.readiness;

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

/** The seed's admin guidance: who can do it, the Conditional Access steps, the fallbacks, methods and guests. */
function adminGuidance(): GuideSection[] {
  return [
    section(M.admin.heading, { text: `${M.admin.whoCan(M.whoCanEnforce)}\n\n${M.admin.intro}`, steps: M.admin.steps }),
    section(M.admin.fallbackHeading, { steps: M.admin.fallbacks }),
    section(M.admin.methodsHeading, { steps: M.admin.methods }),
    section(M.admin.guestsHeading, { text: M.admin.guests, note: M.support }),
  ];
}

function adminDetail(sections: GuideSection[], title: string = M.admin.button): GuideDetail {
  return detail(title, {
    sections,
    links: [LINK_BUTTONS.enableMfa, LINK_BUTTONS.securityDefaults, LINK_BUTTONS.perUserMfa, LINK_BUTTONS.federatedMfa],
    buttons: [draftButton('mfa-support')],
  });
}

const userSteps = () => section(M.user.heading, { steps: M.user.steps });
const userLine = (user: ReadinessPointInWords) => section('', { text: pointLine(user) });
/** Registered, with one method ('warning': a backup is missing) or more ('done'). */
const isRegistered = (user: ReadinessPointInWords | undefined) => user?.status === 'done' || user?.status === 'warning';

/**
 * Journey 2: is MFA ready for Volume Licensing Central? Without the live check: what the person
 * does, with their Global Administrator's part on demand. With it (`readiness`), only what is
 * missing; a compliant tenant gets a short confirmation and the person's own part. `checked`,
 * the person's last diagnosis, adds what it means for their tenant.
 */
export function mfaCard(readiness?: ReadinessView, checked?: Diagnosis): GuideCardData {
  const tenant = tenantMfaSections(checked);
  const user = readiness?.user;
  const userDone = user?.status === 'done';
  const common = {
    // An unmanaged tenant has no admin to ask: whoever takes it over can help.
    help: checked?.domainType === 'unmanaged' ? M.unmanaged.help : M.help,
    actions: [adminsButton, ...secondary(escalateButton(), checkAnotherButton)],
  };
  if (!readiness) {
    return guideCard({
      ...common,
      title: M.title,
      tone: 'accent',
      summary: M.summary,
      sections: [...tenant.filter((s) => s.heading === M.unmanaged.heading), userSteps()],
      primary: primaryLink(LINK_BUTTONS.mfaSetup),
      details: [adminDetail([...tenant, ...adminGuidance()])],
    });
  }
  if (readiness.tenantReady) {
    const registered = isRegistered(user);
    // What was checked in full, and the steps a registered person no longer needs, open on demand.
    const checkedInFull = detail(M.ready.detailsButton, {
      sections: [section(R.heading, { text: readiness.done.join('\n\n') }), ...tenant, ...(registered ? [] : [userSteps()])],
    });
    return guideCard({
      ...common,
      title: M.ready.title,
      tone: 'good',
      summary: M.ready.summary(readiness.enforcedBy ?? ''),
      sections: [
        ...(user ? [userLine(user)] : []),
        registered
          ? section(M.user.heading, { text: userDone ? M.ready.userDone : M.ready.addBackup })
          : section(M.ready.registerFirst, { text: M.user.steps[0] }),
      ],
      primary: userDone ? [] : primaryLink(LINK_BUTTONS.mfaSetup),
      details: [checkedInFull],
    });
  }
  const userSections = user ? [userLine(user)] : [];
  return guideCard({
    ...common,
    title: M.title,
    tone: 'warning',
    summary: M.notReady.summary,
    sections: [
      section(R.heading, { text: readiness.missingTitles.join('\n') }),
      ...userSections,
      ...(userDone ? [] : [section('', { text: M.user.short })]),
    ],
    primary: userDone ? primaryButton(adminsButton) : primaryLink(LINK_BUTTONS.mfaSetup),
    details: [
      adminDetail([
        ...(userDone ? [] : [userSteps()]),
        ...tenant,
        section(R.heading, { text: readiness.missing.join('\n\n') }),
        ...(readiness.adminMustDo.length ? [section(R.adminMustDo, { steps: readiness.adminMustDo })] : []),
        section(M.admin.fallbackHeading, { steps: M.admin.fallbacks, note: M.support }),
      ], userDone ? M.admin.button : M.admin.allButton),
    ],
    actions: userDone ? secondary(escalateButton(), checkAnotherButton) : common.actions,
  });
}
