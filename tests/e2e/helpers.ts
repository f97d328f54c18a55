import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

export function editorOf(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Article text' });
}

export function saveStateOf(page: Page): Locator {
  return page.locator('.workspace-header').getByRole('status');
}

/** Creates a draft with the library's button and waits for its editor. */
export async function newDraft(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'New draft' }).click();
  await expect(editorOf(page)).toBeVisible();
  await expect(page.getByLabel('Headline')).toBeFocused();
}

/** Puts `html` on a real clipboard event and dispatches it at the editor, as a paste from another app would. */
export async function pasteHtml(page: Page, html: string, text: string): Promise<void> {
  await editorOf(page).evaluate(
    (element, data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/html', data.html);
      transfer.setData('text/plain', data.text);
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    },
    { html, text },
  );
}
