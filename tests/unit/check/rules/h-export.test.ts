import { describe, expect, it } from 'vitest';
import { checkExportedHtml } from '../../../../shared/check/rules/h-export';

function flaggedHtml(html: string, personNames: string[] = []): string[] {
  return checkExportedHtml(html, { personNames }).map((finding) => html.slice(finding.range!.start, finding.range!.end));
}

describe('H-EXPORT', () => {
  it('accepts a quote with its attribution in a figcaption outside the blockquote', () => {
    const html =
      '<figure class="block-quote"><blockquote cite="https://www.reuters.com/world/le-pen"><p>France will not submit.</p></blockquote><figcaption>— <a href="#source-le-pen">Marine Le Pen</a></figcaption></figure>';
    expect(checkExportedHtml(html)).toEqual([]);
  });

  it('flags attribution elements and dash credits inside a blockquote', () => {
    const html = '<blockquote><p>France will not submit.</p><footer>— Marine Le Pen</footer></blockquote><blockquote><p>We stay.</p><p>— Jordan Bardella</p></blockquote>';
    expect(flaggedHtml(html)).toEqual(['<footer>', '— Jordan Bardella']);
    expect(checkExportedHtml(html)[0]!.severity).toBe('error');
  });

  it('flags a cite attribute that is not a web address', () => {
    const html = '<blockquote cite="Marine Le Pen"><p>France will not submit.</p></blockquote><q cite="javascript:alert(1)">no</q>';
    expect(flaggedHtml(html)).toEqual(['<blockquote cite="Marine Le Pen">', '<q cite="javascript:alert(1)">']);
  });

  it('flags <cite> holding a person, not a work', () => {
    const html = '<p>As <cite>Marine Le Pen</cite> told <cite>The Guardian</cite>, and <cite>Dr. Anna Berg</cite> wrote.</p>';
    expect(flaggedHtml(html, ['Marine Le Pen'])).toEqual(['<cite>Marine Le Pen</cite>', '<cite>Dr. Anna Berg</cite>']);
  });

  it('can be disabled by settings', () => {
    const html = '<blockquote cite="nobody"><p>x</p></blockquote>';
    const settings = { severities: {}, disabledRules: ['H-EXPORT' as const], stateAffiliatedOutlets: [], minQuoteWords: 5 };
    expect(checkExportedHtml(html, { settings })).toEqual([]);
  });
});
