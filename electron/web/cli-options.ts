import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

export interface WebHostCliOptions {
  dataDir: string;
  port: number;
  token?: string;
}

const PortSchema = z.coerce.number().int().min(0).max(65_535);
const TokenSchema = z.string().regex(/^[A-Za-z0-9_-]{16,200}$/, 'a token is 16-200 letters, digits, dashes or underscores');

/** The per-user data folder, following each platform's convention (as env-paths does). */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env['LOCALAPPDATA'] ?? path.join(home, 'AppData', 'Local'), 'Copydesk', 'Data');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Copydesk');
  return path.join(env['XDG_DATA_HOME'] || path.join(home, '.local', 'share'), 'Copydesk');
}

export const WEB_HOST_USAGE = `Usage: npm run web -- [--data DIR] [--port N] [--token TOKEN]
  --data DIR     the data folder (default: ${defaultDataDir()})
  --port N       the port on 127.0.0.1 (default: 0, a free port)
  --token TOKEN  a fixed access token, for tests (default: random per run)`;

export class UsageError extends Error {}

/** Parses `--data DIR`, `--port N`, `--token T` (also as `--flag=value`). */
export function parseWebHostArgs(argv: readonly string[]): WebHostCliOptions {
  const values = new Map<string, string>();
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    const match = /^--(data|port|token)(?:=(.*))?$/.exec(arg);
    if (!match) throw new UsageError(`unknown argument "${arg}"`);
    const name = match[1]!;
    const value = match[2] ?? argv[(index += 1)];
    if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
    values.set(name, value);
  }
  const port = PortSchema.safeParse(values.get('port') ?? '0');
  if (!port.success) throw new UsageError('--port must be a number from 0 to 65535');
  const options: WebHostCliOptions = { dataDir: path.resolve(values.get('data') ?? defaultDataDir()), port: port.data };
  const token = values.get('token');
  if (token !== undefined) {
    const parsed = TokenSchema.safeParse(token);
    if (!parsed.success) throw new UsageError(`--token: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    options.token = parsed.data;
  }
  return options;
}
