import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { DiagnosisRecords } from '../../../domain/stores/diagnosisRecords';
import type { Requester } from '../../../domain/requester';
import { checkMfaReadiness, type MfaDirectory } from '../../../domain/mfaReadiness';
import type { AdminLookup } from '../../kit/adminLookup';
import { renderCard } from '../../kit/cards/render';
import { intent } from '../../kit/intents';
import { wordsOf } from '../../kit/language';
import type { ProfileCache } from '../../kit/profileCache';
import { requesterOf } from '../../kit/requester';
import { onSubmit, type BotApp } from '../../kit/verbs';
import { adminsCard } from './adminsCard';
import { mfaCard } from './mfaCard';
import { readinessView, type ReadinessView } from './readiness';
import { DIRECTORY_VERBS } from './verbs';

export interface DirectoryDeps {
  profiles: ProfileCache<Requester>;
  records: DiagnosisRecords;
  lookupAdmins: AdminLookup;
  /** Microsoft Graph, or null when GRAPH_AUTH=none (the manual paths are offered instead). */
  directory: MfaDirectory | null;
}

/** The journeys that read the directory through Microsoft Graph (or fall back to the manual path): admins and MFA. */
export function register(app: BotApp, deps: DirectoryDeps): void {
  /**
   * "Who is my admin?": the admins of the person's Teams tenant. When the account they
   * checked last lives in an unmanaged tenant, that tenant has no admin: say so, and offer
   * the admins of their own Teams tenant for an external takeover.
   */
  const onAdmins = async (context: TurnContext): Promise<void> => {
    await context.sendActivity({ type: ActivityTypes.Typing });
    const requester = await requesterOf(context, deps.profiles);
    const latest = (await deps.records.latest(requester))?.diagnosis;
    const unmanaged = latest?.domainType === 'unmanaged';
    const own = () => deps.lookupAdmins({ tenantId: requester.tenantId ?? '' });
    const result = unmanaged ? await deps.lookupAdmins({ tenantId: latest.tenantId, domainType: 'unmanaged' }) : await own();
    // The person's own Teams tenant is managed: its Global Administrators can do the external takeover.
    const ownTenant = unmanaged && requester.tenantId ? await own() : undefined;
    await context.sendActivity({ attachments: [renderCard('guide', adminsCard(wordsOf(context), result, latest?.domain ?? undefined, ownTenant))] });
  };

  /** Journey 2, with the live readiness of the person's tenant when Graph can read it, and what their last check means for MFA. */
  const onMfa = async (context: TurnContext): Promise<void> => {
    const requester = await requesterOf(context, deps.profiles);
    const latest = (await deps.records.latest(requester))?.diagnosis;
    const words = wordsOf(context);
    let readiness: ReadinessView | undefined;
    if (deps.directory) {
      await context.sendActivity({ type: ActivityTypes.Typing });
      const result = await checkMfaReadiness(deps.directory, { tenantId: requester.tenantId ?? '', userPrincipalName: requester.upn });
      readiness = readinessView(words, result);
    }
    await context.sendActivity({ attachments: [renderCard('guide', mfaCard(words, readiness, latest))] });
  };

  app.message(intent('mfa'), onMfa);
  app.message(intent('admins'), onAdmins);
  onSubmit(app, DIRECTORY_VERBS.mfa, onMfa);
  onSubmit(app, DIRECTORY_VERBS.admins, onAdmins);
}
