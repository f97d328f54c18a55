import type { ExportForm, ExportOptions } from '../../../shared/export/index';
import type { Draft } from '../../../shared/model/draft';
import { loadDraft } from './fixture-support';

export const HOSTILE_SCRIPT = '</script><script>alert(1)</script>';

/**
 * fixtures/hostile.draft.json passes DraftSchema. The export must not rely on
 * that schema, so this adds what only a bypassed schema would let through:
 * sources whose URLs run script.
 */
export function hostileDraft(): Draft {
  const draft = loadDraft('hostile.draft.json');
  const bypassing = [' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'java\tscript:alert(1)'];
  return {
    ...draft,
    sources: [
      ...draft.sources,
      ...bypassing.map((url, index) => ({ ...draft.sources[0]!, id: `bypassing-${index}`, name: `Bypassing ${index}`, url })),
    ],
  };
}

export function hostileOptions(form: ExportForm): ExportOptions {
  return {
    form,
    publisher: { name: HOSTILE_SCRIPT, logoUrl: 'javascript:alert(1)' },
    siteUrl: 'javascript:alert(1)//',
    lang: '"><script>alert(1)</script>',
  };
}
