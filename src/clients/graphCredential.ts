/**
 * The credential the bot presents to Microsoft Graph, chosen by GRAPH_AUTH: the bot's own
 * Entra app with a client secret or a certificate, or the managed identity it runs as on Azure.
 */
import {
  AzureAuthorityHosts,
  ClientCertificateCredential,
  ClientSecretCredential,
  ManagedIdentityCredential,
  type TokenCredential,
  type TokenCredentialOptions,
} from '@azure/identity';
import { ConfigError, type Config } from '../config';

export type GraphAuthConfig = Pick<Config, 'graph' | 'azureAuthorityHost'>;

const KNOWN_AUTHORITY_HOSTS: string[] = Object.values(AzureAuthorityHosts);

/**
 * `transport` adds pipeline options (tests pass `tlsOptions: { ca }` to trust a loopback fake).
 * Throws ConfigError when Graph is not configured: callers check `config.graph.auth` first.
 */
export function createGraphCredential(config: GraphAuthConfig, transport: TokenCredentialOptions = {}): TokenCredential {
  const { graph } = config;
  const authorityHost = config.azureAuthorityHost;
  // MSAL validates an authority through instance discovery, which only Microsoft's clouds answer;
  // a configured private host (or a test fake) is trusted as configured.
  const options = {
    ...transport,
    authorityHost,
    disableInstanceDiscovery: !KNOWN_AUTHORITY_HOSTS.includes(authorityHost),
  };
  switch (graph.auth) {
    case 'secret':
      return new ClientSecretCredential(required(graph.tenantId, 'GRAPH_TENANT_ID'), required(graph.clientId, 'GRAPH_CLIENT_ID'), required(graph.clientSecret, 'GRAPH_CLIENT_SECRET'), options);
    case 'certificate':
      return new ClientCertificateCredential(
        required(graph.tenantId, 'GRAPH_TENANT_ID'),
        required(graph.clientId, 'GRAPH_CLIENT_ID'),
        { certificatePath: required(graph.certificatePath, 'GRAPH_CERTIFICATE_PATH') },
        options,
      );
    case 'managed-identity':
      return graph.managedIdentityClientId
        ? new ManagedIdentityCredential({ ...transport, clientId: graph.managedIdentityClientId })
        : new ManagedIdentityCredential(transport);
    case 'none':
      throw new ConfigError('GRAPH_AUTH', 'is none: Microsoft Graph is not configured');
  }
}

function required(value: string | undefined, setting: string): string {
  if (!value) throw new ConfigError(setting, 'is required for the configured GRAPH_AUTH');
  return value;
}
