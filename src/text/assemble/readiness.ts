import {
  REPORT_ONLY,
  type AdminTask,
  type MfaReadinessReport,
  type PolicyAssessment,
  type PolicyProblem,
  type ReadFailure,
  type ReadinessFinding,
  type ReadinessPoint,
} from '../../domain/mfaReadiness';
import type { CatalogWords, MfaReadinessReportInWords, PolicyAssessmentInWords, ReadinessPointInWords } from '../catalog';
import { inWords, type WordsFor } from '../catalog';
import type { ManualText } from './manual';

/** The live MFA check as the code reads it: the words, and the report put in them. */
export type ReadinessText = CatalogWords['readiness'] & {
  methodsInWords(methodIds: readonly string[]): string;
  policyInWords(p: PolicyAssessment): PolicyAssessmentInWords;
  /** The whole report in words, in the shape the command line's --json prints. */
  reportInWords(report: MfaReadinessReport): MfaReadinessReportInWords;
};

type TitleAndDetail = { title: string; detail: string };

/** The live MFA check of one language, from its words: what the directory shows, point by point. */
export function readinessFrom(R: CatalogWords['readiness'], manual: ManualText): ReadinessText {
  const CA = R.conditionalAccess;
  const SD = R.securityDefaults;
  const REG = R.registration;

  const problems: WordsFor<PolicyProblem> = {
    'not-all-users': () => R.problems.notAllUsers,
    'other-resources': () => R.problems.otherResources,
    blocks: () => R.problems.blocks,
    'without-mfa': ({ controls }) => R.problems.withoutMfa(R.list(controls)),
  };
  const problemsInWords = (list: readonly PolicyProblem[]) => list.map((problem) => inWords(problems, problem));

  function policyInWords(p: PolicyAssessment): PolicyAssessmentInWords {
    const exclusions = p.exclusions && R.problems.excludes(R.list(p.exclusions.map(({ count, what }) => R.problems.excluded(count, what))));
    return { ...p, problems: problemsInWords(p.problems), exclusions };
  }

  function stateName(state: string): string {
    if (state === REPORT_ONLY) return R.states.reportOnly;
    if (state === 'enabled') return R.states.on;
    if (state === 'disabled') return R.states.off;
    return state;
  }

  /** A policy as a point's detail names it: its name, its state, what is wrong, whom it leaves out. */
  function describe(p: PolicyAssessment): string {
    const { problems: wrong, exclusions } = policyInWords(p);
    return R.sentences([R.policy(p.displayName, stateName(p.state)), ...wrong, exclusions ?? ''].filter(Boolean));
  }

  /** What stopped a directory read, as Graph said it or as the bot knows it. */
  function failureInWords(failure: ReadFailure): string {
    if (failure.kind !== 'unreachable') return failure.message;
    return failure.reason === 'not-configured' ? R.notConfigured : R.otherTenant;
  }

  /**
   * Graph's method ids as people read them: known ones by name, the rest counted as "another
   * method", so a raw id never shows as text.
   */
  function methodsInWords(methodIds: readonly string[]): string {
    const names = REG.methodNames;
    const known = [...new Set(methodIds.filter((id) => Object.hasOwn(names, id)).map((id) => names[id]))];
    const others = new Set(methodIds.filter((id) => !Object.hasOwn(names, id))).size;
    const parts = [...known, ...(others === 0 ? [] : [others === 1 ? REG.otherMethod : REG.otherMethods(others)])];
    if (parts.length === 0) return REG.unknownMethods;
    return parts.length === 1 ? parts[0] : REG.methodList(parts);
  }

  const findings: { readonly [C in ReadinessFinding['code']]: (finding: Extract<ReadinessFinding, { code: C }>) => TitleAndDetail } = {
    'conditional-access-manual': ({ failure }) => ({ title: CA.manualTitle, detail: R.sentences([failure ? failureInWords(failure) : '', CA.manualDetail]).trim() }),
    'conditional-access-enforced': ({ enforcing, blocking }) => {
      const detail = [CA.enforcedBy(R.policies(enforcing.map(describe)))];
      if (enforcing.some((p) => p.exclusions)) detail.push(CA.checkExclusions);
      if (blocking.length > 0) detail.push(CA.alsoNote(R.policies(blocking.map(describe))));
      return { title: CA.enforcedTitle, detail: R.sentences(detail) };
    },
    'conditional-access-short': ({ shortfalls }) => ({ title: CA.shortTitle, detail: R.sentences(shortfalls.map(describe)) }),
    'conditional-access-none': () => ({ title: CA.noneTitle, detail: CA.noneDetail }),
    'security-defaults-manual': ({ failure }) => ({ title: SD.manualTitle, detail: SD.manualDetail(failureInWords(failure)) }),
    'security-defaults-on': () => ({ title: SD.onTitle, detail: SD.onDetail }),
    'security-defaults-off-expected': () => ({ title: SD.offTitle, detail: SD.offExpected }),
    'security-defaults-off': () => ({ title: SD.offTitle, detail: SD.offDetail }),
    'per-user-mfa': () => ({ title: R.perUserMfa.title, detail: R.perUserMfa.detail }),
    'registration-manual': ({ userPrincipalName, failure }) => ({ title: REG.manualTitle(userPrincipalName), detail: failureInWords(failure) }),
    'registration-not-found': ({ userPrincipalName }) => ({ title: REG.notFoundTitle(userPrincipalName), detail: REG.notFoundDetail }),
    'registration-missing': ({ userPrincipalName }) => ({ title: REG.notRegisteredTitle(userPrincipalName), detail: REG.notRegisteredDetail }),
    'registration-one-method': ({ userPrincipalName, methods }) => ({ title: REG.oneMethodTitle(userPrincipalName), detail: REG.oneMethodDetail(methodsInWords(methods)) }),
    'registration-done': ({ userPrincipalName, methods }) => ({ title: REG.doneTitle(userPrincipalName), detail: REG.doneDetail(methodsInWords(methods)) }),
  };

  function pointInWords(point: ReadinessPoint): ReadinessPointInWords {
    const { title, detail } = (findings[point.finding.code] as (finding: ReadinessFinding) => TitleAndDetail)(point.finding);
    return { id: point.id, status: point.status, title, detail, ...(point.steps ? { steps: [...manual.steps[point.steps]] } : {}) };
  }

  const tasks: WordsFor<AdminTask> = {
    'check-conditional-access': () => CA.manualTask,
    'create-policy': () => CA.createTask,
    'remove-block': ({ policy }) => CA.removeBlock(policy),
    'fix-policy': ({ policy, problems: wrong, switchOn }) => {
      const setOn = switchOn === 'report-only' ? CA.reportOnlyToOn(policy) : switchOn === 'off' ? CA.offToOn(policy) : '';
      // Alone, switching the policy on is the task's sentence, so it starts with a capital.
      if (wrong.length === 0) return setOn.charAt(0).toUpperCase() + setOn.slice(1);
      return R.sentences([CA.fix(policy), ...problemsInWords(wrong), setOn && CA.then(setOn)].filter(Boolean));
    },
  };

  return {
    ...R,
    methodsInWords,
    policyInWords,
    reportInWords: (report) => ({
      ...report,
      tenant: { ...report.tenant, mfaPolicies: report.tenant.mfaPolicies && report.tenant.mfaPolicies.map(policyInWords) },
      points: report.points.map(pointInWords),
      adminMustDo: report.adminMustDo.map((task) => inWords(tasks, task)),
    }),
  };
}
