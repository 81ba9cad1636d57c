import type { CatalogWords } from '../catalog';

/** "Who is my admin?": the people found, or how to find them by hand. */
export const admins: CatalogWords['admins'] = {
  foundTitle: '組織の管理者',
  foundSummary: (count: number) =>
    `組織内の ${count} 人がお手伝いできます。最初にグローバル管理者、次に MFA を有効にできる管理者の順に表示しています。`,
  none: 'これらのロールに有効なユーザーは見つかりませんでした。IT 部門、セキュリティ運用チーム、または社内のヘルプデスクにお問い合わせください。',
  eligible: '資格あり (先にロールのアクティブ化が必要)',
  more: (n: number) => `ほか ${n} 人`,
  active: 'アクティブ',
  chat: (name: string) => `${name} さんとチャット`,
  chatMessage: 'こんにちは。ボリューム ライセンスのサインイン (VLSC の職場アカウント / Volume Licensing Central の MFA) について手伝っていただけますか。',
  gaps: '一覧の一部を読み取れませんでした:',
  manualTitle: 'グローバル管理者を見つける方法',
  manualSummary: '組織のディレクトリを読み取れませんが、Microsoft Entra 管理センターでご自身で調べることができます:',
  otherTenant: 'このアシスタントが読み取れるのは、インストールした組織のディレクトリだけです。ご自身で調べてください:',
  permissionTitle: '管理者一覧を読み取る許可がまだありません',
  permission: 'このアシスタントが管理者一覧を読み取れるよう、管理者による許可がまだ必要です。それまでは、ご自身で調べてください:',
  permissionDetail: (permission: string) => `アシスタントのアプリには、管理者が付与する Microsoft Graph のアプリケーションのアクセス許可 ${permission} が必要です。`,
  consent: '管理者の同意を与える',
  failedTitle: '管理者一覧を読み取れませんでした',
  failed: 'いま Microsoft に接続できず、管理者一覧を読み取れませんでした。1 分後にもう一度お試しいただくか、その間にご自身で調べてください:',
  failedDetail: (message: string) => `Microsoft Graph から正しい応答がありませんでした (${message})。`,
  unmanagedTitle: 'VLSC アカウントのテナントに管理者がいません',
  unmanaged: (domain: string) =>
    `${domain} は管理されていない (「バイラル」) テナントで、グローバル管理者が 1 人もいません。組織内の誰かがテナントを引き継いで管理者になる (オプション 1) か、新しい職場アカウントに移行してください (オプション 2)。`,
  unmanagedDetail:
    'これは管理されていない (セルフサービス サインアップの) テナントです。まだ誰も管理していないため、問い合わせるグローバル管理者がいません。代わりに、管理者としてテナントを引き継いでください。',
  button: '管理者は誰？',
  ownTenant: {
    found: 'Teams で使っている組織がこのドメインを所有している場合、その組織のグローバル管理者がテナントを引き継げます (外部引き継ぎ: 同じ DNS TXT レコードでドメインを証明します)。ただし、そのテナントに SharePoint、OneDrive、Skype for Business を含むサービス プランがある場合はできません。',
    ask: 'Teams で使っている組織がこのドメインを所有している場合、その組織のグローバル管理者がテナントを引き継げます (外部引き継ぎ: 同じ DNS TXT レコードでドメインを証明します)。ただし、そのテナントに SharePoint、OneDrive、Skype for Business を含むサービス プランがある場合はできません。管理者またはヘルプデスクにご相談ください。',
  },
};
