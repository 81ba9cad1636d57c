import type { PersonRef } from '../../domain/cases/case';
import type { KeyValueStore } from '../../domain/types';

/** The help-desk team's members (AAD object id and name): the "assign to" choices. */
export class HelpdeskRoster {
  constructor(private readonly store: KeyValueStore) {}

  private key(teamId: string): string {
    return `helpdesk-roster/${teamId}`;
  }

  async save(teamId: string, members: readonly PersonRef[]): Promise<void> {
    await this.store.write({ [this.key(teamId)]: { members, eTag: '*' } });
  }

  async get(teamId: string | undefined): Promise<PersonRef[]> {
    if (!teamId) return [];
    const item = (await this.store.read([this.key(teamId)]))[this.key(teamId)] as { members?: PersonRef[] } | undefined;
    return item?.members ?? [];
  }
}
