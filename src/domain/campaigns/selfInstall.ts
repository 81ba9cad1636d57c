import type { ConversationReferences } from '../stores/conversationReferences';
import type { ReachIndex } from '../stores/reachIndex';
import type { SelfInstalls } from '../stores/selfInstalls';
import type { Campaign, Recipient } from './campaign';
import type { DeliveryOutcome } from './delivery';

/**
 * Reaching a campaign recipient the bot has no 1:1 chat with, when the tenant granted
 * `TeamsAppInstallation.ReadWriteSelfForUser.All` (docs/graph-permissions.md): resolve the
 * person in Graph, install the bot for them, then wait for the install's conversationUpdate
 * (cases/install.ts keeps its conversation reference) before their card is sent. Installs that
 * never produce one end, INSTALL_WAIT_MS after the install, as not reachable.
 */

/** What Graph answered, as this flow reads it. */
export type GraphAnswer<T> =
  | { kind: 'ok'; value: T }
  /** Not there (no such user): this recipient cannot be reached this way. */
  | { kind: 'missing' }
  /** The permission is not granted (403), or the app is not in the tenant's catalog: nobody of the campaign can be installed for. */
  | { kind: 'refused'; message: string }
  /** Throttled or unavailable: ask again later, after `ms` when Graph said. */
  | { kind: 'retry'; ms?: number; reason: string };

export interface DirectoryUserIds {
  id: string;
  /** The UPN and mail Graph gives: kept in the reach index, as a Teams profile's would be. */
  addresses: string[];
}

/** The Graph calls of the flow, for the tenant of the bot's Graph credentials (clients/teamsApps.ts). */
export interface AppInstaller {
  readonly tenantId: string;
  findUser(upn: string): Promise<GraphAnswer<DirectoryUserIds>>;
  /** 201 Created and 409 Conflict (already installed) are both `ok`. */
  install(userId: string): Promise<GraphAnswer<void>>;
}

/** How long after the install its conversation reference is waited for. */
export const INSTALL_WAIT_MS = 120_000;
/** How often the send job comes back to look for it meanwhile. */
export const INSTALL_POLL_MS = 5_000;

export interface SelfInstallDeps {
  installer: AppInstaller;
  installs: SelfInstalls;
  references: ConversationReferences;
  index: ReachIndex;
  /** Told once per campaign when Graph refuses (the permission is missing). */
  onRefused(campaign: Campaign, message: string): void;
  now?: () => number;
}

/** The person now has a 1:1 chat under this id: send as usual. */
export type SelfInstallResult = DeliveryOutcome | { kind: 'chat'; aadObjectId: string };

export class SelfInstaller {
  /** Campaigns (tenant first) Graph refused installs for: the rest of their list is not tried. */
  private readonly refused = new Set<string>();
  /** Campaigns with an install Graph accepted: their installs need not wait for one another. */
  private readonly accepted = new Set<string>();
  /** Until then, each campaign's installs in a chain: a missing permission costs one refused request, not one per worker. */
  private readonly chains = new Map<string, Promise<unknown>>();

  constructor(private readonly deps: SelfInstallDeps) {}

  async reach(campaign: Campaign, recipient: Recipient): Promise<SelfInstallResult> {
    const { installer, installs, references } = this.deps;
    const key = `${campaign.tenantId}/${campaign.id}`;
    // Graph's credentials are for one tenant: nobody of another tenant is looked up there.
    if (campaign.tenantId !== installer.tenantId || this.refused.has(key)) return { kind: 'not-reachable' };
    const now = (this.deps.now ?? Date.now)();
    let install = await installs.get(campaign.tenantId, campaign.id, recipient.index);
    if (!install) {
      const user = await installer.findUser(recipient.upn ?? recipient.address);
      if (user.kind !== 'ok') return this.otherwise(user, campaign, key);
      await this.deps.index.remember(campaign.tenantId, user.value.id, user.value.addresses);
      // Someone who installed the bot under another address needs no install.
      if (await references.get(campaign.tenantId, user.value.id)) return { kind: 'chat', aadObjectId: user.value.id };
      const installed = await this.install(campaign, key, user.value.id);
      if (installed.kind !== 'ok') return this.otherwise(installed, campaign, key);
      install = { userId: user.value.id, installedAt: new Date(now).toISOString() };
      await installs.save(campaign.tenantId, campaign.id, recipient.index, install);
    }
    if (await references.get(campaign.tenantId, install.userId)) return { kind: 'chat', aadObjectId: install.userId };
    if (now - Date.parse(install.installedAt) >= INSTALL_WAIT_MS) return { kind: 'not-reachable' };
    return { kind: 'waiting', ms: INSTALL_POLL_MS, reason: 'awaiting-install' };
  }

  private async install(campaign: Campaign, key: string, userId: string): Promise<GraphAnswer<void>> {
    if (this.accepted.has(key)) return this.deps.installer.install(userId);
    const answer = (this.chains.get(key) ?? Promise.resolve()).then(
      (): Promise<GraphAnswer<void>> => (this.refused.has(key) ? Promise.resolve({ kind: 'refused', message: 'refused earlier' }) : this.deps.installer.install(userId)),
    );
    this.chains.set(key, answer.catch(() => undefined));
    const settled = await answer;
    // Marked before this returns: the next install of the chain looks at once.
    if (settled.kind === 'refused') this.refuse(campaign, key, settled.message);
    if (settled.kind === 'ok') {
      this.accepted.add(key);
      this.chains.delete(key);
    }
    return settled;
  }

  private otherwise(answer: Exclude<GraphAnswer<unknown>, { kind: 'ok' }>, campaign: Campaign, key: string): DeliveryOutcome {
    switch (answer.kind) {
      case 'missing':
        return { kind: 'not-reachable' };
      case 'refused':
        this.refuse(campaign, key, answer.message);
        return { kind: 'not-reachable' };
      case 'retry':
        return { kind: 'retry-after', ...(answer.ms === undefined ? {} : { ms: answer.ms }), reason: answer.reason };
    }
  }

  /** Tells once per campaign, and stops its installs. */
  private refuse(campaign: Campaign, key: string, message: string): void {
    if (this.refused.has(key)) return;
    this.refused.add(key);
    this.deps.onRefused(campaign, message);
  }
}
