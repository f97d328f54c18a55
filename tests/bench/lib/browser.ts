import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM } from './paths';

/** The same Chromium and flags as the end-to-end tests, headless. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export const VIEWPORT = { width: 1440, height: 900 };
