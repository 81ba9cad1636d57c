/** The app's name, the welcome, the help card and the commands Teams lists. */
export const appName = 'VL Sign-in Assistant';

export const welcome = {
  intro:
    'I help you sign in to the Volume Licensing Service Center (VLSC) with the managed work or school account it now requires, and get ready for the multifactor authentication (MFA) that Volume Licensing Central enforces since 5 January 2026.',
  personalHint: 'Pick a button, or just type a question such as "what is a viral tenant?".',
  teamHint: 'In this team I can post help-desk cases. Mention me with "help" to see what I can do here.',
  groupChatHint:
    'In this chat I answer questions about VLSC sign-in and the MFA Volume Licensing Central requires. To check your own account, chat with me one to one.',
} as const;

export const help = {
  heading: 'What I can do',
  teamHeading: 'What I can do in this team',
  groupChatHeading: 'What I can do in this chat',
  footer: 'Type "cancel" or "start over" at any time to leave a conversation.',
} as const;

export const commands = {
  help: { title: 'Help', description: 'Show what I can do.' },
  cases: { title: 'Open cases', description: 'List open cases (also: unassigned, mine, case VL-XXXXXXXX, stats, export, repost).' },
  channel: {
    title: 'Use this channel',
    description: 'Send escalated cases here (or: "use this channel for takeover cases").',
  },
  check: {
    title: 'Check my VLSC sign-in',
    description: 'Find out whether the account you use at VLSC is the right kind, and what to do if not.',
  },
  admins: {
    title: 'Who is my admin?',
    description: 'Find your Global Administrators and the admins who can turn on MFA.',
  },
  mfa: {
    title: 'Is MFA ready?',
    description: 'What you and your admin need for the MFA that Volume Licensing Central requires.',
  },
} as const;
