import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { checkExportedHtml } from '../../../shared/check/rules/h-export';
import { exportDraftHtml } from '../../../shared/export/index';
import type { Draft } from '../../../shared/model/draft';
import { FIXTURE_OPTIONS, loadDraft, nodeFixtureDraft, nodeFixtureNames } from './fixture-support';
import { hostileDraft } from './hostile-draft';

/** H-EXPORT (attribution-rules.md), checked on the parsed output of every fixture. */
function hExportViolations(draft: Draft): string[] {
  const document = new JSDOM(exportDraftHtml(draft, { ...FIXTURE_OPTIONS, form: 'page' }).html).window.document;
  const violations: string[] = [];
  for (const blockquote of document.querySelectorAll('blockquote')) {
    // The attribution (caption, source link, attribution element) stays outside the blockquote.
    if (blockquote.querySelector('figcaption, .quote-attribution, .attribution, a[href^="#source-"], cite')) {
      violations.push(`attribution inside <blockquote>: ${blockquote.innerHTML}`);
    }
  }
  for (const element of document.querySelectorAll('[cite]')) {
    if (!/^https?:\/\/\S+$/.test(element.getAttribute('cite')!)) violations.push(`cite= is not a URL: ${element.outerHTML}`);
  }
  const people = new Set(draft.sources.filter((source) => source.kind === 'person' || source.kind === 'anonymous').map((source) => source.name));
  for (const cite of document.querySelectorAll('cite')) {
    if (people.has(cite.textContent.trim())) violations.push(`<cite> holds a person: ${cite.outerHTML}`);
  }
  return violations;
}

describe('H-EXPORT in the exported HTML', () => {
  const drafts = [loadDraft('article.draft.json'), hostileDraft(), ...nodeFixtureNames().map(nodeFixtureDraft)];
  for (const draft of drafts) {
    it(`holds for ${draft.id}`, () => {
      expect(hExportViolations(draft)).toEqual([]);
    });
  }

  it('every attributed block quote has its caption right after the blockquote, inside one figure', () => {
    const document = new JSDOM(exportDraftHtml(loadDraft('article.draft.json'), { ...FIXTURE_OPTIONS, form: 'page' }).html).window.document;
    const figures = [...document.querySelectorAll('figure.block-quote')];
    expect(figures).toHaveLength(1);
    expect([...figures[0]!.children].map((child) => child.tagName)).toEqual(['BLOCKQUOTE', 'FIGCAPTION']);
    expect(figures[0]!.querySelector('figcaption a')?.getAttribute('href')).toBe('#source-port-official');
  });
});

describe('sources in the export', () => {
  it('lists every source with an id, a kind label and the state-media label where set', () => {
    const draft = loadDraft('article.draft.json');
    const document = new JSDOM(exportDraftHtml(draft, { ...FIXTURE_OPTIONS, form: 'page' }).html).window.document;
    const entries = [...document.querySelectorAll('aside.sources li')];
    expect(entries.map((entry) => entry.id)).toEqual(draft.sources.map((source) => `source-${source.id}`));
    expect(entries.every((entry) => entry.querySelector('.source-kind'))).toBe(true);
    expect(entries.filter((entry) => entry.querySelector('.state-media-label')).map((entry) => entry.id)).toEqual(['source-tass']);
    // Every reference marker in the text leads to an entry of the box.
    for (const marker of document.querySelectorAll('a.source-ref')) {
      expect(document.getElementById(marker.getAttribute('href')!.slice(1)), marker.outerHTML).not.toBeNull();
    }
  });

  it('keeps ids unique when a draft repeats a source id, and says so', () => {
    const draft = loadDraft('article.draft.json');
    const repeated = { ...draft, sources: [...draft.sources, { ...draft.sources[1]!, name: 'Reuters (second record)' }] };
    const result = exportDraftHtml(repeated, { ...FIXTURE_OPTIONS, form: 'fragment' });
    expect(result.html.match(/id="source-reuters"/g)).toHaveLength(1);
    expect(result.html).toMatch(/<li><a [^>]*>Reuters \(second record\)<\/a>/);
    expect(result.warnings).toContain('the source id "reuters" is used by more than one source; links go to the first');
  });
});

describe("the check's own H-EXPORT rule (shared/check) on the export", () => {
  const drafts = [loadDraft('article.draft.json'), hostileDraft(), ...nodeFixtureNames().map(nodeFixtureDraft)];
  for (const draft of drafts) {
    it(`finds nothing in ${draft.id}`, () => {
      const html = exportDraftHtml(draft, { ...FIXTURE_OPTIONS, form: 'page' }).html;
      const personNames = draft.sources.filter((source) => source.kind === 'person').map((source) => source.name);
      expect(checkExportedHtml(html, { personNames })).toEqual([]);
    });
  }

  it('finds the fault this export avoids (a caption inside the blockquote)', () => {
    const html = '<blockquote><p>Words</p><figcaption>— Anna Petrova</figcaption></blockquote>';
    const ruleIds = checkExportedHtml(html).map((finding) => finding.ruleId);
    expect(ruleIds.length).toBeGreaterThan(0);
    expect(new Set(ruleIds)).toEqual(new Set(['H-EXPORT']));
  });
});
