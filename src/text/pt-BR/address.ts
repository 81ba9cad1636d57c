import { ADDRESS_LIMITS } from '../../domain/address';
import type { CatalogWords } from '../catalog';

/** Why a typed address cannot be checked (domain/address.ts parseAddress). */
export const address: CatalogWords['address'] = {
  problems: {
    empty: 'O endereço está vazio.',
    'too-long': `O endereço tem mais de ${ADDRESS_LIMITS.address} caracteres.`,
    'control-characters': 'O endereço contém caracteres de controle.',
    'invisible-characters':
      'O endereço contém caracteres de formatação invisíveis (espaços de largura zero, hifens flexíveis ou marcas de direção do texto), que podem disfarçar um endereço.',
    spaces: 'O endereço contém espaços.',
    'look-alike-at': 'O @ do endereço é um caractere parecido (um @ de largura total ou pequeno): digite um @ comum.',
    'no-at': 'O endereço não tem @.',
    'several-at': 'O endereço tem mais de um @.',
    'nothing-before-at': 'Não há nada antes do @.',
    'local-too-long': `A parte antes do @ tem mais de ${ADDRESS_LIMITS.local} caracteres.`,
    'local-dots': 'A parte antes do @ tem um ponto no início ou no fim, ou dois pontos seguidos.',
    'local-character': 'A parte antes do @ contém um caractere que um endereço de email não pode ter.',
    'nothing-after-at': 'Não há nada depois do @.',
    'domain-ends-with-dot': 'O domínio termina com ponto.',
    'invalid-domain': 'O domínio não é um nome de domínio válido.',
    'domain-too-long': `O domínio tem mais de ${ADDRESS_LIMITS.domain} caracteres.`,
    'domain-without-dot': 'O domínio precisa de pelo menos um ponto, como em contoso.com.',
    'domain-is-ip': 'O domínio é um endereço IP, não um nome de domínio.',
    'too-long-encoded': `O endereço tem mais de ${ADDRESS_LIMITS.address} caracteres depois que o domínio é codificado.`,
  },
};
