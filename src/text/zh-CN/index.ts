/**
 * 简体中文目录，每个领域一个文件，键与英文目录 (../en/) 相同，由 Catalog (../catalog.ts) 约束。
 * 指南内容与英文一致，后者遵循 ../shared/seeds/ 中的两份 Microsoft 文档；门户标签使用
 * Microsoft 的简体中文界面用语，并在括号中保留英文标签。
 */

import type { Catalog } from '../catalog';
import { assembleCatalog } from '../assemble';
import * as words from './words';

export const catalog: Catalog = assembleCatalog(words);
export { retrieval } from './retrieval';
export { intents } from './intents';
