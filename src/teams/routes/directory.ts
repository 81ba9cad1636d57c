import { ActivityTypes, type TurnContext } from 'botbuilder';
import { findAdmins } from '../../domain/admins';
import { checkMfaReadiness } from '../../domain/mfaReadiness';
import { renderCard } from '../cards/render';
import { adminsCard } from '../journeys/adminsCard';
import { mfaCard } from '../journeys/mfaCard';
import { readinessSections } from '../journeys/readiness';
import { requesterOf } from '../requester';
import type { BotServices } from '../services';

/** Routes that read the directory through Microsoft Graph (or fall back to the manual path). */
export function directoryRoutes(services: BotServices) {
  /**
   * "Who is my admin?": the admins of the person's Teams tenant. When the account they
   * checked last lives in an unmanaged tenant, that tenant has no admin: say so.
   */
  const onAdmins = async (context: TurnContext): Promise<void> => {
    await context.sendActivity({ type: ActivityTypes.Typing });
    const requester = await requesterOf(context, services.profiles);
    const latest = (await services.records.latest(requester))?.diagnosis;
    const unmanaged = latest?.domainType === 'unmanaged';
    const result = await findAdmins(
      { directory: services.directory, store: services.store, cacheTtlSeconds: services.config.adminCacheTtlSeconds },
      unmanaged ? { tenantId: latest.tenantId, domainType: 'unmanaged' } : { tenantId: requester.tenantId ?? '' },
    );
    await context.sendActivity({ attachments: [renderCard('guide', adminsCard(result, latest?.domain ?? undefined))] });
  };

  /** Journey 2, with the live readiness of the person's tenant when Graph can read it, and what their last check means for MFA. */
  const onMfa = async (context: TurnContext): Promise<void> => {
    const requester = await requesterOf(context, services.profiles);
    const latest = (await services.records.latest(requester))?.diagnosis;
    let sections: ReturnType<typeof readinessSections> = [];
    if (services.directory) {
      await context.sendActivity({ type: ActivityTypes.Typing });
      const result = await checkMfaReadiness(services.directory, { tenantId: requester.tenantId ?? '', userPrincipalName: requester.upn });
      sections = readinessSections(result);
    }
    await context.sendActivity({ attachments: [renderCard('guide', mfaCard(sections, latest))] });
  };

  return { onAdmins, onMfa };
}
