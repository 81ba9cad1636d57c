import { parseArgs } from 'node:util';
import { createGraphDirectory } from '../clients/graph';
import { cliConfig } from './config';
import { findAdmins, type AdminPerson } from '../domain/admins';
import { catalogFor } from '../text/languages';
import type { CliIo } from './main';

/** The words of this command: English, as its own report lines. */
const WORDS = catalogFor('en');

/**
 * `vlsa admins`: the Global Administrators (and the other admins who can turn on MFA) of the
 * tenant configured for Microsoft Graph. Exit codes: 0 listed; 1 Graph failed or a permission
 * is missing (also when only part of the list could be read); 2 usage or configuration error;
 * 3 Graph is not configured (the manual steps are printed instead).
 */

const USAGE = `usage: vlsa admins [--json]

Lists the people who can turn on MFA in the tenant configured for Microsoft Graph:
Global Administrators first, then Conditional Access, Security and Authentication
Policy Administrators; active assignments before PIM-eligible ones.
  --json       a JSON array of { id, displayName, mail, userPrincipalName, roles, assignment }
  -h, --help   this help
Exit code: 0 listed, 1 Graph failed or permission missing, 2 usage error, 3 Graph not configured.`;

const FLAGS = { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

export const command = {
  summary: 'list the Global Administrators and other admins who can turn on MFA',
  async run(args: string[], io: CliIo): Promise<number> {
    let json: boolean;
    try {
      const { values } = parseArgs({ args, options: FLAGS, allowPositionals: false });
      if (values.help) {
        io.out(USAGE);
        return 0;
      }
      json = values.json ?? false;
    } catch (error) {
      io.err(`vlsa admins: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
      return 2;
    }
    const config = cliConfig('admins', io);
    if (!config) return 2;

    const result = await findAdmins({ directory: createGraphDirectory(config) }, { tenantId: config.graph.tenantId ?? null });
    switch (result.kind) {
      case 'found': {
        if (json) io.out(JSON.stringify(result.admins.map(toJson), null, 2));
        else io.out(readable(result.tenantId, result.admins));
        for (const gap of result.gaps) io.err(`vlsa admins: part of the list could not be read. ${gap.message}`);
        return result.gaps.length > 0 ? 1 : 0;
      }
      case 'permission-error':
      case 'failed':
        io.err(`vlsa admins: ${result.failure.message}`);
        io.err(manualText());
        return 1;
      case 'manual':
        io.err('vlsa admins: Microsoft Graph is not configured (GRAPH_AUTH is none), so look the admins up by hand:');
        (json ? io.err : io.out)(manualText());
        return 3;
      case 'unmanaged':
        io.err(`vlsa admins: ${WORDS.admins.unmanagedDetail}`);
        return 1;
    }
  },
};

/** The documented JSON contract, independent of how AdminPerson may grow. */
function toJson(person: AdminPerson) {
  const { id, displayName, mail, userPrincipalName, roles, assignment } = person;
  return { id, displayName, mail, userPrincipalName, roles, assignment };
}

function readable(tenantId: string, admins: AdminPerson[]): string {
  if (admins.length === 0) return `No enabled Global Administrator or MFA-capable admin found in tenant ${tenantId}.`;
  const lines = admins.map((a) => `  ${a.displayName} <${a.mail ?? a.userPrincipalName}>: ${a.roles.join(', ')} (${a.assignment})`);
  return [`People who can turn on MFA in tenant ${tenantId}:`, ...lines].join('\n');
}

/** How to find the admins in the Entra admin center. */
function manualText(): string {
  const manual = WORDS.manual.findAdmin;
  return [...manual.steps.map((step, i) => `  ${i + 1}. ${step}`), manual.otherwise].join('\n');
}
