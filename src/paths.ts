import { basename, resolve } from 'node:path';

/** The project root, whether running from `src/` (tsx) or from the compiled `dist/src/`. */
const parent = resolve(__dirname, '..');
export const PROJECT_ROOT = basename(parent) === 'dist' ? resolve(parent, '..') : parent;

export const CARDS_DIR = resolve(PROJECT_ROOT, 'adaptiveCards');

export function packageVersion(): string {
  return (require(resolve(PROJECT_ROOT, 'package.json')) as { version: string }).version;
}
