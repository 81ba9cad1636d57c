import type { TopicWords } from '../../domain/faq/topics';
import { LINKS } from '../../domain/links';

/**
 * The FAQ topics' words, by topic id: the questions the two Microsoft documents answer
 * (../shared/seeds/). Answers follow the seeds' wording; the MFA deadline (5 January 2026) is in
 * the past, so the requirement is described as in force.
 */
export const topics: TopicWords = {
  topics: {
    'why-work-account': {
      title: 'Why does VLSC need a work or school account?',
      shortAnswer:
        'Microsoft is moving volume licensing capabilities to modern platforms such as the Microsoft 365 admin center, which require work or school accounts. With one, you have a single sign-in ID for on-premises software, online services and subscriptions such as Visual Studio on the Volume Licensing Service Center and other Microsoft sites.',
      steps: [
        'Best-in-class authentication and authorization: the best option to protect the enterprise assets acquired through Microsoft Volume Licensing programs.',
        'More secure: users are readily identifiable as belonging to an organization, and their access is removed once they are no longer part of the organization’s directory.',
        'Forgotten passwords can be reset by your organization’s Global Administrator, or by self-service password reset if the Global Admin allows it.',
      ],
    },
    'what-is-work-account': {
      title: 'What is a work or school account?',
      shortAnswer:
        'A work or school account is an account tied to your organization, typically username@orgname.com or username@orgname.onmicrosoft.com. It authenticates your relationship with the licensed organization; it does not require you or your organization to use Microsoft services such as Office 365.',
      steps: [
        'If your organization already uses a service such as Office 365 or Microsoft 365, you already have a work account: sign in to VLSC with the same account you use for that service.',
        'Unlike a personal Microsoft account (such as outlook.com or hotmail.com), a work or school account belongs to your organization: its Global Administrator can reset the password, and your access ends once you leave. VLSC lets personal Microsoft accounts in only for a limited number of logins.',
      ],
    },
    'takeover-prompt': {
      title: 'VLSC asks me to take over my unmanaged directory as an administrator',
      shortAnswer:
        'Your work or school account was created using self-service sign-up (an unmanaged or “viral” tenant, with no administrator). Microsoft needs your organization to verify it owns the email domain you sign in with: for example, for admin@fourthcoffee.xyz, that the organization owns fourthcoffee.xyz. You get a number of remaining log-ins meanwhile.',
      steps: [
        'Option 1: keep signing in with your organization’s email address by taking over the viral tenant (verifying you own the domain).',
        'Option 2: create a new work or school account that does not match your organization’s email domain, such as user@fourthcoffeexyz.onmicrosoft.com.',
        'Not ready yet? While you have remaining log-ins, choose **Skip** and sign in with your existing account.',
      ],
    },
    'option1-takeover': {
      title: 'Option 1: sign in with your organization’s email domain by taking over the viral tenant',
      shortAnswer:
        'To keep signing in with an address specific to your organization (for example admin@fourthcoffee.xyz), you or your organization’s Network Administrator verify ownership of that email domain by taking over the viral tenant.',
      steps: [
        'Your IT or Network Administrator confirms the domain’s DNS TXT records. These are available from the domain name registrar, such as GoDaddy.',
        'They can give you the DNS TXT details so you complete the steps, or become the Global Administrator of your organization’s work or school account themselves. That does not mean they need to manage licenses in VLSC.',
        'Follow Microsoft’s step-by-step instructions to take over an unmanaged directory.',
        'Not ready yet and still have remaining log-ins? Choose **Skip** and sign in to VLSC with your existing account.',
      ],
    },
    'option2-new-account': {
      title: 'Option 2: create a new user ID not matched to your organization’s email domain',
      shortAnswer:
        'If a sign-in that does not match your organization’s email domain is acceptable, or you cannot prove domain ownership now, create a new work or school account (such as user@fourthcoffeexyz.onmicrosoft.com) that you manage yourself. You can do it without needing to phone VLSC Support and the steps take minutes, but allow up to 2 business days before you can sign in to VLSC with the new account.',
      steps: [
        'Submit a web form request to VLSC Support to disassociate your current VLSC account from your email address and invite you to register again. For Canada and the USA, use the N.America MAK ADD Web Form. Do NOT sign in to VLSC until VLSC Support confirms the disassociation is complete.',
        'Go to Sign Up and create a new work or school account (such as user@fourthcoffeexyz.onmicrosoft.com) with yourself as the administrator; this kind of domain needs no DNS TXT details. Write down your user ID.',
        'After VLSC Support confirms the disassociation, return to VLSC, choose **Sign In with a Work or School Account** and enter the new account.',
        'Tip: before deploying online services such as Office 365, have your organization take over this new account and link it to its own custom domain.',
      ],
    },
    'skip-and-remaining-logins': {
      title: 'Why do I have a limited number of remaining log-ins, and what does Skip do?',
      shortAnswer:
        'When you sign in to VLSC with an unmanaged (viral tenant) account, you get a limited number of remaining log-ins so you have time to convert it to a managed account. Choose **Skip** to keep signing in with your existing VLSC login ID meanwhile.',
      steps: [
        'Choose **Skip** if you need more time to take over your unmanaged account, or to find someone in your organization who can.',
        'The number of remaining log-ins is limited: before they run out, you or someone in your organization must become an administrator for the account you sign in with.',
        'Zero log-ins left and need more time? Submit a request to VLSC Support giving the email address you use to sign in to VLSC and asking for extra log-in sessions to be added to your account.',
      ],
    },
    'limited-logins-msa': {
      title: 'Why do I get a limited number of sign-ins with a personal Microsoft Account?',
      shortAnswer:
        'VLSC users still signing in with a personal Microsoft Account get a limited number of remaining logins, so you have enough time to convert to the required work or school account. Start using a work or school account as soon as possible.',
      steps: [
        'If your organization uses Microsoft 365 or another Microsoft online service, sign in to VLSC with the work account you use there.',
        'If you do not have a work or school account yet, create one at Sign Up.',
      ],
    },
    'sign-up-work-account': {
      title: 'How do I sign up for a new work or school account?',
      shortAnswer:
        'If your organization uses Microsoft 365 or any Microsoft online service, you likely already have a work or school account: try the user ID and password you use at work. If not, you can still get one at Sign Up, without signing up for any online service.',
      steps: [
        'Try signing in to VLSC with the user ID and password you use to log in at work.',
        'If your organization does not use online services such as Microsoft 365, go to Sign Up and create a work or school account.',
        'Your new account may look like yourusername@yourcompany.onmicrosoft.com. If you have your own domain name (like yourcompany.com), you can add it later through the admin console.',
        'You can add services to the same tenant later if you choose.',
      ],
    },
    'what-is-unmanaged-tenant': {
      title: 'What is an unmanaged (“viral”) tenant?',
      shortAnswer:
        'An unmanaged Azure AD tenant, sometimes called a “viral tenant”, is a tenant with no global administrator. It arises when users sign up for a cloud service and an identity is created for them automatically in Azure AD, based on their email domain.',
      steps: [
        'VLSC used to allow sign-in with an unmanaged tenant but now requires managed tenants.',
        'Why: volume licensing capabilities are moving to more modern platforms, so you can use the same user ID and password for Microsoft products and services bought in different ways: through Volume Licensing Solution Providers, Cloud Service Providers or directly from Microsoft in the Microsoft 365 admin center.',
      ],
    },
    'check-unmanaged': {
      title: 'How do I know if I have an unmanaged tenant account?',
      shortAnswer:
        'If you sign in to VLSC with an unmanaged (“viral tenant”) account, the site tells you. You can also check without signing in to VLSC.',
      steps: [
        'Sign in to the Volume Licensing Service Center: it informs you if the account is unmanaged.',
        'Or sign in to Portal.Office.com (or another online service): if you see an Admin tile in the App Picker, the tenant is unmanaged.',
        'Or, for IT pros, without signing in to VLSC: type **check** followed by the address (for example, check you@yourcompany.com) and I will look the domain up with Microsoft.',
      ],
    },
    'what-is-takeover': {
      title: 'What is a viral tenant takeover?',
      shortAnswer:
        'A viral tenant takeover (a takeover of an unmanaged tenant) is the process by which a user becomes the administrator of an unmanaged tenant. Once the tenant has an admin, it can be used to add other users to the same organization, add online services and keep using resources like VLSC.',
      steps: [
        'Internal admin takeover: you become the global administrator of the unmanaged tenant; no users, domains or service plans are migrated to any other directory you administer.',
        'External admin takeover: a Global Administrator of an existing managed tenant adds the domain name and maps users to resources; the unmanaged tenant’s users, subscriptions and license assignments move over with the domain. Microsoft supports it for Azure Rights Management and Exchange Online, and for the service plans Power Apps Free, Power Automate Free, RMS for individuals, Microsoft Stream and Dynamics 365 free trial; it is not supported when the unmanaged tenant has service plans that include SharePoint, OneDrive or Skype for Business (for example through an Office free subscription).',
      ],
    },
    'takeover-blockers': {
      title: 'What can stop me from completing a takeover?',
      shortAnswer:
        'The usual blockers are: you cannot identify your IT Administrator, you cannot prove domain ownership, or your account belongs to a restricted or reclaimed domain. In these cases you may want to create a new user ID instead (Option 2).',
      steps: [
        'Cannot identify your IT Administrator: large organizations typically have a Help Desk number; smaller ones may outsource this to an IT provider. If your organization also has a managed tenant (the one you use Teams with, for example), its Global Administrators are listed in the Microsoft Entra admin center under **Entra ID > Roles and administrators > Global Administrator**, or type **who is my admin**.',
        'Cannot prove domain ownership: your IT Administrators know this or have access to the information, which comes from your Internet Service Provider.',
        'Restricted or reclaimed domain: this setting is determined by your organization’s administrator; a work account separate from your organization’s tenant may be needed.',
        'In any of these cases, consider Option 2: a new work or school account such as user@fourthcoffeexyz.onmicrosoft.com.',
      ],
    },
    'how-to-takeover': {
      title: 'How do I perform a viral tenant takeover?',
      shortAnswer:
        'A takeover is a multi-step process in which you, or someone in your organization, proves ownership of the domain and becomes its Global Administrator with Microsoft: for example, admin@fourthcoffee.xyz becomes Global Administrator of the fourthcoffee.xyz tenant. VLSC Support cannot make changes to your tenant on your behalf.',
      steps: [
        'Take time to review the resources and consult people in your organization; meanwhile you can keep signing in with your existing account for urgent VLSC tasks.',
        'Consider asking your IT or Network Administrator (the person who administers your domain) to do the takeover. That does not mean they have to administer VLSC or buy a subscription.',
        'Choose an “internal” takeover (you become global administrator, nothing is migrated) or an “external” takeover (a Global Administrator of an existing managed tenant adds the domain and maps users to resources: users, subscriptions and license assignments move over; Microsoft supports it for Azure Rights Management and Exchange Online and some free service plans, not when the unmanaged tenant has service plans that include SharePoint, OneDrive or Skype for Business).',
        'Follow Microsoft’s step-by-step guide, Take over an unmanaged directory.',
      ],
    },
    'contact-support': {
      title: 'How do I contact VLSC Support?',
      shortAnswer:
        'VLSC customers can contact VLSC Support by phone or by web form. Microsoft responds to web form submissions within 24 hours. VLSC Support cannot make changes to your tenant on your behalf.',
      steps: [
        'Open the VLSC Support contact page and choose phone or web form.',
        'Give the email address you use to sign in to VLSC and say what you need, for example extra log-in sessions or a disassociation of your account.',
        'For Canada and the USA, disassociation requests use the N.America MAK ADD Web Form.',
      ],
    },
    'mfa-requirement': {
      title: 'What is the mandatory MFA requirement for Volume Licensing Central?',
      shortAnswer:
        'Multifactor authentication (MFA) is mandatory for everyone who signs in to Volume Licensing Central (VL Central). The onboarding deadline was 5 January 2026, so the requirement is in force: a user without MFA is prompted to register at sign-in and cannot continue until they do.',
      steps: [
        'Identify the admin who will implement MFA, typically your Microsoft Entra Global Administrator.',
        'Enforce MFA for VL Central tenant-wide, preferably with a Conditional Access policy (Security Defaults or per-user MFA are alternatives).',
        'Make sure users are MFA-ready: they register at least one verification method at aka.ms/mfasetup.',
      ],
    },
    'find-global-admin': {
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
    },
    'enforce-mfa-conditional-access': {
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
    },
    'mfa-security-defaults': {
      title: 'Can I use Security Defaults instead of Conditional Access?',
      shortAnswer:
        'Yes, if Conditional Access is not available: it needs at least a Microsoft Entra ID P1 license, while Security Defaults need none. Security Defaults require all users to register for MFA and perform MFA in certain scenarios: Microsoft decides when a user is prompted, and the administrators Microsoft lists (Global, Security and Conditional Access Administrators among them) are prompted at every sign-in. They apply to all sign-ins on all apps, not just Volume Licensing Central.',
      steps: [
        'Sign in to the Microsoft Entra admin center as at least a Security Administrator, go to **Entra ID > Overview > Properties > Manage Security Defaults** and enable them.',
        'If Security Defaults are already in place and applying them to all apps is acceptable, you may not need a separate policy.',
        'Security Defaults and Conditional Access policies do not go together: a tenant that uses Conditional Access policies must turn Security Defaults off.',
        'If Security Defaults do not fit either, per-user MFA (legacy) is the remaining way to require MFA without Conditional Access.',
      ],
    },
    'mfa-per-user': {
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
    },
    'user-mfa-registration': {
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
    },
    'mfa-guest-users': {
      title: 'Do guest users need MFA for Volume Licensing Central?',
      shortAnswer:
        'Yes. A Conditional Access policy that includes All Users also covers B2B guest users: it prompts guests for MFA too. Guests from partner organizations might need to enable MFA in their home tenant, which services their MFA prompt in most cases (Microsoft’s partner guidance). MFA done in their home tenant counts in yours only when your cross-tenant access inbound trust settings trust MFA from it (Microsoft Learn); without that trust (the default) guests register and perform MFA in your tenant.',
      steps: [
        'Coordinate with your partners so their users know about the requirement.',
        'To accept the MFA guests do in their home tenant, trust MFA from that tenant in your cross-tenant access inbound trust settings.',
        'If you use per-user MFA, set guests in your directory to Enforced or Enabled too.',
      ],
    },
    'mfa-external-idp': {
      title: 'We use third-party MFA or a federated identity provider',
      shortAnswer:
        'Third-party MFA can be integrated directly with Microsoft Entra ID as an external authentication method. If Entra ID is federated with an identity provider, that provider must be configured to send the multipleauthn claim to Microsoft Entra ID, which honours it only when the domain’s federatedIdpMfaBehavior setting accepts MFA done by the identity provider.',
      steps: [
        'Third-party MFA: add the provider as an external authentication method (see “Manage an external authentication method in Microsoft Entra ID”; external authentication methods need at least Microsoft Entra ID P1). Providers find the details in the Microsoft Entra multifactor authentication external method provider reference.',
        'Federated identity provider: configure it to send the multipleauthn claim, as described in “Satisfy Microsoft Entra ID MFA controls with MFA claims from a federated IdP”.',
        'Microsoft Entra ID honours that claim only when the domain’s federated MFA setting (federatedIdpMfaBehavior) accepts MFA done by the identity provider: acceptIfMfaDoneByFederatedIdp or enforceMfaByFederatedIdp. With rejectMfaByFederatedIdp, Entra ID always performs MFA itself.',
      ],
    },
    'mfa-after-deadline': {
      title: 'What happens if a user has not set up MFA?',
      shortAnswer:
        'Since 5 January 2026, a user who has not set up MFA is not outright blocked from Volume Licensing Central: they are prompted to register for MFA as part of sign-in. They cannot skip it; without MFA they cannot proceed.',
      steps: [
        'At sign-in, Microsoft Entra ID asks the user to complete MFA registration first.',
        'After selecting **Next**, the user chooses from a list of verification methods.',
        'After registering, the user completes MFA verification with the chosen method.',
        'A user who refuses cannot proceed to Volume Licensing Central; the prompt appears each time until they complete it.',
      ],
    },
    'mfa-support-contact': {
      title: 'Who do I contact about problems enabling MFA?',
      shortAnswer: `If you face issues enabling MFA for your organization, email ${LINKS.mfaSupportEmail} for assistance.`,
      steps: [
        `Email ${LINKS.mfaSupportEmail}, describing the problem you have enabling MFA for your organization.`,
        'Or type **draft an mfa support email** and I will prepare the message for you.',
      ],
    },
  },
  links: {
    takeover: 'Take over an unmanaged directory (Microsoft Learn)',
    selfServiceSignup: 'What is self-service sign-up for Microsoft Entra ID? (Microsoft Learn)',
    signUp: 'Sign up for a work or school account',
    vlscSupport: 'Contact VLSC Support',
    vlsc: 'Volume Licensing Service Center',
    entra: 'Microsoft Entra admin center',
    mfaSetup: 'Set up your sign-in methods (aka.ms/mfasetup)',
    enableMfa: 'Enable Microsoft Entra multifactor authentication (Microsoft Learn)',
    securityDefaults: 'Configure Security Defaults for Microsoft Entra ID (Microsoft Learn)',
    perUserMfa: 'Enable per-user multifactor authentication (Microsoft Learn)',
    externalMfa: 'Microsoft Entra multifactor authentication external method provider reference (Microsoft Learn)',
    externalMfaManage: 'Manage an external authentication method in Microsoft Entra ID (Microsoft Learn)',
    federatedMfa: 'Satisfy Microsoft Entra ID MFA controls with MFA claims from a federated IdP (Microsoft Learn)',
    guestMfa: 'Authentication and Conditional Access for External ID (Microsoft Learn)',
    manageUserMfaMethods: 'Manage user authentication methods for Microsoft Entra multifactor authentication (Microsoft Learn)',
    mfaSupport: `Email ${LINKS.mfaSupportEmail}`,
  },
};
