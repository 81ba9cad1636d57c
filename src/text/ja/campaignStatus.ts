/** 「キャンペーンの状況」: キャンペーンの管理者が読む内容 (../en/campaignStatus.ts を参照)。 */
export const campaignStatus = {
  title: (id: string) => `キャンペーン ${id}: 状況`,
  started: (when: string, name: string) => (name ? `${when} に ${name} が開始しました。` : `${when} に開始しました。`),
  states: {
    draft: '確認中 (未送信)',
    previewed: '確認済み (未送信)',
    sending: '送信中',
    done: '送信済み',
    cancelled: 'キャンセル済み',
    closed: '終了',
  },
  people: 'リストの人数',
  counts: {
    'needs-action': '対応が必要',
    'in-progress': '対応中',
    fixed: '解決済み',
    'not-reachable': 'Teams で連絡できない',
  },
  changed: {
    'needs-action': '対応が必要',
    'in-progress': '対応中',
    fixed: '解決済み',
    'not-reachable': '連絡できない',
  },
  separator: '、',
  since: (changes: string, when: string) => `${when} 以降: ${changes}。`,
  unchangedSince: (when: string) => `${when} 以降、変化はありません。`,
  firstReport: 'これは最初のレポートです。次回のレポートで、それ以降の変化が表示されます。',
  meaning:
    '対応中: 結果を受け取り、まだ解決していない人。対応が必要: まだ結果を受け取っていない人、または送信に失敗した人。解決済み: 確認でアカウントの準備ができていると分かった人。',
  exportButton: 'CSV をエクスポート',
  closeButton: 'キャンペーンを終了',
  summary: {
    heading: '週次サマリー',
    last: '週次サマリー: リストのすべてのアカウントが解決済みです。これが最後のサマリーです。',
  },
  export: {
    title: (id: string) => `キャンペーン ${id}: エクスポート`,
    ready: (count: number) => `CSV のアドレス数: ${count}。リンクは 15 分間、1 回だけ使えます。`,
    button: 'CSV をダウンロード',
  },
  closed: (id: string) => `キャンペーン ${id} を終了しました。「キャンペーンの状況」には、最新の未終了のキャンペーンが表示されます。`,
  notClosable: (id: string) => `キャンペーン ${id} は送信中のため終了できません。キャンセルするか、完了するまでお待ちください。`,
  none: '未終了のキャンペーンはありません。「キャンペーンを開始」と送ると開始できます。',
};
