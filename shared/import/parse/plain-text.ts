import { numberBlocks, textRun, type ImportBlock, type ListItem } from '../blocks';
import { isBodyParagraph } from '../leading-zone';
import { tidySpaces, wordCount } from '../text-compare';
import { lineGroups, normaliseLines } from './text-lines';

const MIN_WRAPPED_LINE = 40;
const BULLET = /^\s*(?:[-*•–·]|\d{1,3}[.)])\s+(\S.*)$/;
const MAX_CROSSHEAD_LENGTH = 70;

/**
 * A group of lines is one hard-wrapped paragraph when every line but the last
 * is long: e-mail and wire copy wrap at 60–80 columns. Short lines stacked
 * together ("Please enter your comment!" / "Please enter your name here") are
 * separate lines, each its own block, so the clean-up can judge each one.
 */
function isWrappedParagraph(lines: readonly string[]): boolean {
  return lines.length > 1 && lines.slice(0, -1).every((line) => line.trim().length >= MIN_WRAPPED_LINE);
}

function paragraph(text: string): ImportBlock {
  return { kind: 'paragraph', runs: [textRun(tidySpaces(text))], origin: 0 };
}

function groupToBlocks(lines: readonly string[]): ImportBlock[] {
  if (lines.every((line) => BULLET.test(line))) {
    const items: ListItem[] = lines.map((line) => ({ runs: [textRun(tidySpaces(BULLET.exec(line)![1]!))], depth: 0 }));
    return [{ kind: 'list', ordered: /^\s*\d/.test(lines[0]!), items, origin: 0 }];
  }
  if (isWrappedParagraph(lines)) return [paragraph(lines.join(' '))];
  return lines.map(paragraph);
}

/** A short line without closing punctuation between two body paragraphs is a crosshead ("Exit NATO?"). */
function isCrosshead(blocks: readonly ImportBlock[], index: number): boolean {
  const block = blocks[index]!;
  if (block.kind !== 'paragraph') return false;
  const previous = blocks[index - 1];
  const next = blocks[index + 1];
  if (!previous || !next || !isBodyParagraph(previous) || !isBodyParagraph(next)) return false;
  const text = block.runs.map((run) => (run.kind === 'text' ? run.text : '')).join('');
  return text.length <= MAX_CROSSHEAD_LENGTH && wordCount(text) <= 10 && !/[.,;:]$/.test(text);
}

/** Plain text (.txt, pasted text) to blocks. */
export function parsePlainText(text: string): ImportBlock[] {
  const blocks = lineGroups(normaliseLines(text)).flatMap(groupToBlocks);
  const withCrossheads = blocks.map((block, index): ImportBlock =>
    block.kind === 'paragraph' && isCrosshead(blocks, index) ? { kind: 'heading', level: 2, runs: block.runs, origin: 0 } : block,
  );
  return numberBlocks(withCrossheads);
}
