import { exportDraftHtml } from '../../../shared/export/index';
import { FIXTURE_OPTIONS, loadDraft, nodeFixtureDraft, nodeFixtureNames } from './fixture-support';
import { hostileDraft, hostileOptions } from './hostile-draft';

/** Every standalone page the fixtures produce, by a name for messages and file names. */
export function fixturePages(): Map<string, string> {
  const pages = new Map<string, string>();
  pages.set('article', exportDraftHtml(loadDraft('article.draft.json'), { ...FIXTURE_OPTIONS, form: 'page' }).html);
  for (const name of nodeFixtureNames()) {
    pages.set(`node-${name}`, exportDraftHtml(nodeFixtureDraft(name), { ...FIXTURE_OPTIONS, form: 'page' }).html);
  }
  pages.set('hostile', exportDraftHtml(hostileDraft(), hostileOptions('page')).html);
  return pages;
}

/** The CMS fragments (article + JSON-LD) of the same drafts. */
export function fixtureFragments(): Map<string, string> {
  const fragments = new Map<string, string>();
  fragments.set('article', exportDraftHtml(loadDraft('article.draft.json'), { ...FIXTURE_OPTIONS, form: 'fragment' }).html);
  for (const name of nodeFixtureNames()) {
    fragments.set(`node-${name}`, exportDraftHtml(nodeFixtureDraft(name), { ...FIXTURE_OPTIONS, form: 'fragment' }).html);
  }
  fragments.set('hostile', exportDraftHtml(hostileDraft(), hostileOptions('fragment')).html);
  return fragments;
}
