import type { CatalogWords } from '../catalog';

/** The language the bot answers in: the override command, the language card, and drafts kept in English for support. */
export const language: CatalogWords['language'] = {
  changed: (name) => `이제부터 ${name}(으)로 답변합니다. Teams 언어를 다시 따르려면 “언어 자동”을 입력하세요.`,
  followingTeams: (name) => `Teams 언어를 다시 따릅니다: ${name}.`,
  pickerTitle: '어떤 언어로 답변할까요?',
  pickerSummary: '하나를 선택하거나 “언어”와 언어 이름을 입력하세요(예: “언어: 영어”).',
  followTeamsButton: '내 Teams 언어 따르기',
  unknown: (said) => `“${said}” 언어를 알지 못합니다.`,
  unavailable: (name) => `아직 ${name}(으)로 답변할 수 없습니다.`,
  helpHint: '언어를 바꾸려면 “언어”와 언어 이름을 입력하세요(예: “언어: 영어”). “언어 자동”을 입력하면 Teams 언어를 다시 따릅니다.',
  draftInMyLanguage: '내 언어로 초안 작성',
  emailTo: (address) => `(받는 사람: ${address})`,
  draftInEnglish: 'VLSC 지원팀과 MFA 지원팀은 영어로 업무를 처리하므로 보낼 텍스트는 영어입니다. “내 언어로 초안 작성”을 선택하면 사용자의 언어로 작성합니다.',
};
