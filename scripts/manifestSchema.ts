import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Validates a Teams app manifest against the official JSON schema shipped in the npm
 * package @microsoft/app-manifest, offline: the schema is read from node_modules and
 * nothing is ever fetched (the schemas have no remote `$ref`, and Ajv compiles
 * synchronously without a `loadSchema`, so a remote reference would fail, not download).
 */

const SCHEMAS_DIR = join(dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');

export function manifestSchemaPath(manifestVersion: string): string {
  return join(SCHEMAS_DIR, `v${manifestVersion}`, 'MicrosoftTeams.schema.json');
}

/** The schema of a manifest translation file (localizationInfo's files) of the same version. */
export function localizationSchemaPath(manifestVersion: string): string {
  return join(SCHEMAS_DIR, `v${manifestVersion}`, 'MicrosoftTeams.Localization.schema.json');
}

/**
 * The Teams schemas declare draft-04 but use `const` (draft-06) and none of the draft-04
 * keywords whose meaning later changed (`id`, boolean `exclusiveMinimum`/`exclusiveMaximum`),
 * so Ajv's default draft-07 validator reads them as intended once the `$schema` line,
 * which Ajv 8 does not know, is dropped.
 */
function loadSchema(path: string, manifestVersion: string): object {
  if (!existsSync(path)) throw new Error(`no Teams manifest schema for manifestVersion "${manifestVersion}" (looked for ${path})`);
  const { $schema: _draft04, ...schema } = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  return schema;
}

/** One readable line per violation of the schema at `path`; an empty list means the document is valid. */
function validateAgainst(path: string, manifestVersion: string, document: unknown, unicodeRegExp = true): string[] {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp });
  addFormats(ajv);
  const validate = ajv.compile(loadSchema(path, manifestVersion));
  if (validate(document)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'} ${JSON.stringify(e.params)}`);
}

/** Returns one readable line per schema violation; an empty list means the manifest is valid. */
export function validateManifest(manifest: unknown): string[] {
  const version = (manifest as { manifestVersion?: unknown } | null)?.manifestVersion;
  if (typeof version !== 'string') return ['/manifestVersion must be a string such as "1.30"'];
  return validateAgainst(manifestSchemaPath(version), version, manifest);
}

/** The same for a translation file of a manifest of `manifestVersion`: only the keys its schema allows, within their lengths. */
export function validateLocalization(manifestVersion: string, translation: unknown): string[] {
  // Some of its key patterns (`\b]` after a group) are JavaScript regular expressions only without the `u` flag.
  return validateAgainst(localizationSchemaPath(manifestVersion), manifestVersion, translation, false);
}
