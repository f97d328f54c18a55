import { app, session, shell, type WebContents } from 'electron';
import { isAllowedExternalUrl } from './policy/external-links';
import { isTrustedRendererUrl } from './policy/app-origin';

/**
 * Applies Electron's security checklist to every web contents the app creates:
 * no navigation away from the app, no new windows (links go to the system
 * browser when they are http(s) or mailto), no webviews.
 */
export function hardenAllWebContents(devServerUrl: string | undefined): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devServerUrl));
  // Copydesk needs no camera, microphone, location or notifications: deny them all.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

function hardenWebContents(contents: WebContents, devServerUrl: string | undefined): void {
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedRendererUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedRendererUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}
