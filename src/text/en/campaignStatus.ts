/**
 * "Campaign status", as the campaign's admins read it: where everyone on the list stands, the
 * change since the last report, the CSV export and closing the campaign. Counts stand after a
 * label, or before a state's short name ("+12 fixed"), so no sentence needs a plural.
 */
export const campaignStatus = {
  title: (id: string) => `Campaign ${id}: status`,
  started: (when: string, name: string) => (name ? `Started ${when} by ${name}.` : `Started ${when}.`),
  states: {
    draft: 'Being checked, not sent yet',
    previewed: 'Checked, not sent yet',
    sending: 'Sending',
    done: 'Sent',
    cancelled: 'Cancelled',
    closed: 'Closed',
  },
  people: 'People on the list',
  counts: {
    'needs-action': 'Need to act',
    'in-progress': 'In progress',
    fixed: 'Fixed',
    'not-reachable': 'Not reachable in Teams',
  },
  /** A state after a change ("+12 fixed"). */
  changed: {
    'needs-action': 'need to act',
    'in-progress': 'in progress',
    fixed: 'fixed',
    'not-reachable': 'not reachable',
  },
  separator: ', ',
  since: (changes: string, when: string) => `${changes} since ${when}.`,
  unchangedSince: (when: string) => `No change since ${when}.`,
  firstReport: 'This is the first report: the next one shows what changed since.',
  meaning:
    'In progress: sent their result, not fixed yet. Need to act: not sent their result yet, or it failed. Fixed: a check found their account ready.',
  exportButton: 'Export CSV',
  closeButton: 'Close campaign',
  /** The heading of the weekly summary to the campaign's owner; the last one says why it is the last. */
  summary: {
    heading: 'Weekly summary',
    last: 'Weekly summary: every account on the list is fixed. This is the last one.',
  },
  export: {
    title: (id: string) => `Campaign ${id}: export`,
    ready: (count: number) => `Addresses in the CSV: ${count}. The link works once, for 15 minutes.`,
    button: 'Download CSV',
  },
  closed: (id: string) => `Campaign ${id} is closed. "campaign status" now shows your newest open campaign.`,
  notClosable: (id: string) => `Campaign ${id} cannot be closed while it is being sent: cancel it, or wait until it is done.`,
  none: 'You have no open campaign. Say "start a campaign" to start one.',
};
