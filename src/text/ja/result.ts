import type { CatalogWords } from '../catalog';

/** The seed: "Microsoft will respond to Web Form submissions within 24 hours." */
export const WEB_FORM_ANSWER = 'Microsoft は Web フォームでのお問い合わせに 24 時間以内に回答します。';

/** When the lookups cannot tell whether a personal account shares the address (federated or throttled, and the user realm did not say). */
const PERSONAL_UNKNOWN =
  'また、同じアドレスを個人用 Microsoft アカウントが使っているかどうかも、Microsoft からはわかりませんでした。サインイン ページでどのアカウントかを尋ねられたら、「職場または学校アカウント」(Work or school account) を選んでください。';

/** The verdict cards: what a check found and what to do about it. */
export const result: CatalogWords['result'] = {
  detailsButton: '詳細',
  checkedAt: '確認日時',
  address: 'アドレス',
  domain: 'ドメイン',
  tenant: 'テナント',
  domainType: 'テナントの種類',
  domainTypes: { managed: '管理されている', federated: 'フェデレーション (独自のサインイン サービス)', unmanaged: '管理されていない (「バイラル」)', unknown: 'Microsoft のテナントが見つかりません' },
  actions: {
    checkAnother: '別のアドレスを確認',
    mfa: 'MFA の準備状況を確認',
    retry: '再試行',
    useWork: '職場のアカウントを確認',
    cannotTakeOver: 'テナントを引き継げない',
    signUp: '職場アカウントにサインアップ',
  },
  ready: {
    title: 'このアカウントは VLSC で使えます',
    unconfirmedTitle: 'アカウントの種類は正しいものの、このアドレスは確認できていません',
    summary: (address: string, tenant: string) =>
      `${address} は、管理された Microsoft Entra テナントである ${tenant} の職場または学校アカウントです。これは VLSC が必須としている種類のアカウントです。引き続きこのアカウントでサインインしてください。`,
    unconfirmed: (address: string, domain: string, tenant: string) =>
      `${domain} は、管理された Microsoft Entra テナントである ${tenant} に属しています。これは VLSC が必須としている種類です。ただ、現在 Microsoft はこのドメインのどのアドレスにも「存在する」と答えるため、${address} 自体が存在するかは確認できません。このアドレスでサインインし、拒否された場合は、つづりを確認するか IT 部門にお問い合わせください。`,
    federated: (address: string, domain: string, tenant: string) =>
      `${domain} は ${tenant} に属しており、独自の ID プロバイダーでサインインします (フェデレーション ドメイン)。これは VLSC が必須としている種類です。Microsoft はフェデレーション ドメインのすべてのアドレスに「存在する」と答えるため、${address} 自体が存在するかは確認できません。このアドレスでサインインし、拒否された場合は、つづりを確認するか IT 部門にお問い合わせください。`,
    next: '次に: Volume Licensing Central では 2026 年 1 月 5 日から多要素認証 (MFA) が必須になっています。ご自身と組織の準備ができているか確認してください。',
    help: '質問がある場合や、サインインがまだ失敗する場合は、管理者またはヘルプデスクにご相談ください。',
  },
  unconfirmed: {
    heading: 'このアドレス自体は確認できていません',
    federated: (address: string, personalAccount: boolean | null) =>
      `フェデレーション ドメインでは、Microsoft はすべてのアドレスに「存在する」と答えるため、${address} 自体が存在するかは確認できません。このアドレスでサインインし、拒否された場合は、つづりを確認するか IT 部門にお問い合わせください。${personalAccount === null ? PERSONAL_UNKNOWN : ''}`,
    busy: (address: string, domain: string, personalAccount: boolean | null) =>
      `現在、Microsoft の検索は ${domain} のどのアドレスにも、存在しないはずのアドレスにも「存在する」と答えています (調整 (スロットリング) 中はそうなることが報告されています)。そのため、${address} 自体が存在するかは確認できません。このアドレスでサインインし、拒否された場合は、つづりを確認するか IT 部門に問い合わせるか、数分後にもう一度確認してください。${personalAccount === null ? PERSONAL_UNKNOWN : ''}`,
  },
  chooseWork: {
    title: 'サインイン時に「職場または学校アカウント」を選んでください',
    summary: (address: string, domain: string, tenant: string, federated: boolean, confirmed: boolean) =>
      confirmed
        ? `${address} は 2 つ存在します。${tenant} (${federated ? 'フェデレーション' : '管理されている'}) の職場または学校アカウントと、個人用 Microsoft アカウントです。VLSC や Microsoft のサインイン ページでどちらかを尋ねられたら、「職場または学校アカウント」(Work or school account) を選んでください。`
        : `${address} は個人用 Microsoft アカウントで使われており、${domain} のアドレスは ${tenant} (${federated ? 'フェデレーション' : '管理されている'}) の職場または学校アカウントです。このアドレス自体の職場アカウントは Microsoft で確認できませんでした。VLSC や Microsoft のサインイン ページでどちらかを尋ねられたら、「職場または学校アカウント」(Work or school account) を選んでください。`,
    why: '個人用 Microsoft アカウントで VLSC にログインできる回数には限りがあります。VLSC が必須としているのは職場アカウントです。',
  },
  personal: {
    title: 'これは個人用 Microsoft アカウントです',
    help: 'どのアカウントを使えばよいかわからない場合は、管理者またはヘルプデスクにご相談ください。',
    organisation: {
      next: (domain: string, tenant: string) =>
        `組織には既に Microsoft Entra テナント (Microsoft 365 が使うディレクトリ) があります (${domain} は ${tenant} に属しています)。そのテナントの職場アカウントで VLSC にサインインするか、そのテナントの管理者にアカウントを依頼してください。`,
      admins: (names: readonly string[]) => `職場アカウントを作成できる、そのテナントの管理者: ${names.join('、')}。`,
      askAdmins: 'そのテナントの管理者が職場アカウントを作成できます。「管理者は誰？」で探せます。',
      otherOrganisation: (domain: string) =>
        `${domain} を運用している IT 部門が職場アカウントを作成できます。Teams で使っている組織とは別の組織なので、その管理者を一覧表示することはできません。ご自身の組織の管理者またはヘルプデスクが、連絡を取るお手伝いをします。`,
    },
    summary: (address: string) =>
      `${address} は個人用 Microsoft アカウントです。VLSC では、必須の職場または学校アカウントに移行する時間を確保できるよう、個人用アカウントでも限られた回数はログインできます。できるだけ早く職場または学校アカウントを使い始めてください。`,
    chosenSummary:
      'VLSC では、必須の職場または学校アカウントに移行する時間を確保できるよう、個人用 Microsoft アカウントでも限られた回数はログインできます。できるだけ早く職場または学校アカウントを使い始めてください。',
    haveWork: {
      heading: '職場アカウントを既にお持ちです',
      text: (upn: string) =>
        `組織で Microsoft 365 が使われている (そのアカウントで Teams を使っている) ため、職場アカウントを既にお持ちです: ${upn}。このアカウントで VLSC にサインインし、「職場または学校アカウント」(Work or school account) を選んでください。このアカウントを VLSC に使うべきでない場合は、IT 部門にアカウントを依頼してください。`,
    },
    maybeWork: {
      heading: '組織で Microsoft 365 を使っている場合',
      text: '職場や学校で Microsoft 365 などの Microsoft のオンライン サービスを使っている場合は、職場または学校アカウントを既にお持ちの可能性があります。職場でログインするときのユーザー ID とパスワードを試すか、IT 部門にお問い合わせください。',
    },
    signUp: {
      button: 'サインアップの方法',
      heading: 'それ以外の場合は、新しい職場または学校アカウントにサインアップします',
      steps: [
        '「サインアップ」(Sign Up) ページで、新しい職場または学校アカウントを作成します。オンライン サービスに申し込む必要はありません。必要であれば、後から同じテナントにサービスを追加できます。',
        '新しいアカウントは yourusername@yourcompany.onmicrosoft.com のような形式になることがあります。これは正常です。',
        '独自のドメイン名 (yourcompany.com など) をお持ちの場合は、後から管理コンソールで追加できます。',
      ],
    },
  },
  takeover: {
    title: 'VLSC アカウントが管理されていない (「バイラル」) テナントにあります',
    summary: (address: string, domain: string, confirmed: boolean) =>
      `${confirmed ? `${address} は ${domain} に属しており、これは` : `${domain} のアドレスは、`}管理者がいない Microsoft Entra テナント (管理されていない、または「バイラル」テナント) ${confirmed ? 'です' : 'に属しています'}。${confirmed ? '' : `現在 Microsoft はこのドメインのどのアドレスにも「存在する」と答えるため、${address} 自体が存在するかは確認できません。`}VLSC では管理されたテナントが必須になりました。${domain} を所有していることを証明してテナントを引き継ぐ (オプション 1) か、新しい職場アカウントに移行してください (オプション 2)。`,
    next: 'それまでの間、VLSC では残りのログイン回数が限られています。準備している間は、VLSC の画面で「スキップ」(Skip) を選んでください。',
    help: '相談先: IT 管理者またはネットワーク管理者 (ドメインを管理している人) が引き継ぎを行えます。VLSC サポートがお客様に代わってテナントを変更することはできません。',
    whatIs: {
      heading: '管理されていないテナントとは？',
      text: 'グローバル管理者がいないテナントです。クラウド サービスにサインアップしたとき、メール ドメインをもとに ID が自動的に作成されることで生まれます。以前の VLSC ではこうしたアカウントも使えましたが、ボリューム ライセンスの機能が移行していくすべてのサイトで同じユーザー ID を使えるよう、管理されたテナントが必須になりました。',
    },
    option1: {
      button: 'オプション 1: テナントを引き継ぐ',
      heading: 'オプション 1 — テナントを引き継いで、今のアドレスを使い続ける',
      verify: (domain: string) =>
        `ご自身、または組織の IT 管理者かネットワーク管理者が、ドメイン名レジストラー (GoDaddy など) で DNS TXT レコードを確認して、${domain} の所有権を証明します。`,
      alternativesHeading: '次に、2 つの方法のどちらか',
      alternatives: [
        '- **内部での引き継ぎ** (internal takeover): ドメインを証明した人がテナントのグローバル管理者になります。ユーザー、ドメイン、サービス プランがほかのディレクトリに移行されることはありません。(グローバル管理者になっても、VLSC でライセンスを管理する必要はありません。)',
        '- **外部からの引き継ぎ** (external takeover): 既存の管理されたテナントのグローバル管理者がドメイン名を追加し、ユーザーをリソースに割り当てます。管理されていないテナントのユーザー、サブスクリプション、ライセンスの割り当ては、ドメインとともに移行します。Microsoft は、Azure Rights Management と Exchange Online、およびサービス プラン Power Apps Free、Power Automate Free、RMS for individuals、Microsoft Stream、Dynamics 365 無料試用版でこれをサポートしています。管理されていないテナントに SharePoint、OneDrive、Skype for Business を含むサービス プランがある場合 (Office の無料サブスクリプションによるものなど) はサポートされていません。',
      ].join('\n'),
      ownTenant: (ownTenant: string) =>
        `Teams は管理されたテナント (${ownTenant}) で使っています。これがドメインを所有しているご自身の組織のテナントであれば、そのグローバル管理者が外部からの引き継ぎを行えます (同じ DNS TXT レコードでドメインを証明します)。ただし、管理されていないテナントに上記のサービス プランが 1 つもない場合に限ります。`,
      afterwards: 'テナントに管理者ができたら、引き続き今のアカウントで VLSC にサインインしてください。',
      tip: '引き継ぎは、IT 管理者かネットワーク管理者 (ドメインを管理している人) に依頼するのもよいでしょう。それによってその人が VLSC を管理したり、サブスクリプションを購入したりする必要はありません。VLSC サポートがお客様に代わってテナントを変更することはできません。',
    },
    option2: {
      button: 'オプション 2: 新しいアカウント',
      heading: 'オプション 2 — 新しい …onmicrosoft.com アカウントを作成する',
      intro: 'VLSC にだけアカウントを使う場合や、いまはドメインの所有権を証明できない場合に適しています。VLSC サポートに電話しなくても手続きでき、各手順は数分で終わりますが、新しいアカウントでサインインできるようになるまで最大 2 営業日かかることがあります。',
      steps: (address: string) => [
        `VLSC サポートに Web フォームで、現在の VLSC アカウントと ${address} の関連付けを解除し、再登録の招待を送るよう依頼します。(カナダと米国の場合は、N. America MAK ADD Web フォームを使います。) ${WEB_FORM_ANSWER}`,
        '関連付けの解除が完了したと VLSC サポートから確認があるまで、VLSC には決してサインインしないでください。',
        '「サインアップ」(Sign Up) ページで、ご自身を管理者として新しい職場または学校アカウント (user@yourcompany.onmicrosoft.com など) を作成します。この種類のドメインでは DNS TXT レコードは不要です。ユーザー ID を書き留めておいてください。',
        'VLSC サポートから確認があったら VLSC に戻り、「職場または学校アカウントでサインイン」(Sign in with a Work or School Account) を選んで、新しいアカウントを入力します。',
      ],
      tip: '組織で Office 365 などのオンライン サービスを導入する前に、組織がこの新しいテナントを引き継ぎ、組織独自のカスタム ドメインにリンクしてください。',
    },
    skip: {
      button: 'まだ準備ができていない場合: スキップ',
      heading: 'まだ準備ができていない場合: スキップ',
      text: (address: string) =>
        `残りのログイン回数があるうちは、VLSC の画面で「スキップ」(Skip) を選び、今のアカウントでサインインを続けられます。ご自身や組織内の誰かが引き継ぎを準備している間に便利です。残りのログイン回数が 0 になって、さらに時間が必要な場合は、VLSC サポートに ${address} へのログイン セッションの追加を依頼してください。${WEB_FORM_ANSWER}`,
    },
    blockerQuestion: 'テナントを引き継げない場合は、何が妨げになっているか教えてください:',
  },
  blockers: {
    'no-admin': {
      button: 'IT 管理者が見つからない',
      title: 'IT 管理者が誰かわからない',
      text: '大きな組織では、通常はヘルプデスクの番号がこれにあたります。小さな組織では、IT を外部のプロバイダーに委託していることもあります。',
    },
    'no-domain-proof': {
      button: 'ドメインの所有を証明できない',
      title: 'ドメインの所有権を証明できない',
      text: 'IT 管理者がこの情報を知っているか、情報にアクセスできます。この情報はインターネット サービス プロバイダーまたはドメイン レジストラーから提供されます。',
    },
    'restricted-domain': {
      button: 'ドメインが制限または回収されている',
      title: 'アカウントが制限または回収されたドメインに属している',
      text: 'この設定は組織の管理者が決めています。組織のテナントとは別の職場アカウントが必要になる場合があります。',
    },
    steer: 'この場合は、代わりに新しいユーザー ID を作成してください。下のオプション 2 を開いてください。',
    help: 'それでも解決しない場合は、管理者またはヘルプデスクにご相談ください。',
  },
  noAccount: {
    title: 'このアドレスの Microsoft アカウントは見つかりませんでした',
    summary: (address: string) =>
      `${address} の職場または学校アカウントも個人用 Microsoft アカウントも、Microsoft には登録されていません。入力ミスか、まだアカウントがない可能性があります。`,
    tenantExists: (domain: string) =>
      `${domain} には Microsoft Entra テナントがあります。つづりを確認するか、IT 部門にサインイン名を問い合わせてください。`,
    workSignIn: '職場や学校で Microsoft 365 などの Microsoft のオンライン サービスを使っている場合は、職場または学校アカウントを既にお持ちの可能性があります。職場でログインするときのユーザー ID とパスワードを試してください。',
    signUp: 'まだ職場または学校アカウントがない場合は、「サインアップ」(Sign Up) ページで作成できます。オンライン サービスに申し込む必要はありません。',
    help: 'サインイン名がわからない場合は、管理者またはヘルプデスクにご相談ください。',
  },
  invalid: {
    title: 'このアドレスは確認できません',
    next: 'つづりを確認して、もう一度お試しください。',
  },
  failed: {
    title: '確認を完了できませんでした',
    summary: 'いま Microsoft のサインイン サービスに接続できなかったため、このアカウントの種類がわかりません。1 分後にもう一度お試しください。',
    help: 'それでも失敗する場合は、管理者またはヘルプデスクにご相談ください。必要な情報は「IT 担当者向けの詳細」にあります。',
    detailsButton: 'IT 担当者向けの詳細',
    technical: (source: string, detail: string) => `Microsoft の ${source} サービスから正しい応答がありませんでした (${detail})。`,
    manualHeading: 'ご自身で確認する',
    manual: '下のユーザー領域 (user realm) の応答をブラウザーで開いてください。"IsViral": true が含まれていれば、そのアカウントは管理されていないテナントにあり、引き継ぎが必要です。',
    realmLink: 'ユーザー領域の応答を開く',
    sources: { 'user-realm': 'ユーザー領域 (user realm)', 'credential-type': 'アカウント検索', 'openid-configuration': 'テナント構成' },
  },
};
