import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

/** Where `@microsoft/app-manifest` keeps the official Teams / Microsoft 365 manifest schemas. */
export const TEAMS_SCHEMA_FOLDER = join(
  dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json')),
  'build/json-schemas/teams',
);

/** Raised when the manifest does not say which schema version it follows. */
export class ManifestVersionError extends Error {
  override readonly name = 'ManifestVersionError';
}

/**
 * Checks a manifest offline against the official JSON schema of the version it declares
 * (`manifestVersion`), as shipped in `@microsoft/app-manifest`. Returns one readable line per
 * problem; an empty list means the manifest is valid.
 *
 * @example
 * const problems = validateManifest(JSON.parse(readFileSync('manifest/manifest.json', 'utf8')));
 * if (problems.length > 0) throw new Error(problems.join('\n'));
 */
export function validateManifest(manifest: unknown): string[] {
  const version = readManifestVersion(manifest);
  const schemaPath = join(TEAMS_SCHEMA_FOLDER, `v${version}`, 'MicrosoftTeams.schema.json');
  const schema: unknown = JSON.parse(readFileSync(schemaPath, 'utf8'));
  // Strict mode off: the official schemas carry keywords (e.g. descriptions on $ref) strict mode rejects.
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(schema as object);
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'} ${JSON.stringify(error.params)}`);
}

function readManifestVersion(manifest: unknown): string {
  const version = typeof manifest === 'object' && manifest !== null ? (manifest as { manifestVersion?: unknown }).manifestVersion : undefined;
  if (typeof version !== 'string' || !/^\d+\.\d+$/.test(version)) {
    throw new ManifestVersionError('The manifest has no manifestVersion such as "1.30", so its schema cannot be chosen.');
  }
  return version;
}
