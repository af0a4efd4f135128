import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppOriginError, APP_ORIGIN_PLACEHOLDER, fillAppOrigin } from '../../manifest/fillAppOrigin.ts';
import { buildAppPackage, InvalidManifestError, listRibbonIcons } from '../../manifest/packageApp.ts';
import { ManifestVersionError, TEAMS_SCHEMA_FOLDER, validateManifest } from '../../manifest/validateManifest.ts';
import { decodePng, readZipEntries } from './manifestFiles.ts';

type Json = Record<string, unknown>;

const scratchFolders: string[] = [];
function makeScratchFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  scratchFolders.push(folder);
  return folder;
}
afterAll(() => {
  for (const folder of scratchFolders) rmSync(folder, { recursive: true, force: true });
});

const repoRoot = join(import.meta.dirname, '../..');
const manifestText = readFileSync(join(repoRoot, 'manifest/manifest.json'), 'utf8');
const readManifest = (): Json => JSON.parse(manifestText) as Json;
// Every URL in the manifest, with where it sits, except the pointer to the schema itself.
function listUrls(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return /^https?:\/\//i.test(value) ? [[path, value]] : [];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => (path === '' && key === '$schema' ? [] : listUrls(inner, `${path}/${key}`)));
}
const manifest = readManifest() as {
  manifestVersion: string;
  staticTabs: { contentUrl: string }[];
  validDomains: string[];
  authorization: { permissions: { resourceSpecific: { name: string; type: string }[] } };
  extensions: {
    requirements: { capabilities: { name: string; minVersion: string }[] };
    runtimes: { code: { page: string }; actions: { id: string; type: string; pinnable?: boolean }[] }[];
    ribbons: { contexts: string[]; tabs: { groups: { controls: { actionId: string }[] }[] }[] }[];
  }[];
};

describe('manifest/manifest.json against the official schema', () => {
  it('is valid as written, with the placeholder, and once filled in', () => {
    expect(validateManifest(readManifest())).toEqual([]);
    expect(validateManifest(JSON.parse(fillAppOrigin(manifestText, 'privacydesk.example.com')))).toEqual([]);
  });

  it('uses the newest released schema the package ships, which is at least 1.17', () => {
    const released = readdirSync(TEAMS_SCHEMA_FOLDER)
      .filter((name) => /^v\d+\.\d+$/.test(name))
      .map((name) => name.slice(1).split('.').map(Number) as [number, number])
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const newest = released.at(-1)?.join('.');
    expect(manifest.manifestVersion).toBe(newest);
    expect(Number(manifest.manifestVersion.split('.')[1])).toBeGreaterThanOrEqual(17);
  });

  const breakages: [string, (copy: Json) => void][] = [
    ['a missing required name', (copy) => delete copy.name],
    ['a missing developer privacy URL', (copy) => delete (copy.developer as Json).privacyUrl],
    ['an app id that is not a GUID', (copy) => (copy.id = 'privacy-desk')],
    ['a runtime page over plain http', (copy) => ((copy as typeof manifest).extensions[0]!.runtimes[0]!.code.page = 'http://example.com/taskpane.html')],
    ['an unknown top-level field', (copy) => (copy.colour = 'blue')],
    ['a second extension', (copy) => (copy as typeof manifest).extensions.push((copy as typeof manifest).extensions[0]!)],
  ];
  it.each(breakages)('rejects a copy with %s', (_title, breakCopy) => {
    const copy = readManifest();
    breakCopy(copy);
    expect(validateManifest(copy).length).toBeGreaterThan(0);
  });

  it('names the problem when manifestVersion is missing', () => {
    const copy = readManifest();
    delete copy.manifestVersion;
    expect(() => validateManifest(copy)).toThrow(ManifestVersionError);
  });
});

describe('one placeholder for every URL', () => {
  it('builds every URL from https:// plus the placeholder', () => {
    const urls = listUrls(readManifest());
    expect(urls.length).toBeGreaterThanOrEqual(8);
    expect(urls.filter(([, url]) => !url.startsWith(`https://${APP_ORIGIN_PLACEHOLDER}/`))).toEqual([]);
    expect(manifest.validDomains).toEqual([APP_ORIGIN_PLACEHOLDER]);
  });

  it('leaves no placeholder once filled, and points every URL at the given host', () => {
    const filled = JSON.parse(fillAppOrigin(manifestText, 'localhost:5173')) as Json;
    expect(JSON.stringify(filled)).not.toContain('{{');
    expect(listUrls(filled).every(([, url]) => url.startsWith('https://localhost:5173/'))).toBe(true);
  });

  it.each(['https://privacydesk.example.com', 'privacydesk.example.com/app', '', 'user@host', 'host:port'])(
    'refuses the origin "%s", which is not a bare host',
    (origin) => {
      expect(() => fillAppOrigin(manifestText, origin)).toThrow(AppOriginError);
    },
  );

  it('refuses a manifest with a second, unfilled placeholder', () => {
    const withOther = manifestText.replace('"version": "0.1.0"', '"version": "${{APP_VERSION}}"');
    expect(() => fillAppOrigin(withOther, 'privacydesk.example.com')).toThrow(/\$\{\{APP_VERSION\}\}/);
  });
});

describe('Outlook read pane and Teams tab', () => {
  const [extension] = manifest.extensions;
  const [runtime] = extension?.runtimes ?? [];

  it('opens a pinnable task pane in read mode on Mailbox 1.5 or later', () => {
    const mailbox = extension?.requirements.capabilities.find((c) => c.name === 'Mailbox');
    expect(Number(mailbox?.minVersion)).toBeGreaterThanOrEqual(1.5);
    expect(runtime?.code.page).toMatch(/\/taskpane\.html\?host=outlook$/);
    const openPane = runtime?.actions.find((action) => action.type === 'openPage');
    expect(openPane?.pinnable).toBe(true);
    const ribbon = extension?.ribbons[0];
    expect(ribbon?.contexts).toEqual(['mailRead']);
    expect(ribbon?.tabs.flatMap((t) => t.groups.flatMap((g) => g.controls.map((c) => c.actionId)))).toContain(openPane?.id);
  });

  it('asks only to read the open item', () => {
    expect(manifest.authorization.permissions.resourceSpecific).toEqual([{ name: 'MailboxItem.Read.User', type: 'Delegated' }]);
  });

  it('opens the register as a personal tab in Teams mode', () => {
    expect(manifest.staticTabs.map((tab) => tab.contentUrl)).toEqual([`https://${APP_ORIGIN_PLACEHOLDER}/tab.html?host=teams`]);
  });
});

describe('icons', () => {
  const png = (name: string) => decodePng(readFileSync(join(repoRoot, 'assets', name)));

  it('has a 192×192 colour icon and a 32×32 outline icon with a transparent background', () => {
    const color = png('color.png');
    const outline = png('outline.png');
    expect([color.width, color.height]).toEqual([192, 192]);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    expect([4, 6]).toContain(outline.colorType);
    expect(outline.alphaAt(0, 0)).toBe(0);
    expect(outline.alphaAt(31, 31)).toBe(0);
    expect(outline.alphaAt(16, 4)).toBe(255);
  });

  it('has a file of the declared size for every ribbon icon URL', () => {
    const ribbonIcons = JSON.stringify(manifest.extensions)
      .match(/\{"size":\d+,"url":"[^"]+"\}/g)
      ?.map((icon) => JSON.parse(icon) as { size: number; url: string });
    expect(ribbonIcons?.length).toBeGreaterThanOrEqual(3);
    for (const { size, url } of ribbonIcons ?? []) {
      const icon = png(url.slice(url.lastIndexOf('/') + 1));
      expect(`${url}: ${icon.width}×${icon.height}`).toBe(`${url}: ${size}×${size}`);
    }
  });
});

describe('buildAppPackage', () => {
  it('zips the filled manifest and both icons, byte for byte', () => {
    const entries = readZipEntries(buildAppPackage('privacydesk.example.com', repoRoot));
    expect([...entries.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(entries.get('manifest.json')?.toString('utf8')).toBe(fillAppOrigin(manifestText, 'privacydesk.example.com'));
    expect(entries.get('color.png')?.equals(readFileSync(join(repoRoot, 'assets/color.png')))).toBe(true);
  });

  it('refuses to package a manifest that breaks the schema', () => {
    const root = makeScratchFolder('privacy-desk-manifest-');
    mkdirSync(join(root, 'manifest'));
    mkdirSync(join(root, 'assets'));
    const broken = readManifest();
    delete broken.developer;
    writeFileSync(join(root, 'manifest/manifest.json'), JSON.stringify(broken));
    for (const icon of ['color.png', 'outline.png']) copyFileSync(join(repoRoot, 'assets', icon), join(root, 'assets', icon));
    expect(() => buildAppPackage('privacydesk.example.com', root)).toThrow(InvalidManifestError);
  });
});

describe('listRibbonIcons', () => {
  it('names every icon the ribbon loads, once each, and each exists in assets/', () => {
    const names = listRibbonIcons(readFileSync(join(repoRoot, 'manifest/manifest.json'), 'utf8'));
    expect(names).toEqual(['icon-16.png', 'icon-32.png', 'icon-80.png']);
    for (const name of names) expect(readFileSync(join(repoRoot, 'assets', name)).length).toBeGreaterThan(0);
  });

  it('finds nothing in a manifest that loads no ribbon icons', () => {
    expect(listRibbonIcons('{"icons": {"color": "color.png"}}')).toEqual([]);
  });
});
