import { ADDRESS_LIMITS } from '../../domain/address';
import type { CatalogWords } from '../catalog';

/** Why a typed address cannot be checked (domain/address.ts parseAddress). */
export const address: CatalogWords['address'] = {
  problems: {
    empty: '주소가 비어 있습니다.',
    'too-long': `주소가 ${ADDRESS_LIMITS.address}자보다 깁니다.`,
    'control-characters': '주소에 제어 문자가 있습니다.',
    'invisible-characters':
      '주소에 보이지 않는 서식 문자(폭 없는 공백, 소프트 하이픈, 텍스트 방향 표시)가 있습니다. 이런 문자는 주소를 위장하는 데 쓰일 수 있습니다.',
    spaces: '주소에 공백이 있습니다.',
    'look-alike-at': '주소의 @가 비슷하게 생긴 다른 문자(전각 또는 작은 @)입니다. 일반 @를 입력하세요.',
    'no-at': '주소에 @가 없습니다.',
    'several-at': '주소에 @가 두 개 이상 있습니다.',
    'nothing-before-at': '@ 앞에 아무것도 없습니다.',
    'local-too-long': `@ 앞부분이 ${ADDRESS_LIMITS.local}자보다 깁니다.`,
    'local-dots': '@ 앞부분의 처음이나 끝에 점이 있거나, 점이 두 개 연속으로 있습니다.',
    'local-character': '@ 앞부분에 메일 주소에 쓸 수 없는 문자가 있습니다.',
    'nothing-after-at': '@ 뒤에 아무것도 없습니다.',
    'domain-ends-with-dot': '도메인이 점으로 끝납니다.',
    'invalid-domain': '도메인이 올바른 도메인 이름이 아닙니다.',
    'domain-too-long': `도메인이 ${ADDRESS_LIMITS.domain}자보다 깁니다.`,
    'domain-without-dot': '도메인에는 contoso.com처럼 점이 하나 이상 있어야 합니다.',
    'domain-is-ip': '도메인이 도메인 이름이 아니라 IP 주소입니다.',
    'too-long-encoded': `도메인을 인코딩하면 주소가 ${ADDRESS_LIMITS.address}자보다 깁니다.`,
  },
};
