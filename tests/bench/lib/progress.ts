const started = Number(process.env['BENCH_STARTED_AT'] ?? Date.now());

function clock(): string {
  const seconds = Math.round((Date.now() - started) / 1000);
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Progress goes to stderr with the time since `npm run bench` started, so a long run shows where it is. */
export function progress(message: string): void {
  process.stderr.write(`[bench ${clock()}] ${message}\n`);
}
