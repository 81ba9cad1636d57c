import type { PersonRef } from '../cases/case';
import type { KeyValueStore } from './ports';

/** The help-desk team's members (AAD object id and name), per tenant and team: the "assign to" choices. */
export class HelpdeskRoster {
  constructor(private readonly store: KeyValueStore) {}

  private key(tenantId: string, teamId: string): string {
    return `helpdesk-roster/${tenantId}/${teamId}`;
  }

  async save(tenantId: string, teamId: string, members: readonly PersonRef[]): Promise<void> {
    await this.store.write({ [this.key(tenantId, teamId)]: { members, eTag: '*' } });
  }

  async get(tenantId: string, teamId: string | undefined): Promise<PersonRef[]> {
    if (!teamId || !tenantId) return [];
    const item = (await this.store.read([this.key(tenantId, teamId)]))[this.key(tenantId, teamId)] as { members?: PersonRef[] } | undefined;
    return item?.members ?? [];
  }
}
