import type { Diagnosis } from '../../../domain/types';
import type { Catalog, ReadinessPointInWords } from '../../../text/catalog';
import type { GuideCardData, GuideDetail, GuideSection } from '../../kit/cards/data';
import { detail, guideCard, primaryButton, primaryLink, secondary, section } from '../../kit/cards/guide';
import { linkButtons } from '../../kit/cards/links';
import { escalateButton } from '../cases/verbs';
import { checkAnotherButton } from '../checkAccount/verbs';
import { draftButton } from '../drafts/verbs';
import { adminsButton } from './verbs';
import { pointLine, type ReadinessView } from './readiness';

/**
 * What the person's last check says about their tenant's MFA set-up: a federated domain needs
 * its identity provider's MFA claim accepted; an unmanaged tenant has nobody to turn MFA on.
 */
export function tenantMfaSections(words: Catalog, checked: Diagnosis | undefined): GuideSection[] {
  const M = words.mfa;
  const domain = checked?.domain;
  if (!domain) return [];
  if (checked.domainType === 'federated') return [section(M.federated.heading, { text: M.federated.text(domain) })];
  if (checked.domainType === 'unmanaged') return [section(M.unmanaged.heading, { text: M.unmanaged.text(domain) })];
  return [];
}

/** The seed's admin guidance: who can do it, the Conditional Access steps, the fallbacks, methods and guests. */
function adminGuidance(words: Catalog): GuideSection[] {
  const M = words.mfa;
  return [
    section(M.admin.heading, { text: `${M.admin.whoCan(M.whoCanEnforce)}\n\n${M.admin.intro}`, steps: M.admin.steps }),
    section(M.admin.fallbackHeading, { steps: M.admin.fallbacks }),
    section(M.admin.methodsHeading, { steps: M.admin.methods }),
    section(M.admin.guestsHeading, { text: M.admin.guests, note: M.support }),
  ];
}

function adminDetail(words: Catalog, sections: GuideSection[], title: string = words.mfa.admin.button): GuideDetail {
  const L = linkButtons(words);
  return detail(title, {
    sections,
    links: [L.enableMfa, L.securityDefaults, L.perUserMfa, L.federatedMfa],
    buttons: [draftButton(words, 'mfa-support')],
  });
}

const userSteps = (words: Catalog) => section(words.mfa.user.heading, { steps: words.mfa.user.steps });
const userLine = (words: Catalog, user: ReadinessPointInWords) => section('', { text: pointLine(words, user) });
/** Registered, with one method ('warning': a backup is missing) or more ('done'). */
const isRegistered = (user: ReadinessPointInWords | undefined) => user?.status === 'done' || user?.status === 'warning';

/**
 * Journey 2: is MFA ready for Volume Licensing Central? Without the live check: what the person
 * does, with their Global Administrator's part on demand. With it (`readiness`), only what is
 * missing; a compliant tenant gets a short confirmation and the person's own part. `checked`,
 * the person's last diagnosis, adds what it means for their tenant.
 */
export function mfaCard(words: Catalog, readiness?: ReadinessView, checked?: Diagnosis): GuideCardData {
  const M = words.mfa;
  const R = words.readiness;
  const L = linkButtons(words);
  const checkAnother = checkAnotherButton(words);
  const tenant = tenantMfaSections(words, checked);
  const user = readiness?.user;
  const userDone = user?.status === 'done';
  const common = {
    // An unmanaged tenant has no admin to ask: whoever takes it over can help.
    help: checked?.domainType === 'unmanaged' ? M.unmanaged.help : M.help,
    actions: [adminsButton(words), ...secondary(escalateButton(words), checkAnother)],
  };
  if (!readiness) {
    return guideCard({
      ...common,
      title: M.title,
      tone: 'accent',
      summary: M.summary,
      sections: [...tenant.filter((s) => s.heading === M.unmanaged.heading), userSteps(words)],
      primary: primaryLink(L.mfaSetup),
      details: [adminDetail(words, [...tenant, ...adminGuidance(words)])],
    });
  }
  if (readiness.tenantReady) {
    const registered = isRegistered(user);
    // What was checked in full, and the steps a registered person no longer needs, open on demand.
    const checkedInFull = detail(M.ready.detailsButton, {
      sections: [section(R.heading, { text: readiness.done.join('\n\n') }), ...tenant, ...(registered ? [] : [userSteps(words)])],
    });
    return guideCard({
      ...common,
      title: M.ready.title,
      tone: 'good',
      summary: M.ready.summary(readiness.enforcedBy ?? ''),
      sections: [
        ...(user ? [userLine(words, user)] : []),
        registered
          ? section(M.user.heading, { text: userDone ? M.ready.userDone : M.ready.addBackup })
          : section(M.ready.registerFirst, { text: M.user.steps[0] }),
      ],
      primary: userDone ? [] : primaryLink(L.mfaSetup),
      details: [checkedInFull],
    });
  }
  const userSections = user ? [userLine(words, user)] : [];
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
    primary: userDone ? primaryButton(adminsButton(words)) : primaryLink(L.mfaSetup),
    details: [
      adminDetail(words, [
        ...(userDone ? [] : [userSteps(words)]),
        ...tenant,
        section(R.heading, { text: readiness.missing.join('\n\n') }),
        ...(readiness.adminMustDo.length ? [section(R.adminMustDo, { steps: readiness.adminMustDo })] : []),
        section(M.admin.fallbackHeading, { steps: M.admin.fallbacks, note: M.support }),
      ], userDone ? M.admin.button : M.admin.allButton),
    ],
    actions: userDone ? secondary(escalateButton(words), checkAnother) : common.actions,
  });
}
