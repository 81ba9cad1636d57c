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
import type { Catalog, MfaReadinessReportInWords, PolicyAssessmentInWords, ReadinessPointInWords } from '../catalog';
import { inWords, type WordsFor } from '../catalog';

/**
 * How a translation's readiness words become the live MFA check in words: the same
 * arrangement as the English (src/text/en/readiness.ts), with the language's punctuation.
 */

/** A language's readiness words: everything in `TEXT.readiness` but the functions built here. */
export type ReadinessWords = Omit<Catalog['readiness'], 'methodsInWords' | 'policyInWords' | 'reportInWords'>;

/** How the language strings the parts together (English: ", ", "; ", " ", `"name" (state)`). */
export interface ReadinessPunctuation {
  /** Between items of a list: controls, exclusions, methods before the last. */
  list: string;
  /** Between policies named one after another. */
  series: string;
  /** Between sentences of one detail. */
  sentences: string;
  /** A policy's name and its state, as a detail names it. */
  policy(name: string, state: string): string;
}

/** The live MFA check of one language, from its words; `steps` are its manual steps (TEXT.manual.steps). */
export function readinessFrom(R: ReadinessWords, steps: Catalog['manual']['steps'], punctuation: ReadinessPunctuation): Catalog['readiness'] {
  const { list, series, sentences } = punctuation;
  const CA = R.conditionalAccess;
  const SD = R.securityDefaults;
  const REG = R.registration;

  const problems: WordsFor<PolicyProblem> = {
    'not-all-users': () => R.problems.notAllUsers,
    'other-resources': () => R.problems.otherResources,
    blocks: () => R.problems.blocks,
    'without-mfa': ({ controls }) => R.problems.withoutMfa(controls.join(list)),
  };
  const problemsInWords = (found: readonly PolicyProblem[]) => found.map((problem) => inWords(problems, problem));

  function policyInWords(p: PolicyAssessment): PolicyAssessmentInWords {
    const exclusions = p.exclusions && R.problems.excludes(p.exclusions.map(({ count, what }) => R.problems.excluded(count, what)).join(list));
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
    return [punctuation.policy(p.displayName, stateName(p.state)), ...wrong, exclusions ?? ''].filter(Boolean).join(sentences);
  }

  /** What stopped a directory read, as Graph said it or as the bot knows it. */
  function failureInWords(failure: ReadFailure): string {
    if (failure.kind !== 'unreachable') return failure.message;
    return failure.reason === 'not-configured' ? R.notConfigured : R.otherTenant;
  }

  /** Graph's method ids as people read them: known ones by name, the rest counted, so a raw id never shows as text. */
  function methodsInWords(methodIds: readonly string[]): string {
    const names = REG.methodNames;
    const known = [...new Set(methodIds.filter((id) => Object.hasOwn(names, id)).map((id) => names[id]))];
    const others = new Set(methodIds.filter((id) => !Object.hasOwn(names, id))).size;
    const parts = [...known, ...(others === 0 ? [] : [others === 1 ? REG.otherMethod : REG.otherMethods(others)])];
    if (parts.length === 0) return REG.unknownMethods;
    return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(list)}${REG.and}${parts.at(-1)}`;
  }

  type TitleAndDetail = { title: string; detail: string };
  const findings: { readonly [C in ReadinessFinding['code']]: (finding: Extract<ReadinessFinding, { code: C }>) => TitleAndDetail } = {
    'conditional-access-manual': ({ failure }) => ({ title: CA.manualTitle, detail: [failure ? failureInWords(failure) : '', CA.manualDetail].filter(Boolean).join(sentences) }),
    'conditional-access-enforced': ({ enforcing, blocking }) => {
      const detail = [CA.enforcedBy(enforcing.map(describe).join(series))];
      if (enforcing.some((p) => p.exclusions)) detail.push(CA.checkExclusions);
      if (blocking.length > 0) detail.push(CA.alsoNote(blocking.map(describe).join(series)));
      return { title: CA.enforcedTitle, detail: detail.join(sentences) };
    },
    'conditional-access-short': ({ shortfalls }) => ({ title: CA.shortTitle, detail: shortfalls.map(describe).join(sentences) }),
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
    return { id: point.id, status: point.status, title, detail, ...(point.steps ? { steps: [...steps[point.steps]] } : {}) };
  }

  const tasks: WordsFor<AdminTask> = {
    'check-conditional-access': () => CA.manualTask,
    'create-policy': () => CA.createTask,
    'remove-block': ({ policy }) => CA.removeBlock(policy),
    'fix-policy': ({ policy, problems: wrong, switchOn }) => {
      const setOn = switchOn === 'report-only' ? CA.reportOnlyToOn(policy) : switchOn === 'off' ? CA.offToOn(policy) : '';
      if (wrong.length === 0) return setOn.charAt(0).toUpperCase() + setOn.slice(1);
      return [CA.fix(policy), ...problemsInWords(wrong), setOn && CA.then(setOn)].filter(Boolean).join(sentences);
    },
  };

  return {
    ...R,
    methodsInWords,
    policyInWords,
    /** The whole report in words, in the shape the command line's --json prints. */
    reportInWords: (report: MfaReadinessReport): MfaReadinessReportInWords => ({
      ...report,
      tenant: { ...report.tenant, mfaPolicies: report.tenant.mfaPolicies && report.tenant.mfaPolicies.map(policyInWords) },
      points: report.points.map(pointInWords),
      adminMustDo: report.adminMustDo.map((task) => inWords(tasks, task)),
    }),
  };
}
