import { decodeHtmlText } from '../../document/html-entities';
import { tokenizeHtml, type HtmlToken } from '../../document/html-tokens';
import type { Finding, RuleFinding } from '../finding';
import { withSeverity } from '../run-check';
import { defaultCheckSettings, type CheckSettings } from '../settings';
import { sameReferent } from '../text/names';

/** Elements that carry an attribution and so belong outside a <blockquote>. */
const ATTRIBUTION_ELEMENTS = new Set(['cite', 'footer', 'figcaption']);
/** Elements whose cite= attribute must be a URL. */
const CITE_ATTRIBUTE_ELEMENTS = new Set(['blockquote', 'q', 'del', 'ins']);
/** A line that credits a speaker: "— Marine Le Pen". */
const DASH_CREDIT = /^\s*(?:—|―|–|--)\s*\S/u;
/** Honorifics that make a <cite> a person rather than a work. */
const HONORIFIC = /^\s*(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sir|Dame|President|Senator|Minister|Prime Minister)\.?\s+\p{Lu}/u;

export interface ExportCheckOptions {
  /** People named in the draft's sources: a <cite> holding one of their names is wrong. */
  personNames?: readonly string[];
  settings?: CheckSettings;
}

/**
 * H-EXPORT: in exported HTML, attribution stays outside <blockquote>;
 * cite= holds a URL; <cite> holds the title of a work, never a person's name
 * (W3C HTML). Ranges are offsets in the HTML string.
 */
export function checkExportedHtml(html: string, options: ExportCheckOptions = {}): Finding[] {
  const settings = options.settings ?? defaultCheckSettings();
  if (settings.disabledRules.includes('H-EXPORT')) return [];
  const findings: RuleFinding[] = [];
  let blockquoteDepth = 0;
  // Inside an attribution element already reported, its dash credit is the same fault.
  let attributionDepth = 0;
  let openCite: { start: number; textStart: number } | null = null;
  for (const token of tokenizeHtml(html)) {
    if (token.kind === 'open') {
      if (token.name === 'blockquote' && !token.selfClosing) blockquoteDepth += 1;
      if (blockquoteDepth > 0 && ATTRIBUTION_ELEMENTS.has(token.name)) {
        attributionDepth += 1;
        findings.push(finding(token, `A <${token.name}> inside <blockquote> puts the attribution among the quoted words. Move it after the </blockquote>, for example into a <figcaption> of a surrounding <figure>.`));
      }
      checkCiteAttribute(token, findings);
      if (token.name === 'cite') openCite = { start: token.start, textStart: token.end };
    } else if (token.kind === 'close') {
      if (token.name === 'blockquote') blockquoteDepth = Math.max(0, blockquoteDepth - 1);
      if (ATTRIBUTION_ELEMENTS.has(token.name)) attributionDepth = Math.max(0, attributionDepth - 1);
      if (token.name === 'cite' && openCite) {
        checkCiteContent(html, openCite, token, options.personNames ?? [], findings);
        openCite = null;
      }
    } else if (token.kind === 'text' && blockquoteDepth > 0 && attributionDepth === 0 && DASH_CREDIT.test(html.slice(token.start, token.end))) {
      findings.push(finding(token, 'A dash-led credit line inside <blockquote> makes the attribution part of the quotation. Put the speaker after the </blockquote>.'));
    }
  }
  return findings.map((item) => withSeverity(item, settings));
}

function finding(token: HtmlToken, message: string): RuleFinding {
  return { ruleId: 'H-EXPORT', range: { start: token.start, end: token.end }, message };
}

function checkCiteAttribute(token: Extract<HtmlToken, { kind: 'open' }>, findings: RuleFinding[]): void {
  const cite = token.attributes.get('cite');
  if (cite === undefined || !CITE_ATTRIBUTE_ELEMENTS.has(token.name)) return;
  const value = cite.trim();
  const isWebUrl = URL.canParse(value) && /^https?:$/.test(new URL(value).protocol);
  if (!isWebUrl) {
    findings.push(finding(token, `cite="${value}" on <${token.name}> is not a URL. cite= must hold the web address of the quoted source; put a name in the text instead.`));
  }
}

function checkCiteContent(
  html: string,
  open: { start: number; textStart: number },
  close: Extract<HtmlToken, { kind: 'close' }>,
  personNames: readonly string[],
  findings: RuleFinding[],
): void {
  const content = decodeHtmlText(html.slice(open.textStart, close.start).replace(/<[^>]*>/g, '')).trim();
  const person = personNames.find((name) => sameReferent(name, content));
  if (!person && !HONORIFIC.test(content)) return;
  findings.push({
    ruleId: 'H-EXPORT',
    range: { start: open.start, end: close.end },
    message: `<cite>${content}</cite> names a person. <cite> is for the title of a work (a report, a book, a programme); name the speaker in plain text or a <span>.`,
  });
}
