import type { ArticleRuleId } from '../rule-ids';
import { anonymousMentionFindings, anonymousRecordFindings, checkAnonymousSourceDescription } from './a-anon-desc';
import { checkPluralSources } from './a-plural';
import { checkSingleSourceClaim } from './a-single';
import { checkSyndicationCredit } from './c-syndication';
import { checkStateMedia } from './m-state';
import { checkFirstReference } from './n-firstref';
import { checkQuoteSpeakerEarly } from './q-early';
import { checkOneSpeakerPerParagraph } from './q-onespeaker';
import { checkSecondHandQuote } from './q-secondhand';
import { checkQuoteSpeaker } from './q-speaker';
import { checkQuoteVerbatim } from './q-verbatim';
import type { Rule } from './rule';
import { checkOutletIsSource } from './s-outlet';
import { checkNeutralVerbs } from './v-neutral';
import { checkUnconfirmedReport } from './s-unconfirmed';
import { checkUnlinkedAttribution } from './s-unlinked';
import { checkVagueAttribution } from './s-vague';
import { checkIncompleteSources } from './src-incomplete';
import { checkUnusedSources } from './src-unused';

/** Every rule of the article check, by id. H-EXPORT runs on exported HTML instead (h-export.ts). */
export const ARTICLE_RULES: Record<ArticleRuleId, Rule> = {
  'Q-SPEAKER': checkQuoteSpeaker,
  'Q-EARLY': checkQuoteSpeakerEarly,
  'Q-ONESPEAKER': checkOneSpeakerPerParagraph,
  'Q-VERBATIM': checkQuoteVerbatim,
  'Q-SECONDHAND': checkSecondHandQuote,
  'S-OUTLET': checkOutletIsSource,
  'S-UNLINKED': checkUnlinkedAttribution,
  'S-VAGUE': checkVagueAttribution,
  'S-UNCONFIRMED': checkUnconfirmedReport,
  'A-ANON-DESC': checkAnonymousSourceDescription,
  'A-PLURAL': checkPluralSources,
  'A-SINGLE': checkSingleSourceClaim,
  'V-NEUTRAL': checkNeutralVerbs,
  'N-FIRSTREF': checkFirstReference,
  'M-STATE': checkStateMedia,
  'C-SYNDICATION': checkSyndicationCredit,
  'SRC-UNUSED': checkUnusedSources,
  'SRC-INCOMPLETE': checkIncompleteSources,
};

/**
 * The rules split by what their findings in a paragraph depend on. A
 * paragraph part reads only its paragraph (words, detected and linked
 * passages, the sentences either side for A-ANON-DESC) and what is the same
 * for the whole article (sources, settings, the outlet catalogue): the
 * incremental checker runs it on the paragraph alone and keeps its findings
 * until one of those changes. An article part looks across paragraphs (first
 * reference, one finding per outlet, the source list) and reads summaries.
 * For every rule, its paragraph part's findings followed by its article
 * part's are exactly what ARTICLE_RULES gives.
 */
export const RULE_PARTS: Record<ArticleRuleId, { paragraph?: Rule; article?: Rule; paragraphReadsSurroundings?: true }> = {
  'Q-SPEAKER': { article: checkQuoteSpeaker },
  'Q-EARLY': { paragraph: checkQuoteSpeakerEarly },
  'Q-ONESPEAKER': { paragraph: checkOneSpeakerPerParagraph },
  'Q-VERBATIM': { paragraph: checkQuoteVerbatim },
  'Q-SECONDHAND': { paragraph: checkSecondHandQuote },
  'S-OUTLET': { article: checkOutletIsSource },
  'S-UNLINKED': { paragraph: checkUnlinkedAttribution },
  'S-VAGUE': { paragraph: checkVagueAttribution },
  'S-UNCONFIRMED': { paragraph: checkUnconfirmedReport },
  // Its paragraph part reads the sentences either side of the paragraph (maskedAround); no other does.
  'A-ANON-DESC': { paragraph: anonymousMentionFindings, article: anonymousRecordFindings, paragraphReadsSurroundings: true },
  'A-PLURAL': { paragraph: checkPluralSources },
  'A-SINGLE': { paragraph: checkSingleSourceClaim },
  'V-NEUTRAL': { paragraph: checkNeutralVerbs },
  'N-FIRSTREF': { article: checkFirstReference },
  'M-STATE': { article: checkStateMedia },
  'C-SYNDICATION': { article: checkSyndicationCredit },
  'SRC-UNUSED': { article: checkUnusedSources },
  'SRC-INCOMPLETE': { article: checkIncompleteSources },
};
