import type { Verdict } from '../../domain/verdicts';
import type { CatalogWords, VerdictCardText } from '../catalog';

/** The head of each verdict's card, from the result card's words of one language. */
export function verdictCardsFrom(R: CatalogWords['result']): Record<Verdict, VerdictCardText> {
  return {
    ready: {
      title: (f) => (f.confirmed ? R.ready.title : R.ready.unconfirmedTitle),
      summary: (f) => {
        if (f.federated) return R.ready.federated(f.shownAddress, f.shownDomain, f.tenant);
        return f.confirmed ? R.ready.summary(f.shownAddress, f.tenant) : R.ready.unconfirmed(f.shownAddress, f.shownDomain, f.tenant);
      },
      next: () => R.ready.next,
      help: () => R.ready.help,
    },
    'choose-work-account': {
      title: () => R.chooseWork.title,
      summary: (f) => R.chooseWork.summary(f.shownAddress, f.shownDomain, f.tenant, f.federated, f.confirmed),
      next: () => R.ready.next,
      help: () => R.ready.help,
    },
    'takeover-needed': {
      title: () => R.takeover.title,
      summary: (f) => R.takeover.summary(f.shownAddress, f.domain, f.confirmed),
      next: () => R.takeover.next,
      help: () => R.takeover.help,
    },
    'personal-account': {
      title: () => R.personal.title,
      summary: (f) => R.personal.summary(f.shownAddress),
    },
    'no-account': {
      title: () => R.noAccount.title,
      summary: (f) => R.noAccount.summary(f.shownAddress),
      next: (f) => (f.hasTenant ? R.noAccount.tenantExists(f.shownDomain) : R.noAccount.workSignIn),
      help: () => R.noAccount.help,
    },
    'lookup-failed': {
      title: () => R.failed.title,
      summary: () => R.failed.summary,
      help: () => R.failed.help,
    },
    'invalid-address': {
      title: () => R.invalid.title,
      summary: (f) => f.reason,
      next: () => R.invalid.next,
    },
  };
}
