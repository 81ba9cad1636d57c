/**
 * The bot installing itself for a person through Microsoft Graph (domain/campaigns/selfInstall.ts
 * decides when): `GET /v1.0/users/{upn}` for their object id, then
 * `POST /v1.0/users/{id}/teamwork/installedApps` binding the app's entry in the tenant's app
 * catalog (TEAMS_APP_ID). The POST is sent once; a 429 comes back with its Retry-After.
 */
import type { Config } from '../config';
import type { AppInstaller, DirectoryUserIds, GraphAnswer } from '../domain/campaigns/selfInstall';
import type { GraphClient, GraphResponse } from './graph';

type Failed = Extract<GraphResponse, { ok: false }>;

export class GraphTeamsApps implements AppInstaller {
  constructor(
    private readonly graph: GraphClient,
    private readonly teamsAppId: string,
  ) {}

  get tenantId(): string {
    return this.graph.tenantId;
  }

  async findUser(upn: string): Promise<GraphAnswer<DirectoryUserIds>> {
    const response = await this.graph.get(`/v1.0/users/${encodeURIComponent(upn)}?$select=id,userPrincipalName,mail`, 'User.Read.All');
    if (!response.ok) return response.status === 404 ? { kind: 'missing' } : answerOf(response);
    const { id, userPrincipalName, mail } = response.json;
    if (typeof id !== 'string' || id === '') return { kind: 'missing' };
    return { kind: 'ok', value: { id, addresses: [userPrincipalName, mail].filter((a): a is string => typeof a === 'string') } };
  }

  async install(userId: string): Promise<GraphAnswer<void>> {
    const response = await this.graph.post(
      `/v1.0/users/${encodeURIComponent(userId)}/teamwork/installedApps`,
      { 'teamsApp@odata.bind': `${this.graph.graphUrl}/v1.0/appCatalogs/teamsApps/${encodeURIComponent(this.teamsAppId)}` },
      'TeamsAppInstallation.ReadWriteSelfForUser.All',
    );
    // 409 Conflict: the app is installed for them already, which is what was asked.
    if (response.ok || response.status === 409) return { kind: 'ok', value: undefined };
    // 404 names the app (TEAMS_APP_ID not in the tenant's catalog) as often as the user: every install would fail alike.
    if (response.status === 404) return { kind: 'refused', message: `${response.failure.message} (is TEAMS_APP_ID the app's id in the tenant's app catalog?)` };
    return answerOf(response);
  }
}

/** 401/403: the permission is missing; 429, 5xx, timeouts, dropped connections: later; any other 4xx: not for this person. */
function answerOf(response: Failed): Exclude<GraphAnswer<never>, { kind: 'ok' }> {
  if (response.failure.kind === 'permission') return { kind: 'refused', message: response.failure.message };
  const status = response.status;
  if (status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429) return { kind: 'missing' };
  return { kind: 'retry', ...(response.retryAfterMs === undefined ? {} : { ms: response.retryAfterMs }), reason: status ? `graph-${status}` : 'graph-unavailable' };
}

/** The installer, when TEAMS_APP_ID is set and Graph's credentials are configured (`graph`); otherwise null (nobody is installed for). */
export function createTeamsApps(config: Config, graph: GraphClient | null): GraphTeamsApps | null {
  return config.teamsAppId && graph ? new GraphTeamsApps(graph, config.teamsAppId) : null;
}
