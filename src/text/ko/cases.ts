import type { CaseStatus, HistoryEvent } from '../../domain/cases/case';
import { utcMinute } from '../moment';
import type { CaseRefusal } from '../../domain/cases/refusal';
import type { Verdict } from '../../domain/verdicts';
import type { CatalogWords, WordsFor } from '../catalog';

/** Each verdict's name for the help desk, short enough for a list row or a chart label. */
const verdicts = {
  'takeover-needed': '관리되지 않는 테넌트, 인수 필요',
  'personal-account': '개인 Microsoft 계정',
  'choose-work-account': '회사 계정과 개인 계정 모두',
  ready: '회사 계정 준비됨',
  'no-account': '계정을 찾지 못함',
  'lookup-failed': 'Microsoft에 연결하지 못함',
  'invalid-address': '올바른 주소가 아님',
} satisfies Record<Verdict, string>;

/** A status in the middle of a sentence. */
const statusInSentence: Record<CaseStatus, string> = {
  new: '새 케이스',
  assigned: '할당됨',
  'waiting-on-requester': '요청자 응답 대기 중',
  resolved: '해결됨',
  closed: '닫힘',
};

/** The id as typed or sent, cut short: card data is not capped like typed text. */
const notFound = (id: string) => `볼 수 있는 케이스 ${id.length > 24 ? `${id.slice(0, 24)}…` : id}이(가) 없습니다.`;

/** Each change as the case's history tells it. */
const history: WordsFor<HistoryEvent, 'action'> = {
  open: ({ address, verdict }) => `${address}에 대해 열림: ${verdicts[verdict]}.`,
  diagnosis: ({ was, found }) => (was === found ? `다시 확인함: 여전히 ${verdicts[was]}.` : `다시 확인함: ${verdicts[found]}(이전: ${verdicts[was]}).`),
  assign: ({ assignee, from }) => (from ? `${from}에서 ${assignee}(으)로 다시 할당함.` : `${assignee}에게 할당함.`),
  unassign: ({ assignee }) => `${assignee}의 할당을 해제함.`,
  resolve: () => '해결함.',
  close: () => '닫음.',
  reopen: ({ status }) => `다시 열림(${statusInSentence[status]}).`,
  'set-status': ({ status }) => `상태를 ${statusInSentence[status]}(으)로 설정함.`,
  'set-category': ({ from, to }) => `범주를 ${from}에서 ${to}(으)로 변경함.`,
  'add-note': ({ cutTo }) => (cutTo ? `메모를 추가함(${cutTo}자로 줄임).` : '메모를 추가함.'),
  'ask-requester': ({ questionId }) => `요청자에게 질문함(${questionId}).`,
  'requester-answer': ({ questionId }) => `${questionId}에 대한 답변을 기록함.`,
  remind: () => '케이스가 할당되지 않았음을 헬프 데스크에 다시 알림.',
  'fixed-by-check': ({ checkedAt, verdict, tenant }) => `${utcMinute(checkedAt)} 재확인으로 해결됨: ${verdicts[verdict]}, 테넌트 ${tenant}.`,
};

/** Why an action on a case was not taken. */
const refusals: WordsFor<CaseRefusal> = {
  'not-found': ({ id }) => notFound(id),
  'requester-only': ({ id }) => `${id}은(는) 헬프 데스크만 변경할 수 있습니다. 본인은 질문에 답할 수 있습니다.`,
  'not-open': ({ id, status }) => `${id}의 상태는 ${statusInSentence[status]}입니다. 먼저 다시 여세요.`,
  'already-assigned': ({ id, assignee }) => `${id}은(는) 이미 ${assignee}에게 할당되어 있습니다.`,
  'not-assigned': ({ id }) => `${id}은(는) 아무에게도 할당되어 있지 않습니다.`,
  'already-closed': ({ id }) => `${id}은(는) 이미 닫혀 있습니다.`,
  'already-open': ({ id, status }) => `${id}은(는) 이미 열려 있습니다(${statusInSentence[status]}).`,
  'already-status': ({ id, status }) => `${id}의 상태는 이미 ${statusInSentence[status]}입니다.`,
  'assign-first': ({ id }) => `먼저 ${id}에 담당자를 할당하세요.`,
  'unassign-instead': ({ id, assignee }) => `${id}은(는) ${assignee}에게 할당되어 있습니다. 대신 할당을 해제하세요.`,
  'already-category': ({ id, category }) => `${id}은(는) 이미 ${category} 범주에 있습니다.`,
  'empty-note': () => '메모에 내용이 필요합니다.',
  'empty-question': () => '질문에 내용이 필요합니다.',
  'empty-answer': () => '답변에 내용이 필요합니다.',
  'closed-to-answers': ({ id, status }) => `${id}의 상태가 ${statusInSentence[status]}이므로 더 이상 답변을 받지 않습니다.`,
  'no-question': ({ id, questionId }) => `${id}에 질문 ${questionId}이(가) 없습니다.`,
  'already-answered': ({ id, questionId }) => `${id}의 질문 ${questionId}에는 이미 답변이 있습니다.`,
  'changed-since-shown': ({ id }) => `카드가 표시된 후 ${id}이(가) 변경되었습니다. 현재 상태를 보여 드립니다.`,
  'changed-meanwhile': ({ id }) => `다른 사람이 동시에 ${id}을(를) 변경했습니다. 현재 상태를 보여 드립니다.`,
  'cannot-reopen': ({ id, openId }) => `${id}은(는) 다시 열 수 없습니다. 같은 사용자와 주소로 ${openId}이(가) 이미 열려 있습니다.`,
};

/** Help-desk cases: the cards, lists, stats and messages about them. */
export const cases: CatalogWords['cases'] = {
  escalateButton: '관리자 / 헬프 데스크에 문의',
  title: (id: string) => `케이스 ${id}`,
  categories: { takeover: '테넌트 인수', 'personal-account': '개인 계정', mfa: 'MFA', other: '기타' },
  statuses: { new: '새 케이스', assigned: '할당됨', 'waiting-on-requester': '요청자 응답 대기 중', resolved: '해결됨', closed: '닫힘' },
  facts: {
    requester: '요청자',
    address: '주소',
    verdict: '확인 결과',
    category: '범주',
    status: '상태',
    assignee: '담당자',
    created: '열린 시각',
    tenant: '테넌트',
  },
  verdicts,
  unassigned: '아직 없음',
  notesHeading: '메모',
  questionsHeading: '요청자에게 한 질문',
  noAnswer: '(아직 답변 없음)',
  historyHeading: '최근 변경 내용',
  assigneeLabel: '할당 대상',
  earlierNotes: (count: number) => `이전 메모 ${count}개는 여기에 표시되지 않습니다.`,
  earlierQuestions: (count: number) => `이전 질문 ${count}개는 여기에 표시되지 않습니다.`,
  assigneesShown: (shown: number, total: number) => `할당 대상(이 팀의 ${total}명 중 ${shown}명만 표시됩니다. 다른 사람은 “나에게 할당”을 누를 수 있습니다)`,
  statusLabel: '상태',
  noteLabel: '메모',
  questionLabel: '요청자에게 할 질문',
  buttons: {
    assignToMe: '나에게 할당',
    assign: '할당',
    status: '상태 설정',
    write: '메모 또는 질문',
    note: '메모 추가',
    ask: '요청자에게 질문',
    manage: '할당 또는 상태 설정',
    resolve: '해결',
    reopen: '다시 열기',
    chat: '요청자와 채팅',
    answer: '답변 보내기',
  },
  escalated: (id: string, where: string) => `케이스 ${id}을(를) 열고 다음 대상에게 보냈습니다: ${where}. 누군가 처리하면 여기에서 알려 드립니다.`,
  updated: (id: string, where: string) => `케이스 ${id}이(가) 최신 확인 결과로 업데이트되었습니다. 현재 담당: ${where}.`,
  willRetry: (id: string) => `케이스 ${id}을(를) 열었지만 지금은 전달하지 못했습니다. 자동으로 계속 시도하며, 도착하면 여기에서 알려 드립니다. 잃어버리는 것은 없습니다.`,
  nobodyYet: (id: string, category: string) =>
    `케이스 ${id}을(를) 저장했지만 아직 받을 수 있는 사람이 없습니다. 조직에 ${category} 케이스용 헬프 데스크 채널이 없고, 관리자나 헬프 데스크 관리자 중 누구도 이 도우미를 설치하지 않았습니다. 둘 중 하나가 준비되는 즉시 보내고 여기에서 알려 드립니다. 그동안 직접 관리자에게 연락할 수도 있습니다:`,
  reachedLater: (id: string, where: string) => `케이스 ${id}이(가) 이제 다음 대상에게 전달되었습니다: ${where}.`,
  where: {
    channel: (name: string) => (name ? `“${name}” 채널의 헬프 데스크` : '헬프 데스크'),
    admins: (names: readonly string[]) => (names.length === 1 ? `관리자 ${names[0]} 님` : `관리자 ${names.map((name) => `${name} 님`).join(', ')}`),
    and: ' 및 ',
  },
  needsOrganisation: '케이스는 조직의 회사 계정으로 Microsoft Teams에 로그인한 사용자만 열 수 있습니다. Teams에서 메시지를 보내 주세요.',
  requesterView: (id: string, status: string) => `케이스 ${id}의 상태: ${status}. 변경 사항이 있으면 여기에서 알려 드립니다.`,
  slowDown: (seconds: number) => `짧은 시간에 케이스 조회가 너무 많습니다. ${seconds}초 후에 다시 시도하세요.`,
  triageWhere:
    '케이스 명령은 해당 케이스용으로 지정된 헬프 데스크 채널(그 채널에서 “use this channel for all cases”라고 입력), 또는 헬프 데스크 관리자와 조직 관리자의 경우 저와의 개인 채팅에서 사용할 수 있습니다.',
  checkFirst: '헬프 데스크가 확인 결과를 볼 수 있도록 먼저 계정을 확인하겠습니다.',
  draftNote: (title: string) => `검토용 초안: ${title}`,
  notify: (id: string, what: string) => `케이스 ${id} 업데이트: ${what}`,
  questionTitle: (id: string) => `케이스 ${id}에 대한 질문`,
  answerLabel: '답변',
  answerThanks: (id: string) => `감사합니다. 답변이 케이스 ${id}에 추가되었습니다.`,
  audit: (who: string, what: string) => `${who}: ${what}`,
  refused: '이 케이스는 헬프 데스크와 조직의 관리자만 처리할 수 있습니다.',
  notFound,
  refusals,
  history,
  stale: '그동안 이 케이스가 변경되었습니다. 현재 상태를 보여 드립니다.',
  required: { note: '먼저 메모를 입력하세요.', question: '먼저 질문을 입력하세요.', assignee: '할당할 사람을 선택하세요.', status: '상태를 선택하세요.', answer: '먼저 답변을 입력하세요.' },
  list: {
    heading: (what: string, n: number) => `${what}: ${n}`,
    open: '열린 케이스',
    unassigned: '할당되지 않은 케이스',
    mine: '나에게 할당된 케이스',
    none: '없음.',
    openButton: '열기',
    assignedTo: (name: string) => `담당: ${name}`,
    more: (n: number) => `${n}개가 더 있지만 표시하지 않았습니다(오래된 순). 더 짧은 목록은 “unassigned” 또는 “mine”, 모든 케이스는 “export”를 입력하세요.`,
  },
  duration: (ms: number) => {
    const minutes = Math.max(0, Math.floor(ms / 60_000));
    if (minutes < 60) return `${minutes}분`;
    const hours = Math.floor(minutes / 60);
    return hours < 48 ? `${hours}시간` : `${Math.floor(hours / 24)}일`;
  },
  stats: {
    title: '케이스 통계',
    total: '케이스',
    resolved: '한 번 이상 해결됨',
    median: '해결까지 걸린 시간의 중앙값',
    notYet: '아직 해결된 케이스 없음',
    byCategory: '범주별',
    byStatus: '상태별',
    byVerdict: '확인 결과별',
    undelivered: '열림, 아직 전달되지 않음',
  },
  export: {
    title: '케이스 내보내기',
    ready: (n: number) => `케이스 ${n}개의 CSV가 준비되었습니다. 링크는 15분 동안 한 번만 사용할 수 있습니다.`,
    button: 'CSV 다운로드',
  },
  channelSet: (categories: readonly string[]) => `이제 이 채널에서 ${categories.join(', ')} 케이스를 받습니다.`,
  backlog: (n: number) => (n ? ` 대기 중인 케이스 ${n}개를 지금 여기에 게시하고 있습니다.` : ''),
  channelDenied: '헬프 데스크 채널은 조직의 관리자와 구성된 헬프 데스크 관리자만 선택할 수 있습니다.',
  channelUsage: '“use this channel for takeover cases”라고 입력하세요(takeover 대신 personal-account, mfa, other 또는 all도 사용할 수 있습니다).',
  reposted: (n: number) => `채널이나 담당자에게 전달되지 않은 케이스 ${n}개를 다시 게시했습니다.`,
  /** Minutes under two hours, whole hours after (UNASSIGNED_REMINDER_MINUTES may be short). */
  reminder: (id: string, minutes: number) => {
    const waited = minutes < 120 ? `${minutes}분` : `${Math.floor(minutes / 60)}시간`;
    return `알림: 케이스 ${id}이(가) 담당자 없이 ${waited} 동안 대기 중입니다.`;
  },
  channelOnly: '이 명령은 헬프 데스크 채널에서 사용할 수 있습니다.',
};
