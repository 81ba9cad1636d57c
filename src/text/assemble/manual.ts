import type { ManualSteps } from '../../domain/manualSteps';
import { MFA_SETUP_URL } from '../../domain/manualSteps';
import type { CatalogWords } from '../catalog';

/** The manual path as the code reads it: the words, and the steps each point of the live MFA check does by hand. */
export type ManualText = CatalogWords['manual'] & { readonly steps: Readonly<Record<ManualSteps, readonly string[]>> };

/** The manual path of one language, from its words. */
export function manualFrom(words: CatalogWords['manual']): ManualText {
  const registration = words.registration(MFA_SETUP_URL);
  return {
    ...words,
    /** The steps a point of the live MFA check does by hand. */
    steps: {
      'conditional-access': words.conditionalAccess,
      'security-defaults': words.securityDefaults,
      'per-user-mfa': words.perUserMfa,
      registration,
      'registration-backup': [registration[1]],
    },
  };
}
