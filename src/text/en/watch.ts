/**
 * "Tell me when it's fixed": the watch list as the person watching reads it. What changes for
 * the others at a domain after a takeover follows Microsoft Learn's "Admin takeover of an
 * unmanaged directory" (links.takeover) and says nothing it does not.
 */
export const watch = {
  button: 'Tell me when it’s fixed',
  stopButton: 'Stop watching',
  checkNowButton: 'Check again now',
  /** On a verdict card whose address is watched. */
  watching: 'I’m watching this address: I’ll message you here when a check finds it fixed.',
  started: {
    title: (address: string) => `Watching ${address}`,
    summary: (hours: number) => `I’ll check it again every ${hours === 1 ? 'hour' : `${hours} hours`} and message you here as soon as it is ready for VLSC. Fixed it just now? Choose “Check again now”.`,
  },
  stopped: (address: string) => `I stopped watching ${address}.`,
  notWatching: (address: string) => `You are not watching ${address}.`,
  nothingToWatch: (address: string) => `${address} is ready for VLSC now: there is nothing left to watch.`,
  noWatches: 'You are not watching any address. After a check that finds something to fix, choose “Tell me when it’s fixed”.',
  checked: {
    intro: 'I checked again:',
    fixed: (address: string) => `${address}: fixed (see the card above).`,
    unchanged: (address: string, verdict: string) => `${address}: still “${verdict}”. I’ll keep watching it.`,
    changed: (address: string, verdict: string) => `${address}: now “${verdict}”. I’ll keep watching it.`,
    inconclusive: (address: string) => `${address}: this check could not tell (Microsoft was not reached, or answered “exists” for any address). I’ll keep watching it.`,
    postponed: (address: string, minutes: number) => `${address}: the lookup limit is reached; I’ll check it in about ${minutes === 1 ? '1 minute' : `${minutes} minutes`}.`,
  },
  fixed: {
    title: (address: string) => `Fixed: ${address} is ready for VLSC`,
    footer: (time: string) => `Checked again at ${time} because you asked me to tell you when it’s fixed. I stopped watching it.`,
    footerCampaign: (time: string) => `Checked again at ${time}: your IT department asked me to follow this up. I stopped watching it.`,
  },
  /** Shown after a takeover ended: what the Learn page says changes for the other accounts at the domain. */
  afterTakeover: {
    seeDetails: (domain: string) => `What this means for the others at ${domain}: see Details.`,
    heading: (domain: string) => `Everyone else at ${domain}`,
    internal:
      'If you took over the unmanaged directory itself (an “internal” takeover), you became its Global Administrator: no users, domains or service plans moved to another directory, so the others keep their accounts there, now managed.',
    external:
      'If you added the domain to an organisation you already manage (an “external” takeover), its users, subscriptions and licence assignments moved with it, and Microsoft maps users to their resources so that they can keep using services without interruption.',
    removed:
      'If you remove the domain from the taken-over directory to add it elsewhere, its users must first be renamed to the directory’s .onmicrosoft.com domain.',
  },
};
