import type { CatalogWords } from '../catalog';

/** The manual path in the Entra admin center, quoted from the partner guidance on mandatory MFA. */
export const manual: CatalogWords['manual'] = {
  findAdmin: {
    steps: [
      'https://entra.microsoft.com に移動します',
      '[Entra ID] > [ロールと管理者] (Entra ID > Roles and administrators) に移動します',
      '[グローバル管理者] (Global Administrator) を検索します',
      'テナントでそのロールが割り当てられているユーザーの一覧が表示されます。',
    ],
    otherwise: 'Entra ポータルにアクセスできない場合は、IT 部門、セキュリティ運用チーム、または社内のヘルプデスクにお問い合わせください。',
  },
  conditionalAccess: [
    'Microsoft Entra 管理センター (https://entra.microsoft.com) に、グローバル管理者 (または条件付きアクセス管理者) としてサインインします。',
    '[Entra ID] > [条件付きアクセス] > [概要] (Entra ID > Conditional Access > Overview) に移動し、[+ 新しいポリシーを作成する] (+ Create new policy) を選びます。',
    'ポリシーの名前を入力します。例: "MFA for Volume Licensing Central"。',
    '[割り当て] (Assignments) で、[ユーザー] (Users) の下の現在の値を選びます。',
    '[対象] (Include) で [すべてのユーザー] (All users) を選びます (内部ユーザーと B2B ゲストが対象になります)。',
    '[割り当て] (Assignments) で、[ターゲット リソース] (Target resources) の下の現在の値を選び、[リソース (以前のクラウド アプリ)] (Resources (formerly cloud apps)) が選ばれていることを確認します。',
    '[対象] (Include) で [アプリを選択] (Select apps) を選びます。',
    '[対象] (Include) で [リソースの選択] (Select resources) を選び、[選択] (Select) の下の [なし] (None) を選びます。',
    '[リソースの選択] (Select resources) で [Microsoft 管理ポータル] (Microsoft Admin Portals) を選び、[選択] (Select) を選びます (これにより、Microsoft 365 管理センター、Exchange 管理センター、Azure portal、Microsoft Entra 管理センターを含むすべての Microsoft 管理ポータルで MFA が必須になります)。',
    '除外 (信頼できる IP や準拠しているデバイスなど) が必要な場合を除き、[条件] (Conditions) は既定のままにします。',
    '[アクセス制御] > [許可] (Access controls > Grant) で [多要素認証を要求する] (Require multifactor authentication) を選び、[アクセスのブロック] (Block access) のような競合するコントロールは選ばないでください。',
    '[ポリシーの有効化] (Enable policy) を [オン] (On) にして、[作成] (Create) を選びます。',
  ],
  securityDefaults: [
    'Microsoft Entra 管理センターで、[Entra ID] > [概要] > [プロパティ] (Entra ID > Overview > Properties) に移動します。',
    '[セキュリティの既定値の管理] (Manage security defaults) を選び、セキュリティの既定値群 (Security defaults) を有効にします (Volume Licensing Central だけでなく、すべてのアプリへのすべてのサインインに適用されます)。',
  ],
  perUserMfa: [
    'Microsoft Entra 管理センターで [ユーザー] > [多要素認証] (Users > Multi-Factor Authentication) を開きます (または Microsoft 365 管理センターで [アクティブなユーザー] > [MFA] (Active Users > MFA))。',
    'Volume Licensing Central を使うすべてのアカウント (ゲストを含む) で、MFA が [有効] (Enabled) または [強制] (Enforced) になっていることを確認します。',
  ],
  registration: (setupUrl: string) => [
    `${setupUrl} に移動し、テナントで有効になっている確認方法を少なくとも 1 つ追加します (通常は Microsoft Authenticator アプリがいちばん簡単です)。`,
    '最初の方法が使えなくなったときのために、予備の方法 (2 台目の電話やハードウェア トークンなど) を追加します。',
  ],
};
