/**
 * HTML export of a draft: pure TypeScript, no DOM, deterministic (the same
 * draft and options give the same bytes). See docs/architecture.md, Export.
 */
import type { Draft } from '../model/draft';
import { assembleExport } from './assemble-export';
import type { ExportOptions, ExportResult } from './export-options';
import { renderExportParts } from './export-parts';

export { ExportError } from './export-error';
export type { ExportForm, ExportOptions, ExportPublisher, ExportResult } from './export-options';
export type { ExportParts } from './export-parts';
export { renderExportParts } from './export-parts';
export { assembleExport } from './assemble-export';
export { serializeJsonForScript } from './json-ld-script';
export { DEFAULT_TRANSFORMERS } from './transformer-registry';
export type { NodeTransformer, RenderContext, NodeAt } from './render-context';

/** @throws ExportError for content export cannot render faithfully (unknown node type, malformed node). */
export function exportDraftHtml(draft: Draft, options: ExportOptions): ExportResult {
  const parts = renderExportParts(draft, options);
  return { html: assembleExport(parts), warnings: parts.warnings };
}
