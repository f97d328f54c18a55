import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, parseWebHostArgs, UsageError } from '../../../electron/web/cli-options';

describe('web host command line', () => {
  it('reads --data, --port and --token, in both spellings', () => {
    expect(parseWebHostArgs(['--data', 'lib', '--port', '5178', '--token=abcdefghijklmnop'])).toEqual({
      dataDir: path.resolve('lib'),
      port: 5178,
      token: 'abcdefghijklmnop',
    });
  });

  it('defaults to a free port and the per-user data folder', () => {
    expect(parseWebHostArgs([])).toEqual({ dataDir: defaultDataDir(), port: 0 });
  });

  it.each([
    [['--host', '0.0.0.0']],
    [['--port', 'eighty']],
    [['--port', '70000']],
    [['--data']],
    [['--token', 'short']],
    [['stray']],
  ])('refuses %j', (args) => {
    expect(() => parseWebHostArgs(args)).toThrow(UsageError);
  });

  it('follows each platform convention for the data folder', () => {
    expect(defaultDataDir({ XDG_DATA_HOME: '/xdg' }, 'linux')).toBe(path.join('/xdg', 'Copydesk'));
    expect(defaultDataDir({}, 'darwin')).toMatch(/Library[\\/]Application Support[\\/]Copydesk$/);
    expect(defaultDataDir({ LOCALAPPDATA: 'C:\\Users\\me\\AppData\\Local' }, 'win32')).toContain('Copydesk');
  });
});
