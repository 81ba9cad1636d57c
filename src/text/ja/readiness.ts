import type { CatalogWords } from '../catalog';

const excludedKinds = { user: 'ユーザー', group: 'グループ', role: 'ロール' } as const;
const counters = { user: '人', group: '個', role: '個' } as const;

/** The live MFA check: what the directory shows, point by point. */
export const readiness: CatalogWords['readiness'] = {
  heading: 'たった今確認した組織の状態',
  marks: { done: '✔', todo: '✘', warning: '!', unknown: '?' },
  adminMustDo: 'まだ必要な作業',
  problems: {
    notAllUsers:
      'すべてのユーザーではなく、選択したユーザー、グループ、ロールにのみ適用されています ([割り当て] > [ユーザー] > [対象]: [すべてのユーザー] (Assignments > Users > Include: All users))。',
    otherResources:
      'Microsoft 管理ポータルやすべてのリソースではなく、ほかのリソースを対象にしています ([ターゲット リソース] > [対象] > [リソースの選択]: [Microsoft 管理ポータル] (Target resources > Include > Select resources: Microsoft Admin Portals))。',
    blocks:
      '[アクセスのブロック] (Block access) も含まれているため、MFA を求める代わりにサインインをブロックします ([アクセス制御] > [許可]: [多要素認証を要求する] のみ (Access controls > Grant: Require multifactor authentication only))。',
    withoutMfa: (controls: string) =>
      `MFA なしでも条件を満たせます。${controls} も受け入れます ([アクセス制御] > [許可]: [多要素認証を要求する] のみ (Access controls > Grant: Require multifactor authentication only))。`,
    excludes: (parts: string) => `${parts}を除外しています。`,
    excluded: (n: number, what: 'user' | 'group' | 'role') => `${excludedKinds[what]} ${n} ${counters[what]}`,
  },
  states: { reportOnly: 'レポート専用', on: 'オン', off: 'オフ' },
  conditionalAccess: {
    manualTitle: '条件付きアクセス: 手動で確認',
    manualDetail:
      '[Entra ID] > [条件付きアクセス] > [ポリシー] (Entra ID > Conditional Access > Policies) で、Microsoft 管理ポータルに対してすべてのユーザー (All users) に MFA を要求するポリシーがあり、オンになっていることを確認してください。',
    manualTask:
      'Entra 管理センターで、Microsoft 管理ポータルに対してすべてのユーザー (All users) に MFA を要求する条件付きアクセス ポリシーがオンになっていること (またはセキュリティの既定値群がオンであること) を確認します。',
    enforcedTitle: '条件付きアクセスで管理ポータルの MFA が必須になっています',
    enforcedBy: (policies: string) => `適用しているポリシー: ${policies}`,
    checkExclusions: '除外されたユーザーが Volume Licensing Central にサインインしないことを確認してください。',
    alsoNote: (policies: string) => `こちらにも注意してください: ${policies}`,
    removeBlock: (name: string) =>
      `MFA を求めるだけにする場合は、「${name}」から [アクセスのブロック] (Block access) を削除してください ([アクセス制御] > [許可] (Access controls > Grant))。`,
    shortTitle: '条件付きアクセス: MFA のポリシーはありますが、全員に MFA を適用していません',
    noneTitle: '条件付きアクセス: MFA を要求するポリシーがありません',
    noneDetail: 'Microsoft 管理ポータルに対してすべてのユーザー (All users) に MFA を要求する条件付きアクセス ポリシーを作成してください (Microsoft が推奨する方法です)。',
    createTask:
      'Microsoft 管理ポータルに対してすべてのユーザー (All users) に多要素認証を要求する条件付きアクセス ポリシー "MFA for Volume Licensing Central" を作成し、オンにします。テナントで条件付きアクセスを使えない場合 (Microsoft Entra ID P1 ライセンスが必要です) は、ライセンス不要のセキュリティの既定値群 (Security defaults) を有効にします。ユーザーごとの MFA は最後の手段です。',
    reportOnlyToOn: (name: string) => `「${name}」の [ポリシーの有効化] (Enable policy) を [レポート専用] (Report-only) から [オン] (On) に切り替えます。`,
    offToOn: (name: string) => `「${name}」の [ポリシーの有効化] (Enable policy) を [オン] (On) にします。`,
    fix: (name: string) => `「${name}」を修正します:`,
    then: (task: string) => `その後、${task}`,
  },
  securityDefaults: {
    manualTitle: 'セキュリティの既定値群: 手動で確認',
    manualDetail: (why: string) => `${why} [Entra ID] > [概要] > [プロパティ] (Entra ID > Overview > Properties) で確認してください。`,
    onTitle: 'セキュリティの既定値群がオンです',
    onDetail:
      'すべてのユーザーが MFA に登録する必要があります。サインイン時にいつ MFA を求めるかは Microsoft が判断します。グローバル管理者、セキュリティ管理者、条件付きアクセス管理者などの特定の管理者ロールには、サインインのたびに求めます。Volume Licensing Central を含むすべてのアプリへのすべてのサインインに適用されるため、別のポリシーは不要な場合があります。',
    offTitle: 'セキュリティの既定値群がオフです',
    offExpected: '想定どおりです。条件付きアクセス ポリシーを使っている間は、セキュリティの既定値群をオンにできません。',
    offDetail:
      'テナントで条件付きアクセスを使えない場合 (Microsoft Entra ID P1 ライセンスが必要です)、ライセンス不要のセキュリティの既定値群が包括的な代替手段です。すべてのユーザーが MFA に登録する必要があり、Microsoft が必要と判断したときに、すべてのアプリで MFA を実行します (グローバル管理者、セキュリティ管理者、条件付きアクセス管理者などの特定の管理者ロールは、サインインのたびに実行します)。',
  },
  perUserMfa: {
    title: 'ユーザーごとの MFA (従来): 手動で確認',
    detail:
      'Microsoft Graph v1.0 ではユーザーごとの MFA が表示されないため、ボットでは確認できません。テナントが条件付きアクセスやセキュリティの既定値群の代わりにこれを使っている場合は、Volume Licensing Central を使うすべてのアカウントを確認してください。',
  },
  registration: {
    manualTitle: (upn: string) => `${upn} の MFA 登録: 手動で確認`,
    notFoundTitle: (upn: string) => `${upn} の MFA 登録: 見つかりません`,
    notFoundDetail:
      'テナントにこのアドレスの登録情報がありません。アドレスを確認してください。パートナー組織のゲストはホーム テナントで MFA を登録している可能性がありますが、その MFA がここで有効になるのは、テナント間アクセスの受信の信頼設定 (cross-tenant access inbound trust settings) でホーム テナントの MFA を受け入れている場合だけです。それ以外の場合、ゲストはお客様のテナントで MFA を登録して実行します。',
    notRegisteredTitle: (upn: string) => `${upn} は MFA に登録していません`,
    notRegisteredDetail: 'Volume Licensing Central にサインインする前に登録してください。登録していないと、サインイン時に最初に登録を求められ、スキップできません。',
    oneMethodTitle: (upn: string) => `${upn} は 1 つの方法で MFA に登録しています`,
    oneMethodDetail: (methods: string) => `登録済みの方法: ${methods}。予備の方法はまだありません。`,
    doneTitle: (upn: string) => `${upn} は MFA に登録済みです`,
    doneDetail: (methods: string) => `登録済みの方法: ${methods}。`,
    unknownMethods: 'ディレクトリで名前が示されていない方法',
    methodNames: {
      microsoftAuthenticatorPush: 'Microsoft Authenticator の通知',
      microsoftAuthenticatorPasswordless: 'Microsoft Authenticator のパスワードレス サインイン',
      softwareOneTimePasscode: '認証アプリのコード',
      hardwareOneTimePasscode: 'ハードウェア トークン',
      mobilePhone: '携帯電話',
      alternateMobilePhone: '2 台目の携帯電話',
      officePhone: '会社の電話',
      email: 'メール アドレス',
      fido2SecurityKey: 'FIDO2 セキュリティ キー',
      windowsHelloForBusiness: 'Windows Hello for Business',
      temporaryAccessPass: '一時アクセス パス',
      passKeyDeviceBound: 'パスキー',
      passKeyDeviceBoundAuthenticator: 'Microsoft Authenticator のパスキー',
      passKeyDeviceBoundWindowsHello: 'Windows Hello のパスキー',
      passKeySynced: '同期されたパスキー',
      macOsSecureEnclaveKey: 'macOS のプラットフォーム SSO キー',
      securityQuestion: 'セキュリティの質問',
      externalAuthMethod: '外部認証方法',
    },
    otherMethod: 'ほかの方法',
    otherMethods: (n: number) => `ほかの方法 ${n} 個`,
    /** Two or more methods, listed. */
    methodList: (names: readonly string[]) => `${names.slice(0, -1).join('、')}、${names.at(-1)}`,
  },
  notConfigured: 'ボットは Microsoft Graph に接続されていません。',
  otherTenant: 'ボットのアプリはこのテナントを読み取れません。',
  /** Items of a list: the controls a policy also accepts, whom it excludes. */
  list: (items: readonly string[]) => items.join('、'),
  /** A policy as a point's detail names it: its name and its state. */
  policy: (name: string, state: string) => `「${name}」(${state})`,
  /** Policies named one after another, each with what is wrong with it. */
  policies: (described: readonly string[]) => described.join(' / '),
  /** Sentences of one detail, one after another. */
  sentences: (sentences: readonly string[]) => sentences.join(' '),
};
