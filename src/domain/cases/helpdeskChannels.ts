import type { KeyValueStore } from '../types';
import { CASE_CATEGORIES, type CaseCategory, type PersonRef } from './case';

/** A help-desk channel chosen with a command in that channel: everything needed to post there. */
export interface HelpdeskChannel {
  teamId: string;
  channelId: string;
  channelName: string;
  serviceUrl: string;
  tenantId: string;
  setBy: PersonRef;
  setAt: string;
}

/** Where a category's cases go: a channel set by command, or only a channel id from configuration. */
export type HelpdeskRoute = ({ source: 'command' } & HelpdeskChannel) | { source: 'config'; channelId: string };

const keyOf = (category: CaseCategory) => `helpdesk-channel/${category}`;

function isCategory(name: string): name is CaseCategory {
  return (CASE_CATEGORIES as readonly string[]).includes(name);
}

/**
 * Which channel each category of case is posted to. A channel set by command wins over
 * the configured default (`config.helpdeskChannels`, category → channel id); clearing it
 * falls back to the default. One key per category, so every read is by key.
 */
export class HelpdeskChannels {
  private readonly defaults: Partial<Record<CaseCategory, string>> = {};

  constructor(
    private readonly store: KeyValueStore,
    configured: Record<string, string> = {},
  ) {
    for (const [name, channelId] of Object.entries(configured)) {
      if (isCategory(name)) this.defaults[name] = channelId;
    }
  }

  async get(category: CaseCategory): Promise<HelpdeskRoute | undefined> {
    return (await this.all())[category];
  }

  async all(): Promise<Partial<Record<CaseCategory, HelpdeskRoute>>> {
    const items = await this.store.read(CASE_CATEGORIES.map(keyOf));
    const routes: Partial<Record<CaseCategory, HelpdeskRoute>> = {};
    for (const category of CASE_CATEGORIES) {
      const item = items[keyOf(category)] as (HelpdeskChannel & { eTag?: string }) | undefined;
      const configured = this.defaults[category];
      if (item) {
        const { eTag: _eTag, ...channel } = item;
        routes[category] = { source: 'command', ...channel };
      } else if (configured) {
        routes[category] = { source: 'config', channelId: configured };
      }
    }
    return routes;
  }

  /** Routes a category to a channel; the latest command wins. */
  async set(category: CaseCategory, channel: Omit<HelpdeskChannel, 'setAt'>, now = new Date()): Promise<HelpdeskChannel> {
    const stored: HelpdeskChannel = { ...channel, setAt: now.toISOString() };
    await this.store.write({ [keyOf(category)]: { ...stored, eTag: '*' } });
    return stored;
  }

  /** Forgets the command's choice; the configured default, if any, applies again. */
  async clear(category: CaseCategory): Promise<void> {
    await this.store.delete([keyOf(category)]);
  }

  /** The categories routed to a channel: what a triage command in that channel lists. */
  async categoriesFor(channelId: string): Promise<CaseCategory[]> {
    const routes = await this.all();
    return CASE_CATEGORIES.filter((category) => routes[category]?.channelId === channelId);
  }
}
