/**
 * The Microsoft pages the two seed documents name, in one place so that answers, cards and
 * drafts all point at the same address. The seeds name pages without URLs; these are the
 * well-known addresses of those pages.
 */
export const LINKS = {
  /** "Takeover Unmanaged Directory" / "How to takeover over an unmanaged directory". */
  takeoverUnmanagedDirectory: 'https://learn.microsoft.com/entra/identity/users/domains-admin-takeover',
  /**
   * The seed's "Self-service sign-up for email-verified users": where viral tenants come
   * from. Learn serves it as "What is self-service sign-up for Microsoft Entra ID?" under
   * identity/users (the docs repository keeps it in docs/identity/users/).
   */
  selfServiceSignup: 'https://learn.microsoft.com/entra/identity/users/directory-self-service-signup',
  /** The seed's "Sign Up": create a new work or school account. */
  signUp: 'https://signup.microsoft.com/',
  /** VLSC Support by phone or web form. */
  vlscSupportContact: 'https://www.microsoft.com/licensing/servicecenter/Help/Contact.aspx',
  vlsc: 'https://www.microsoft.com/licensing/servicecenter',
  entraAdminCenter: 'https://entra.microsoft.com',
  /** Where users register their MFA methods. */
  mfaSetup: 'https://aka.ms/mfasetup',
  /** "Enable Microsoft Entra multifactor authentication" (Conditional Access). */
  enableMfa: 'https://learn.microsoft.com/entra/identity/authentication/tutorial-enable-azure-mfa',
  securityDefaults: 'https://learn.microsoft.com/entra/fundamentals/security-defaults',
  perUserMfa: 'https://learn.microsoft.com/entra/identity/authentication/howto-mfa-userstates',
  /** "Microsoft Entra multifactor authentication external method provider reference", the page the seed names. */
  externalMfaProvider: 'https://learn.microsoft.com/entra/identity/authentication/concept-authentication-external-method-provider',
  /** "Manage an external authentication method in Microsoft Entra ID": how an admin adds a third-party MFA provider. */
  externalMfaManage: 'https://learn.microsoft.com/entra/identity/authentication/how-to-authentication-external-method-manage',
  /** "Satisfy Microsoft Entra ID MFA controls with MFA claims from a federated IdP". */
  federatedMfaClaims: 'https://learn.microsoft.com/entra/identity/authentication/how-to-mfa-expected-inbound-assertions',
  /** "Authentication and Conditional Access for External ID": whose MFA a B2B guest performs. */
  guestMfa: 'https://learn.microsoft.com/entra/external-id/authentication-conditional-access',
  /** "Manage user authentication methods for Microsoft Entra multifactor authentication": re-registering after a lost phone. */
  manageUserMfaMethods: 'https://learn.microsoft.com/entra/identity/authentication/howto-mfa-userdevicesettings',
  /** A mailbox, not a URL: prefix with mailto: for a link. */
  mfaSupportEmail: 'MFAVLCsupport@microsoft.com',
} as const;

export type LinkName = keyof typeof LINKS;
