import type { Diagnosis } from '../../src/domain/types';
import type { Verdict } from '../../src/domain/verdicts';

/** A diagnosis for tests: the verdict and address given, unknowns elsewhere, overridable. */
export function diagnosisFor(verdict: Verdict, address: string, overrides: Partial<Diagnosis> = {}): Diagnosis {
  const domain = address.slice(address.indexOf('@') + 1);
  return {
    input: address,
    address,
    domain,
    verdict,
    domainType: 'unknown',
    tenantId: null,
    tenantName: null,
    workAccount: null,
    personalAccount: null,
    addressConfirmed: true,
    reason: { code: 'recorded', text: 'test' },
    next: 'retry',
    checkedAt: '2026-01-05T09:30:00.000Z',
    ...overrides,
  };
}
