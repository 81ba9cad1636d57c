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

/**
 * The Teams schemas declare draft-04 but use `const` (draft-06) and none of the draft-04
 * keywords whose meaning later changed (`id`, boolean `exclusiveMinimum`/`exclusiveMaximum`),
 * so Ajv's default draft-07 validator reads them as intended once the `$schema` line,
 * which Ajv 8 does not know, is dropped.
 */
function loadSchema(manifestVersion: string): object {
  const path = manifestSchemaPath(manifestVersion);
  if (!existsSync(path)) throw new Error(`no Teams manifest schema for manifestVersion "${manifestVersion}" (looked for ${path})`);
  const { $schema: _draft04, ...schema } = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  return schema;
}

/** Returns one readable line per schema violation; an empty list means the manifest is valid. */
export function validateManifest(manifest: unknown): string[] {
  const version = (manifest as { manifestVersion?: unknown } | null)?.manifestVersion;
  if (typeof version !== 'string') return ['/manifestVersion must be a string such as "1.30"'];
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(loadSchema(version));
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'} ${JSON.stringify(e.params)}`);
}
