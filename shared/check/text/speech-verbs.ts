/**
 * Verbs that report speech. Loaded ones are here too: V-NEUTRAL judges the
 * choice, the other rules only need to know that someone is being reported.
 */
export const SPEECH_VERBS = [
  'said', 'says', 'say', 'saying', 'told', 'tells', 'telling', 'added', 'adds', 'adding', 'stated', 'states', 'stating',
  'explained', 'explains', 'wrote', 'writes', 'asked', 'asks', 'replied', 'replies', 'answered', 'argued', 'argues',
  'noted', 'notes', 'declared', 'declares', 'announced', 'announces', 'warned', 'warns', 'insisted', 'insists',
  'claimed', 'claims', 'admitted', 'admits', 'conceded', 'concedes', 'quipped', 'boasted', 'revealed', 'stressed',
  'emphasised', 'emphasized', 'pledged', 'promised', 'recalled', 'acknowledged', 'tweeted', 'posted', 'commented',
  'remarked', 'suggested', 'predicted', 'urged', 'vowed', 'testified', 'continued', 'responded', 'confirmed',
  'denied', 'reported', 'reports', 'smiled', 'laughed', 'shouted', 'whispered', 'mused', 'sighed',
];

/** The speech verbs as one alternation for regular expressions. */
export const SPEECH_VERB_PATTERN = `(?:was quoted as saying|were quoted as saying|${SPEECH_VERBS.join('|')})`;
