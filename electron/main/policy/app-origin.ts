/**
 * The renderer is served from a privileged custom scheme rather than file://,
 * so it has a real origin, a CSP of our own and no access to the file system.
 */
export const APP_SCHEME = 'copydesk';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Only the app's own renderer may call the API: a frame from anywhere else
 * (an iframe, a navigated-away window, devtools extensions) is refused.
 * `devServerUrl` is electron-vite's dev server, used only in development.
 */
export function isTrustedRendererUrl(rawUrl: string, devServerUrl?: string): boolean {
  if (!URL.canParse(rawUrl)) return false;
  const url = new URL(rawUrl);
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true;
  if (devServerUrl && URL.canParse(devServerUrl)) {
    return url.origin === new URL(devServerUrl).origin;
  }
  return false;
}
