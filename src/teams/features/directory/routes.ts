import { ActivityTypes, type TurnContext } from 'botbuilder';
import { checkMfaReadiness } from '../../../domain/mfaReadiness';
import { renderCard } from '../../kit/cards/render';
import { adminsCard } from './adminsCard';
import { mfaCard } from './mfaCard';
import { readinessView, type ReadinessView } from './readiness';
import { lookupAdmins } from '../../kit/adminLookup';
import { requesterOf } from '../../kit/requester';
import type { BotServices } from '../../services';

/** Routes that read the directory through Microsoft Graph (or fall back to the manual path). */
export function directoryRoutes(services: BotServices) {
  /**
   * "Who is my admin?": the admins of the person's Teams tenant. When the account they
   * checked last lives in an unmanaged tenant, that tenant has no admin: say so, and offer
   * the admins of their own Teams tenant for an external takeover.
   */
  const onAdmins = async (context: TurnContext): Promise<void> => {
    await context.sendActivity({ type: ActivityTypes.Typing });
    const requester = await requesterOf(context, services.profiles);
    const latest = (await services.records.latest(requester))?.diagnosis;
    const unmanaged = latest?.domainType === 'unmanaged';
    const own = () => lookupAdmins(services, { tenantId: requester.tenantId ?? '' });
    const result = unmanaged ? await lookupAdmins(services, { tenantId: latest.tenantId, domainType: 'unmanaged' }) : await own();
    // The person's own Teams tenant is managed: its Global Administrators can do the external takeover.
    const ownTenant = unmanaged && requester.tenantId ? await own() : undefined;
    await context.sendActivity({ attachments: [renderCard('guide', adminsCard(result, latest?.domain ?? undefined, ownTenant))] });
  };

  /** Journey 2, with the live readiness of the person's tenant when Graph can read it, and what their last check means for MFA. */
  const onMfa = async (context: TurnContext): Promise<void> => {
    const requester = await requesterOf(context, services.profiles);
    const latest = (await services.records.latest(requester))?.diagnosis;
    let readiness: ReadinessView | undefined;
    if (services.directory) {
      await context.sendActivity({ type: ActivityTypes.Typing });
      const result = await checkMfaReadiness(services.directory, { tenantId: requester.tenantId ?? '', userPrincipalName: requester.upn });
      readiness = readinessView(result);
    }
    await context.sendActivity({ attachments: [renderCard('guide', mfaCard(readiness, latest))] });
  };

  return { onAdmins, onMfa };
}
