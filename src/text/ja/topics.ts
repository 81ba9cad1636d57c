import type { TopicWords } from '../../domain/faq/topics';
import { LINKS } from '../../domain/links';

/**
 * The FAQ topics' words, by topic id: the questions the two Microsoft documents answer
 * (../shared/seeds/). The MFA deadline (5 January 2026) is in the past, so the requirement is
 * described as in force.
 */
export const topics: TopicWords = {
  topics: {
    'why-work-account': {
      title: 'VLSC で職場または学校アカウントが必要なのはなぜですか？',
      shortAnswer:
        'Microsoft は、ボリューム ライセンスの機能を、職場または学校アカウントが必要な Microsoft 365 管理センターなどの最新のプラットフォームに移行しています。職場または学校アカウントがあれば、オンプレミスのソフトウェア、オンライン サービス、Visual Studio などのサブスクリプションを、Volume Licensing Service Center やほかの Microsoft のサイトで 1 つのサインイン ID で管理できます。',
      steps: [
        'クラス最高の認証と承認: Microsoft ボリューム ライセンス プログラムで取得した企業の資産を守るための最善の選択肢です。',
        'より安全: ユーザーが組織に属していることを識別しやすく、組織を離れるとアクセスが削除されます。',
        'パスワードを忘れた場合は、組織のグローバル管理者がリセットできます。グローバル管理者が許可していれば、セルフサービス パスワード リセットも使えます。',
      ],
    },
    'what-is-work-account': {
      title: '職場または学校アカウントとは何ですか？',
      shortAnswer:
        '職場または学校アカウントは組織に結び付いたアカウントで、通常は username@orgname.com や username@orgname.onmicrosoft.com の形式です。ライセンスを受けた組織とご自身の関係を認証するためのもので、ご自身や組織が Office 365 などの Microsoft のサービスを使う必要はありません。',
      steps: [
        '組織で Office 365 や Microsoft 365 などのサービスを既に使っている場合は、職場アカウントを既にお持ちです。そのサービスで使っているのと同じアカウントで VLSC にサインインしてください。',
        '個人用 Microsoft アカウント (outlook.com や hotmail.com など) と違い、職場または学校アカウントは組織のものです。グローバル管理者がパスワードをリセットでき、組織を離れるとアクセスはなくなります。VLSC では、個人用 Microsoft アカウントでのログインは限られた回数しかできません。',
      ],
    },
    'takeover-prompt': {
      title: 'VLSC で、管理されていないディレクトリを管理者として引き継ぐよう求められます',
      shortAnswer:
        '職場または学校アカウントが、セルフサービス サインアップで作成されています (管理者がいない、管理されていない、または「バイラル」テナント)。Microsoft は、サインインに使っているメール ドメインを組織が所有していることの証明を求めています。たとえば admin@fourthcoffee.xyz なら、組織が fourthcoffee.xyz を所有していることです。その間は、残りのログイン回数が与えられます。',
      steps: [
        'オプション 1: バイラル テナントを引き継いで (ドメインの所有を証明して)、組織のメール アドレスでサインインを続けます。',
        'オプション 2: 組織のメール ドメインと一致しない新しい職場または学校アカウント (user@fourthcoffeexyz.onmicrosoft.com など) を作成します。',
        'まだ準備ができていない場合: 残りのログイン回数があるうちは、**スキップ** (Skip) を選んで今のアカウントでサインインします。',
      ],
    },
    'option1-takeover': {
      title: 'オプション 1: バイラル テナントを引き継いで、組織のメール ドメインでサインインする',
      shortAnswer:
        '組織固有のアドレス (admin@fourthcoffee.xyz など) でサインインを続けるには、ご自身または組織のネットワーク管理者が、バイラル テナントを引き継いでそのメール ドメインの所有権を証明します。',
      steps: [
        'IT 管理者またはネットワーク管理者が、ドメインの DNS TXT レコードを確認します。これは GoDaddy などのドメイン名レジストラーから入手できます。',
        'IT 管理者やネットワーク管理者は、DNS TXT の詳細を伝えてご自身に手順を完了してもらうことも、自ら組織の職場または学校アカウントのグローバル管理者になることもできます。それによって VLSC でライセンスを管理する必要はありません。',
        '管理されていないディレクトリを引き継ぐための、Microsoft の詳しい手順に従います。',
        'まだ準備ができておらず、残りのログイン回数がある場合は、**スキップ** (Skip) を選んで今のアカウントで VLSC にサインインします。',
      ],
    },
    'option2-new-account': {
      title: 'オプション 2: 組織のメール ドメインと一致しない新しいユーザー ID を作成する',
      shortAnswer:
        '組織のメール ドメインと一致しないサインインで問題ない場合や、いまはドメインの所有権を証明できない場合は、ご自身で管理する新しい職場または学校アカウント (user@fourthcoffeexyz.onmicrosoft.com など) を作成します。VLSC サポートに電話しなくても手続きでき、手順は数分で終わりますが、新しいアカウントで VLSC にサインインできるようになるまで最大 2 営業日かかることがあります。',
      steps: [
        'VLSC サポートに Web フォームで、現在の VLSC アカウントとメール アドレスの関連付けを解除し、再登録の招待を送るよう依頼します。カナダと米国の場合は、N.America MAK ADD Web フォームを使います。関連付けの解除が完了したと VLSC サポートから確認があるまで、VLSC には決してサインインしないでください。',
        '「サインアップ」(Sign Up) ページで、ご自身を管理者として新しい職場または学校アカウント (user@fourthcoffeexyz.onmicrosoft.com など) を作成します。この種類のドメインでは DNS TXT の詳細は不要です。ユーザー ID を書き留めておいてください。',
        'VLSC サポートから関連付けの解除の確認があったら VLSC に戻り、**職場または学校アカウントでサインイン** (Sign In with a Work or School Account) を選んで、新しいアカウントを入力します。',
        'ヒント: Office 365 などのオンライン サービスを導入する前に、組織でこの新しいアカウントを引き継ぎ、組織独自のカスタム ドメインにリンクしてください。',
      ],
    },
    'skip-and-remaining-logins': {
      title: '残りのログイン回数が限られているのはなぜですか？ スキップを選ぶとどうなりますか？',
      shortAnswer:
        '管理されていない (バイラル テナントの) アカウントで VLSC にサインインすると、管理されたアカウントに移行する時間を確保できるよう、限られた回数のログインが与えられます。その間は、**スキップ** (Skip) を選ぶと、今の VLSC ログイン ID でサインインを続けられます。',
      steps: [
        '管理されていないアカウントを引き継ぐ時間や、引き継げる人を組織内で探す時間が必要な場合は、**スキップ** (Skip) を選びます。',
        '残りのログイン回数には限りがあります。なくなる前に、ご自身か組織内の誰かが、サインインに使っているアカウントの管理者になる必要があります。',
        '残りのログイン回数が 0 で、さらに時間が必要な場合は、VLSC へのサインインに使っているメール アドレスを伝えて、アカウントにログイン セッションを追加するよう VLSC サポートに依頼します。',
      ],
    },
    'limited-logins-msa': {
      title: '個人用 Microsoft アカウントでサインインできる回数が限られているのはなぜですか？',
      shortAnswer:
        '個人用 Microsoft アカウントでサインインしている VLSC ユーザーには、必須の職場または学校アカウントに移行する十分な時間を確保できるよう、限られた回数のログインが与えられています。できるだけ早く職場または学校アカウントを使い始めてください。',
      steps: [
        '組織で Microsoft 365 などの Microsoft のオンライン サービスを使っている場合は、そこで使っている職場アカウントで VLSC にサインインします。',
        'まだ職場または学校アカウントがない場合は、「サインアップ」(Sign Up) ページで作成します。',
      ],
    },
    'sign-up-work-account': {
      title: '新しい職場または学校アカウントにサインアップするにはどうすればよいですか？',
      shortAnswer:
        '組織で Microsoft 365 などの Microsoft のオンライン サービスを使っている場合は、職場または学校アカウントを既にお持ちの可能性があります。職場で使っているユーザー ID とパスワードを試してください。お持ちでない場合も、「サインアップ」(Sign Up) ページでオンライン サービスに申し込まずに取得できます。',
      steps: [
        '職場でログインするときのユーザー ID とパスワードで、VLSC へのサインインを試します。',
        '組織で Microsoft 365 などのオンライン サービスを使っていない場合は、「サインアップ」(Sign Up) ページで職場または学校アカウントを作成します。',
        '新しいアカウントは yourusername@yourcompany.onmicrosoft.com のような形式になることがあります。独自のドメイン名 (yourcompany.com など) をお持ちの場合は、後から管理コンソールで追加できます。',
        '必要であれば、後から同じテナントにサービスを追加できます。',
      ],
    },
    'what-is-unmanaged-tenant': {
      title: '管理されていない (「バイラル」) テナントとは何ですか？',
      shortAnswer:
        '管理されていない Azure AD テナント (「バイラル テナント」と呼ばれることもあります) は、グローバル管理者がいないテナントです。ユーザーがクラウド サービスにサインアップしたとき、メール ドメインをもとに Azure AD で ID が自動的に作成されることで生まれます。',
      steps: [
        '以前の VLSC では管理されていないテナントでもサインインできましたが、現在は管理されたテナントが必須です。',
        '理由: ボリューム ライセンスの機能がより新しいプラットフォームに移行しているためです。これにより、ボリューム ライセンス ソリューション プロバイダー、クラウド ソリューション プロバイダー、または Microsoft 365 管理センターで Microsoft から直接など、さまざまな方法で購入した Microsoft の製品とサービスに、同じユーザー ID とパスワードでアクセスできます。',
      ],
    },
    'check-unmanaged': {
      title: '管理されていないテナントのアカウントかどうかは、どうすればわかりますか？',
      shortAnswer:
        '管理されていない (「バイラル テナント」の) アカウントで VLSC にサインインすると、サイトでそのことが知らされます。VLSC にサインインせずに確認することもできます。',
      steps: [
        'Volume Licensing Service Center にサインインします。アカウントが管理されていない場合は、そのことが表示されます。',
        'または、Portal.Office.com (またはほかのオンライン サービス) にサインインします。アプリ ランチャー (App Picker) に管理 (Admin) タイルが表示されれば、そのテナントは管理されていません。',
        'または、IT 担当者の方は VLSC にサインインせずに確認できます。**確認** に続けてアドレスを入力すると (例: 確認 you@yourcompany.com)、Microsoft でドメインを調べます。',
      ],
    },
    'what-is-takeover': {
      title: 'バイラル テナントの引き継ぎとは何ですか？',
      shortAnswer:
        'バイラル テナントの引き継ぎ (管理されていないテナントの引き継ぎ) とは、ユーザーが管理されていないテナントの管理者になる手続きです。テナントに管理者ができると、同じ組織にほかのユーザーを追加したり、オンライン サービスを追加したり、VLSC などのリソースを引き続き使ったりできます。',
      steps: [
        '内部管理者による引き継ぎ (internal admin takeover): ご自身が管理されていないテナントのグローバル管理者になります。ユーザー、ドメイン、サービス プランが、ご自身が管理するほかのディレクトリに移行されることはありません。',
        '外部管理者による引き継ぎ (external admin takeover): 既存の管理されたテナントのグローバル管理者がドメイン名を追加し、ユーザーをリソースに割り当てます。管理されていないテナントのユーザー、サブスクリプション、ライセンスの割り当ては、ドメインとともに移行します。Microsoft は、Azure Rights Management と Exchange Online、およびサービス プラン Power Apps Free、Power Automate Free、RMS for individuals、Microsoft Stream、Dynamics 365 無料試用版でこれをサポートしています。管理されていないテナントに SharePoint、OneDrive、Skype for Business を含むサービス プランがある場合 (Office の無料サブスクリプションによるものなど) はサポートされていません。',
      ],
    },
    'takeover-blockers': {
      title: '引き継ぎを完了できない理由には何がありますか？',
      shortAnswer:
        'よくある理由は、IT 管理者が誰かわからない、ドメインの所有権を証明できない、アカウントが制限または回収されたドメインに属している、の 3 つです。これらの場合は、代わりに新しいユーザー ID を作成することをお勧めします (オプション 2)。',
      steps: [
        'IT 管理者が誰かわからない: 大きな組織では通常ヘルプデスクの番号があり、小さな組織では IT プロバイダーに委託していることがあります。組織に管理されたテナント (たとえば Teams で使っているテナント) もある場合は、そのグローバル管理者が Microsoft Entra 管理センターの **[Entra ID] > [ロールと管理者] > [グローバル管理者]** (Entra ID > Roles and administrators > Global Administrator) に表示されます。または **管理者は誰** と入力してください。',
        'ドメインの所有権を証明できない: IT 管理者がこの情報を知っているか、情報にアクセスできます。この情報はインターネット サービス プロバイダーから提供されます。',
        '制限または回収されたドメイン: この設定は組織の管理者が決めています。組織のテナントとは別の職場アカウントが必要になる場合があります。',
        'いずれの場合も、オプション 2 (user@fourthcoffeexyz.onmicrosoft.com などの新しい職場または学校アカウント) を検討してください。',
      ],
    },
    'how-to-takeover': {
      title: 'バイラル テナントの引き継ぎはどのように行いますか？',
      shortAnswer:
        '引き継ぎは複数の手順から成る手続きで、ご自身または組織内の誰かがドメインの所有権を証明し、Microsoft でそのグローバル管理者になります。たとえば、admin@fourthcoffee.xyz が fourthcoffee.xyz テナントのグローバル管理者になります。VLSC サポートがお客様に代わってテナントを変更することはできません。',
      steps: [
        '時間をかけて資料を確認し、組織内の関係者に相談してください。その間も、急ぎの VLSC の作業には今のアカウントでサインインを続けられます。',
        '引き継ぎは、IT 管理者かネットワーク管理者 (ドメインを管理している人) に依頼することも検討してください。それによってその人が VLSC を管理したり、サブスクリプションを購入したりする必要はありません。',
        '「内部」の引き継ぎ (ご自身がグローバル管理者になり、何も移行されません) か、「外部」の引き継ぎ (既存の管理されたテナントのグローバル管理者がドメインを追加し、ユーザーをリソースに割り当てます。ユーザー、サブスクリプション、ライセンスの割り当てが移行します。Microsoft は Azure Rights Management と Exchange Online および一部の無料サービス プランでこれをサポートしていますが、管理されていないテナントに SharePoint、OneDrive、Skype for Business を含むサービス プランがある場合はサポートされていません) を選びます。',
        'Microsoft の詳しい手順「管理されていないディレクトリを引き継ぐ」(Take over an unmanaged directory) に従います。',
      ],
    },
    'contact-support': {
      title: 'VLSC サポートに問い合わせるにはどうすればよいですか？',
      shortAnswer:
        'VLSC のお客様は、電話または Web フォームで VLSC サポートに問い合わせることができます。Microsoft は Web フォームでのお問い合わせに 24 時間以内に回答します。VLSC サポートがお客様に代わってテナントを変更することはできません。',
      steps: [
        'VLSC サポートのお問い合わせページを開き、電話か Web フォームを選びます。',
        'VLSC へのサインインに使っているメール アドレスを伝え、必要なこと (ログイン セッションの追加やアカウントの関連付けの解除など) を説明します。',
        'カナダと米国では、関連付け解除の依頼には N.America MAK ADD Web フォームを使います。',
      ],
    },
    'mfa-requirement': {
      title: 'Volume Licensing Central で必須の MFA とはどのような要件ですか？',
      shortAnswer:
        'Volume Licensing Central (VL Central) にサインインするすべてのユーザーに、多要素認証 (MFA) が必須です。準備の期限は 2026 年 1 月 5 日だったため、この要件は既に適用されています。MFA を設定していないユーザーはサインイン時に登録を求められ、登録するまで先に進めません。',
      steps: [
        'MFA を導入する管理者を決めます。通常は Microsoft Entra のグローバル管理者です。',
        'テナント全体で VL Central の MFA を適用します。できれば条件付きアクセス ポリシーを使います (セキュリティの既定値群やユーザーごとの MFA も代わりに使えます)。',
        'ユーザーの MFA の準備を整えます。ユーザーは aka.ms/mfasetup で確認方法を少なくとも 1 つ登録します。',
      ],
    },
    'find-global-admin': {
      title: 'テナントのグローバル管理者を見つけるにはどうすればよいですか？',
      shortAnswer:
        'MFA を導入するのは、通常は Microsoft Entra のグローバル管理者 (「会社の管理者」(Company Administrator) とも呼ばれます) か、セキュリティ設定を管理できる同等の管理者ロールです。誰がそのロールを持っているかは、Microsoft Entra 管理センターで確認できます。',
      steps: [
        'https://entra.microsoft.com に移動します。',
        '**[Entra ID] > [ロールと管理者]** (Entra ID > Roles and administrators) に移動します。',
        '**[グローバル管理者]** (Global Administrator) を検索します。',
        'テナントでそのロールが割り当てられているユーザーの一覧が表示されます。',
        'Entra ポータルにアクセスできない場合は、IT 部門、セキュリティ運用チーム、または社内のヘルプデスクにお問い合わせください。または **管理者は誰** と入力すると、こちらで調べます。',
      ],
    },
    'enforce-mfa-conditional-access': {
      title: '条件付きアクセスで Volume Licensing Central の MFA を適用するにはどうすればよいですか？',
      shortAnswer:
        'Microsoft は、内部ユーザーとゲストを含むすべてのユーザーが Volume Licensing Central にアクセスするときに MFA を要求する、Microsoft Entra ID の条件付きアクセス ポリシーを推奨しています。テナントで条件付きアクセスを使えない場合は、代わりにセキュリティの既定値群かユーザーごとの MFA を使います。',
      steps: [
        'Microsoft Entra 管理センター (https://entra.microsoft.com) に、グローバル管理者 (または条件付きアクセス管理者) としてサインインします。',
        '**[Entra ID] > [条件付きアクセス] > [概要]** (Entra ID > Conditional Access > Overview) に移動し、**[+ 新しいポリシーを作成する]** (+ Create new policy) を選びます。',
        'ポリシーの名前を入力します。例: “MFA for Volume Licensing Central”。',
        '**[割り当て]** (Assignments) で、**[ユーザー]** (Users) の下の現在の値を選びます。',
        '**[対象]** (Include) で **[すべてのユーザー]** (All Users) を選びます。これで、すべての内部ユーザーと、Volume Licensing のリソースにアクセスするすべての B2B ゲスト ユーザーが対象になります。',
        '**[割り当て]** (Assignments) で、**[ターゲット リソース]** (Target Resources) の下の現在の値を選び、**[このポリシーを適用する対象を選択する]** (Select what this policy applies to) で **[リソース (以前のクラウド アプリ)]** (Resources (Formerly cloud apps)) が選ばれていることを確認します。',
        '**[対象]** (Include) で **[アプリを選択]** (Select Apps) を選びます。',
        '**[対象]** (Include) で **[リソースの選択]** (Select resources) を選び、**[選択]** (Select) の下の **[なし]** (None) をクリックします。',
        '**[リソースの選択]** (Select Resources) ウィンドウで **[Microsoft 管理ポータル]** (Microsoft Admin Portals) を選び、**[選択]** (Select) をクリックします。注: これにより、Microsoft 365 管理センター、Exchange 管理センター、Azure portal、Microsoft Entra 管理センターを含む、関連するすべての管理ポータルで MFA が有効になります。',
        '信頼できる IP や準拠しているデバイスの除外など、特別な必要がない限り、**[条件]** (Conditions) は既定 (すべての場所、すべてのデバイスの状態) のままにします。',
        '**[アクセス制御] > [許可]** (Access controls > Grant) で **[多要素認証を要求する]** (Require multi-factor authentication) を選び、競合するコントロール (**[アクセスのブロック]** (Block access) など) が選ばれていないことを確認します。',
        '**[ポリシーの有効化]** (Enable policy) を **[オン]** (On) にして、**[作成]** (Create) を選びます。以降、ユーザーは Volume Licensing Central にサインインするときに MFA を求められます。セッションの継続を許可している場合、最近 MFA を完了したユーザーは、サインインのたびには求められないことがあります。',
      ],
    },
    'mfa-security-defaults': {
      title: '条件付きアクセスの代わりにセキュリティの既定値群を使えますか？',
      shortAnswer:
        'はい、条件付きアクセスを使えない場合は使えます。条件付きアクセスには少なくとも Microsoft Entra ID P1 ライセンスが必要ですが、セキュリティの既定値群にライセンスは不要です。セキュリティの既定値群では、すべてのユーザーが MFA に登録する必要があり、特定のシナリオで MFA を実行します。いつ求めるかは Microsoft が判断し、Microsoft が挙げる管理者 (グローバル管理者、セキュリティ管理者、条件付きアクセス管理者など) はサインインのたびに求められます。Volume Licensing Central だけでなく、すべてのアプリへのすべてのサインインに適用されます。',
      steps: [
        '少なくともセキュリティ管理者として Microsoft Entra 管理センターにサインインし、**[Entra ID] > [概要] > [プロパティ] > [セキュリティの既定値の管理]** (Entra ID > Overview > Properties > Manage Security Defaults) に移動して有効にします。',
        'セキュリティの既定値群が既に有効で、すべてのアプリに適用されても問題なければ、別のポリシーは不要な場合があります。',
        'セキュリティの既定値群と条件付きアクセス ポリシーは併用できません。条件付きアクセス ポリシーを使うテナントでは、セキュリティの既定値群をオフにする必要があります。',
        'セキュリティの既定値群も合わない場合、条件付きアクセスなしで MFA を必須にする残りの方法は、ユーザーごとの MFA (従来) です。',
      ],
    },
    'mfa-per-user': {
      title: 'ユーザーごとの MFA を有効にするにはどうすればよいですか？',
      shortAnswer:
        'ユーザーごとの MFA は、条件付きアクセスを使えず、セキュリティの既定値群も合わない場合の従来の代替手段です。拡張性と柔軟性が低いため、Microsoft は通常、条件付きアクセスを推奨しています。',
      steps: [
        'Microsoft Entra 管理センターで **[ユーザー] > [多要素認証]** (Users > Multi-Factor Authentication) に移動します (または Microsoft 365 管理センターで **[アクティブなユーザー] > [MFA]** (Active Users > MFA))。',
        '各ユーザーを選び、そのアカウントの MFA の適用をオンにします。',
        'Volume Licensing Central を使うすべてのアカウント (ディレクトリ内のゲストを含む) が **[強制]** (Enforced) または **[有効]** (Enabled) に設定されていることを確認します。',
        '対象になるのは有効にしたアカウントだけです。有効にしたユーザーは、次にブラウザーでサインインするときに MFA の登録を求められ、その後はサインインのたびに MFA を実行します (信頼できる IP や記憶されたデバイスなど、一部例外があります)。事前に伝えておいてください。',
        'ユーザーごとの MFA は、認証管理者か認証ポリシー管理者 (またはグローバル管理者) が管理します。',
      ],
    },
    'user-mfa-registration': {
      title: 'ユーザーはどのように MFA に登録しますか？',
      shortAnswer:
        '各ユーザーが MFA のセットアップ ページ (https://aka.ms/mfasetup) に移動し、テナントで有効になっている確認方法を少なくとも 1 つ追加します。多くの場合、スマートフォンの Microsoft Authenticator アプリがいちばん簡単です。',
      steps: [
        'https://aka.ms/mfasetup に移動し、確認方法 (たとえば Microsoft Authenticator アプリ) を追加します。',
        '最初の方法が使えなくなったときのために、予備の方法 (たとえば 2 台目の電話やハードウェア トークン) も追加します。',
        'テナントで許可する方法は、管理者が Entra ポータルの **[ホーム] > [認証方法] > [ポリシー]** (Home > Authentication methods > Policies) で選びます。',
        '唯一の方法が入ったスマートフォンをなくしたり買い替えたりした場合: 予備の方法でサインインし、https://aka.ms/mfasetup で新しいスマートフォンを登録します。予備の方法がない場合は、IT 部門またはヘルプデスクにご相談ください。認証管理者が、方法の再登録を求める設定にできます。',
        `組織で MFA を有効にするときに問題がある場合は、${LINKS.mfaSupportEmail} にメールしてください。`,
      ],
    },
    'mfa-guest-users': {
      title: 'ゲスト ユーザーも Volume Licensing Central で MFA が必要ですか？',
      shortAnswer:
        'はい。すべてのユーザー (All Users) を対象にした条件付きアクセス ポリシーは B2B ゲスト ユーザーも対象になり、ゲストにも MFA を求めます。パートナー組織のゲストは、自分のホーム テナントで MFA を有効にする必要があるかもしれません。多くの場合、MFA の確認はホーム テナントが処理します (Microsoft のパートナー向けガイダンス)。ホーム テナントで行った MFA がお客様のテナントで有効になるのは、テナント間アクセスの受信の信頼設定 (cross-tenant access inbound trust settings) でそのテナントの MFA を信頼している場合だけです (Microsoft Learn)。この信頼がない場合 (既定)、ゲストはお客様のテナントで MFA を登録して実行します。',
      steps: [
        'パートナーと連携して、パートナーのユーザーにこの要件を知らせます。',
        'ゲストがホーム テナントで行う MFA を受け入れるには、テナント間アクセスの受信の信頼設定でそのテナントの MFA を信頼します。',
        'ユーザーごとの MFA を使っている場合は、ディレクトリ内のゲストも [強制] (Enforced) または [有効] (Enabled) に設定します。',
      ],
    },
    'mfa-external-idp': {
      title: 'サードパーティの MFA やフェデレーション ID プロバイダーを使っています',
      shortAnswer:
        'サードパーティの MFA は、外部認証方法として Microsoft Entra ID に直接統合できます。Entra ID が ID プロバイダーとフェデレーションしている場合は、そのプロバイダーが multipleauthn 要求 (claim) を Microsoft Entra ID に送るよう構成する必要があります。Entra ID がそれを受け入れるのは、ドメインの federatedIdpMfaBehavior の設定が ID プロバイダーで行われた MFA を受け入れる場合だけです。',
      steps: [
        'サードパーティの MFA: プロバイダーを外部認証方法として追加します (「Microsoft Entra ID で外部認証方法を管理する」を参照してください。外部認証方法には少なくとも Microsoft Entra ID P1 が必要です)。プロバイダー向けの詳細は、Microsoft Entra 多要素認証の外部方法プロバイダーのリファレンスにあります。',
        'フェデレーション ID プロバイダー: 「フェデレーション IdP からの MFA 要求で Microsoft Entra ID の MFA 制御を満たす」の説明に従って、multipleauthn 要求を送るよう構成します。',
        'Microsoft Entra ID がその要求を受け入れるのは、ドメインのフェデレーション MFA の設定 (federatedIdpMfaBehavior) が ID プロバイダーで行われた MFA を受け入れる場合 (acceptIfMfaDoneByFederatedIdp または enforceMfaByFederatedIdp) だけです。rejectMfaByFederatedIdp の場合、Entra ID は常に自分で MFA を実行します。',
      ],
    },
    'mfa-after-deadline': {
      title: 'MFA を設定していないユーザーはどうなりますか？',
      shortAnswer:
        '2026 年 1 月 5 日以降、MFA を設定していないユーザーが Volume Licensing Central から完全にブロックされることはありません。サインインの過程で MFA の登録を求められます。スキップはできず、MFA なしでは先に進めません。',
      steps: [
        'サインイン時に、Microsoft Entra ID がユーザーに最初に MFA の登録を完了するよう求めます。',
        '**[次へ]** (Next) を選ぶと、確認方法の一覧から選ぶよう求められます。',
        '登録が終わったら、選んだ方法で MFA の確認を完了します。',
        '登録を拒否したユーザーは Volume Licensing Central に進めません。完了するまで、この画面は毎回表示されます。',
      ],
    },
    'mfa-support-contact': {
      title: 'MFA を有効にするときの問題は、どこに問い合わせればよいですか？',
      shortAnswer: `組織で MFA を有効にするときに問題がある場合は、${LINKS.mfaSupportEmail} にメールでお問い合わせください。`,
      steps: [
        `組織で MFA を有効にするときの問題を説明して、${LINKS.mfaSupportEmail} にメールします。`,
        'または **MFA サポートへのメールを作成** と入力すると、こちらでメッセージを用意します。',
      ],
    },
  },
  links: {
    takeover: '管理されていないディレクトリを引き継ぐ (Microsoft Learn)',
    selfServiceSignup: 'Microsoft Entra ID のセルフサービス サインアップとは (Microsoft Learn)',
    signUp: '職場または学校アカウントにサインアップ',
    vlscSupport: 'VLSC サポートに問い合わせる',
    vlsc: 'Volume Licensing Service Center',
    entra: 'Microsoft Entra 管理センター',
    mfaSetup: 'サインイン方法を設定する (aka.ms/mfasetup)',
    enableMfa: 'Microsoft Entra 多要素認証を有効にする (Microsoft Learn)',
    securityDefaults: 'Microsoft Entra ID のセキュリティの既定値群を構成する (Microsoft Learn)',
    perUserMfa: 'ユーザーごとの多要素認証を有効にする (Microsoft Learn)',
    externalMfa: 'Microsoft Entra 多要素認証の外部方法プロバイダーのリファレンス (Microsoft Learn)',
    externalMfaManage: 'Microsoft Entra ID で外部認証方法を管理する (Microsoft Learn)',
    federatedMfa: 'フェデレーション IdP からの MFA 要求で Microsoft Entra ID の MFA 制御を満たす (Microsoft Learn)',
    guestMfa: 'External ID の認証と条件付きアクセス (Microsoft Learn)',
    manageUserMfaMethods: 'Microsoft Entra 多要素認証のユーザー認証方法を管理する (Microsoft Learn)',
    mfaSupport: `${LINKS.mfaSupportEmail} にメール`,
  },
};
