/**
 * Outreach campaigns, as the admin who runs one reads them (the start card, the preview, the
 * progress card) and the line above each recipient's own result card. Counts stand after a
 * label ("Sent: 12"), so no sentence needs a plural.
 */
export const campaigns = {
  start: {
    title: 'Start a campaign',
    intro:
      'Each person on your list gets their own result in their 1:1 chat with me: whether their VLSC sign-in will work, and what to do. Send the list as a CSV file in this chat, or paste the addresses below.',
    columns: 'One VLSC sign-in address per line, or a CSV file with that address and, when it differs, the work UPN in a column headed "upn".',
    addressesLabel: 'Addresses',
    noteLabel: 'Your note, shown above each person’s result',
    notePlaceholder: 'Please do this before Friday. Questions: the IT help desk.',
    checkButton: 'Check the addresses',
  },
  checking: (count: number) => `Addresses to check: ${count}. The preview follows here.`,
  list: {
    refused: 'I did not start the campaign, because of the problems below. Fix the list and send it again.',
    empty: 'The list has no addresses.',
    tooLarge: (max: number) => `The list is too long: at most ${max} characters.`,
    tooMany: (count: number, max: number) => `The list has ${count} rows; a campaign takes at most ${max}.`,
    badLine: (line: number, reason: string) => `Line ${line}: ${reason}`,
    badUpn: (line: number, reason: string) => `Line ${line}, work UPN: ${reason}`,
    more: (n: number) => `Further problems: ${n}.`,
  },
  file: {
    notAllowed: 'I did not read that file: its download link is not an https address on a host this bot downloads from (FILE_DOWNLOAD_HOSTS).',
    redirect: 'I did not read that file: its download link sent me on to another address.',
    tooLarge: (max: number) => `I did not read that file: it is larger than ${max} MB.`,
    failed: 'I could not download that file. Try again, or paste the addresses into the campaign card.',
    notCsv: 'Send the list as a .csv or .txt file.',
  },
  preview: {
    title: (id: string) => `Campaign ${id}: preview`,
    addresses: 'Addresses',
    needsAction: 'Need to act',
    notReachable: 'Not reachable in Teams',
    unchecked: 'Not checked yet',
    duplicates: 'Repeated addresses left out',
    next: 'Check your note, then Send: each person reachable in Teams gets their own result with your note. Nobody gets it twice.',
    nobodyReachable: 'Nobody on the list can be reached in Teams: none of them has installed me or written to me in a 1:1 chat. Tell them another way (their addresses are under “Not reachable”), or ask them to open a chat with me and start again.',
    budget: (minutes: number) => `Your organisation’s lookup budget allows more checks in ${minutes} min; then choose “Check the rest”.`,
    byVerdictButton: 'Results',
    notReachableButton: 'Not reachable',
    notReachableWhy:
      'These people have not installed me or written to me in a 1:1 chat, so I have no chat to write to. Tell them another way; their addresses are below.',
    more: (n: number) => `Others not shown: ${n}.`,
    send: 'Send',
    cancel: 'Cancel',
    checkRest: 'Check the rest',
  },
  sending: (id: string) => `Campaign ${id} is being sent. The progress card follows and keeps itself up to date.`,
  progress: {
    title: (id: string) => `Campaign ${id}`,
    sending: 'Sending…',
    done: 'Done: every person reachable in Teams has been sent their card.',
    doneNobody: 'Done: nobody was sent a card, because nobody on the list could be reached in Teams.',
    doneFailed: 'Done: some cards could not be delivered (Failed); tell those people another way.',
    cancelled: 'Cancelled: nothing more is sent; what was sent stays sent.',
    sent: 'Sent',
    pending: 'Pending',
    failed: 'Failed',
    notReachable: 'Not reachable in Teams',
    updated: (when: string) => `Updated ${when}.`,
  },
  cancelled: (id: string) => `Campaign ${id} is cancelled. Nothing more will be sent; what was sent stays sent.`,
  alreadyStarted: (id: string) => `Campaign ${id} is already being sent, or has finished.`,
  notFound: 'There is no such campaign.',
  noteFrom: (name: string) => (name ? `A note from ${name}:` : 'A note from your IT department:'),
};
