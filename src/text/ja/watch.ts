import type { CatalogWords } from '../catalog';

/**
 * "Tell me when it's fixed": the watch list as the person watching reads it. The sentences after
 * a takeover follow Microsoft Learn's "Admin takeover of an unmanaged directory" (links.takeover).
 * `time` is a moment as utcMinute writes it, "2026-01-05 09:30 UTC".
 */
export const watch: CatalogWords['watch'] = {
  button: '解決したら通知',
  stopButton: '監視をやめる',
  checkNowButton: '今すぐ再確認',
  /** On a verdict card whose address is watched. */
  watching: 'このアドレスを監視しています。確認で解決したことがわかったら、ここでお知らせします。',
  started: {
    title: (address) => `${address} を監視しています`,
    summary: (hours) =>
      `${hours} 時間ごとに再確認し、VLSC で使えるようになったらすぐにここでお知らせします。たった今解決しましたか？ [今すぐ再確認] を選んでください。`,
  },
  stopped: (address) => `${address} の監視をやめました。`,
  notWatching: (address) => `${address} は監視していません。`,
  nothingToWatch: (address) => `${address} は VLSC で使える状態になりました。監視することはもうありません。`,
  noWatches: '監視しているアドレスはありません。確認で解決が必要な点が見つかったら、[解決したら通知] を選んでください。',
  checked: {
    intro: '再確認しました:',
    fixed: (address) => `${address}: 解決しました (上のカードをご覧ください)。`,
    unchanged: (address, verdict) => `${address}: 変わらず「${verdict}」です。引き続き監視します。`,
    changed: (address, verdict) => `${address}: 現在は「${verdict}」です。引き続き監視します。`,
    inconclusive: (address) => `${address}: 今回の確認では判断できませんでした (Microsoft に接続できなかったか、どのアドレスにも「存在する」と応答しました)。引き続き監視します。`,
    postponed: (address, minutes) => `${address}: 確認回数の上限に達しました。約 ${minutes} 分後に確認します。`,
  },
  fixed: {
    title: (address) => `解決: ${address} は VLSC で使えます`,
    footer: (time) => `解決したら知らせるようご依頼いただいたため、${time} に再確認しました。このアドレスの監視は終了しました。`,
    footerCampaign: (time) => `IT 部門からフォローアップを依頼されたため、${time} に再確認しました。このアドレスの監視は終了しました。`,
  },
  /** Shown after a takeover ended: what the Learn page says changes for the other accounts at the domain. */
  afterTakeover: {
    seeDetails: (domain) => `${domain} のほかの人にとっての意味は「詳細」をご覧ください。`,
    heading: (domain) => `${domain} のほかのすべての人`,
    internal:
      '管理されていないディレクトリそのものを引き継いだ場合 (「内部での引き継ぎ」)、あなたがそのグローバル管理者になりました。ユーザー、ドメイン、サービス プランがほかのディレクトリに移ることはなかったため、ほかの人のアカウントはそのままそこに残り、今は管理された状態です。',
    external:
      '既に管理している組織にドメインを追加した場合 (「外部からの引き継ぎ」)、そのドメインのユーザー、サブスクリプション、ライセンスの割り当てはドメインとともに移行しました。また、Microsoft がユーザーをそのリソースに割り当てるため、ユーザーは中断なくサービスを使い続けられます。',
    removed:
      '引き継いだディレクトリからドメインを削除してほかの場所に追加する場合は、まずそのドメインのユーザーの名前を、ディレクトリの .onmicrosoft.com ドメインに変更する必要があります。',
  },
};
