import type { CatalogWords } from '../catalog';

/** The titles of the Microsoft pages the cards link to (kit/cards/links.ts pairs them with the addresses). */
export const links: CatalogWords['links'] = {
  takeover: '인수 방법(Microsoft Learn)',
  signUp: '회사 계정 가입',
  vlscSupport: 'VLSC 지원팀에 문의',
  vlsc: 'VLSC 열기',
  mfaSetup: 'MFA 설정(aka.ms/mfasetup)',
  enableMfa: 'Microsoft Entra MFA 사용',
  securityDefaults: '보안 기본값 구성',
  perUserMfa: '사용자별 MFA 사용',
  federatedMfa: '페더레이션 IdP의 MFA 클레임',
  entraAdminCenter: 'Microsoft Entra 관리 센터',
};
