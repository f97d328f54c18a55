import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { DetectedAttribution } from '../../../shared/attribution/types';
import { createIncrementalChecker } from '../../../shared/check/incremental-checker';
import { articleFromPlainText } from '../../../shared/document/plain-text';
import { editorState, paragraph, text } from '../document/lexical-fixtures';
import { makeDraft } from './draft-fixture';
import { makeSource } from './helpers';

/**
 * A stand-in detector that finds "according to NAME" and records every text
 * it is asked about, so the tests see what gets re-detected.
 */
function recordingDetector() {
  return vi.fn((text: string): DetectedAttribution[] =>
    [...text.matchAll(/according to ([A-Z][a-z]+)/g)].map((match) => {
      const sourceStart = match.index + 'according to '.length;
      return {
        cue: { start: match.index, end: sourceStart - 1 },
        source: { start: sourceStart, end: sourceStart + match[1]!.length },
        content: { start: 0, end: match.index },
        type: 'according-to' as const,
        sourceName: match[1]!,
      };
    }),
  );
}

const first = 'The talks failed on Tuesday, according to Reuters.';
const second = 'Prices rose again in March, according to Bloomberg.';
const third = 'The minister left early.';

describe('createIncrementalChecker', () => {
  it('re-detects only the paragraph that changed', () => {
    const detect = recordingDetector();
    const checker = createIncrementalChecker(detect);
    checker.check({ article: articleFromPlainText([first, second, third].join('\n\n')) });
    expect(detect).toHaveBeenCalledTimes(3);
    detect.mockClear();
    const edited = 'Prices rose sharply in March, according to Bloomberg.';
    checker.check({ article: articleFromPlainText([first, edited, third].join('\n\n')) });
    expect(detect.mock.calls).toEqual([[edited]]);
  });

  it('gives the same findings as a fresh check, with spans in article coordinates', () => {
    const detect = recordingDetector();
    const checker = createIncrementalChecker(detect);
    const before = articleFromPlainText([first, second].join('\n\n'));
    checker.check({ article: before });
    // The second paragraph moves: cached spans must be remapped to its new place.
    const after = articleFromPlainText([third, first, second].join('\n\n'));
    const cached = checker.check({ article: after });
    const fresh = createIncrementalChecker(recordingDetector()).check({ article: after });
    expect(cached).toEqual(fresh);
    const outlet = cached.findings.find((finding) => finding.ruleId === 'S-OUTLET' && finding.message.includes('Bloomberg'));
    expect(after.text.slice(outlet!.range!.start, outlet!.range!.end)).toBe('Bloomberg');
  });

  it('redoes the paragraphs when the sources of a draft change in place between checks', () => {
    const checker = createIncrementalChecker(recordingDetector());
    const draft = makeDraft({ content: editorState(paragraph(text(first)), paragraph(text(third))) });
    const unlinked = () => checker.checkDraft(draft).findings.filter((finding) => finding.ruleId === 'S-UNLINKED');
    expect(unlinked()).toEqual([]);
    draft.sources.push(makeSource({ id: 'reuters', name: 'Reuters', kind: 'wire-agency', url: 'https://www.reuters.com/x' }));
    expect(unlinked().map((finding) => finding.fix)).toEqual([{ kind: 'link-passage', label: 'Link to Reuters', sourceId: 'reuters', range: { start: 0, end: first.indexOf('according') } }]);
    draft.sources[0]!.name = 'Agence France-Presse';
    expect(unlinked()).toEqual([]);
  });

  it('forgets paragraphs that are gone, so the cache never outgrows the article', () => {
    const checker = createIncrementalChecker(recordingDetector());
    checker.check({ article: articleFromPlainText([first, second, third].join('\n\n')) });
    expect(checker.cachedParagraphCount).toBe(3);
    checker.check({ article: articleFromPlainText(third) });
    expect(checker.cachedParagraphCount).toBe(1);
  });
});

describe('the incremental checker over a sequence of edits', () => {
  const paragraphChoices = [first, second, third, 'Sources said the deal was off, according to Reuters.', '“We will not accept any deal at all,” she said.'];

  it('always agrees with a fresh check of the same article', () => {
    const articles = fc.array(fc.array(fc.constantFrom(...paragraphChoices), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(articles, (versions) => {
        const checker = createIncrementalChecker(recordingDetector());
        for (const paragraphs of versions) {
          const article = articleFromPlainText(paragraphs.join('\n\n'));
          expect(checker.check({ article })).toEqual(createIncrementalChecker(recordingDetector()).check({ article }));
        }
      }),
      { numRuns: 40 },
    );
  });
});
