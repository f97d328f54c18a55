import { describe, expect, it } from 'vitest';
import { detectAttributions } from '../../../shared/attribution';
import { buildSuggestions, namesMatch } from '../../../renderer/sources/suggestions';
import type { BlockDetections } from '../../../renderer/sources/suggestions';
import { SourceSchema } from '../../../shared/model/source';

function blocksOf(texts: string[], linked: BlockDetections['linked'] = []): BlockDetections[] {
  return texts.map((text, index) => ({ blockKey: String(index), text, detected: detectAttributions(text), linked: index === 0 ? linked : [] }));
}

const LEAD = 'France’s far-right presidential candidate, Marine Le Pen, said on Wednesday that she would propose closer ties between NATO and Russia, according to Reuters.';
const QUOTE = '“If I am elected president, I will leave NATO’s Joint Command, but I will not abandon Article Five on mutual protection,” Le Pen was quoted as saying at a news conference.';

describe('suggestions', () => {
  it('matches names the way copy shortens them', () => {
    expect(namesMatch('Marine Le Pen', 'Le Pen')).toBe(true);
    expect(namesMatch('RIA Novosti', 'Ria Novosti')).toBe(true);
    expect(namesMatch('BBC', 'the BBC')).toBe(true);
    expect(namesMatch('Reuters', 'Pen')).toBe(false);
  });

  it('offers to add an outlet from the known list, and to attribute a quote to its speaker by full name', () => {
    const labels = buildSuggestions(blocksOf([LEAD, QUOTE]), [], [], new Set()).map((suggestion) => suggestion.label);
    expect(labels).toContain('Add Reuters as a source and link');
    expect(labels).toContain('Attribute to Marine Le Pen');
  });

  it('links to an existing source, and says nothing once the passage is linked to it', () => {
    const reuters = SourceSchema.parse({ id: 'reuters', name: 'Reuters', kind: 'wire-agency' });
    const offered = buildSuggestions(blocksOf([LEAD]), [reuters], [], new Set()).find((suggestion) => suggestion.label === 'Link to Reuters');
    expect(offered?.target).toEqual({ existingId: 'reuters' });
    const linked = [{ start: offered!.range.start, end: offered!.range.end, sourceIds: ['reuters'] }];
    expect(buildSuggestions(blocksOf([LEAD], linked), [reuters], [], new Set()).map((suggestion) => suggestion.label)).not.toContain('Link to Reuters');
  });

  it('forgets nothing it was told to dismiss, and offers no vague agents', () => {
    const first = buildSuggestions(blocksOf([LEAD, QUOTE]), [], [], new Set());
    const dismissed = new Set(first.map((suggestion) => suggestion.id));
    expect(buildSuggestions(blocksOf([LEAD, QUOTE]), [], [], dismissed)).toEqual([]);
    const vague = 'Le Pen came in second in the first round, and opinion polls suggest a fierce battle in the second round.';
    // The detector does see a source here; the suggestions leave it to the check's S-VAGUE rule.
    expect(detectAttributions(vague).map((found) => found.sourceName)).toContain('opinion polls');
    const offered = buildSuggestions(blocksOf([vague]), [], [], new Set());
    expect(offered.map((suggestion) => suggestion.sourceName)).not.toContain('opinion polls');
  });
});
