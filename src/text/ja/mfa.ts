import type { CatalogWords } from '../catalog';

/** The MFA card: what the person and their admin do for mandatory MFA. */
export const mfa: CatalogWords['mfa'] = {
  title: 'Volume Licensing Central の MFA',
  summary:
    'Volume Licensing Central にサインインするすべてのユーザーは、多要素認証 (MFA) を使う必要があります。2026 年 1 月 5 日から必須になっています。まだ設定していない場合は、サインイン時に最初に登録を求められ、スキップすることはできません。',
  user: {
    heading: 'ご自身がすること',
    short: 'ご自身がすること: https://aka.ms/mfasetup で確認方法を少なくとも 1 つ登録し、予備の方法も追加します。',
    steps: [
      'MFA のセットアップ ページ https://aka.ms/mfasetup に移動し、組織で許可されている確認方法を少なくとも 1 つ追加します。スマートフォンの Microsoft Authenticator アプリが、多くの場合いちばん簡単です。',
      '最初の方法が使えなくなったときのために、予備の方法 (2 台目の電話、またはお持ちであればハードウェア トークン) を追加します。',
      '登録する前にサインインすると、Microsoft Entra ID から最初に登録を求められます。「次へ」(Next) を選び、一覧から確認方法を選んで登録を完了し、その方法で MFA の確認を行います。完了するまで、この画面は毎回表示されます。',
    ],
  },
  help: '相談先: グローバル管理者、またはセキュリティ設定を管理する管理者です。「管理者は誰？」で一覧を表示できます。',
  ready: {
    title: '組織で MFA が必須になっています',
    summary: (enforcedBy: string) => `たった今確認しました: ${enforcedBy}。`,
    userDone: 'Volume Licensing Central にサインインして、MFA の確認に応答してください。1 つが使えなくなったときのために、複数の方法を登録しておいてください。',
    addBackup: 'Volume Licensing Central にサインインして、MFA の確認に応答してください。最初の方法が使えなくなったときのために、https://aka.ms/mfasetup で予備の方法 (2 台目の電話やハードウェア トークン) を追加してください。',
    registerFirst: '最初にすること',
    detailsButton: '確認した内容',
  },
  notReady: {
    summary:
      'たった今確認しました: 組織ではまだ全員に MFA を必須にしていませんが、Volume Licensing Central では 2026 年 1 月 5 日から必須になっています。グローバル管理者が次の作業を完了する必要があります:',
  },
  admin: {
    button: '管理者がすること',
    allButton: 'ご自身と管理者の手順',
    heading: 'グローバル管理者がすること',
    whoCan: (whoCanEnforce: string) =>
      `これを行える人: ${whoCanEnforce}。ユーザーが登録できる確認方法は、認証ポリシー管理者が選びます。「管理者は誰？」で、これらのロールのユーザーを一覧表示できます。`,
    intro: '条件付きアクセス (Conditional Access) ポリシーで、すべてのユーザーに MFA を必須にします (推奨):',
    steps: [
      'Microsoft Entra 管理センター https://entra.microsoft.com に、グローバル管理者 (または条件付きアクセス管理者) としてサインインします。',
      '[Entra ID] > [条件付きアクセス] > [概要] (Entra ID > Conditional Access > Overview) に移動し、[+ 新しいポリシーを作成する] (+ Create new policy) を選びます。',
      '名前を付けます。例: "MFA for Volume Licensing Central"。',
      '[割り当て] > [ユーザー] > [対象] (Assignments > Users > Include) で [すべてのユーザー] (All users) を選びます。これで内部ユーザーと B2B ゲストが対象になります。',
      '[ターゲット リソース] (Target resources) では「リソース (以前のクラウド アプリ)」(Resources (formerly cloud apps)) のままにし、[リソースの選択] (Select resources) を選んで [Microsoft 管理ポータル] (Microsoft Admin Portals) を選択します。これにより、ほかの Microsoft 管理ポータル (Microsoft 365 管理センター、Exchange 管理センター、Azure portal、Entra 管理センターなど) でも MFA が必須になります。',
      '特定の除外が必要な場合を除き、[条件] (Conditions) は既定のままにします。',
      '[アクセス制御] > [許可] (Access controls > Grant) で [多要素認証を要求する] (Require multifactor authentication) を選び、[アクセスのブロック] (Block access) のような競合するコントロールは選ばないでください。',
      '[ポリシーの有効化] (Enable policy) を [オン] (On) にして、[作成] (Create) を選びます。',
    ],
    fallbackHeading: '条件付きアクセスを使えない場合',
    fallbacks: [
      'セキュリティの既定値群 (Security Defaults) ([Entra ID] > [概要] > [プロパティ] > [セキュリティの既定値の管理] (Entra ID > Overview > Properties > Manage Security Defaults)) は、条件付きアクセスのないテナント向けです。条件付きアクセスには Microsoft Entra ID P1 ライセンスが必要ですが、セキュリティの既定値群にライセンスは不要です。セキュリティの既定値群では、すべてのユーザーが MFA に登録する必要があり、いつ MFA を求めるかは Microsoft が判断します (グローバル管理者、セキュリティ管理者、条件付きアクセス管理者などの特定の管理者ロールには、サインインのたびに求めます)。Volume Licensing Central だけでなく、すべてのアプリへのすべてのサインインに適用されます。セキュリティの既定値群が既に有効なら、別のポリシーは不要な場合があります。',
      'ユーザーごとの MFA (従来): Entra 管理センターの [ユーザー] > [多要素認証] (Users > Multi-Factor Authentication)、または Microsoft 365 管理センターの [アクティブなユーザー] > [MFA] (Active Users > MFA) で、Volume Licensing Central を使うすべてのアカウント (ゲストを含む) を [有効] (Enabled) または [強制] (Enforced) にします。対象になるのは有効にしたアカウントだけです。有効にしたユーザーは、次にブラウザーでサインインするときに登録を求められるため、事前に伝えておいてください。',
    ],
    methodsHeading: '確認方法、サードパーティの MFA、フェデレーション サインイン',
    methods: [
      'ユーザーが登録できる確認方法: Entra ポータルの [ホーム] > [認証方法] > [ポリシー] (Home > Authentication methods > Policies)。',
      'サードパーティの MFA は、外部認証方法として Microsoft Entra ID に直接統合できます。',
      'フェデレーション サインイン (AD FS、Okta など): ID プロバイダーが multipleauthn 要求 (claim) を Microsoft Entra ID に送る必要があります。Entra ID がそれを受け入れるのは、ドメインのフェデレーション MFA の設定 (federatedIdpMfaBehavior) が ID プロバイダーで行われた MFA を受け入れる場合だけです。',
    ],
    guestsHeading: 'パートナー組織のゲスト',
    guests:
      'パートナーと連携して、パートナーのユーザーにこの要件を知らせてください。パートナーのユーザーは、自分のホーム テナントで MFA を有効にする必要があるかもしれません。多くの場合、MFA の確認はホーム テナントが処理します (Microsoft のパートナー向けガイダンス)。ホーム テナントで行った MFA がお客様のテナントで有効になるのは、テナント間アクセスの受信の信頼設定 (cross-tenant access inbound trust settings) でそのテナントの MFA を信頼している場合だけです (Microsoft Learn)。この信頼がない場合 (既定)、ゲストはお客様のテナントで MFA を登録して実行します。',
  },
  whoCanEnforce:
    'グローバル管理者、またはこれらのセキュリティ設定を管理できるロールの管理者 (条件付きアクセス ポリシーには少なくとも条件付きアクセス管理者かセキュリティ管理者、セキュリティの既定値群には少なくともセキュリティ管理者、ユーザーごとの MFA には認証管理者か認証ポリシー管理者)',
  federated: {
    heading: '組織が独自の ID プロバイダーでサインインする場合の MFA',
    text: (domain: string) =>
      `${domain} は独自の ID プロバイダーでサインインします (フェデレーション ドメイン)。そこで行った MFA を有効にするには、ID プロバイダーが multipleauthn 要求 (claim) を Microsoft Entra ID に送る必要があります。Entra ID がその要求を受け入れるのは、ドメインのフェデレーション MFA の設定 (federatedIdpMfaBehavior) が ID プロバイダーで行われた MFA を受け入れる場合 (acceptIfMfaDoneByFederatedIdp または enforceMfaByFederatedIdp) だけです。rejectMfaByFederatedIdp の場合、Entra ID は常に自分で MFA を実行します。`,
  },
  unmanaged: {
    heading: '最初に、テナントに管理者が必要です',
    text: (domain: string) =>
      `${domain} は管理されていない (「バイラル」) テナントです。管理者がいないため、まだ誰も MFA を有効にできません。まず組織内の誰かがテナントを引き継ぎ (オプション 1)、そのグローバル管理者として MFA を必須にできます。`,
    help: '相談先: テナントを引き継ぐ人です。引き継いだ人がテナントの管理者になります。組織内の誰か (内部での引き継ぎ) か、Teams で使っているテナントのような管理されたテナントのグローバル管理者 (外部からの引き継ぎ。「管理者は誰？」で一覧を表示できます) です。引き継ぎの手順は、アドレスの確認結果のオプション 1 にあります。',
  },
  support: '組織で MFA を有効にするときに問題がありますか？ MFAVLCsupport@microsoft.com にご連絡ください。',
};
