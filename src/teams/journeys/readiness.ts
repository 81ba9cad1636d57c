import type { MfaReadinessResult } from '../../domain/mfaReadiness';
import { TEXT } from '../../text/en';
import type { GuideSection } from '../cards/data';
import { section } from '../cards/guide';

const R = TEXT.readiness;

/**
 * The live part of the MFA journey: what is in place and what the admin still has to
 * do, point by point. Nothing when Graph is not configured (the static guidance stands).
 */
export function readinessSections(result: MfaReadinessResult): GuideSection[] {
  if (result.kind === 'manual') return [];
  const { report } = result;
  const points = report.points.map((point) => `${R.marks[point.status]} ${point.title}: ${point.detail}`);
  return [
    section(R.heading, { text: points.join('\n\n') }),
    ...(report.adminMustDo.length ? [section(R.adminMustDo, { steps: report.adminMustDo })] : []),
  ];
}
