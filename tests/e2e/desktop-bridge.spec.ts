import { test, expect } from './fixtures';
import { editorOf, saveStateOf } from './helpers';

type BridgeProbe = { calls: string[]; send: (command: string) => void };

/**
 * In the desktop app the renderer talks to the preload bridge (window.copydesk)
 * instead of HTTP, and receives menu commands from it. This installs a bridge
 * of the same shape, backed by the web host, before the renderer starts.
 */
test('with a preload bridge the renderer uses it, and answers the menu commands', async ({ page, host }) => {
  await page.addInitScript(
    ({ token }) => {
      const calls: string[] = [];
      // Like the preload's ipcRenderer.on: any number of subscribers, each with its own unsubscribe.
      const listeners = new Set<(command: string) => void>();
      const probe: BridgeProbe = { calls, send: (command) => listeners.forEach((listener) => listener(command)) };
      Object.assign(window, {
        __bridge: probe,
        copydesk: {
          platform: 'test',
          api: new Proxy(
            {},
            {
              get: (_target, channel: string) => async (request: unknown) => {
                calls.push(channel);
                const response = await fetch(`/api/${channel}`, {
                  method: 'POST',
                  headers: { 'content-type': 'application/json', 'x-copydesk-token': token },
                  body: JSON.stringify(request),
                });
                return response.json();
              },
            },
          ),
          onMenuCommand(listener: (command: string) => void) {
            listeners.add(listener);
            return () => {
              listeners.delete(listener);
            };
          },
        },
      });
    },
    { token: host.token },
  );
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(host.url);
  const send = (command: string) => page.evaluate((c) => (window as unknown as { __bridge: BridgeProbe }).__bridge.send(c), command);
  const calls = () => page.evaluate(() => (window as unknown as { __bridge: BridgeProbe }).__bridge.calls);

  await expect(page.getByText('No drafts yet.')).toBeVisible();
  expect(await calls()).toEqual(expect.arrayContaining(['drafts.list', 'prefs.get']));

  await send('new-draft');
  await expect(page.getByLabel('Headline')).toBeFocused();
  await page.getByLabel('Headline').fill('Menu driven');
  await editorOf(page).click();
  await page.keyboard.type('Saved from the menu.');
  await send('save');
  await expect(saveStateOf(page)).toHaveText('Saved');
  expect(await calls()).toContain('drafts.save');
  const { drafts } = await host.call('drafts.list', {});
  expect(drafts.map((draft) => draft.headline)).toEqual(['Menu driven']);

  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await send('toggle-dark-mode');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(async () => (await host.call('prefs.get', {})).theme).toBe('dark');

  await send('find');
  await expect(page.getByLabel('Search drafts')).toBeFocused();
});

test('the theme follows the system until an appearance is chosen, and the choice is kept', async ({ app: page, host }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

  await page.getByLabel('Appearance').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(async () => (await host.call('prefs.get', {})).theme).toBe('dark');
  await page.reload();
  await expect(page.getByLabel('Appearance')).toHaveValue('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
