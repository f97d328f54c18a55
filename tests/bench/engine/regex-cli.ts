/**
 * The plain-regex detector behind the command-line shape the PolNeAR scorer
 * expects (`attributions --json FILE...`, one JSON line per file), so the
 * accuracy benchmark can score the baseline with the same tool in the same run.
 */
import { readFileSync } from 'node:fs';
import { detectRegexBaseline } from '../../../shared/attribution';

const files = process.argv.slice(2).filter((arg) => arg !== 'attributions' && arg !== '--json');
for (const file of files) {
  const attributions = detectRegexBaseline(readFileSync(file, 'utf8')).map(({ cue, source, content, type }) => ({ cue, source, content, kind: type }));
  process.stdout.write(`${JSON.stringify({ file, attributions })}\n`);
}
