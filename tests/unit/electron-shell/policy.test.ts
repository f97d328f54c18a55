import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../../electron/main/policy/external-links';
import { APP_ENTRY_URL, isTrustedRendererUrl } from '../../../electron/main/policy/app-origin';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/policy/content-security-policy';
import { secureWebPreferences } from '../../../electron/main/policy/window-options';
import { DEFAULT_WINDOW_STATE, restorableWindowState } from '../../../electron/main/policy/window-bounds';

describe('external links', () => {
  it.each(['https://www.reuters.com/world/', 'http://example.org', 'mailto:desk@example.org'])('opens %s in the system', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'smb://server/share',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'https://bank.example@evil.example/',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

describe('trusted renderer', () => {
  it('trusts only the app scheme, or the dev server while developing', () => {
    expect(isTrustedRendererUrl(APP_ENTRY_URL)).toBe(true);
    expect(isTrustedRendererUrl('copydesk://app/nested/page.html')).toBe(true);
    expect(isTrustedRendererUrl('copydesk://other/index.html')).toBe(false);
    expect(isTrustedRendererUrl('https://evil.example/')).toBe(false);
    expect(isTrustedRendererUrl('file:///work/out/renderer/index.html')).toBe(false);
    expect(isTrustedRendererUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isTrustedRendererUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isTrustedRendererUrl('http://localhost:5173/')).toBe(false);
  });
});

describe('window security settings (Electron security checklist)', () => {
  const preferences = secureWebPreferences('/app/out/preload/index.cjs');

  it('isolates the renderer from Node', () => {
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
    });
  });

  it('keeps web security on', () => {
    expect(preferences.webSecurity).toBe(true);
    expect(preferences.allowRunningInsecureContent).toBe(false);
    expect(preferences.experimentalFeatures).toBe(false);
  });

  it('has a CSP without inline or evaluated script', () => {
    const scriptSrc = CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
  });
});

describe('remembered window bounds', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];

  it('restores bounds that are on a connected display', () => {
    const saved = { x: 100, y: 80, width: 1200, height: 800, maximized: true };
    expect(restorableWindowState(saved, screen)).toEqual(saved);
  });

  it('recentres a window saved on a display that is gone', () => {
    const saved = { x: 2500, y: 80, width: 1200, height: 800, maximized: false };
    expect(restorableWindowState(saved, screen)).toEqual({ ...saved, x: undefined, y: undefined });
  });

  it('falls back to defaults for a corrupt value', () => {
    expect(restorableWindowState({ width: 'wide' }, screen)).toEqual(DEFAULT_WINDOW_STATE);
    expect(restorableWindowState(null, screen)).toEqual(DEFAULT_WINDOW_STATE);
  });
});
