/**
 * The publish gate and the web export, for every host (desktop, web host,
 * tests). The gate is the authority: the renderer runs the same check live
 * for convenience, but a draft only becomes ready, is published or is
 * exported when this service agrees.
 */
import { ApiError } from '../../shared/api/errors';
import type { ResponseOf } from '../../shared/api/channels';
import { checkDraft } from '../../shared/check/check-draft';
import { findingPassage } from '../../shared/check/overrides';
import { checkExportedHtml } from '../../shared/check/rules/h-export';
import { CheckSettingsSchema } from '../../shared/check/settings';
import type { CheckSettingsInput } from '../../shared/check/settings';
import type { Finding } from '../../shared/check/finding';
import { ExportError } from '../../shared/export/index';
import type { ExportOptions } from '../../shared/export/index';
import type { Draft } from '../../shared/model/draft';
import type { Preferences } from '../../shared/model/preferences';
import type { DraftStore } from './draft-store';

export type ExportResponse = ResponseOf<'export.html'>;
export type CheckSummary = ExportResponse['checkSummary'];

/** One finding that blocks publication, as the refusal lists it. */
export interface BlockingFinding {
  ruleId: string;
  message: string;
  passage: string;
}

export interface PublishCheck {
  summary: CheckSummary;
  blocking: BlockingFinding[];
}

/** The check with the draft's own overrides applied, reduced to what the gate and the history need. */
export function runPublishCheck(draft: Draft, settings: CheckSettingsInput): PublishCheck {
  const { findings, counts, document } = checkDraft(draft, settings);
  const isBlocking = (finding: Finding) => finding.severity === 'error' && !finding.overridden;
  return {
    summary: { ...counts, overridden: findings.filter((finding) => finding.overridden).length },
    blocking: findings.filter(isBlocking).map((finding) => ({
      ruleId: finding.ruleId,
      message: finding.message,
      passage: findingPassage(finding, document.text, draft.sources),
    })),
  };
}

/** Throws ApiError 'refused' listing the error-level findings neither fixed nor overridden. */
export function assertPublishable(draft: Draft, settings: CheckSettingsInput, action: string): PublishCheck {
  const check = runPublishCheck(draft, settings);
  if (check.blocking.length > 0) {
    const count = check.blocking.length;
    throw new ApiError(
      'refused',
      `Cannot ${action}: ${count} error-level finding${count === 1 ? '' : 's'} of the pre-publish check ${count === 1 ? 'is' : 'are'} neither fixed nor overridden.`,
      { findings: check.blocking },
    );
  }
  return check;
}

/** The state-media list is a newsroom preference the check reads. */
export function checkSettingsFrom(preferences: Preferences): CheckSettingsInput {
  return { stateAffiliatedOutlets: preferences.stateAffiliatedOutlets };
}

function exportOptionsFrom(preferences: Preferences, form: 'page' | 'fragment'): ExportOptions {
  const { siteUrl, publisherName, publisherLogoUrl } = preferences.export;
  return {
    form,
    publisher: { name: publisherName, logoUrl: publisherLogoUrl },
    ...(siteUrl ? { siteUrl } : {}),
  };
}

/** A stable, safe file name: the slug, else the headline's words, else the draft id. */
export function exportFileName(draft: Draft, form: 'page' | 'fragment'): string {
  const words = (draft.meta.slug || draft.meta.headline)
    .normalize('NFKD')
    // Decomposed accents are dropped so "Ça" becomes "ca", not "c-a".
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${words || draft.id}${form === 'fragment' ? '.fragment' : ''}.html`;
}

export interface ExportServiceOptions {
  drafts: DraftStore;
  preferences: () => Preferences;
}

export class ExportService {
  constructor(private readonly options: ExportServiceOptions) {}

  /** Gate, export, and a history snapshot of exactly the version exported (with the file name and check summary). */
  async exportHtml(id: string, form: 'page' | 'fragment', record = true): Promise<ExportResponse> {
    // jsdom and DOMPurify are loaded on the first export, not when the host starts.
    const { exportDraftHtmlSanitized } = await import('./export-sanitize');
    const preferences = this.options.preferences();
    const { result, snapshot } = await this.options.drafts.exportDraft(id, (draft) => {
      const check = assertPublishable(draft, checkSettingsFrom(preferences), 'export this draft');
      let exported;
      try {
        exported = exportDraftHtmlSanitized(draft, exportOptionsFrom(preferences, form));
      } catch (error) {
        // A draft the exporter cannot read (an unknown node type) is the editor's to fix, not a crash.
        if (error instanceof ExportError) throw new ApiError('refused', `Cannot export this draft: ${error.message}`);
        throw error;
      }
      // H-EXPORT reads the HTML itself (attribution outside blockquote, cite= a URL), as the CLI's gate does.
      const personNames = draft.sources.filter((source) => source.kind === 'person').map((source) => source.name);
      const htmlErrors = checkExportedHtml(exported.html, { personNames, settings: CheckSettingsSchema.parse(checkSettingsFrom(preferences)) })
        .filter((finding) => finding.severity === 'error');
      if (htmlErrors.length > 0) {
        throw new ApiError('refused', 'Cannot export this draft: the exported HTML breaks the export rules.', {
          findings: htmlErrors.map((finding) => ({ ruleId: finding.ruleId, message: finding.message, passage: '' })),
        });
      }
      const fileName = exportFileName(draft, form);
      return {
        result: { html: exported.html, warnings: exported.warnings, fileName, checkSummary: check.summary },
        exported: { fileName, checkSummary: check.summary },
      };
    }, record);
    return { ...result, snapshot };
  }
}
