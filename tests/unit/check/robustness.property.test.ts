import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../shared/check/run-check';
import { articleFromPlainText } from '../../../shared/document/plain-text';
import { makeSource } from './helpers';

/** Words and marks that set the rules off, mixed at random: quotes, cues, outlets, names, newlines. */
const fragments = [
  'said', 'told reporters', 'according to', 'Reuters', 'the BBC', 'Ria Novosti', 'TASS', 'Source: Capital', 'It is noted that',
  'reportedly', 'sources said', 'Marine Le Pen', 'Le Pen', 'she', '“', '”', '"', '«', '»', '„', '.', ',', '!', '?', '…', '\n', '\n\n',
  'claimed', 'smiled', 'a source', 'accused', 'fraud', 'opinion polls suggest', 'Mr.', 'U.S.', '[', ']', 'the', 'minister', 'x',
];
const articleText = fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(' '));

describe('the check on arbitrary text', () => {
  it('never throws and keeps every range and fix inside the text', () => {
    const sources = [makeSource({ id: 'le-pen', name: 'Marine Le Pen', kind: 'person', ownText: 'I will leave NATO’s Joint Command.' })];
    fc.assert(
      fc.property(articleText, (text) => {
        const { findings } = runCheck({ article: articleFromPlainText(text), sources });
        for (const finding of findings) {
          if (finding.range) {
            expect(finding.range.start).toBeGreaterThanOrEqual(0);
            expect(finding.range.end).toBeLessThanOrEqual(text.length);
            expect(finding.range.start).toBeLessThanOrEqual(finding.range.end);
          }
          if (finding.fix?.kind === 'insert-text') expect(finding.fix.at).toBeLessThanOrEqual(text.length);
          if (finding.fix?.kind === 'replace-text') expect(finding.fix.range.end).toBeLessThanOrEqual(text.length);
          expect(finding.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
  });
});
