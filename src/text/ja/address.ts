import { ADDRESS_LIMITS } from '../../domain/address';
import type { CatalogWords } from '../catalog';

/** Why a typed address cannot be checked (domain/address.ts parseAddress). */
export const address: CatalogWords['address'] = {
  problems: {
    empty: 'アドレスが空です。',
    'too-long': `アドレスが ${ADDRESS_LIMITS.address} 文字を超えています。`,
    'control-characters': 'アドレスに制御文字が含まれています。',
    'invisible-characters':
      'アドレスに見えない書式文字 (ゼロ幅スペース、ソフト ハイフン、文字方向マーク) が含まれています。これらはアドレスを偽装するのに使われることがあります。',
    spaces: 'アドレスにスペースが含まれています。',
    'look-alike-at': 'アドレスの @ が似た別の文字 (全角や小さい @) です。半角の @ を入力してください。',
    'no-at': 'アドレスに @ がありません。',
    'several-at': 'アドレスに @ が 2 つ以上あります。',
    'nothing-before-at': '@ の前に何もありません。',
    'local-too-long': `@ の前の部分が ${ADDRESS_LIMITS.local} 文字を超えています。`,
    'local-dots': '@ の前の部分の先頭か末尾にドットがあるか、ドットが 2 つ続いています。',
    'local-character': '@ の前の部分に、メール アドレスに使えない文字が含まれています。',
    'nothing-after-at': '@ の後に何もありません。',
    'domain-ends-with-dot': 'ドメインがドットで終わっています。',
    'invalid-domain': 'ドメインが有効なドメイン名ではありません。',
    'domain-too-long': `ドメインが ${ADDRESS_LIMITS.domain} 文字を超えています。`,
    'domain-without-dot': 'ドメインには、contoso.com のように少なくとも 1 つのドットが必要です。',
    'domain-is-ip': 'ドメインがドメイン名ではなく IP アドレスです。',
    'too-long-encoded': `ドメインをエンコードすると、アドレスが ${ADDRESS_LIMITS.address} 文字を超えます。`,
  },
};
