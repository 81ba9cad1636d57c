import { parseArgs } from 'node:util';
import { createGraphDirectory } from '../clients/graph';
import { cliConfig } from './config';
import { checkMfaReadiness } from '../domain/mfaReadiness';
import type { MfaReadinessReportInWords } from '../text/catalog';
import { catalogFor } from '../text/languages';
import type { CliIo } from './main';

/**
 * `vlsa mfa-readiness`: is the configured tenant (and optionally one person) ready for
 * mandatory MFA on Volume Licensing Central. The report is printed in every case; points the
 * bot could not read say how to check them by hand. Exit codes: 0 report complete; 1 Graph
 * failed or a permission is missing; 2 usage or configuration error; 3 Graph not configured.
 */

const USAGE = `usage: vlsa mfa-readiness [--user <upn>] [--json]

Checks Security Defaults, the Conditional Access policies that require MFA and, with --user,
that person's MFA registration, and says what the admin still has to do.
  --user UPN   also check this person's MFA registration
  --json       the report as JSON
  -h, --help   this help
Exit code: 0 complete, 1 Graph failed or permission missing, 2 usage error, 3 Graph not configured.`;

const FLAGS = { user: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

export const command = {
  summary: 'check whether the tenant (and a person) is ready for mandatory MFA',
  async run(args: string[], io: CliIo): Promise<number> {
    let options: { user?: string; json: boolean };
    try {
      const { values } = parseArgs({ args, options: FLAGS, allowPositionals: false });
      if (values.help) {
        io.out(USAGE);
        return 0;
      }
      if (values.user !== undefined && !/^[^\s@]+@[^\s@]+$/.test(values.user)) throw new Error(`--user must be a sign-in address, got "${values.user}"`);
      options = { user: values.user, json: values.json ?? false };
    } catch (error) {
      io.err(`vlsa mfa-readiness: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
      return 2;
    }
    const config = cliConfig('mfa-readiness', io);
    if (!config) return 2;

    const result = await checkMfaReadiness(createGraphDirectory(config), { tenantId: config.graph.tenantId ?? null, userPrincipalName: options.user });
    const report = catalogFor('en').readiness.reportInWords(result.report);
    io.out(options.json ? JSON.stringify(report, null, 2) : readable(report));
    if (result.kind === 'directory-error') {
      for (const failure of result.failures) io.err(`vlsa mfa-readiness: ${failure.message}`);
      return 1;
    }
    if (result.kind === 'manual') {
      io.err('vlsa mfa-readiness: Microsoft Graph is not configured (GRAPH_AUTH is none): every point is a manual check.');
      return 3;
    }
    return 0;
  },
};

function readable(report: MfaReadinessReportInWords): string {
  const since = report.requirement.inForce ? 'required since' : 'required from';
  const lines = [`MFA readiness for Volume Licensing Central (${since} ${report.requirement.from}), tenant ${report.tenant.tenantId ?? 'unknown'}`];
  for (const point of report.points) {
    lines.push('', `[${point.status}] ${point.title}`, `    ${point.detail}`);
    point.steps?.forEach((step, i) => lines.push(`    ${i + 1}. ${step}`));
  }
  if (report.adminMustDo.length > 0) lines.push('', 'The admin still has to:', ...report.adminMustDo.map((task) => `  - ${task}`));
  lines.push('', `Trouble enabling MFA: ${report.support}`);
  return lines.join('\n');
}
