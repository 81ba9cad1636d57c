import { LINKS } from '../../domain/links';
import type { CatalogWords } from '../catalog';

/**
 * 按主题 ID 列出的常见问题主题文字：两份 Microsoft 文档 (../shared/seeds/) 所回答的问题。
 * 回答遵循种子文档的措辞；MFA 截止日期（2026 年 1 月 5 日）已过，因此该要求描述为已生效。
 */
export const topics: CatalogWords['topics'] = {
  topics: {
    'why-work-account': {
      title: '为什么 VLSC 需要工作或学校帐户？',
      shortAnswer:
        'Microsoft 正在将批量许可功能迁移到 Microsoft 365 管理中心等新式平台，这些平台要求使用工作或学校帐户。使用工作或学校帐户，你只需一个登录 ID，即可管理批量许可服务中心和其他 Microsoft 网站上的本地软件、联机服务以及 Visual Studio 等订阅。',
      steps: [
        '一流的身份验证和授权：是保护通过 Microsoft 批量许可计划获得的企业资产的最佳选择。',
        '更安全：可以更容易地识别用户属于某个组织，并且用户一旦不再属于该组织的目录，其访问权限就会被移除。',
        '忘记的密码可以由你所在组织的全局管理员重置；如果全局管理员允许，也可以通过自助式密码重置来重置。',
      ],
    },
    'what-is-work-account': {
      title: '什么是工作或学校帐户？',
      shortAnswer:
        '工作或学校帐户是与你的组织绑定的帐户，通常形如 username@orgname.com 或 username@orgname.onmicrosoft.com。它用于验证你与获得许可的组织之间的关系；它不要求你或你的组织使用 Office 365 等 Microsoft 服务。',
      steps: [
        '如果你的组织已在使用 Office 365 或 Microsoft 365 等服务，你就已经有工作帐户：请使用你访问该服务时所用的同一帐户登录 VLSC。',
        '与个人 Microsoft 帐户（例如 outlook.com 或 hotmail.com）不同，工作或学校帐户属于你的组织：其全局管理员可以重置密码，你离开组织后访问权限即终止。VLSC 只允许个人 Microsoft 帐户登录有限次数。',
      ],
    },
    'takeover-prompt': {
      title: 'VLSC 要求我以管理员身份接管我的非托管目录',
      shortAnswer:
        '你的工作或学校帐户是通过自助注册创建的（非托管或“病毒式”租户，没有管理员）。Microsoft 需要你的组织验证它拥有你登录所用的电子邮件域：例如，对于 admin@fourthcoffee.xyz，验证该组织拥有 fourthcoffee.xyz。在此期间，你会获得一定数量的剩余登录次数。',
      steps: [
        '选项 1：通过接管病毒式租户（验证你拥有该域），继续使用你组织的电子邮件地址登录。',
        '选项 2：创建一个与你组织的电子邮件域不匹配的新工作或学校帐户，例如 user@fourthcoffeexyz.onmicrosoft.com。',
        '还没准备好？只要还有剩余登录次数，就可以选择 **跳过**（Skip），并使用现有帐户登录。',
      ],
    },
    'option1-takeover': {
      title: '选项 1：通过接管病毒式租户，使用你组织的电子邮件域登录',
      shortAnswer:
        '若要继续使用你组织专用的地址（例如 admin@fourthcoffee.xyz）登录，你或你所在组织的网络管理员需要通过接管病毒式租户来验证对该电子邮件域的所有权。',
      steps: [
        '你的 IT 或网络管理员确认该域的 DNS TXT 记录。这些记录可从域名注册机构（例如 GoDaddy）获取。',
        '他们可以将 DNS TXT 详细信息提供给你，由你完成这些步骤，也可以自己成为你组织的工作或学校帐户的全局管理员。这并不意味着他们需要在 VLSC 中管理许可证。',
        '按照 Microsoft 的分步说明接管非托管目录。',
        '还没准备好，并且还有剩余登录次数？请选择 **跳过**（Skip），并使用现有帐户登录 VLSC。',
      ],
    },
    'option2-new-account': {
      title: '选项 2：创建一个与你组织的电子邮件域不匹配的新用户 ID',
      shortAnswer:
        '如果可以接受与你组织的电子邮件域不匹配的登录名，或者你目前无法证明对域的所有权，请创建一个由你自己管理的新工作或学校帐户（例如 user@fourthcoffeexyz.onmicrosoft.com）。你无需致电 VLSC 支持团队即可完成，各个步骤只需几分钟，但请预留最多 2 个工作日，之后才能使用新帐户登录 VLSC。',
      steps: [
        '向 VLSC 支持团队提交 Web 表单请求，请求将你当前的 VLSC 帐户与你的电子邮件地址解除关联，并邀请你重新注册。加拿大和美国请使用“N.America MAK ADD”Web 表单。在 VLSC 支持团队确认解除关联已完成之前，切勿登录 VLSC。',
        '转到注册页面 (Sign Up)，创建新的工作或学校帐户（例如 user@fourthcoffeexyz.onmicrosoft.com），并将你自己设为管理员；这类域不需要 DNS TXT 详细信息。请记下你的用户 ID。',
        'VLSC 支持团队确认解除关联后，返回 VLSC，选择 **使用工作或学校帐户登录**（Sign In with a Work or School Account），然后输入新帐户。',
        '提示：在部署 Office 365 等联机服务之前，请让你的组织接管这个新帐户，并将其链接到组织自己的自定义域。',
      ],
    },
    'skip-and-remaining-logins': {
      title: '为什么我的剩余登录次数有限？“跳过”有什么作用？',
      shortAnswer:
        '当你使用非托管（病毒式租户）帐户登录 VLSC 时，你会获得有限的剩余登录次数，以便有时间将其转换为托管帐户。在此期间，选择 **跳过**（Skip）即可继续使用现有的 VLSC 登录 ID 登录。',
      steps: [
        '如果你需要更多时间来接管非托管帐户，或寻找组织中能够执行接管的人，请选择 **跳过**（Skip）。',
        '剩余登录次数是有限的：在用完之前，你或你所在组织的某个人必须成为你登录所用帐户的管理员。',
        '剩余登录次数为零且需要更多时间？请向 VLSC 支持团队提交请求，提供你用于登录 VLSC 的电子邮件地址，并请求为你的帐户添加额外的登录会话。',
      ],
    },
    'limited-logins-msa': {
      title: '为什么使用个人 Microsoft 帐户的登录次数有限？',
      shortAnswer:
        '仍在使用个人 Microsoft 帐户登录的 VLSC 用户会获得有限的剩余登录次数，以便有足够的时间转换为所要求的工作或学校帐户。请尽快开始使用工作或学校帐户。',
      steps: [
        '如果你的组织使用 Microsoft 365 或其他 Microsoft 联机服务，请使用你在那里使用的工作帐户登录 VLSC。',
        '如果你还没有工作或学校帐户，请在注册页面 (Sign Up) 创建一个。',
      ],
    },
    'sign-up-work-account': {
      title: '如何注册新的工作或学校帐户？',
      shortAnswer:
        '如果你的组织使用 Microsoft 365 或任何 Microsoft 联机服务，你可能已经有工作或学校帐户：请尝试使用你上班时所用的用户 ID 和密码。如果没有，你仍可以在注册页面 (Sign Up) 获取一个，无需注册任何联机服务。',
      steps: [
        '尝试使用你上班时登录所用的用户 ID 和密码登录 VLSC。',
        '如果你的组织不使用 Microsoft 365 等联机服务，请转到注册页面 (Sign Up) 创建工作或学校帐户。',
        '你的新帐户可能类似于 yourusername@yourcompany.onmicrosoft.com。如果你有自己的域名（例如 yourcompany.com），以后可以通过管理控制台添加。',
        '如果愿意，以后可以向同一租户添加服务。',
      ],
    },
    'what-is-unmanaged-tenant': {
      title: '什么是非托管（“病毒式”）租户？',
      shortAnswer:
        '非托管 Azure AD 租户（有时称为“病毒式租户”(viral tenant)）是没有全局管理员的租户。当用户注册云服务，并根据其电子邮件域在 Azure AD 中自动为其创建标识时，就会产生这种租户。',
      steps: [
        'VLSC 过去允许使用非托管租户登录，但现在要求托管租户。',
        '原因：批量许可功能正在迁移到更新式的平台，这样你就可以使用同一个用户 ID 和密码访问通过不同方式购买的 Microsoft 产品和服务：通过批量许可解决方案提供商、云解决方案提供商，或直接在 Microsoft 365 管理中心从 Microsoft 购买。',
      ],
    },
    'check-unmanaged': {
      title: '如何知道我的帐户是否属于非托管租户？',
      shortAnswer: '如果你使用非托管（“病毒式租户”）帐户登录 VLSC，该网站会告诉你。你也可以不登录 VLSC 就进行检查。',
      steps: [
        '登录批量许可服务中心：如果帐户是非托管的，它会通知你。',
        '或者登录 Portal.Office.com（或其他联机服务）：如果你在应用选取器中看到“管理员”磁贴，则该租户是非托管的。',
        '或者，IT 专业人员无需登录 VLSC：输入 **检查** 后接地址（例如：检查 you@yourcompany.com），我会向 Microsoft 查询该域。',
      ],
    },
    'what-is-takeover': {
      title: '什么是病毒式租户接管？',
      shortAnswer:
        '病毒式租户接管（即接管非托管租户）是用户成为非托管租户管理员的过程。租户有了管理员后，就可以用来将其他用户添加到同一组织、添加联机服务，并继续使用 VLSC 等资源。',
      steps: [
        '内部管理员接管：你成为非托管租户的全局管理员；不会将任何用户、域或服务计划迁移到你管理的其他目录。',
        '外部管理员接管：现有托管租户的全局管理员添加该域名，并将用户映射到资源；非托管租户的用户、订阅和许可证分配会随域一起迁移过去。Microsoft 对 Azure Rights Management 和 Exchange Online，以及 Power Apps Free、Power Automate Free、RMS for individuals、Microsoft Stream 和 Dynamics 365 免费试用版这些服务计划支持外部接管；如果非托管租户有包含 SharePoint、OneDrive 或 Skype for Business 的服务计划（例如通过 Office 免费订阅），则不支持外部接管。',
      ],
    },
    'takeover-blockers': {
      title: '哪些情况会阻碍我完成接管？',
      shortAnswer:
        '常见的障碍有：你无法确定你的 IT 管理员，你无法证明对域的所有权，或者你的帐户属于受限或已被回收的域。在这些情况下，你可能需要改为创建新的用户 ID（选项 2）。',
      steps: [
        '无法确定你的 IT 管理员：大型组织通常有服务台电话号码；较小的组织可能会将此外包给 IT 服务商。如果你的组织还有托管租户（例如你使用 Teams 所在的租户），其全局管理员列在 Microsoft Entra 管理中心的 **Entra ID > 角色和管理员 > 全局管理员**（Entra ID > Roles and administrators > Global Administrator）下，或者输入 **谁是我的管理员**。',
        '无法证明对域的所有权：你的 IT 管理员知道这一点，或能够获取相关信息，这些信息来自你的 Internet 服务提供商。',
        '受限或已被回收的域：此设置由你所在组织的管理员决定；你可能需要一个独立于组织租户的工作帐户。',
        '在以上任何情况下，请考虑选项 2：新的工作或学校帐户，例如 user@fourthcoffeexyz.onmicrosoft.com。',
      ],
    },
    'how-to-takeover': {
      title: '如何执行病毒式租户接管？',
      shortAnswer:
        '接管是一个包含多个步骤的过程：你或你所在组织的某个人证明对域的所有权，并在 Microsoft 成为其全局管理员：例如，admin@fourthcoffee.xyz 成为 fourthcoffee.xyz 租户的全局管理员。VLSC 支持团队无法代表你更改你的租户。',
      steps: [
        '花些时间查看相关资源，并与组织中的人员商量；在此期间，你可以继续使用现有帐户登录，处理紧急的 VLSC 任务。',
        '可以考虑请你的 IT 或网络管理员（负责管理你的域的人）执行接管。这并不意味着他们必须管理 VLSC 或购买订阅。',
        '选择“内部”接管（你成为全局管理员，不迁移任何内容）或“外部”接管（现有托管租户的全局管理员添加该域并将用户映射到资源：用户、订阅和许可证分配会迁移过去；Microsoft 对 Azure Rights Management、Exchange Online 和部分免费服务计划支持外部接管，但如果非托管租户有包含 SharePoint、OneDrive 或 Skype for Business 的服务计划，则不支持）。',
        '按照 Microsoft 的分步指南“以管理员身份接管非托管目录”进行操作。',
      ],
    },
    'contact-support': {
      title: '如何联系 VLSC 支持团队？',
      shortAnswer:
        'VLSC 客户可以通过电话或 Web 表单联系 VLSC 支持团队。Microsoft 会在 24 小时内答复 Web 表单提交。VLSC 支持团队无法代表你更改你的租户。',
      steps: [
        '打开 VLSC 支持团队的联系页面，选择电话或 Web 表单。',
        '提供你用于登录 VLSC 的电子邮件地址，并说明你需要什么，例如额外的登录会话或解除你帐户的关联。',
        '在加拿大和美国，解除关联请求使用“N.America MAK ADD”Web 表单。',
      ],
    },
    'mfa-requirement': {
      title: 'Volume Licensing Central 的强制 MFA 要求是什么？',
      shortAnswer:
        '所有登录 Volume Licensing Central (VL Central) 的人都必须使用多重身份验证 (MFA)。启用截止日期为 2026 年 1 月 5 日，因此该要求已生效：没有 MFA 的用户会在登录时被提示注册，注册之前无法继续。',
      steps: [
        '确定将要实施 MFA 的管理员，通常是你的 Microsoft Entra 全局管理员。',
        '在整个租户范围内为 VL Central 强制执行 MFA，最好使用条件访问策略（安全默认值或每用户 MFA 是替代方案）。',
        '确保用户已为 MFA 做好准备：他们在 aka.ms/mfasetup 至少注册一种验证方法。',
      ],
    },
    'find-global-admin': {
      title: '如何找到我的租户的全局管理员？',
      shortAnswer:
        '实施 MFA 的人通常是你的 Microsoft Entra 全局管理员（也称为“公司管理员”(Company Administrator)），或可以管理安全设置的同等管理员角色。你可以在 Microsoft Entra 管理中心查看谁担任该角色。',
      steps: [
        '转到 https://entra.microsoft.com。',
        '导航到 **Entra ID > 角色和管理员**（Entra ID > Roles and administrators）。',
        '搜索 **全局管理员**（Global Administrator）。',
        '你会看到租户中分配了该角色的用户列表。',
        '无权访问 Entra 门户？请联系你的 IT 部门、安全运营团队或内部服务台。或者输入 **谁是我的管理员**，我会帮你查找。',
      ],
    },
    'enforce-mfa-conditional-access': {
      title: '如何使用条件访问为 Volume Licensing Central 强制执行 MFA？',
      shortAnswer:
        'Microsoft 建议在 Microsoft Entra ID 中使用条件访问策略，要求所有用户（包括内部用户和来宾）在访问 Volume Licensing Central 时进行 MFA。如果你的租户无法使用条件访问，请改用安全默认值或每用户 MFA。',
      steps: [
        '以全局管理员（或条件访问管理员）身份登录 Microsoft Entra 管理中心 (https://entra.microsoft.com)。',
        '浏览到 **Entra ID > 条件访问 > 概述**（Entra ID > Conditional Access > Overview），然后选择 **+ 新建策略**（+ Create new policy）。',
        '输入策略名称，例如“MFA for Volume Licensing Central”。',
        '在 **分配**（Assignments）下，选择 **用户**（Users）下的当前值。',
        '在 **包括**（Include）下，选择 **所有用户**（All Users）。这涵盖所有内部用户以及访问你的批量许可资源的所有 B2B 来宾用户。',
        '在 **分配**（Assignments）下，选择 **目标资源**（Target Resources）下的当前值，并在 **选择此策略适用于的内容**（Select what this policy applies to）下，确认已选择 **资源(以前为云应用)**（Resources (Formerly cloud apps)）。',
        '在 **包括**（Include）下，选择 **选择应用**（Select Apps）。',
        '在 **包括**（Include）下，选择 **选择资源**（Select resources），然后在 **选择**（Select）下单击 **无**（None）。',
        '在 **选择资源**（Select Resources）窗口中，选择 **Microsoft 管理门户**（Microsoft Admin Portals），然后单击 **选择**（Select）。注意：这会为所有相关的管理门户启用 MFA，包括 Microsoft 365 管理中心、Exchange 管理中心、Azure 门户和 Microsoft Entra 管理中心。',
        '除非有特定需要（例如排除受信任的 IP 或合规设备），否则将 **条件**（Conditions）保留为默认值（所有位置、所有设备状态）。',
        '在 **访问控制 > 授予**（Access controls > Grant）下，选择 **需要多重身份验证**（Require multi-factor authentication），并确保未选择有冲突的控制（例如 **阻止访问**（Block access））。',
        '将 **启用策略**（Enable policy）设置为 **开**（On），然后选择 **创建**（Create）。之后，用户登录 Volume Licensing Central 时会收到 MFA 提示；如果允许会话持久性，最近完成过 MFA 的用户可能不会在每次登录时都收到提示。',
      ],
    },
    'mfa-security-defaults': {
      title: '我可以使用安全默认值代替条件访问吗？',
      shortAnswer:
        '可以，前提是无法使用条件访问：条件访问至少需要 Microsoft Entra ID P1 许可证，而安全默认值不需要许可证。安全默认值要求所有用户注册 MFA，并在某些情况下执行 MFA：由 Microsoft 决定何时提示用户，Microsoft 列出的管理员（其中包括全局管理员、安全管理员和条件访问管理员）每次登录时都会收到提示。它适用于所有应用的所有登录，而不仅仅是 Volume Licensing Central。',
      steps: [
        '至少以安全管理员身份登录 Microsoft Entra 管理中心，转到 **Entra ID > 概述 > 属性 > 管理安全默认值**（Entra ID > Overview > Properties > Manage Security Defaults）并启用。',
        '如果安全默认值已在使用，并且可以接受将其应用于所有应用，你可能不需要单独的策略。',
        '安全默认值和条件访问策略不能同时使用：使用条件访问策略的租户必须关闭安全默认值。',
        '如果安全默认值也不合适，每用户 MFA（旧版）是在没有条件访问的情况下要求 MFA 的剩余方式。',
      ],
    },
    'mfa-per-user': {
      title: '如何启用每用户 MFA？',
      shortAnswer:
        '当你无法使用条件访问且安全默认值不合适时，每用户 MFA 是旧版的后备方案。它的可扩展性和灵活性较差；Microsoft 通常建议使用条件访问。',
      steps: [
        '在 Microsoft Entra 管理中心转到 **用户 > 多重身份验证**（Users > Multi-Factor Authentication）（或在 Microsoft 365 管理中心转到 **活跃用户 > MFA**（Active Users > MFA））。',
        '选择每个用户，并为其帐户启用 MFA 强制执行。',
        '确保使用 Volume Licensing Central 的每个帐户（包括目录中的来宾）都设置为 **已强制**（Enforced）或 **已启用**（Enabled）。',
        '只有你启用的帐户才受保护。已启用的用户会在下次通过浏览器登录时被要求注册 MFA，之后每次登录都要执行 MFA（有一些例外，例如受信任的 IP 或记住的设备），因此请提前告知他们。',
        '每用户 MFA 由身份验证管理员或身份验证策略管理员（或全局管理员）管理。',
      ],
    },
    'user-mfa-registration': {
      title: '用户如何注册 MFA？',
      shortAnswer:
        '每个用户转到 MFA 设置页面 (https://aka.ms/mfasetup)，至少添加一种为租户启用的验证方法。手机上的 Microsoft Authenticator 应用通常最简单。',
      steps: [
        '转到 https://aka.ms/mfasetup 并添加一种验证方法，例如 Microsoft Authenticator 应用。',
        '同时添加一种备用方法（例如第二部手机或硬件令牌），以防你无法再使用第一种方法。',
        '管理员可以在 Entra 门户的 **主页 > 身份验证方法 > 策略**（Home > Authentication methods > Policies）下选择租户允许的方法。',
        '丢失或更换了装有你唯一验证方法的手机？请使用备用方法登录，并在 https://aka.ms/mfasetup 注册新手机。如果没有备用方法，请询问你的 IT 部门或服务台：身份验证管理员可以要求你重新注册验证方法。',
        `如果为你的组织启用 MFA 时遇到问题，请发送电子邮件至 ${LINKS.mfaSupportEmail}。`,
      ],
    },
    'mfa-guest-users': {
      title: '来宾用户需要为 Volume Licensing Central 使用 MFA 吗？',
      shortAnswer:
        '需要。包括“所有用户”的条件访问策略也涵盖 B2B 来宾用户：它同样会提示来宾进行 MFA。来自合作伙伴组织的来宾可能需要在其主租户中启用 MFA，在大多数情况下，由主租户处理他们的 MFA 提示（Microsoft 合作伙伴指南）。只有当你的跨租户访问入站信任设置信任来自其主租户的 MFA 时，在主租户中完成的 MFA 才会在你的租户中生效 (Microsoft Learn)；没有这种信任（默认设置）时，来宾会在你的租户中注册并执行 MFA。',
      steps: [
        '与你的合作伙伴协调，让他们的用户了解这一要求。',
        '若要接受来宾在其主租户中完成的 MFA，请在你的跨租户访问入站信任设置中信任来自该租户的 MFA。',
        '如果你使用每用户 MFA，也要将目录中的来宾设置为“已强制”(Enforced) 或“已启用”(Enabled)。',
      ],
    },
    'mfa-external-idp': {
      title: '我们使用第三方 MFA 或联合标识提供者',
      shortAnswer:
        '第三方 MFA 可以作为外部身份验证方法直接与 Microsoft Entra ID 集成。如果 Entra ID 与某个标识提供者联合，则必须将该提供者配置为向 Microsoft Entra ID 发送 multipleauthn 声明；只有当域的 federatedIdpMfaBehavior 设置接受由标识提供者完成的 MFA 时，Microsoft Entra ID 才会认可该声明。',
      steps: [
        '第三方 MFA：将提供者添加为外部身份验证方法（请参阅“在 Microsoft Entra ID 中管理外部身份验证方法”；外部身份验证方法至少需要 Microsoft Entra ID P1）。提供者可以在“Microsoft Entra 多重身份验证外部方法提供者参考”中找到详细信息。',
        '联合标识提供者：将其配置为发送 multipleauthn 声明，如“使用来自联合 IdP 的 MFA 声明满足 Microsoft Entra ID MFA 控制”中所述。',
        '只有当域的联合 MFA 设置 (federatedIdpMfaBehavior) 接受由标识提供者完成的 MFA 时，Microsoft Entra ID 才会认可该声明：acceptIfMfaDoneByFederatedIdp 或 enforceMfaByFederatedIdp。如果设置为 rejectMfaByFederatedIdp，Entra ID 始终自己执行 MFA。',
      ],
    },
    'mfa-after-deadline': {
      title: '如果用户尚未设置 MFA，会怎样？',
      shortAnswer:
        '自 2026 年 1 月 5 日起，尚未设置 MFA 的用户不会被直接阻止访问 Volume Licensing Central：他们会在登录过程中被提示注册 MFA。他们无法跳过；没有 MFA 就无法继续。',
      steps: [
        '登录时，Microsoft Entra ID 会要求用户先完成 MFA 注册。',
        '选择 **下一步**（Next）后，用户从验证方法列表中进行选择。',
        '注册后，用户使用所选方法完成 MFA 验证。',
        '拒绝注册的用户无法进入 Volume Licensing Central；在完成注册之前，每次都会出现该提示。',
      ],
    },
    'mfa-support-contact': {
      title: '启用 MFA 时遇到问题，应该联系谁？',
      shortAnswer: `如果为你的组织启用 MFA 时遇到问题，请发送电子邮件至 ${LINKS.mfaSupportEmail} 寻求帮助。`,
      steps: [
        `发送电子邮件至 ${LINKS.mfaSupportEmail}，描述你为组织启用 MFA 时遇到的问题。`,
        '或者输入 **起草 mfa 支持邮件**，我会为你准备邮件。',
      ],
    },
  },
  links: {
    takeover: '以管理员身份接管非托管目录 (Microsoft Learn)',
    selfServiceSignup: '什么是 Microsoft Entra ID 的自助注册？(Microsoft Learn)',
    signUp: '注册工作或学校帐户',
    vlscSupport: '联系 VLSC 支持团队',
    vlsc: '批量许可服务中心',
    entra: 'Microsoft Entra 管理中心',
    mfaSetup: '设置你的登录方法 (aka.ms/mfasetup)',
    enableMfa: '启用 Microsoft Entra 多重身份验证 (Microsoft Learn)',
    securityDefaults: '为 Microsoft Entra ID 配置安全默认值 (Microsoft Learn)',
    perUserMfa: '启用每用户多重身份验证 (Microsoft Learn)',
    externalMfa: 'Microsoft Entra 多重身份验证外部方法提供者参考 (Microsoft Learn)',
    externalMfaManage: '在 Microsoft Entra ID 中管理外部身份验证方法 (Microsoft Learn)',
    federatedMfa: '使用来自联合 IdP 的 MFA 声明满足 Microsoft Entra ID MFA 控制 (Microsoft Learn)',
    guestMfa: 'External ID 的身份验证和条件访问 (Microsoft Learn)',
    manageUserMfaMethods: '管理 Microsoft Entra 多重身份验证的用户身份验证方法 (Microsoft Learn)',
    mfaSupport: `发送电子邮件至 ${LINKS.mfaSupportEmail}`,
  },
};
