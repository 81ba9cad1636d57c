import type { CatalogWords } from '../catalog';

/** The titles of the Microsoft pages the cards link to (kit/cards/links.ts pairs them with the addresses). */
export const links: CatalogWords['links'] = {
  takeover: '引き継ぎの方法 (Microsoft Learn)',
  signUp: '職場アカウントにサインアップ',
  vlscSupport: 'VLSC サポートに問い合わせる',
  vlsc: 'VLSC を開く',
  mfaSetup: 'MFA を設定 (aka.ms/mfasetup)',
  enableMfa: 'Microsoft Entra MFA を有効にする',
  securityDefaults: 'セキュリティの既定値群を構成する',
  perUserMfa: 'ユーザーごとの MFA を有効にする',
  federatedMfa: 'フェデレーション IdP からの MFA 要求',
  entraAdminCenter: 'Microsoft Entra 管理センター',
};
