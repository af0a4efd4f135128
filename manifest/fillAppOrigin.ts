/** The one placeholder every URL in `manifest.json` is built from. */
export const APP_ORIGIN_PLACEHOLDER = '${{APP_ORIGIN}}';

/** Raised when the origin given for the package cannot be put into the manifest. */
export class AppOriginError extends Error {
  override readonly name = 'AppOriginError';
}

// A host name or IPv4 address with an optional port; no scheme, path, user or query.
const HOST_WITH_PORT = /^[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?)*(:\d{1,5})?$/i;

/**
 * Puts the host that serves the pages into the manifest text, for every URL at once.
 * The manifest already says `https://`, so the origin is the host (and port) only.
 *
 * @example
 * fillAppOrigin('{"contentUrl":"https://${{APP_ORIGIN}}/tab.html"}', 'privacydesk.example.com')
 * // '{"contentUrl":"https://privacydesk.example.com/tab.html"}'
 */
export function fillAppOrigin(manifestText: string, appOrigin: string): string {
  const host = appOrigin.trim();
  if (!HOST_WITH_PORT.test(host)) {
    throw new AppOriginError(
      `"${appOrigin}" is not a host name. Give the host that serves taskpane.html and tab.html, e.g. privacydesk.example.com or localhost:5173, without https:// or a path.`,
    );
  }
  if (!manifestText.includes(APP_ORIGIN_PLACEHOLDER)) {
    throw new AppOriginError(`The manifest contains no ${APP_ORIGIN_PLACEHOLDER} placeholder; it was probably filled in already.`);
  }
  const filled = manifestText.replaceAll(APP_ORIGIN_PLACEHOLDER, host);
  const leftover = filled.indexOf('${{');
  if (leftover !== -1) {
    const name = filled.slice(leftover, filled.indexOf('}}', leftover) + 2);
    throw new AppOriginError(`The manifest uses the placeholder ${name}, which this tool does not fill. Use ${APP_ORIGIN_PLACEHOLDER} for every URL.`);
  }
  return filled;
}
