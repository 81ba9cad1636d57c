import type { CatalogWords } from '../catalog';
import { WEB_FORM_ANSWER } from './result';

/** The first fields of both VLSC Support web-form drafts. */
const VLSC_SUPPORT_CONTACT_FIELDS = {
  contactName: { label: '連絡先の氏名', missing: 'お名前を入力してください。' },
  contactEmail: { label: '連絡先メール アドレス (VLSC サポートからの返信先)', missing: 'VLSC サポートからの返信先のメール アドレスを入力してください。' },
  vlscAddress: { label: 'VLSC へのサインインに使うメール アドレス', missing: 'VLSC へのサインインに使っているメール アドレスを入力してください。' },
};

/** Who is asked in a refusal sentence, when the domain's organisation gives work accounts. */
const askOrganisation = (organisation: string) => `${organisation} の管理者に、そこでの職場アカウントを依頼してください`;

/** The support-request drafts: their card, their fields and their text. */
export const drafts: CatalogWords['drafts'] = {
  buttons: {
    disassociation: '関連付け解除の依頼を作成',
    'extra-logins': 'VLSC サポートにログインの追加を依頼',
    'mfa-support': 'MFA サポートへのメールを作成',
  },
  textHeading: '貼り付けるテキスト',
  emailHeading: '送信するメール',
  subject: '件名',
  editHeading: '詳細を編集',
  update: '下書きを更新',
  review: 'ヘルプデスクに送って確認してもらう',
  openEmail: 'メールで開く',
  openWebForm: 'VLSC サポートのお問い合わせページを開く',
  truncated: 'メールのリンクには短縮したテキストが入っています (長いリンクはメール プログラムで拒否されるため)。上の全文をメールに貼り付けてください。',
  updated: '下書きを更新しました。送信できます。',
  fixErrors: '一部の詳細を確認してください (下記参照)。',
  checkFirst: '詳細を入力できるよう、先にアカウントを確認させてください。',
  required: 'この項目は必須です。',
  webFormAnswer: WEB_FORM_ANSWER,
  fillIn: '[入力してください]',
  /** Ends an e-mail link's body that had to be shortened. */
  shortened: '[メールのリンクに収まるよう短縮しました。代わりにカードから全文を貼り付けてください。]',
  /** A "Label: value" line, using the field labels so the text and the form line up. */
  detail: (label: string, value: string) => `${label}: ${value}`,
  /** The titles of a field's choices, listed. */
  choiceList: (titles: readonly string[]) => titles.join('、'),
  problems: {
    address: (reason: string) => `有効なメール アドレスではありません: ${reason}`,
    domain: 'contoso.com のような有効なドメイン名ではありません。',
    tenantId: 'テナント ID は 72f988bf-86f1-41af-91ab-2d7cd011db47 のような GUID です。',
    count: '0 のような整数を入力してください。',
    choice: (titles: string) => `次のいずれかを選んでください: ${titles}。`,
    tooLong: (max: number) => `${max} 文字を超えています。短くしてください。`,
    sameAccount: '新しいアカウントには、VLSC サポートが関連付けを解除するアドレスとは別のアドレスを指定してください。',
    loginsLeft: (count: string) =>
      `残りのログイン回数がまだ ${count} 回あります。ログイン セッションの追加の依頼は、VLSC で残りのログイン回数が 0 と表示され、さらに時間が必要な場合のためのものです。それまでは、VLSC の画面で「スキップ」(Skip) を選び、今のアカウントでサインインしてください。`,
  },
  blank: '[空欄]',
  fields: {
    disassociation: {
      ...VLSC_SUPPORT_CONTACT_FIELDS,
      domain: { label: 'ドメイン', missing: 'そのアドレスのドメイン (contoso.com など) を入力してください。' },
      tenantId: { label: 'テナント ID' },
      verdictFound: { label: 'サインイン確認の結果' },
      request: { label: '依頼内容', missing: 'VLSC サポートに依頼する内容を入力してください。' },
      newAccount: { label: '今後使う新しい職場または学校アカウント' },
      region: { label: '地域' },
      tried: { label: '試したこと' },
    },
    'extra-logins': {
      ...VLSC_SUPPORT_CONTACT_FIELDS,
      remainingLogins: { label: 'VLSC に表示されている残りのログイン回数', missing: 'VLSC に表示されている残りのログイン回数を入力してください。' },
      progress: { label: '引き継ぎの状況', missing: 'テナントの引き継ぎの状況を選んでください。' },
      reason: { label: '時間が必要な理由の詳細' },
      expectedCompletion: { label: '完了予定' },
    },
    'mfa-support': {
      tenantId: { label: 'テナント ID', missing: 'Microsoft Entra テナント ID を入力してください。' },
      domain: { label: 'ドメイン', missing: '組織のドメイン (contoso.com など) を入力してください。' },
      tenantType: { label: 'テナントの種類' },
      relationship: { label: '弊社の立場' },
      method: { label: '試した MFA の方法', missing: 'MFA を有効にしようとした方法を選んでください。' },
      error: { label: '表示されたエラー', missing: '表示されたエラーを貼り付けるか、説明してください。' },
      globalAdmin: { label: 'グローバル管理者' },
      contactName: { label: '連絡先の氏名', missing: 'お名前を入力してください。' },
      contactEmail: { label: '連絡先メール アドレス', missing: 'サポートからの返信先のメール アドレスを入力してください。' },
    },
  },
  choices: {
    region: { 'north-america': 'カナダまたは米国 (N. America MAK ADD Web フォーム)', elsewhere: 'カナダと米国以外' },
    progress: {
      'takeover-in-progress': '組織で、管理されていないテナントを引き継いでいます (DNS TXT レコードでドメインを確認中)',
      'finding-admin': 'テナントを引き継げる人を組織内でまだ探しています',
    },
    relationship: { partner: 'ボリューム ライセンス パートナー', customer: 'ボリューム ライセンスの顧客' },
    method: { 'conditional-access': '条件付きアクセス ポリシー', 'security-defaults': 'セキュリティの既定値群', 'per-user': 'ユーザーごとの MFA (従来)' },
  },
  findings: {
    'takeover-needed': 'このアドレスは、管理者がいない、管理されていない (「バイラル」) Microsoft Entra テナントにあります',
    'personal-account': 'このアドレスは個人用 Microsoft アカウントで、職場または学校アカウントではありません',
    'choose-work-account': 'このアドレスは職場または学校アカウントであり、個人用 Microsoft アカウントでもあります',
    ready: 'このアドレスは、管理されたテナントの職場または学校アカウントです',
    readyFederated: 'このアドレスはフェデレーション ドメインにあり、その組織は独自の ID プロバイダーでサインインします',
    'no-account': 'このアドレスの職場または学校アカウントも個人用 Microsoft アカウントも存在しません',
    'lookup-failed': 'Microsoft のサインイン サービスから応答を得られず、確認できませんでした',
    'invalid-address': 'このアドレスは有効なメール アドレスではありません',
    unconfirmed: {
      'takeover-needed': 'このドメインのアドレスは、管理者がいない、管理されていない (「バイラル」) Microsoft Entra テナントにあります。このアドレス自体は Microsoft で確認できませんでした',
      'choose-work-account':
        'このアドレスは個人用 Microsoft アカウントで使われており、このドメインのアドレスは職場または学校アカウントです。このアドレス自体の職場アカウントは Microsoft で確認できませんでした',
      ready: 'このドメインのアドレスは、管理されたテナントの職場または学校アカウントです。このアドレス自体は Microsoft で確認できませんでした',
      readyFederated: 'このドメインはフェデレーション ドメイン (その組織は独自の ID プロバイダーでサインイン) のため、このアドレス自体は Microsoft で確認できませんでした',
    },
    personalUnknown: '。個人用 Microsoft アカウントで使われているかどうかはわかりません',
    tenant: (name: string) => ` (ドメインのテナント: ${name})`,
    checked: (finding: string, when: string) => `${finding}。確認日時: ${when}。`,
    /** "2026-01-05 09:30 UTC": unambiguous for a support agent anywhere. */
    when: (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  },
  nextStep: {
    chat: { check: '「アカウントを確認」と入力してください', signUp: '「アカウントを確認」と入力すると手順が表示されます', mfa: '「MFA」と入力してください' },
    cli: {
      check: '"vlsa diagnose <address>" を実行してください',
      signUp: '"vlsa ask \'how do I sign up for a new work or school account\'" を実行すると手順が表示されます',
      mfa: '"vlsa mfa-readiness --user <address>" を実行してください',
    },
  },
  notFor: {
    vlscSupport: {
      'personal-account': (address, next, organisation) =>
        `${address} は個人用 Microsoft アカウントです。VLSC サポートへの関連付け解除やログイン追加の依頼は、管理されていないテナントのアカウント向けです。個人用アカウントの場合、ガイダンスでは、できるだけ早く職場または学校アカウントを使い始めることとされています。職場でログインするときのユーザー ID とパスワードを試すか、${organisation ? askOrganisation(organisation) : `「サインアップ」(Sign Up) ページで作成してください (${next.signUp})`}。`,
      'no-account': (address, _next, organisation) =>
        `Microsoft は ${address} のアカウントを認識していないため、VLSC サポートが解放したり延長したりするものはありません。つづりを確認するか、職場でログインするときのユーザー ID とパスワードを試すか、${organisation ? askOrganisation(organisation) : '「サインアップ」(Sign Up) ページで職場または学校アカウントを作成してください'}。`,
      ready: (address, next, _organisation, confirmed = true) =>
        confirmed
          ? `${address} は VLSC が必須としている種類のアカウントなので、VLSC サポートに依頼することはありません。このアカウントでサインインしてください。次に、MFA の準備ができているか確認してください (${next.mfa})。`
          : `${address} は VLSC が必須としている種類のドメインにあります。このアドレス自体は Microsoft で確認できませんでしたが、VLSC サポートに依頼することはありません。このアドレスでサインインし、拒否された場合は、つづりを確認するか IT 部門にお問い合わせください。次に、MFA の準備ができているか確認してください (${next.mfa})。`,
      'choose-work-account': (address, next) =>
        `${address} は、VLSC が必須としている種類の職場または学校アカウントでもあるため、VLSC サポートに依頼することはありません。サインイン時に「職場または学校アカウント」(Work or school account) を選んでください。次に、MFA の準備ができているか確認してください (${next.mfa})。`,
    },
    mfaSupport: {
      'personal-account': (address, next, organisation) =>
        `${address} は個人用 Microsoft アカウントです。MFA サポートが MFA の有効化を支援できる組織のテナントがありません。まず職場または学校アカウントに移行してください。職場でログインするときのユーザー ID とパスワードを試すか、${organisation ? askOrganisation(organisation) : `「サインアップ」(Sign Up) ページで作成してください (${next.signUp})`}。`,
      'no-account': (address, next, organisation) =>
        organisation
          ? `Microsoft は ${address} のアカウントを認識していませんが、${organisation} には Microsoft Entra テナントがあります。つづりを確認するか (別のアドレスを確認するには、${next.check})、そのテナントの管理者に職場アカウントを問い合わせてください。`
          : `Microsoft は ${address} のアカウントを認識していないため、MFA サポートが MFA の有効化を支援できるテナントがありません。つづりを確認するか、別のアドレスを確認するには、${next.check}。`,
    },
    invalid: (address, next) => `「${address}」は確認できるメール アドレスではありません。VLSC へのサインインに使っているアドレスを確認するには、${next.check}。`,
  },
  signOff: 'よろしくお願いいたします。',
  disassociation: {
    title: 'VLSC サポートへの関連付け解除の依頼',
    subject: (address: string) => `VLSC アカウントと ${address} の関連付けの解除`,
    greeting: 'VLSC サポート ご担当者様',
    request: (address: string) => `私の VLSC アカウントと ${address} の関連付けを解除し、再登録の招待を送っていただけますようお願いいたします。`,
    why: (address: string) => `別の職場または学校アカウントで VLSC にサインインする必要があるため、先に ${address} で登録されている VLSC アカウントを解放していただく必要があります。`,
    newAccount: (account: string) => `ご確認をいただきしだい、新しい職場または学校アカウント ${account} でサインインします。`,
    wait: '関連付けの解除が完了したとご確認いただくまで、VLSC にはサインインしません。',
    pasteNorthAmerica: 'これを、「お問い合わせ」(Contact) ページからリンクされている VLSC サポートの N. America MAK ADD Web フォーム (カナダと米国向け) に貼り付けてください。',
    paste: 'これを、「お問い合わせ」(Contact) ページからリンクされている VLSC サポートの Web フォームに貼り付けてください。カナダと米国の場合は、N. America MAK ADD Web フォームを使います。',
    doNotSignIn: 'アカウントの関連付けの解除が完了したと VLSC サポートから確認があるまで、VLSC には決してサインインしないでください。',
    signUpMeanwhile: 'その間に、「サインアップ」(Sign Up) ページで、ご自身を管理者として新しい職場または学校アカウント (name@yourcompany.onmicrosoft.com など) を作成してください。ユーザー ID を書き留めておいてください。',
    afterwards:
      'VLSC サポートから確認があったら VLSC に戻り、「職場または学校アカウントでサインイン」(Sign in with a Work or School Account) を選んで、新しいアカウントを入力してください。新しいアカウントでサインインできるようになるまで、最大 2 営業日かかることがあります。',
  },
  extraLogins: {
    title: 'VLSC サポートへのログイン セッション追加の依頼',
    subject: (address: string) => `${address} の VLSC ログイン セッションの追加`,
    greeting: 'VLSC サポート ご担当者様',
    request: (address: string) => `${address} でサインインしている私の VLSC アカウントに、ログイン セッションを追加していただけますようお願いいたします。`,
    remaining: (count: string) => `VLSC には残りのログイン回数が ${count} 回と表示されており、管理された職場または学校アカウントでサインインできるようになるまで、さらに時間が必要です。`,
    paste: 'これを、「お問い合わせ」(Contact) ページからリンクされている VLSC サポートの Web フォームに貼り付けてください。',
    buysTime: 'ログインの追加で時間を確保できますが、ご自身か組織内の誰かが、テナントを引き継ぐか職場または学校アカウントに移行する必要があることに変わりはありません。',
    soFar: (tried: string) => `これまでに試したこと: ${tried}`,
  },
  mfaSupport: {
    title: 'Volume Licensing Central の MFA サポートへのメール',
    subject: (domain: string, tenantId: string) => `Volume Licensing Central の MFA を有効にできません: ${domain} (テナント ${tenantId})`,
    greeting: 'ご担当者様',
    relationship: { partner: '弊社はボリューム ライセンス パートナーです。', customer: '弊社はボリューム ライセンスの顧客です。' },
    problem:
      '必須の MFA に関するガイダンスに従い、弊社の Microsoft Entra テナントで Volume Licensing Central の多要素認証 (MFA) を有効にしようとしていますが、できません。ご支援いただけますでしょうか。',
    unmanagedFirst: (domain: string) =>
      `弊社のドメイン ${domain} は、管理者がいない、管理されていない (「バイラル」) Microsoft Entra テナントにあるため、テナントが引き継がれるまで誰も MFA を有効にできません。`,
    method: {
      'conditional-access': '条件付きアクセス ポリシーで MFA を必須にしようとしました。',
      'security-defaults': 'セキュリティの既定値群を有効にしようとしました。',
      'per-user': 'ユーザーごとの MFA を適用しようとしました。',
    },
    send: (mailbox: string) => `これを ${mailbox} に送信してください。パートナー向けガイダンスで、MFA を有効にするときの問題の連絡先として示されているアドレスです。`,
    copyIn: (whoCanEnforce: string) => `MFA を有効にする担当者を CC に入れてください: ${whoCanEnforce}。`,
    afterTakeover: (unmanaged: string) => `${unmanaged} テナントに管理者ができた後も MFA を有効にできない場合は、MFA サポートにご連絡ください。`,
  },
};
