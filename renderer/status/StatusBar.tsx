import type { JSX } from 'react';
import { formatWords } from '../library/format';
import { readingMinutes } from './wordCount';

/** Word count and reading time of the body. */
export function StatusBar({ words }: { words: number }): JSX.Element {
  const minutes = readingMinutes(words);
  return (
    <footer className="status-bar" aria-label="Document statistics">
      <span>{formatWords(words)}</span>
      <span aria-hidden="true">·</span>
      <span>{minutes === 0 ? 'No reading time' : `${minutes} min read`}</span>
    </footer>
  );
}
