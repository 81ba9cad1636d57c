import { STORE_KEYS } from './keys';
import type { KeyValueStore } from './ports';
import { CASE_CATEGORIES, type CaseCategory, type PersonRef } from '../cases/case';

/** A help-desk channel chosen with a command in that channel: everything needed to post there. */
export interface HelpdeskChannel {
  tenantId: string;
  teamId: string;
  channelId: string;
  channelName: string;
  serviceUrl: string;
  setBy: PersonRef;
  /** The locale of whoever routed it: the language of the case cards posted there. */
  locale?: string;
  setAt: string;
}

/** Where a tenant's cases of a category go: a channel set by command, or only a channel id from configuration. */
export type HelpdeskRoute = ({ source: 'command' } & HelpdeskChannel) | { source: 'config'; tenantId: string; channelId: string };

/** A configured route (`HELPDESK_CHANNELS`): a tenant's category and the channel its cases go to. */
export interface ConfiguredChannel {
  tenantId: string;
  category: CaseCategory;
  channelId: string;
}

/** The channel is routed for another tenant's cases (by configuration or by an earlier command). */
export class ChannelOfAnotherTenant extends Error {
  constructor() {
    super('This channel is routed for another tenant.');
    this.name = 'ChannelOfAnotherTenant';
  }
}

/**
 * Which channel each tenant's category of case is posted to. The tenant is the first
 * key: a route set in one tenant never receives another tenant's cases, and a channel
 * can only be routed from inside it (so for the tenant of the person who routed it). A
 * channel set by command wins over the configured default; clearing it falls back to
 * the default. One key per tenant and category, so every read is by key.
 */
export class HelpdeskChannels {
  private readonly defaults = new Map<string, string>();
  /** Configured channel id → its tenant. */
  private readonly configuredOwners = new Map<string, string>();

  constructor(
    private readonly store: KeyValueStore,
    configured: readonly ConfiguredChannel[] = [],
  ) {
    for (const { tenantId, category, channelId } of configured) {
      this.defaults.set(STORE_KEYS.helpdeskChannel(tenantId, category), channelId);
      this.configuredOwners.set(channelId, tenantId);
    }
  }

  /**
   * The tenant a channel belongs to, once it is routed: the configured one, else the first tenant
   * that routed it by command. A channel serves one tenant, so nobody acting from another tenant
   * (a shared channel, a forged activity) can point their cases at it or take it over.
   */
  async ownerOf(channelId: string): Promise<string | undefined> {
    const configured = this.configuredOwners.get(channelId);
    if (configured) return configured;
    const key = STORE_KEYS.helpdeskChannelOwner(channelId);
    const item = (await this.store.read([key]))[key] as { tenantId?: string } | undefined;
    return item?.tenantId;
  }

  async get(tenantId: string, category: CaseCategory): Promise<HelpdeskRoute | undefined> {
    return (await this.all(tenantId))[category];
  }

  async all(tenantId: string): Promise<Partial<Record<CaseCategory, HelpdeskRoute>>> {
    const routes: Partial<Record<CaseCategory, HelpdeskRoute>> = {};
    if (!tenantId) return routes;
    const items = await this.store.read(CASE_CATEGORIES.map((category) => STORE_KEYS.helpdeskChannel(tenantId, category)));
    for (const category of CASE_CATEGORIES) {
      const key = STORE_KEYS.helpdeskChannel(tenantId, category);
      const item = items[key] as (HelpdeskChannel & { eTag?: string }) | undefined;
      const configured = this.defaults.get(key);
      if (item && item.tenantId === tenantId) {
        const { eTag: _eTag, ...channel } = item;
        routes[category] = { source: 'command', ...channel };
      } else if (configured) {
        routes[category] = { source: 'config', tenantId, channelId: configured };
      }
    }
    return routes;
  }

  /** Routes a tenant's category to a channel; the latest command wins. Throws ChannelOfAnotherTenant for a channel another tenant holds. */
  async set(category: CaseCategory, channel: Omit<HelpdeskChannel, 'setAt'>, now = new Date()): Promise<HelpdeskChannel> {
    if (!channel.tenantId) throw new Error('A help-desk channel needs its tenant.');
    const owner = await this.ownerOf(channel.channelId);
    if (owner && owner !== channel.tenantId) throw new ChannelOfAnotherTenant();
    const stored: HelpdeskChannel = { ...channel, setAt: now.toISOString() };
    await this.store.write({
      [STORE_KEYS.helpdeskChannelOwner(channel.channelId)]: { tenantId: channel.tenantId, eTag: '*' },
      [STORE_KEYS.helpdeskChannel(channel.tenantId, category)]: { ...stored, eTag: '*' },
    });
    return stored;
  }

  /** Forgets the command's choice; the configured default, if any, applies again. */
  async clear(tenantId: string, category: CaseCategory): Promise<void> {
    await this.store.delete([STORE_KEYS.helpdeskChannel(tenantId, category)]);
  }

  /** The tenant's categories routed to a channel: what a triage command in that channel lists and may act on. */
  async categoriesFor(tenantId: string, channelId: string): Promise<CaseCategory[]> {
    const routes = await this.all(tenantId);
    return CASE_CATEGORIES.filter((category) => routes[category]?.channelId === channelId);
  }
}
