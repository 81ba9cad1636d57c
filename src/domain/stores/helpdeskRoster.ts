import type { PersonRef } from '../cases/case';
import { STORE_KEYS } from './keys';
import type { KeyValueStore } from './ports';

/** The help-desk team's members (AAD object id and name), per tenant and team: the "assign to" choices. */
export class HelpdeskRoster {
  constructor(private readonly store: KeyValueStore) {}

  async save(tenantId: string, teamId: string, members: readonly PersonRef[]): Promise<void> {
    await this.store.write({ [STORE_KEYS.helpdeskRoster(tenantId, teamId)]: { members, eTag: '*' } });
  }

  async get(tenantId: string, teamId: string | undefined): Promise<PersonRef[]> {
    if (!teamId || !tenantId) return [];
    const key = STORE_KEYS.helpdeskRoster(tenantId, teamId);
    const item = (await this.store.read([key]))[key] as { members?: PersonRef[] } | undefined;
    return item?.members ?? [];
  }
}
