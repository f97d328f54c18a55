export type ExportForm = 'fragment' | 'page';

export interface ExportPublisher {
  /** The newsroom's name (preferences export.publisherName). */
  name: string;
  /** Absolute http(s) URL of the logo (preferences export.publisherLogoUrl); empty for none. */
  logoUrl?: string;
}

export interface ExportOptions {
  /** 'fragment': the article and its JSON-LD for pasting into a CMS; 'page': a standalone HTML document. */
  form: ExportForm;
  publisher: ExportPublisher;
  /** The site the article is published on (preferences export.siteUrl): its host decides which links are internal. */
  siteUrl?: string;
  /**
   * Publication time (ISO 8601). Defaults to the draft's updatedAt, so the
   * same draft always gives the same bytes: export never reads the clock.
   */
  publishedAt?: string;
  /** BCP 47 language of the article; 'en' by default. */
  lang?: string;
}

export interface ExportResult {
  html: string;
  /** Things an editor should know about (a link dropped as unsafe, a quote without a source); never fatal. */
  warnings: string[];
}
