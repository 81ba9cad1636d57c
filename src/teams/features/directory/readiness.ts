import type { MfaReadinessResult } from '../../../domain/mfaReadiness';
import type { Catalog, ReadinessPointInWords } from '../../../text/catalog';

/** What the live MFA check found, as the MFA card needs it. */
export interface ReadinessView {
  /** The tenant requires MFA for everyone, with nothing left for the admin to do. */
  tenantReady: boolean;
  /** The tenant's points that are not done, each as one line with its mark: the title only, and with the detail. */
  missingTitles: string[];
  missing: string[];
  /** What the admin still has to do, in order. */
  adminMustDo: string[];
  /** What requires MFA (the title of that point), when something does. */
  enforcedBy: string | null;
  /** The tenant's points that are done. */
  done: string[];
  /** The person's own MFA registration, when it was read. */
  user?: ReadinessPointInWords;
}

/** One point of the check as a line: its mark, title and detail. */
export const pointLine = (words: Catalog, point: ReadinessPointInWords) => `${words.readiness.marks[point.status]} ${point.title}: ${point.detail}`;

/**
 * The live part of the MFA journey, split into what is in place and what is missing. Nothing
 * when Graph is not configured or cannot read the tenant (the static guidance stands).
 */
export function readinessView(words: Catalog, result: MfaReadinessResult): ReadinessView | undefined {
  if (result.kind === 'manual') return undefined;
  const R = words.readiness;
  const report = R.reportInWords(result.report);
  const tenantPoints = report.points.filter((point) => point.id !== 'user-registration');
  const missing = tenantPoints.filter((point) => point.status !== 'done');
  return {
    tenantReady: report.tenant.mfaEnforcedBy !== null && missing.length === 0 && report.adminMustDo.length === 0,
    missingTitles: missing.map((point) => `${R.marks[point.status]} ${point.title}`),
    missing: missing.map((point) => pointLine(words, point)),
    adminMustDo: report.adminMustDo,
    enforcedBy: tenantPoints.find((point) => point.id === report.tenant.mfaEnforcedBy)?.title ?? null,
    done: tenantPoints.filter((point) => point.status === 'done').map((point) => pointLine(words, point)),
    user: report.points.find((point) => point.id === 'user-registration'),
  };
}
