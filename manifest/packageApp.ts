import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createZipArchive } from './createZipArchive.ts';
import { APP_ORIGIN_PLACEHOLDER, fillAppOrigin } from './fillAppOrigin.ts';
import { validateManifest } from './validateManifest.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Raised when the filled-in manifest breaks the official schema; lists every problem. */
export class InvalidManifestError extends Error {
  override readonly name = 'InvalidManifestError';
}

/**
 * Builds the app package for one deployment: `manifest.json` with every URL pointing at
 * `appOrigin`, plus `color.png` and `outline.png`, zipped. Refuses a manifest that fails the schema.
 *
 * @example
 * writeFileSync('dist/privacy-desk.zip', buildAppPackage('privacydesk.example.com'));
 */
export function buildAppPackage(appOrigin: string, root: string = repoRoot): Buffer {
  const manifestText = fillAppOrigin(readFileSync(join(root, 'manifest/manifest.json'), 'utf8'), appOrigin);
  const problems = validateManifest(JSON.parse(manifestText));
  if (problems.length > 0) {
    throw new InvalidManifestError(`manifest/manifest.json does not match its schema:\n${problems.join('\n')}`);
  }
  return createZipArchive([
    { name: 'manifest.json', content: Buffer.from(manifestText, 'utf8') },
    { name: 'color.png', content: readFileSync(join(root, 'assets/color.png')) },
    { name: 'outline.png', content: readFileSync(join(root, 'assets/outline.png')) },
  ]);
}

/**
 * The icons the Outlook ribbon loads (every `https://<origin>/assets/*.png` in the manifest), which
 * the build must serve next to `taskpane.html`.
 *
 * @example
 * listRibbonIcons(readFileSync('manifest/manifest.json', 'utf8')) // ['icon-16.png', 'icon-32.png', 'icon-80.png']
 */
export function listRibbonIcons(manifestText: string): string[] {
  const prefix = `https://${APP_ORIGIN_PLACEHOLDER}/assets/`;
  const names = new Set<string>();
  for (let at = manifestText.indexOf(prefix); at !== -1; at = manifestText.indexOf(prefix, at + prefix.length)) {
    names.add(manifestText.slice(at + prefix.length, manifestText.indexOf('"', at)));
  }
  return [...names].sort();
}

// Run as a tool: `npx tsx manifest/packageApp.ts <host[:port]> [output.zip]`.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [appOrigin, output = join(repoRoot, 'dist/privacy-desk.zip')] = process.argv.slice(2);
  if (!appOrigin) {
    console.error('Usage: npx tsx manifest/packageApp.ts <host[:port]> [output.zip]\n  e.g. npx tsx manifest/packageApp.ts privacydesk.example.com');
    process.exit(2);
  }
  try {
    const appPackage = buildAppPackage(appOrigin);
    mkdirSync(dirname(resolve(output)), { recursive: true });
    writeFileSync(output, appPackage);
    console.log(`Wrote ${output} (${appPackage.length} bytes) for https://${appOrigin}`);
    if (!existsSync(join(repoRoot, 'dist/taskpane.html'))) {
      console.warn('dist/ holds no built pages yet: run "npm run build" and deploy dist/ to the same origin.');
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
