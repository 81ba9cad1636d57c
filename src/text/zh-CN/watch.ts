import type { CatalogWords } from '../catalog';

/**
 * "Tell me when it's fixed": the watch list as the person watching reads it. The sentences after
 * a takeover follow Microsoft Learn's "Admin takeover of an unmanaged directory" (links.takeover).
 * `time` is a moment as utcMinute writes it, "2026-01-05 09:30 UTC".
 */
export const watch: CatalogWords['watch'] = {
  button: '解决后通知我',
  stopButton: '停止关注',
  checkNowButton: '立即重新检查',
  /** On a verdict card whose address is watched. */
  watching: '我正在关注此地址：一旦检查发现问题已解决，我会在这里给你发消息。',
  started: {
    title: (address) => `正在关注 ${address}`,
    summary: (hours) =>
      `我会每 ${hours} 小时重新检查一次，一旦它可用于 VLSC，就会立即在这里给你发消息。刚刚已经解决了？请选择“立即重新检查”。`,
  },
  stopped: (address) => `我已停止关注 ${address}。`,
  notWatching: (address) => `你没有关注 ${address}。`,
  nothingToWatch: (address) => `${address} 现在已可用于 VLSC：没有需要再关注的了。`,
  noWatches: '你没有关注任何地址。在检查发现需要解决的问题后，请选择“解决后通知我”。',
  checked: {
    intro: '我重新检查了：',
    fixed: (address) => `${address}：已解决（请参阅上面的卡片）。`,
    unchanged: (address, verdict) => `${address}：仍然是“${verdict}”。我会继续关注。`,
    changed: (address, verdict) => `${address}：现在是“${verdict}”。我会继续关注。`,
    inconclusive: (address) => `${address}：这次检查无法得出结论（无法连接 Microsoft，或它对任何地址都回答“存在”）。我会继续关注。`,
    postponed: (address, minutes) => `${address}：已达到查询次数上限；我会在大约 ${minutes} 分钟后检查它。`,
  },
  fixed: {
    title: (address) => `已解决：${address} 已可用于 VLSC`,
    footer: (time) => `因为你要求在解决后通知你，我已于 ${time} 重新检查。我已停止关注此地址。`,
    footerCampaign: (time) => `你的 IT 部门请我跟进此事，我已于 ${time} 重新检查。我已停止关注此地址。`,
  },
  /** Shown after a takeover ended: what the Learn page says changes for the other accounts at the domain. */
  afterTakeover: {
    seeDetails: (domain) => `这对 ${domain} 的其他人意味着什么：请查看“详细信息”。`,
    heading: (domain) => `${domain} 的其他所有人`,
    internal:
      '如果你接管的是非托管目录本身（“内部”接管），你已成为它的全局管理员：没有任何用户、域或服务计划被移动到其他目录，因此其他人在那里保留各自的帐户，这些帐户现在是托管的。',
    external:
      '如果你将该域添加到了你已经管理的组织中（“外部”接管），该域的用户、订阅和许可证分配已随域一起迁移，并且 Microsoft 会将用户映射到其资源，以便他们可以继续使用服务而不会中断。',
    removed:
      '如果你要从已接管的目录中删除该域以将其添加到其他位置，必须先将该域的用户重命名为该目录的 .onmicrosoft.com 域。',
  },
};
