/**
 * How every test and benchmark starts Chromium: Debian's by default, or the
 * one named by CHROMIUM_PATH. The flags stop Chromium from reaching for the
 * network at start, which these machines refuse.
 */
export const CHROMIUM_EXECUTABLE = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const chromiumLaunchOptions = { executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS };
