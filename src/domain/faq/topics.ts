import { LINKS } from '../links';
import type { Verdict } from '../verdicts';

/**
 * The questions the two Microsoft documents answer (../shared/seeds/), as data. Answers
 * follow the seeds' wording; the MFA deadline (5 January 2026) is in the past, so the
 * requirement is described as in force.
 */

export const TOPIC_IDS = [
  'why-work-account',
  'what-is-work-account',
  'takeover-prompt',
  'option1-takeover',
  'option2-new-account',
  'skip-and-remaining-logins',
  'limited-logins-msa',
  'sign-up-work-account',
  'what-is-unmanaged-tenant',
  'check-unmanaged',
  'what-is-takeover',
  'takeover-blockers',
  'how-to-takeover',
  'contact-support',
  'mfa-requirement',
  'find-global-admin',
  'enforce-mfa-conditional-access',
  'mfa-security-defaults',
  'mfa-per-user',
  'user-mfa-registration',
  'mfa-guest-users',
  'mfa-external-idp',
  'mfa-after-deadline',
  'mfa-support-contact',
] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

export interface TopicLink {
  title: string;
  url: string;
}

export interface Topic {
  id: TopicId;
  /** The question the topic answers, as a heading. */
  title: string;
  /** One or two sentences that answer the question on their own. */
  shortAnswer: string;
  /** What to do, in order; may be empty when the answer is only an explanation. */
  steps: string[];
  links: TopicLink[];
  /** Other ways people ask this question; indexed for retrieval, never shown. */
  phrasings: string[];
  /** Words that point at this topic without being in its answer; indexed, never shown. */
  keywords: string[];
  /**
   * The verdicts of a person's last check this topic is written for: asked without saying,
   * "I only have 2 logins left" means one thing after a personal-account check and another
   * after an unmanaged-tenant one.
   */
  verdicts?: readonly Verdict[];
}

const link = {
  takeover: { title: 'Take over an unmanaged directory (Microsoft Learn)', url: LINKS.takeoverUnmanagedDirectory },
  selfServiceSignup: { title: 'What is self-service sign-up for Microsoft Entra ID? (Microsoft Learn)', url: LINKS.selfServiceSignup },
  signUp: { title: 'Sign up for a work or school account', url: LINKS.signUp },
  vlscSupport: { title: 'Contact VLSC Support', url: LINKS.vlscSupportContact },
  vlsc: { title: 'Volume Licensing Service Center', url: LINKS.vlsc },
  entra: { title: 'Microsoft Entra admin center', url: LINKS.entraAdminCenter },
  mfaSetup: { title: 'Set up your sign-in methods (aka.ms/mfasetup)', url: LINKS.mfaSetup },
  enableMfa: { title: 'Enable Microsoft Entra multifactor authentication (Microsoft Learn)', url: LINKS.enableMfa },
  securityDefaults: { title: 'Configure Security Defaults for Microsoft Entra ID (Microsoft Learn)', url: LINKS.securityDefaults },
  perUserMfa: { title: 'Enable per-user multifactor authentication (Microsoft Learn)', url: LINKS.perUserMfa },
  externalMfa: { title: 'Microsoft Entra multifactor authentication external method provider reference (Microsoft Learn)', url: LINKS.externalMfaProvider },
  externalMfaManage: { title: 'Manage an external authentication method in Microsoft Entra ID (Microsoft Learn)', url: LINKS.externalMfaManage },
  federatedMfa: { title: 'Satisfy Microsoft Entra ID MFA controls with MFA claims from a federated IdP (Microsoft Learn)', url: LINKS.federatedMfaClaims },
  guestMfa: { title: 'Authentication and Conditional Access for External ID (Microsoft Learn)', url: LINKS.guestMfa },
  manageUserMfaMethods: { title: 'Manage user authentication methods for Microsoft Entra multifactor authentication (Microsoft Learn)', url: LINKS.manageUserMfaMethods },
  mfaSupport: { title: `Email ${LINKS.mfaSupportEmail}`, url: `mailto:${LINKS.mfaSupportEmail}` },
} satisfies Record<string, TopicLink>;

export const TOPICS: readonly Topic[] = [
  {
    id: 'why-work-account',
    title: 'Why does VLSC need a work or school account?',
    shortAnswer:
      'Microsoft is moving volume licensing capabilities to modern platforms such as the Microsoft 365 admin center, which require work or school accounts. With one, you have a single sign-in ID for on-premises software, online services and subscriptions such as Visual Studio on the Volume Licensing Service Center and other Microsoft sites.',
    steps: [
      'Best-in-class authentication and authorization: the best option to protect the enterprise assets acquired through Microsoft Volume Licensing programs.',
      'More secure: users are readily identifiable as belonging to an organization, and their access is removed once they are no longer part of the organization’s directory.',
      'Forgotten passwords can be reset by your organization’s Global Administrator, or by self-service password reset if the Global Admin allows it.',
    ],
    links: [link.signUp],
    phrasings: [
      'why is Microsoft transitioning VLSC sign in to managed work or school accounts',
      'why must I move to a work account',
      'why the change to the VLSC login',
      'what are the advantages of a work or school account',
      'why can I not keep my current sign in',
    ],
    keywords: ['reason', 'benefit', 'advantage', 'transition', 'migration', 'move', 'change', 'require', 'security', 'password reset'],
  },
  {
    id: 'what-is-work-account',
    title: 'What is a work or school account?',
    shortAnswer:
      'A work or school account is an account tied to your organization, typically username@orgname.com or username@orgname.onmicrosoft.com. It authenticates your relationship with the licensed organization; it does not require you or your organization to use Microsoft services such as Office 365.',
    steps: [
      'If your organization already uses a service such as Office 365 or Microsoft 365, you already have a work account: sign in to VLSC with the same account you use for that service.',
      'Unlike a personal Microsoft account (such as outlook.com or hotmail.com), a work or school account belongs to your organization: its Global Administrator can reset the password, and your access ends once you leave. VLSC lets personal Microsoft accounts in only for a limited number of logins.',
    ],
    links: [link.signUp, link.vlsc],
    phrasings: [
      'what is a work or school account for VLSC sign in',
      'how is a personal Microsoft account different from a work account',
      'IT told me our organization does not use Microsoft 365',
      'what does a work account look like',
      'what format is an organizational account',
      'is a work account the same as Office 365',
      'do I have to buy Microsoft 365 to have a work account',
      'what is an Entra ID or Azure AD account',
    ],
    keywords: ['definition', 'meaning', 'format', 'look like', 'onmicrosoft.com', 'orgname', 'organizational account', 'office 365', 'microsoft 365', 'subscription', 'buy', 'need', 'difference', 'versus', 'personal account', 'same thing'],
  },
  {
    id: 'takeover-prompt',
    title: 'VLSC asks me to take over my unmanaged directory as an administrator',
    shortAnswer:
      'Your work or school account was created using self-service sign-up (an unmanaged or “viral” tenant, with no administrator). Microsoft needs your organization to verify it owns the email domain you sign in with: for example, for admin@fourthcoffee.xyz, that the organization owns fourthcoffee.xyz. You get a number of remaining log-ins meanwhile.',
    steps: [
      'Option 1: keep signing in with your organization’s email address by taking over the viral tenant (verifying you own the domain).',
      'Option 2: create a new work or school account that does not match your organization’s email domain, such as user@fourthcoffeexyz.onmicrosoft.com.',
      'Not ready yet? While you have remaining log-ins, choose **Skip** and sign in with your existing account.',
    ],
    links: [link.takeover],
    phrasings: [
      'I already have a work or school account for VLSC but I am being prompted to take over my unmanaged directory as an administrator',
      'your work or school account was created using self-service signup for Azure Active Directory, you must take over your unmanaged directory',
      'VLSC message telling me to take over the directory',
      'sign in shows a take over prompt',
      'what should I do about the takeover message',
    ],
    keywords: ['prompt', 'prompted', 'message', 'asked', 'asking', 'popup', 'warning', 'screen', 'keeps', 'self-service signup', 'verify domain'],
  },
  {
    id: 'option1-takeover',
    title: 'Option 1: sign in with your organization’s email domain by taking over the viral tenant',
    shortAnswer:
      'To keep signing in with an address specific to your organization (for example admin@fourthcoffee.xyz), you or your organization’s Network Administrator verify ownership of that email domain by taking over the viral tenant.',
    steps: [
      'Your IT or Network Administrator confirms the domain’s DNS TXT records. These are available from the domain name registrar, such as GoDaddy.',
      'They can give you the DNS TXT details so you complete the steps, or become the Global Administrator of your organization’s work or school account themselves. That does not mean they need to manage licenses in VLSC.',
      'Follow Microsoft’s step-by-step instructions to take over an unmanaged directory.',
      'Not ready yet and still have remaining log-ins? Choose **Skip** and sign in to VLSC with your existing account.',
    ],
    links: [link.takeover],
    phrasings: [
      'option 1 sign in with email domain specific to your organization',
      'keep my organization email address as the VLSC login',
      'verify ownership of our email domain with DNS',
      'does the IT administrator have to manage VLSC licenses after becoming global administrator',
      'who confirms the DNS TXT record',
    ],
    keywords: ['option 1', 'first option', 'dns', 'txt', 'record', 'registrar', 'godaddy', 'network administrator', 'verify ownership', 'company email', 'own domain', 'license'],
  },
  {
    id: 'option2-new-account',
    title: 'Option 2: create a new user ID not matched to your organization’s email domain',
    shortAnswer:
      'If a sign-in that does not match your organization’s email domain is acceptable, or you cannot prove domain ownership now, create a new work or school account (such as user@fourthcoffeexyz.onmicrosoft.com) that you manage yourself. You can do it without needing to phone VLSC Support and the steps take minutes, but allow up to 2 business days before you can sign in to VLSC with the new account.',
    steps: [
      'Submit a web form request to VLSC Support to disassociate your current VLSC account from your email address and invite you to register again. For Canada and the USA, use the N.America MAK ADD Web Form. Do NOT sign in to VLSC until VLSC Support confirms the disassociation is complete.',
      'Go to Sign Up and create a new work or school account (such as user@fourthcoffeexyz.onmicrosoft.com) with yourself as the administrator; this kind of domain needs no DNS TXT details. Write down your user ID.',
      'After VLSC Support confirms the disassociation, return to VLSC, choose **Sign In with a Work or School Account** and enter the new account.',
      'Tip: before deploying online services such as Office 365, have your organization take over this new account and link it to its own custom domain.',
    ],
    links: [link.vlscSupport, link.signUp],
    phrasings: [
      'option 2 create a new user ID not matched to your organization email domain',
      'disassociate my current VLSC account from my email address and register again',
      'make a separate onmicrosoft.com account only for VLSC',
      'how long until I can sign in with the new account',
      'I only need the account to log in to VLSC',
    ],
    keywords: ['option 2', 'second option', 'new account', 'new user id', 'onmicrosoft.com', 'disassociate', 'disassociation', 'register again', 'web form', 'business days', 'wait', 'separate'],
  },
  {
    id: 'skip-and-remaining-logins',
    title: 'Why do I have a limited number of remaining log-ins, and what does Skip do?',
    shortAnswer:
      'When you sign in to VLSC with an unmanaged (viral tenant) account, you get a limited number of remaining log-ins so you have time to convert it to a managed account. Choose **Skip** to keep signing in with your existing VLSC login ID meanwhile.',
    steps: [
      'Choose **Skip** if you need more time to take over your unmanaged account, or to find someone in your organization who can.',
      'The number of remaining log-ins is limited: before they run out, you or someone in your organization must become an administrator for the account you sign in with.',
      'Zero log-ins left and need more time? Submit a request to VLSC Support giving the email address you use to sign in to VLSC and asking for extra log-in sessions to be added to your account.',
    ],
    links: [link.vlscSupport, link.takeover],
    phrasings: [
      'how many remaining logins do I have',
      'what does the Skip button do',
      'what happens when I choose Skip',
      'I have run out of log ins',
      'no logins left, need more time',
      'can I get extra log in sessions added to my account',
      'VLSC counts down my remaining sign ins',
    ],
    keywords: ['skip', 'remaining', 'left', 'zero', 'none', 'run out', 'count', 'number', 'extra', 'more', 'time', 'sessions', 'limit'],
    verdicts: ['takeover-needed'],
  },
  {
    id: 'limited-logins-msa',
    title: 'Why do I get a limited number of sign-ins with a personal Microsoft Account?',
    shortAnswer:
      'VLSC users still signing in with a personal Microsoft Account get a limited number of remaining logins, so you have enough time to convert to the required work or school account. Start using a work or school account as soon as possible.',
    steps: [
      'If your organization uses Microsoft 365 or another Microsoft online service, sign in to VLSC with the work account you use there.',
      'If you do not have a work or school account yet, create one at Sign Up.',
    ],
    links: [link.signUp],
    phrasings: [
      'why am I getting a limited number of sign-in opportunities using a Microsoft Account',
      'personal Microsoft account logins are limited on VLSC',
      'will my personal account stop working on VLSC',
      'can I keep using my private email account',
    ],
    keywords: ['personal account', 'private', 'limited', 'stop working', 'convert', 'remaining', 'soon', 'left', 'count', 'number', 'how many', 'more', 'times'],
    verdicts: ['personal-account'],
  },
  {
    id: 'sign-up-work-account',
    title: 'How do I sign up for a new work or school account?',
    shortAnswer:
      'If your organization uses Microsoft 365 or any Microsoft online service, you likely already have a work or school account: try the user ID and password you use at work. If not, you can still get one at Sign Up, without signing up for any online service.',
    steps: [
      'Try signing in to VLSC with the user ID and password you use to log in at work.',
      'If your organization does not use online services such as Microsoft 365, go to Sign Up and create a work or school account.',
      'Your new account may look like yourusername@yourcompany.onmicrosoft.com. If you have your own domain name (like yourcompany.com), you can add it later through the admin console.',
      'You can add services to the same tenant later if you choose.',
    ],
    links: [link.signUp],
    phrasings: [
      'how do I sign up for a new work or school account',
      'where do I create a work account',
      'get a work account without Microsoft 365',
      'our organization has no online services, how to get an account',
      'add our own domain name to the account later',
    ],
    keywords: ['sign up', 'signup', 'create', 'register', 'get', 'new', 'free', 'domain name', 'add domain', 'later', 'admin console'],
  },
  {
    id: 'what-is-unmanaged-tenant',
    title: 'What is an unmanaged (“viral”) tenant?',
    shortAnswer:
      'An unmanaged Azure AD tenant, sometimes called a “viral tenant”, is a tenant with no global administrator. It arises when users sign up for a cloud service and an identity is created for them automatically in Azure AD, based on their email domain.',
    steps: [
      'VLSC used to allow sign-in with an unmanaged tenant but now requires managed tenants.',
      'Why: volume licensing capabilities are moving to more modern platforms, so you can use the same user ID and password for Microsoft products and services bought in different ways: through Volume Licensing Solution Providers, Cloud Service Providers or directly from Microsoft in the Microsoft 365 admin center.',
    ],
    links: [link.selfServiceSignup],
    phrasings: [
      'what is an unmanaged tenant',
      'meaning of viral tenant',
      'what is an unmanaged directory in Azure AD',
      'why does VLSC no longer accept unmanaged tenants',
      'tenant without an administrator',
    ],
    keywords: ['definition', 'meaning', 'explain', 'no administrator', 'no admin', 'automatically created', 'cloud service', 'no longer', 'allow', 'accept'],
  },
  {
    id: 'check-unmanaged',
    title: 'How do I know if I have an unmanaged tenant account?',
    shortAnswer:
      'If you sign in to VLSC with an unmanaged (“viral tenant”) account, the site tells you. You can also check without signing in to VLSC.',
    steps: [
      'Sign in to the Volume Licensing Service Center: it informs you if the account is unmanaged.',
      'Or sign in to Portal.Office.com (or another online service): if you see an Admin tile in the App Picker, the tenant is unmanaged.',
      'Or, for IT pros, without signing in to VLSC: type **check** followed by the address (for example, check you@yourcompany.com) and I will look the domain up with Microsoft.',
    ],
    links: [link.selfServiceSignup, link.takeover],
    phrasings: [
      'how do I know if I have an unmanaged tenant account',
      'find out whether my tenant is viral',
      'tell if our directory is managed or not',
      'check the account type without logging in to VLSC',
      'admin tile in the portal office app picker',
    ],
    keywords: ['know', 'tell', 'find out', 'whether', 'determine', 'check', 'verify', 'detect', 'admin tile', 'app picker', 'portal.office.com', 'it pro'],
  },
  {
    id: 'what-is-takeover',
    title: 'What is a viral tenant takeover?',
    shortAnswer:
      'A viral tenant takeover (a takeover of an unmanaged tenant) is the process by which a user becomes the administrator of an unmanaged tenant. Once the tenant has an admin, it can be used to add other users to the same organization, add online services and keep using resources like VLSC.',
    steps: [
      'Internal admin takeover: you become the global administrator of the unmanaged tenant; no users, domains or service plans are migrated to any other directory you administer.',
      'External admin takeover: a Global Administrator of an existing managed tenant adds the domain name and maps users to resources; the unmanaged tenant’s users, subscriptions and license assignments move over with the domain. Microsoft supports it for Azure Rights Management and Exchange Online, and for the service plans Power Apps Free, Power Automate Free, RMS for individuals, Microsoft Stream and Dynamics 365 free trial; it is not supported when the unmanaged tenant has service plans that include SharePoint, OneDrive or Skype for Business (for example through an Office free subscription).',
    ],
    links: [link.takeover],
    phrasings: [
      'what is a takeover of an unmanaged tenant',
      'what does admin takeover mean',
      'internal versus external admin takeover',
      'what happens once the tenant has an administrator',
    ],
    keywords: ['definition', 'meaning', 'explain', 'internal', 'external', 'difference', 'after', 'once', 'add users', 'add services'],
  },
  {
    id: 'takeover-blockers',
    title: 'What can stop me from completing a takeover?',
    shortAnswer:
      'The usual blockers are: you cannot identify your IT Administrator, you cannot prove domain ownership, or your account belongs to a restricted or reclaimed domain. In these cases you may want to create a new user ID instead (Option 2).',
    steps: [
      'Cannot identify your IT Administrator: large organizations typically have a Help Desk number; smaller ones may outsource this to an IT provider. If your organization also has a managed tenant (the one you use Teams with, for example), its Global Administrators are listed in the Microsoft Entra admin center under **Entra ID > Roles and administrators > Global Administrator**, or type **who is my admin**.',
      'Cannot prove domain ownership: your IT Administrators know this or have access to the information, which comes from your Internet Service Provider.',
      'Restricted or reclaimed domain: this setting is determined by your organization’s administrator; a work account separate from your organization’s tenant may be needed.',
      'In any of these cases, consider Option 2: a new work or school account such as user@fourthcoffeexyz.onmicrosoft.com.',
    ],
    links: [link.takeover, link.signUp],
    phrasings: [
      'reasons that might prevent me from completing a takeover',
      'unable to prove domain ownership',
      'cannot find our IT administrator or help desk',
      'we have no idea who manages our domain or IT',
      'we do not know who our IT administrator or IT provider is',
      'the domain is restricted or reclaimed',
      'takeover is not possible for us',
    ],
    keywords: ['prevent', 'stop', 'block', 'problem', 'unable', 'cannot', 'fail', 'prove', 'ownership', 'restricted', 'reclaimed', 'internet service provider', 'outsource', 'help desk number', 'identify', 'small company'],
    verdicts: ['takeover-needed'],
  },
  {
    id: 'how-to-takeover',
    title: 'How do I perform a viral tenant takeover?',
    shortAnswer:
      'A takeover is a multi-step process in which you, or someone in your organization, proves ownership of the domain and becomes its Global Administrator with Microsoft: for example, admin@fourthcoffee.xyz becomes Global Administrator of the fourthcoffee.xyz tenant. VLSC Support cannot make changes to your tenant on your behalf.',
    steps: [
      'Take time to review the resources and consult people in your organization; meanwhile you can keep signing in with your existing account for urgent VLSC tasks.',
      'Consider asking your IT or Network Administrator (the person who administers your domain) to do the takeover. That does not mean they have to administer VLSC or buy a subscription.',
      'Choose an “internal” takeover (you become global administrator, nothing is migrated) or an “external” takeover (a Global Administrator of an existing managed tenant adds the domain and maps users to resources: users, subscriptions and license assignments move over; Microsoft supports it for Azure Rights Management and Exchange Online and some free service plans, not when the unmanaged tenant has service plans that include SharePoint, OneDrive or Skype for Business).',
      'Follow Microsoft’s step-by-step guide, Take over an unmanaged directory.',
    ],
    links: [link.takeover],
    phrasings: [
      'how do I perform a viral tenant takeover',
      'step by step guide to take over an unmanaged directory',
      'how to make an unmanaged tenant managed',
      'how do I become global administrator of our domain',
      'can support do the takeover for me',
      'can our IT administrator or IT provider do the takeover for us',
    ],
    keywords: ['steps', 'step by step', 'guide', 'instructions', 'perform', 'do', 'complete', 'become', 'process', 'on my behalf', 'for me'],
  },
  {
    id: 'contact-support',
    title: 'How do I contact VLSC Support?',
    shortAnswer:
      'VLSC customers can contact VLSC Support by phone or by web form. Microsoft responds to web form submissions within 24 hours. VLSC Support cannot make changes to your tenant on your behalf.',
    steps: [
      'Open the VLSC Support contact page and choose phone or web form.',
      'Give the email address you use to sign in to VLSC and say what you need, for example extra log-in sessions or a disassociation of your account.',
      'For Canada and the USA, disassociation requests use the N.America MAK ADD Web Form.',
    ],
    links: [link.vlscSupport],
    phrasings: [
      'contact assisted support',
      'how do I reach VLSC Support',
      'phone number for Volume Licensing Service Center support',
      'how long does support take to reply to a web form',
      'speak to someone at Microsoft',
    ],
    keywords: ['contact', 'support', 'phone', 'call', 'number', 'web form', 'reply', 'respond', 'answer', 'hours', 'talk', 'speak', 'person', 'human', 'reach'],
  },
  {
    id: 'mfa-requirement',
    title: 'What is the mandatory MFA requirement for Volume Licensing Central?',
    shortAnswer:
      'Multifactor authentication (MFA) is mandatory for everyone who signs in to Volume Licensing Central (VL Central). The onboarding deadline was 5 January 2026, so the requirement is in force: a user without MFA is prompted to register at sign-in and cannot continue until they do.',
    steps: [
      'Identify the admin who will implement MFA, typically your Microsoft Entra Global Administrator.',
      'Enforce MFA for VL Central tenant-wide, preferably with a Conditional Access policy (Security Defaults or per-user MFA are alternatives).',
      'Make sure users are MFA-ready: they register at least one verification method at aka.ms/mfasetup.',
    ],
    links: [link.enableMfa, link.mfaSetup],
    phrasings: [
      'mandatory MFA for Volume Licensing Central partner guidance',
      'what is multifactor authentication',
      'do partners need MFA for VL Central',
      'is MFA required to sign in',
      'why does VL Central require MFA',
    ],
    keywords: ['mandatory', 'required', 'requirement', 'must', 'need', 'all users', 'partner', 'security', 'protect', 'comply', 'compliance'],
  },
  {
    id: 'find-global-admin',
    title: 'How do I find my tenant’s Global Administrator?',
    shortAnswer:
      'The person who implements MFA is typically your Microsoft Entra Global Administrator (also known as “Company Administrator”) or an equivalent admin role that can manage security settings. You can see who holds the role in the Microsoft Entra admin center.',
    steps: [
      'Go to https://entra.microsoft.com.',
      'Navigate to **Entra ID > Roles and administrators**.',
      'Search **Global Administrator**.',
      'You see a list of users assigned to that role in your tenant.',
      'No access to the Entra portal? Reach out to your IT department, security operations team or internal helpdesk. Or type **who is my admin** and I will look them up.',
    ],
    links: [link.entra],
    phrasings: [
      'how to contact your tenant global administrator',
      'identify the appropriate admin point of contact',
      'who in my organization can enable MFA',
      'list the users with the global administrator role',
      'I do not have access to the Entra portal',
    ],
    keywords: ['find', 'identify', 'contact', 'point of contact', 'poc', 'roles', 'role', 'company administrator', 'list', 'it department', 'security operations', 'helpdesk'],
    verdicts: ['ready', 'choose-work-account'],
  },
  {
    id: 'enforce-mfa-conditional-access',
    title: 'How do I enforce MFA for Volume Licensing Central with Conditional Access?',
    shortAnswer:
      'Microsoft recommends a Conditional Access policy in Microsoft Entra ID that requires MFA for all users, internal and guests, when they access Volume Licensing Central. If Conditional Access is not available to your tenant, use Security Defaults or per-user MFA instead.',
    steps: [
      'Sign in to the Microsoft Entra admin center (https://entra.microsoft.com) as a Global Admin (or Conditional Access Admin).',
      'Browse to **Entra ID > Conditional Access > Overview** and select **+ Create new policy**.',
      'Enter a name for the policy, such as “MFA for Volume Licensing Central”.',
      'Under **Assignments**, select the current value under **Users**.',
      'Under **Include**, choose **All Users**. This covers all internal users and any B2B guest users who access your Volume Licensing resources.',
      'Under **Assignments**, select the current value under **Target Resources**, and under **Select what this policy applies to**, verify that **Resources (Formerly cloud apps)** is selected.',
      'Under **Include**, choose **Select Apps**.',
      'Under **Include**, choose **Select resources**, then click **None** under **Select**.',
      'In the **Select Resources** window, choose **Microsoft Admin Portals** and click **Select**. Note: this enables MFA for all associated admin portals, including the Microsoft 365 admin center, Exchange admin center, Azure portal and Microsoft Entra admin center.',
      'Leave **Conditions** at their defaults (all locations, all device states) unless you have a specific need, such as excluding trusted IPs or compliant devices.',
      'Under **Access controls > Grant**, choose **Require multi-factor authentication**, and make sure no conflicting control (like **Block access**) is selected.',
      'Set **Enable policy** to **On** and select **Create**. Users are then prompted for MFA when they sign in to Volume Licensing Central; with session persistence allowed, a user who recently completed MFA may not be prompted at every sign-in.',
    ],
    links: [link.enableMfa, link.entra],
    phrasings: [
      'enforce MFA for Volume Licensing Central access tenant-wide',
      'create a new Conditional Access policy requiring multi-factor authentication',
      'which target resources or cloud apps to select for VL Central',
      'require MFA for all users and guests with a CA policy',
      'grant control require multi-factor authentication',
    ],
    keywords: ['conditional access', 'policy', 'enforce', 'create', 'assignments', 'target resources', 'cloud apps', 'microsoft admin portals', 'grant', 'conditions', 'trusted ips', 'tenant-wide', 'all users', 'select', 'app'],
  },
  {
    id: 'mfa-security-defaults',
    title: 'Can I use Security Defaults instead of Conditional Access?',
    shortAnswer:
      'Yes, if Conditional Access is not available: it needs at least a Microsoft Entra ID P1 license, while Security Defaults need none. Security Defaults require all users to register for MFA and perform MFA in certain scenarios: Microsoft decides when a user is prompted, and the administrators Microsoft lists (Global, Security and Conditional Access Administrators among them) are prompted at every sign-in. They apply to all sign-ins on all apps, not just Volume Licensing Central.',
    steps: [
      'Sign in to the Microsoft Entra admin center as at least a Security Administrator, go to **Entra ID > Overview > Properties > Manage Security Defaults** and enable them.',
      'If Security Defaults are already in place and applying them to all apps is acceptable, you may not need a separate policy.',
      'Security Defaults and Conditional Access policies do not go together: a tenant that uses Conditional Access policies must turn Security Defaults off.',
      'If Security Defaults do not fit either, per-user MFA (legacy) is the remaining way to require MFA without Conditional Access.',
    ],
    links: [link.securityDefaults, link.perUserMfa],
    phrasings: [
      'alternative if conditional access is not available',
      'enable security defaults for MFA',
      'our tenant has no premium Entra ID features',
      'do security defaults cover all applications',
      'how do we require MFA on the free Entra ID tier without premium licenses',
    ],
    keywords: ['security defaults', 'alternative', 'no conditional access', 'not available', 'small', 'premium', 'license', 'p1', 'catch-all', 'all apps', 'turn on', 'enable', 'free', 'without', 'afford'],
  },
  {
    id: 'mfa-per-user',
    title: 'How do I enable per-user MFA?',
    shortAnswer:
      'Per-user MFA is the legacy fallback when you cannot use Conditional Access and Security Defaults do not fit. It is less scalable and less flexible; Microsoft generally recommends Conditional Access.',
    steps: [
      'In the Microsoft Entra admin center go to **Users > Multi-Factor Authentication** (or in the Microsoft 365 admin center, **Active Users > MFA**).',
      'Select each user and turn on MFA enforcement for their account.',
      'Make sure every account that uses Volume Licensing Central, including guests in your directory, is set to **Enforced** or **Enabled**.',
      'Only the accounts you enable are covered. An enabled user is asked to register for MFA at the next sign-in in a browser, then performs MFA at each sign-in (with some exceptions, such as trusted IPs or remembered devices), so tell them in advance.',
      'Per-user MFA is managed by an Authentication Administrator or Authentication Policy Administrator (or a Global Administrator).',
    ],
    links: [link.perUserMfa],
    phrasings: [
      'per-user MFA legacy',
      'turn on MFA user by user',
      'enforced or enabled MFA state',
      'enable MFA in the Microsoft 365 admin center active users',
    ],
    keywords: ['per-user', 'per user', 'legacy', 'individual', 'manually', 'each user', 'one by one', 'enforced', 'enabled', 'active users', 'fallback'],
  },
  {
    id: 'user-mfa-registration',
    title: 'How do users register for MFA?',
    shortAnswer:
      'Each user goes to the MFA setup page (https://aka.ms/mfasetup) and adds at least one verification method enabled for the tenant. The Microsoft Authenticator app on a phone is often the easiest.',
    steps: [
      'Go to https://aka.ms/mfasetup and add a verification method, for example the Microsoft Authenticator app.',
      'Add a backup method too (for example a second phone or a hardware token), in case you lose access to the first one.',
      'Admins choose which methods the tenant allows under **Home > Authentication methods > Policies** in the Entra portal.',
      'Lost or replaced the phone with your only method? Sign in with your backup method and register the new phone at https://aka.ms/mfasetup. Without a backup method, ask your IT department or help desk: an Authentication Administrator can require you to register your methods again.',
      `For problems enabling MFA for your organization, email ${LINKS.mfaSupportEmail}.`,
    ],
    links: [link.mfaSetup, link.manageUserMfaMethods, link.mfaSupport],
    phrasings: [
      'encourage early MFA registration',
      'how do I set up MFA on my phone',
      'add a verification method',
      'set up multiple methods as backup',
      'which authentication methods are allowed',
      'my phone was stolen and I cannot approve the sign-in',
      'I changed my phone and the authenticator codes no longer work',
    ],
    keywords: ['register', 'registration', 'set up', 'setup', 'enroll', 'app', 'phone', 'method', 'verification', 'backup', 'second', 'hardware token', 'lose', 'ready', 'user', 'new phone', 'replace', 'recover', 'code', 'approve'],
  },
  {
    id: 'mfa-guest-users',
    title: 'Do guest users need MFA for Volume Licensing Central?',
    shortAnswer:
      'Yes. A Conditional Access policy that includes All Users also covers B2B guest users: it prompts guests for MFA too. Guests from partner organizations might need to enable MFA in their home tenant, which services their MFA prompt in most cases (Microsoft’s partner guidance). MFA done in their home tenant counts in yours only when your cross-tenant access inbound trust settings trust MFA from it (Microsoft Learn); without that trust (the default) guests register and perform MFA in your tenant.',
    steps: [
      'Coordinate with your partners so their users know about the requirement.',
      'To accept the MFA guests do in their home tenant, trust MFA from that tenant in your cross-tenant access inbound trust settings.',
      'If you use per-user MFA, set guests in your directory to Enforced or Enabled too.',
    ],
    links: [link.enableMfa, link.guestMfa],
    phrasings: [
      'guest users from partner organizations',
      'B2B guests and MFA',
      'external users sign in to VL Central as guests',
      'MFA for users from another tenant',
    ],
    keywords: ['guest', 'b2b', 'external', 'partner organization', 'other company', 'home tenant', 'another tenant', 'invited', 'inbound trust', 'cross-tenant'],
  },
  {
    id: 'mfa-external-idp',
    title: 'We use third-party MFA or a federated identity provider',
    shortAnswer:
      'Third-party MFA can be integrated directly with Microsoft Entra ID as an external authentication method. If Entra ID is federated with an identity provider, that provider must be configured to send the multipleauthn claim to Microsoft Entra ID, which honours it only when the domain’s federatedIdpMfaBehavior setting accepts MFA done by the identity provider.',
    steps: [
      'Third-party MFA: add the provider as an external authentication method (see “Manage an external authentication method in Microsoft Entra ID”; external authentication methods need at least Microsoft Entra ID P1). Providers find the details in the Microsoft Entra multifactor authentication external method provider reference.',
      'Federated identity provider: configure it to send the multipleauthn claim, as described in “Satisfy Microsoft Entra ID MFA controls with MFA claims from a federated IdP”.',
      'Microsoft Entra ID honours that claim only when the domain’s federated MFA setting (federatedIdpMfaBehavior) accepts MFA done by the identity provider: acceptIfMfaDoneByFederatedIdp or enforceMfaByFederatedIdp. With rejectMfaByFederatedIdp, Entra ID always performs MFA itself.',
    ],
    links: [link.externalMfaManage, link.externalMfa, link.federatedMfa],
    phrasings: [
      'external identity provider',
      'third-party MFA integrated with Microsoft Entra ID',
      'federated identity provider sends the multipleauthn claim',
      'we use another vendor for MFA',
    ],
    keywords: ['third party', 'third-party', 'external', 'provider', 'vendor', 'federated', 'federation', 'idp', 'identity provider', 'claim', 'multipleauthn', 'adfs', 'saml', 'integrate', 'sso', 'single sign-on', 'federatedIdpMfaBehavior'],
  },
  {
    id: 'mfa-after-deadline',
    title: 'What happens if a user has not set up MFA?',
    shortAnswer:
      'Since 5 January 2026, a user who has not set up MFA is not outright blocked from Volume Licensing Central: they are prompted to register for MFA as part of sign-in. They cannot skip it; without MFA they cannot proceed.',
    steps: [
      'At sign-in, Microsoft Entra ID asks the user to complete MFA registration first.',
      'After selecting **Next**, the user chooses from a list of verification methods.',
      'After registering, the user completes MFA verification with the chosen method.',
      'A user who refuses cannot proceed to Volume Licensing Central; the prompt appears each time until they complete it.',
    ],
    links: [link.mfaSetup],
    phrasings: [
      'post mandating MFA',
      'user has not set up MFA by the deadline',
      'MFA registration experience at sign in',
      'can a user bypass or skip MFA setup',
      'no access without MFA',
    ],
    keywords: ['after', 'blocked', 'block', 'locked out', 'refuse', 'bypass', 'skip', 'late', 'missed', 'passed', 'not yet', 'prompt', 'still'],
  },
  {
    id: 'mfa-support-contact',
    title: 'Who do I contact about problems enabling MFA?',
    shortAnswer: `If you face issues enabling MFA for your organization, email ${LINKS.mfaSupportEmail} for assistance.`,
    steps: [
      `Email ${LINKS.mfaSupportEmail}, describing the problem you have enabling MFA for your organization.`,
      'Or type **draft an mfa support email** and I will prepare the message for you.',
    ],
    links: [link.mfaSupport],
    phrasings: [
      'facing issues in enabling MFA for the organization',
      'MFA support mailbox',
      'where to get help with MFA trouble',
      'contact Microsoft about VL Central MFA',
    ],
    keywords: ['support', 'help', 'assistance', 'contact', 'email', 'mail', 'address', 'issue', 'problem', 'trouble', 'error'],
  },
];
