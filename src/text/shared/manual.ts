import type { ManualSteps } from '../../domain/manualSteps';
import { MFA_SETUP_URL } from '../../domain/manualSteps';
import type { Catalog } from '../catalog';

/** A language's manual-path words: everything in `TEXT.manual` but the steps table built here. */
export type ManualWords = Omit<Catalog['manual'], 'steps'>;

/** The manual path of one language, with the steps each point of the live MFA check does by hand (as src/text/en/manual.ts). */
export function manualFrom(words: ManualWords): Catalog['manual'] {
  const registration = words.registration(MFA_SETUP_URL);
  return {
    ...words,
    steps: {
      'conditional-access': words.conditionalAccess,
      'security-defaults': words.securityDefaults,
      'per-user-mfa': words.perUserMfa,
      registration,
      'registration-backup': [registration[1]],
    } satisfies Record<ManualSteps, readonly string[]>,
  };
}
