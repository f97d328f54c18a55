import { test, expect, _electron as electron, type ElectronApplication } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { CHANNEL_NAMES } from '../../shared/api/channels';
import { findElectronBinary } from './electron-binary';

const binary = findElectronBinary();
if ('reason' in binary) console.log(`Electron smoke test skipped: ${binary.reason}`);

test.describe('desktop app (Electron)', () => {
  test.skip('reason' in binary, `Skipped: ${'reason' in binary ? binary.reason : ''}`);

  let app: ElectronApplication;
  let userData: string;

  test.beforeAll(() => {
    execFileSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
  });

  test.beforeEach(async () => {
    userData = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-electron-'));
    app = await electron.launch({
      executablePath: 'path' in binary ? binary.path : undefined,
      args: ['.'],
      env: { ...process.env, COPYDESK_USER_DATA_DIR: userData },
    });
  });

  test.afterEach(async () => {
    await app.close();
    fs.rmSync(userData, { recursive: true, force: true });
  });

  test('opens a secure window and creates a draft', async () => {
    const page = await app.firstWindow();
    await expect(page).toHaveTitle(/Copydesk/);

    // Electron offers no way to read a window's webPreferences back; the options
    // themselves are unit-tested (tests/unit/electron-shell). Here: their effect.
    const navigated = await app.evaluate(({ BrowserWindow }) => {
      const [window] = BrowserWindow.getAllWindows();
      return window?.webContents.getURL() ?? '';
    });
    expect(navigated).toMatch(/^copydesk:\/\/app\//);

    const exposed = await page.evaluate(() => {
      const bridge = (window as unknown as { copydesk?: { api: Record<string, unknown> } }).copydesk;
      return {
        channels: bridge ? Object.keys(bridge.api).sort() : [],
        hasRequire: typeof (window as unknown as { require?: unknown }).require !== 'undefined',
        hasProcess: typeof (window as unknown as { process?: unknown }).process !== 'undefined',
      };
    });
    expect(exposed.channels).toEqual([...CHANNEL_NAMES].sort());
    expect(exposed.hasRequire).toBe(false);
    expect(exposed.hasProcess).toBe(false);

    await page.getByRole('button', { name: /new draft/i }).first().click();
    await page.getByLabel(/headline/i).first().fill('Smoke test headline');
    await expect(page.getByText(/saved/i).first()).toBeVisible({ timeout: 10_000 });
  });
});
