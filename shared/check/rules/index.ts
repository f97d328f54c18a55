import type { ArticleRuleId } from '../rule-ids';
import { checkAnonymousSourceDescription } from './a-anon-desc';
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
