import { ADDRESS_LIMITS } from '../../domain/address';
import type { CatalogWords } from '../catalog';

/** 输入的地址无法检查的原因 (domain/address.ts parseAddress)。 */
export const address: CatalogWords['address'] = {
  problems: {
    empty: '地址为空。',
    'too-long': `地址超过 ${ADDRESS_LIMITS.address} 个字符。`,
    'control-characters': '地址包含控制字符。',
    'invisible-characters': '地址包含不可见的格式字符（零宽空格、软连字符或文字方向标记），这些字符可能用来伪装地址。',
    spaces: '地址包含空格。',
    'look-alike-at': '地址中的 @ 是外形相似的字符（全角或小号 @）：请输入普通的 @。',
    'no-at': '地址中没有 @。',
    'several-at': '地址中有多个 @。',
    'nothing-before-at': '@ 之前没有内容。',
    'local-too-long': `@ 之前的部分超过 ${ADDRESS_LIMITS.local} 个字符。`,
    'local-dots': '@ 之前的部分以点开头或结尾，或包含连续两个点。',
    'local-character': '@ 之前的部分包含电子邮件地址中不能有的字符。',
    'nothing-after-at': '@ 之后没有内容。',
    'domain-ends-with-dot': '域以点结尾。',
    'invalid-domain': '域不是有效的域名。',
    'domain-too-long': `域超过 ${ADDRESS_LIMITS.domain} 个字符。`,
    'domain-without-dot': '域至少需要一个点，例如 contoso.com。',
    'domain-is-ip': '域是 IP 地址，而不是域名。',
    'too-long-encoded': `对域进行编码后，地址超过 ${ADDRESS_LIMITS.address} 个字符。`,
  },
};
