import { describe, expect, it } from 'vitest';
import { isTooThin } from '../../../shared/attribution/thin-detection';
import { tokenize } from '../../../shared/attribution/tokens';
import { spanOf } from './token-spans';

describe('detections too thin to show an editor', () => {
  const text = 'They looked like terrorists. The minister said the port would reopen. Officials said so.';
  const tokens = tokenize(text);

  it('drops a cue with no source and a content of two words', () => {
    expect(isTooThin(tokens, { cue: spanOf(tokens, text, 'looked'), source: null, content: spanOf(tokens, text, 'like terrorists') })).toBe(true);
  });

  it('drops a cue with neither source nor content', () => {
    expect(isTooThin(tokens, { cue: spanOf(tokens, text, 'looked'), source: null, content: null })).toBe(true);
  });

  it('keeps a cue with no source when its content is a clause', () => {
    const entry = { cue: spanOf(tokens, text, 'said'), source: null, content: spanOf(tokens, text, 'the port would reopen') };
    expect(isTooThin(tokens, entry)).toBe(false);
  });

  it('keeps a short content when someone is named as saying it', () => {
    const entry = { cue: spanOf(tokens, text, 'said', 1), source: spanOf(tokens, text, 'Officials'), content: spanOf(tokens, text, 'so') };
    expect(isTooThin(tokens, entry)).toBe(false);
  });
});
