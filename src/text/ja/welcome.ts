import type { CatalogWords } from '../catalog';

/** The app's name, the welcome, the help card and the commands Teams lists. */
export const appName: CatalogWords['appName'] = 'VL サインイン アシスタント';

export const welcome: CatalogWords['welcome'] = {
  intro:
    'Volume Licensing Service Center (VLSC) で必須になった管理された職場または学校アカウントでのサインインと、Volume Licensing Central で 2026 年 1 月 5 日から適用されている多要素認証 (MFA) の準備をお手伝いします。',
  personalHint: 'ボタンを選ぶか、「バイラル テナントとは？」のように質問を入力してください。',
  teamHint: 'このチームでは、ヘルプデスクのケースを投稿できます。ここでできることを確認するには、メンションして「ヘルプ」と入力してください。',
  groupChatHint:
    'このチャットでは、VLSC へのサインインと、Volume Licensing Central で必須の MFA についての質問にお答えします。ご自分のアカウントを確認するには、1 対 1 のチャットでお話しください。',
};

export const help: CatalogWords['help'] = {
  heading: 'できること',
  teamHeading: 'このチームでできること',
  groupChatHeading: 'このチャットでできること',
  footer: '会話を終えるには、いつでも「キャンセル」または「最初から」と入力してください。',
};

export const commands: CatalogWords['commands'] = {
  help: { title: 'ヘルプ', description: 'できることを表示します。' },
  cases: { title: '未解決のケース', description: '未解決のケースを一覧表示します (ほかに: unassigned、mine、case VL-XXXXXXXX、stats、export、repost)。' },
  channel: {
    title: 'このチャネルを使う',
    description: 'エスカレーションされたケースをここに送ります (または「use this channel for takeover cases」)。',
  },
  check: {
    title: 'VLSC サインインを確認',
    description: 'VLSC で使っているアカウントが正しい種類かどうかと、そうでない場合にすることを確認します。',
  },
  admins: {
    title: '管理者は誰？',
    description: 'グローバル管理者と、MFA を有効にできる管理者を探します。',
  },
  mfa: {
    title: 'MFA の準備はできている？',
    description: 'Volume Licensing Central で必須の MFA のために、ご自身と管理者がすることです。',
  },
};
