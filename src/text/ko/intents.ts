import type { IntentWords } from '../../domain/language/words';

/**
 * The Korean words of the conversation controls, matched as whole messages (after the
 * lead-ins and courtesies are dropped): among them every command the Korean catalog tells
 * people to type (“도움말”, “취소”, “처음부터”, “내 계정 확인”, “내 관리자는 누구”…).
 */
export const intents: IntentWords = {
  help: ['도움말', '도움', '도와줘', '도와주세요', '무엇을 할 수 있나요', '뭘 할 수 있어', '할 수 있는 일', '사용법', '메뉴'],
  cancel: ['취소', '취소해', '중지', '그만', '그만할게요', '멈춰'],
  restart: ['처음부터', '처음부터 다시', '다시 시작', '새로 시작', '재시작'],
  check: ['확인', '내 계정 확인', '계정 확인', '내 계정 확인해', '체크', '확인해', 'vlsc 로그인 확인', '로그인 확인'],
  checkAgain: ['다시 확인', '다시 확인해', '지금 다시 확인', '재확인', '해결됐나요', '해결되었나요'],
  admins: ['내 관리자는 누구인가요', '내 관리자는 누구', '관리자는 누구인가요', '관리자가 누구예요', '관리자 누구', '우리 관리자는 누구', '전역 관리자는 누구', '관리자 찾기'],
  mfa: ['mfa', '다단계 인증', 'mfa 준비가 되었나요', 'mfa 준비 상태 확인', 'mfa 준비', 'mfa 확인'],
  campaign: ['캠페인 시작', '캠페인을 시작', '새 캠페인', '캠페인 만들기', '캠페인 시작하기'],
  campaignStatus: ['캠페인 상태', '캠페인 현황', '캠페인 진행 상황', '캠페인 어떻게 되고 있어'],
  drafts: {
    disassociation: ['연결 해제 요청 작성', '연결 해제 요청', '연결 해제 요청서', '연결 해제 초안'],
    'extra-logins': ['vlsc 지원팀에 로그인 추가 요청', '로그인 추가 요청', '로그인 횟수 추가 요청', '로그인 늘려'],
    'mfa-support': ['mfa 지원팀에 보낼 메일 작성', 'mfa 지원팀에 메일', 'mfa 지원팀 메일', 'mfa 지원 메일 작성'],
  },
  smallTalk: {
    thanks: ['감사합니다', '고맙습니다', '감사해요', '고마워요', '고마워', '땡큐'],
    ok: ['알겠습니다', '알겠어요', '네', '예', '좋아요', '오케이', '그래요'],
    bye: ['안녕히 계세요', '안녕', '잘 가', '다음에 봐요', '수고하세요'],
  },
  leadIns: ['저기요', '혹시', '제발'],
  courtesies: ['해 주세요', '해주세요', '주세요', '부탁합니다', '부탁해요', '부탁드립니다'],
  languageWords: ['언어', '표시 언어', '언어 설정'],
  names: ['한국어', '한국말', '한글', 'korean', 'coréen', 'coreen', 'coreano', 'koreanisch', 'koreaans', '韓国語', '韩语', '韓語'],
  autoWords: ['자동', '기본값', '원래대로'],
};
