import AdmZip from 'adm-zip';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseEnvFile } from '../src/config';
import { validateLocalization, validateManifest } from './manifestSchema';

/**
 * `npm run package`: builds the Teams app package for one environment, as Teams Toolkit's
 * teamsApp/zipAppPackage does, but offline and without the toolkit. `${{VAR}}` placeholders
 * in appPackage/manifest.json come from env/.env.<TEAMSFX_ENV or local>, its `.user`
 * file, and the process environment (which wins).
 */

type Env = Record<string, string | undefined>;

const ROOT = resolve(__dirname, '..');
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export class PackageError extends Error {
  override name = 'PackageError';
}

export function readEnvFiles(root: string, envName: string, processEnv: Env = process.env): Env {
  const merged: Env = {};
  for (const file of [`.env.${envName}`, `.env.${envName}.user`]) {
    const path = join(root, 'env', file);
    if (existsSync(path)) Object.assign(merged, parseEnvFile(readFileSync(path, 'utf8')));
  }
  return { ...merged, ...processEnv };
}

/** Replaces every placeholder; an unset or empty variable is an error naming all of them. */
export function substitutePlaceholders(text: string, env: Env): string {
  const missing = new Set<string>();
  const result = text.replace(PLACEHOLDER, (_match, name: string) => {
    const value = env[name];
    if (!value) {
      missing.add(name);
      return '';
    }
    // Values land inside JSON strings: escape them as JSON would.
    return JSON.stringify(value).slice(1, -1);
  });
  if (missing.size > 0) {
    throw new PackageError(`unresolved placeholder(s) in appPackage/manifest.json: ${[...missing].join(', ')}`);
  }
  return result;
}

export interface PackageOptions {
  root?: string;
  envName: string;
  env: Env;
  outDir?: string;
}

interface PackagedManifest {
  manifestVersion: string;
  icons: { color: string; outline: string };
  localizationInfo?: { defaultLanguageFile?: string; additionalLanguages?: Array<{ languageTag: string; file: string }> };
}

/** The translation files the manifest names (localizationInfo), which go in the zip beside it. */
export function translationFiles(manifest: Pick<PackagedManifest, 'localizationInfo'>): string[] {
  const info = manifest.localizationInfo;
  return [...(info?.defaultLanguageFile ? [info.defaultLanguageFile] : []), ...(info?.additionalLanguages ?? []).map((language) => language.file)];
}

/** Writes appPackage.<envName>.zip (manifest.json, both icons and the translation files) and returns its path. */
export function buildAppPackage({ root = ROOT, envName, env, outDir = join(root, 'appPackage', 'build') }: PackageOptions): string {
  const appPackage = join(root, 'appPackage');
  const manifestText = substitutePlaceholders(readFileSync(join(appPackage, 'manifest.json'), 'utf8'), env);
  const manifest = JSON.parse(manifestText) as PackagedManifest;
  const errors = validateManifest(manifest);
  if (errors.length > 0) throw new PackageError(`manifest does not match its schema:\n  ${errors.join('\n  ')}`);

  const zip = new AdmZip();
  zip.addFile('manifest.json', Buffer.from(manifestText, 'utf8'));
  for (const icon of [manifest.icons.color, manifest.icons.outline]) {
    const path = join(appPackage, icon);
    if (!existsSync(path)) throw new PackageError(`icon ${icon} named in the manifest is missing from appPackage/`);
    zip.addFile(icon, readFileSync(path));
  }
  for (const file of translationFiles(manifest)) {
    const path = join(appPackage, file);
    if (!existsSync(path)) throw new PackageError(`translation ${file} named in the manifest is missing from appPackage/`);
    const problems = validateLocalization(manifest.manifestVersion, JSON.parse(readFileSync(path, 'utf8')));
    if (problems.length > 0) throw new PackageError(`translation ${file} does not match its schema:\n  ${problems.join('\n  ')}`);
    zip.addFile(file, readFileSync(path));
  }
  mkdirSync(outDir, { recursive: true });
  const zipPath = join(outDir, `appPackage.${envName}.zip`);
  zip.writeZip(zipPath);
  return zipPath;
}

if (require.main === module) {
  const envName = process.env.TEAMSFX_ENV || 'local';
  try {
    const zipPath = buildAppPackage({ envName, env: readEnvFiles(ROOT, envName) });
    process.stdout.write(`wrote ${zipPath}\n`);
  } catch (error) {
    if (!(error instanceof PackageError)) throw error;
    process.stderr.write(`package: ${error.message}\n`);
    process.exit(1);
  }
}
