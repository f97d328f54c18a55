import { describe, expect, it } from 'vitest';
import { isSharePrompt, sharePromptRule } from '../../../../shared/import/rules/share-prompt';
import { BODY, lines, stateOf, texts } from '../helpers';

describe('share-prompt rule', () => {
  it.each([
    'Share',
    'Share this article',
    'Share on Facebook',
    'Facebook Twitter WhatsApp Email',
    'Click to share on Twitter (Opens in new window)',
    'Follow us on Google News',
    'Subscribe to our newsletter',
    'Sign up for our daily newsletter',
    'Get the latest news delivered to your inbox',
  ])('recognises "%s"', (line) => {
    expect(isSharePrompt(line)).toBe(true);
  });

  it('removes prompts anywhere and keeps the article', () => {
    const outcome = sharePromptRule.apply(stateOf(lines('Share on Facebook', BODY, 'Subscribe to our newsletter')));
    expect(texts(outcome.state)).toEqual([BODY]);
    expect(outcome.removed.map((line) => line.text)).toEqual(['Share on Facebook', 'Subscribe to our newsletter']);
  });

  it('keeps sentences that mention sharing or subscribing', () => {
    for (const sentence of ['Shares in the company fell 4% on Monday.', 'Subscribers to the service will pay more from June.']) {
      expect(isSharePrompt(sentence)).toBe(false);
    }
  });
});
