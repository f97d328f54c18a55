/**
 * `copydesk attributions FILE... [--json]`: who said what in plain-text files.
 * With --json, one line per file: {"file", "attributions": [{cue, source,
 * content, type, sourceName}]} with UTF-16 offsets (what the PolNeAR scorer
 * reads). Without it, a listing an editor can read. The detector model loads
 * once for all files; nothing from the UI (React, jsdom, Electron) is loaded.
 */
import { readFile } from 'node:fs/promises';
import { detectAttributions } from '../../../shared/attribution/index';
import type { DetectedAttribution, Span } from '../../../shared/attribution/index';

const SNIPPET_LENGTH = 70;

export async function run(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  if (files.length === 0) {
    process.stderr.write('copydesk attributions: no input file (usage: attributions FILE... [--json])\n');
    return 2;
  }
  const unknown = files.find((f) => f.startsWith('--'));
  if (unknown) {
    process.stderr.write(`copydesk attributions: unknown option ${unknown}\n`);
    return 2;
  }
  let status = 0;
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
      process.stderr.write(`copydesk attributions: cannot read ${file}: ${reason}\n`);
      status = 2;
      continue;
    }
    const attributions = detectAttributions(text);
    process.stdout.write(json ? `${JSON.stringify({ file, attributions })}\n` : listing(file, text, attributions));
  }
  return status;
}

function listing(file: string, text: string, attributions: DetectedAttribution[]): string {
  const lines = [`${file}: ${attributions.length} attribution${attributions.length === 1 ? '' : 's'}`];
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const position = (offset: number): string => {
    let line = lineStarts.length - 1;
    while (line > 0 && lineStarts[line]! > offset) line--;
    return `${line + 1}:${offset - lineStarts[line]! + 1}`;
  };
  const excerpt = (span: Span | null): string => {
    if (!span) return '-';
    const words = text.slice(span.start, span.end).replace(/\s+/g, ' ');
    return words.length > SNIPPET_LENGTH ? `${words.slice(0, SNIPPET_LENGTH - 1)}…` : words;
  };
  for (const a of attributions) {
    const at = position((a.cue ?? a.source ?? a.content ?? { start: 0 }).start);
    const who = a.sourceName && a.source && a.sourceName !== excerpt(a.source) ? `${excerpt(a.source)} (= ${a.sourceName})` : excerpt(a.source);
    lines.push(`  ${at.padEnd(8)} ${a.type.padEnd(12)} ${excerpt(a.cue)} | ${who} | ${excerpt(a.content)}`);
  }
  return `${lines.join('\n')}\n`;
}
