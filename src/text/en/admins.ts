/** "Who is my admin?": the people found, or how to find them by hand. */
export const admins = {
  foundTitle: 'Your admins',
  foundSummary: (count: number) =>
    `${count} ${count === 1 ? 'person' : 'people'} in your organisation can help: Global Administrators first, then the admins who can turn on MFA.`,
  none: 'I found no enabled person in these roles. Ask your IT department, security operations team, or internal help desk.',
  eligible: 'eligible, must activate the role first',
  more: (n: number) => `${n} more`,
  active: 'active',
  chat: (name: string) => `Chat with ${name}`,
  chatMessage: 'Hi, I need help with our Volume Licensing sign-in (VLSC work account / MFA for Volume Licensing Central).',
  gaps: 'Some of the list could not be read:',
  manualTitle: 'How to find your Global Administrator',
  manualSummary: 'I can’t read your organisation’s directory, but you can look it up in the Microsoft Entra admin center:',
  otherTenant: 'This assistant can read only the directory of the organisation that installed it, so look it up yourself:',
  permissionTitle: 'I’m not allowed to read the admin list yet',
  permission: 'An admin still has to allow this assistant to read the admin list. Until then, look it up yourself:',
  permissionDetail: (permission: string) => `The assistant’s app needs the Microsoft Graph application permission ${permission}, granted by an admin.`,
  consent: 'Grant admin consent',
  failedTitle: 'I couldn’t read the admin list',
  failed: 'I couldn’t reach Microsoft just now to read the admin list. Try again in a minute, or look it up yourself meanwhile:',
  failedDetail: (message: string) => `Microsoft Graph did not answer properly (${message}).`,
  unmanagedTitle: 'Your VLSC account’s tenant has no admin',
  unmanaged: (domain: string) =>
    `${domain} is an unmanaged (“viral”) tenant: it has no Global Administrator at all. Someone in your organisation becomes one by taking the tenant over (Option 1), or you move to a new work account (Option 2).`,
  /** Said on its own when there is no domain to name. */
  unmanagedDetail:
    'This is an unmanaged (self-service sign-up) tenant: nobody administers it yet, so there is no Global Administrator to ask. Take over the tenant as its administrator instead.',
  button: 'Who is my admin?',
  /** After an unmanaged verdict: the person's own Teams tenant is managed, and its admins can do an external takeover. */
  ownTenant: {
    found: 'If the organisation you use Teams with owns this domain, its Global Administrators can take the tenant over (an external takeover: they prove the domain with the same DNS TXT record), unless it has service plans that include SharePoint, OneDrive or Skype for Business.',
    ask: 'If the organisation you use Teams with owns this domain, its Global Administrators can take the tenant over (an external takeover: they prove the domain with the same DNS TXT record), unless it has service plans that include SharePoint, OneDrive or Skype for Business. Ask your admin or help desk.',
  },
} as const;
