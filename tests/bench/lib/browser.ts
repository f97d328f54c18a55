import { chromium, type Browser } from 'playwright-core';
import { chromiumLaunchOptions } from '../../support/chromium';

/** The same Chromium and flags as the end-to-end tests, headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ ...chromiumLaunchOptions, headless: true });
}

export const VIEWPORT = { width: 1440, height: 900 };
