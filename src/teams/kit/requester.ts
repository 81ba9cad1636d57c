import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { Requester } from '../../domain/requester';
import type { ProfileCache } from './profileCache';
import { tenantOf } from './scope';

/**
 * Who is talking to the bot, from the Teams member profile (UPN and e-mail), falling
 * back to the activity when the profile cannot be read (the person left, or a client
 * without the Teams roster such as a test harness).
 */
export async function requesterOf(context: TurnContext, profiles: ProfileCache<Requester>): Promise<Requester> {
  const from = context.activity.from;
  const cacheKey = `${context.activity.serviceUrl}|${from.id}`;
  const cached = profiles.get(cacheKey);
  if (cached) return cached;
  const identity: Requester = {
    aadObjectId: from.aadObjectId ?? from.id,
    name: from.name ?? '',
    tenantId: tenantOf(context),
  };
  try {
    const member = await TeamsInfo.getMember(context, from.id);
    identity.name = member.name ?? identity.name;
    identity.upn = member.userPrincipalName || undefined;
    identity.email = member.email || undefined;
    identity.aadObjectId = member.aadObjectId ?? identity.aadObjectId;
    profiles.set(cacheKey, identity);
  } catch {
    // The profile is a convenience (prefilled addresses); the journey works without it.
  }
  return identity;
}

/** The person's work addresses to offer as choices: UPN and e-mail, once each. */
export function workAddresses(identity: Requester): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const address of [identity.upn, identity.email]) {
    if (address && !seen.has(address.toLowerCase())) {
      seen.add(address.toLowerCase());
      out.push(address);
    }
  }
  return out;
}
