import type { InlineFormat, InlineRun, TextRun } from '../blocks';
import { mergeRuns } from '../inline-runs';
import { safeLinkUrl } from '../safe-link';

/** Emphasis markers, longest first so "**" is not read as two "*". */
const DELIMITERS: ReadonlyArray<[string, InlineFormat]> = [
  ['**', 'bold'],
  ['__', 'bold'],
  ['~~', 'strikethrough'],
  ['*', 'italic'],
  ['_', 'italic'],
];
const LINK = /^\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/;
const AUTOLINK = /^<((?:https?:\/\/|mailto:)[^>\s]+)>/i;
const ESCAPABLE = /[\\`*_{}[\]()#+\-.!~<>|]/;

function withFormat(formats: readonly InlineFormat[], format: InlineFormat): InlineFormat[] {
  return formats.includes(format) ? [...formats] : [...formats, format];
}

/** "_" inside a word (snake_case) is not emphasis. */
function canOpen(text: string, at: number, marker: string): boolean {
  const next = text[at + marker.length];
  if (next === undefined || /\s/.test(next)) return false;
  return !(marker.startsWith('_') && at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!));
}

function findClose(text: string, from: number, marker: string): number {
  for (let at = text.indexOf(marker, from); at !== -1; at = text.indexOf(marker, at + 1)) {
    if (text[at - 1] === '\\' || /\s/.test(text[at - 1] ?? ' ')) continue;
    if (marker.length === 1 && text[at + 1] === marker) continue;
    return at;
  }
  return -1;
}

function textOnly(runs: readonly InlineRun[]): TextRun[] {
  return runs.filter((run): run is TextRun => run.kind === 'text');
}

/** Markdown's inline syntax (emphasis, code, links, autolinks, escapes) to runs. Unknown or unsafe syntax stays as text. */
export function parseMarkdownInline(text: string, formats: readonly InlineFormat[] = []): InlineRun[] {
  const runs: InlineRun[] = [];
  let plain = '';
  const flush = () => {
    if (plain) runs.push({ kind: 'text', text: plain, formats });
    plain = '';
  };
  let at = 0;
  outer: while (at < text.length) {
    const char = text[at]!;
    const rest = text.slice(at);
    if (char === '\\' && ESCAPABLE.test(text[at + 1] ?? '')) {
      plain += text[at + 1];
      at += 2;
      continue;
    }
    if (char === '`') {
      const close = text.indexOf('`', at + 1);
      if (close !== -1) {
        flush();
        runs.push({ kind: 'text', text: text.slice(at + 1, close), formats: withFormat(formats, 'code') });
        at = close + 1;
        continue;
      }
    }
    const link = char === '[' ? LINK.exec(rest) : null;
    if (link) {
      flush();
      const label = parseMarkdownInline(link[1]!, formats);
      const url = safeLinkUrl(link[2]!);
      if (url) runs.push({ kind: 'link', url, runs: textOnly(label) });
      else runs.push(...label);
      at += link[0].length;
      continue;
    }
    const autolink = char === '<' ? AUTOLINK.exec(rest) : null;
    if (autolink) {
      const url = safeLinkUrl(autolink[1]!);
      if (url) {
        flush();
        runs.push({ kind: 'link', url, runs: [{ kind: 'text', text: autolink[1]!, formats }] });
        at += autolink[0].length;
        continue;
      }
    }
    for (const [marker, format] of DELIMITERS) {
      if (!rest.startsWith(marker) || !canOpen(text, at, marker)) continue;
      const close = findClose(text, at + marker.length, marker);
      if (close === -1) continue;
      flush();
      runs.push(...parseMarkdownInline(text.slice(at + marker.length, close), withFormat(formats, format)));
      at = close + marker.length;
      continue outer;
    }
    plain += char;
    at += 1;
  }
  flush();
  return mergeRuns(runs);
}
