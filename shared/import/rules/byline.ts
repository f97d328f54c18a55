import { blockText } from '../blocks';
import { parseNewsDate } from '../dates/parse-news-date';
import { leadingZoneLength } from '../leading-zone';
import type { RemovedByRule } from '../removed-line';
import { comparableText, tidySpaces } from '../text-compare';
import type { CleanupRule } from './cleanup-rule';
import { isShortLine } from './cleanup-rule';

const BYLINE_START = /^(?:by|written by|words by|story by|author\s*:)\s+/i;
/** Where a name ends and a role, outlet or date begins: "By Ann Lee | Reuters", "By Ann Lee, April 13, 2022". */
const NAME_END = /\s*(?:[|•·]|\s[-–—]\s|,\s*(?=\d|(?:updated|published|posted|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b))/i;
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:and\s+|&\s+)?[\p{L}'’.-]+){0,9}$/u;

export interface ParsedByline {
  names: string;
  /** Whatever followed the names: a role, an outlet or a date. */
  rest: string;
}

export function parseBylineLine(line: string): ParsedByline | undefined {
  const text = tidySpaces(line);
  if (!BYLINE_START.test(text)) return undefined;
  const afterBy = text.replace(BYLINE_START, '');
  const end = NAME_END.exec(afterBy);
  const names = (end ? afterBy.slice(0, end.index) : afterBy).trim();
  if (!NAME.test(names)) return undefined;
  const rest = end ? afterBy.slice(end.index + end[0].length).trim() : '';
  return { names, rest };
}

/** The names in a byline the page marked up ("By Nikos Andreou -", "Jane Doe"). */
function bylineNames(marked: string): string {
  const text = tidySpaces(marked).replace(/[\s|•·,–—-]+$/, '');
  return parseBylineLine(BYLINE_START.test(text) ? text : `By ${text}`)?.names ?? text.replace(BYLINE_START, '');
}

/**
 * "By Jane Doe" above the body becomes meta.byline. A date on the same line
 * ("By Jane Doe, April 13, 2022") is kept as the publication date.
 */
export const bylineRule: CleanupRule = {
  id: 'byline',
  summary: 'Byline ("By …") recognised and moved into the byline field',
  apply(state) {
    const zone = leadingZoneLength(state.blocks);
    const hinted = state.hints.byline ? bylineNames(state.hints.byline) : '';
    const index = state.blocks.findIndex((block, position) => {
      if (position >= zone || !isShortLine(block, 200)) return false;
      const text = blockText(block);
      return parseBylineLine(text) !== undefined || (hinted !== '' && comparableText(text) === comparableText(hinted));
    });
    if (index === -1) {
      return hinted ? { state: { ...state, meta: { ...state.meta, byline: hinted } }, removed: [] } : { state, removed: [] };
    }
    const block = state.blocks[index]!;
    const text = blockText(block);
    const parsed = parseBylineLine(text) ?? { names: hinted, rest: '' };
    const date = parsed.rest ? parseNewsDate(parsed.rest) : undefined;
    const meta = { ...state.meta, byline: parsed.names };
    if (date && !meta.publicationDate) meta.publicationDate = date;
    const removed: RemovedByRule[] = [{ ruleId: this.id, reason: 'byline', text, origin: block.origin, movedTo: 'byline' }];
    return { state: { ...state, blocks: state.blocks.filter((_, other) => other !== index), meta }, removed };
  },
};
