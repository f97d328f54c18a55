import type { SourceKind } from '../../model/source';

/** Words that make a capitalised name a body rather than a person ("the Interior Ministry", "NATO"). */
const ORGANISATION_WORDS =
  /\b(?:Ministry|Ministries|Party|Council|Commission|Committee|University|Department|Agency|Office|Police|Government|Parliament|Senate|Congress|Court|Bank|Company|Inc|Corp|Ltd|Group|Association|Institute|Union|Army|Navy|Forces|Kremlin|White House|Foundation|Federation|Organisation|Organization|Authority|Board|Bureau|Service|Secretariat|Embassy|Campaign|Coalition|Alliance)\b/;
const ACRONYM = /^\p{Lu}{2,6}$/u;
/**
 * States and the capitals that stand for their governments ("Russia has
 * opposed", "Washington said"): news sources, but bodies, not people. The
 * most-cited ones only; the editor corrects the rest when accepting.
 */
const STATES_AND_CAPITALS = new Set(
  [
    'Russia', 'Ukraine', 'China', 'India', 'Japan', 'Iran', 'Iraq', 'Israel', 'Syria', 'Turkey', 'Türkiye', 'Greece', 'Cyprus',
    'France', 'Germany', 'Italy', 'Spain', 'Poland', 'Hungary', 'Britain', 'Great Britain', 'United Kingdom', 'United States',
    'America', 'Canada', 'Mexico', 'Brazil', 'Egypt', 'Saudi Arabia', 'Qatar', 'North Korea', 'South Korea', 'Taiwan', 'Belarus',
    'Moscow', 'Kyiv', 'Kiev', 'Beijing', 'Washington', 'London', 'Paris', 'Berlin', 'Brussels', 'Ankara', 'Athens', 'Tehran',
    'Jerusalem', 'Tokyo', 'Seoul', 'Pyongyang', 'Taipei', 'Rome', 'Madrid', 'Warsaw', 'Budapest', 'Minsk', 'Kremlin', 'Pentagon',
    'White House', 'Downing Street', 'Elysee', 'Élysée', 'Nicosia',
  ].map((name) => name.toLowerCase()),
);

/** Person or organisation, from the shape of a name the detector found as a source. */
export function kindOfName(name: string): Extract<SourceKind, 'person' | 'organisation'> {
  const trimmed = name.trim().replace(/^the\s+/i, '');
  return ORGANISATION_WORDS.test(trimmed) || ACRONYM.test(trimmed) || STATES_AND_CAPITALS.has(trimmed.toLowerCase()) ? 'organisation' : 'person';
}

/**
 * True when `part` is a shorter reference to `whole`: its words appear in
 * `whole` in a row ("Le Pen" and "Marine Le Pen", "Marine" and "Marine Le Pen").
 */
export function isPartOfName(part: string, whole: string): boolean {
  const partWords = part.toLowerCase().split(/\s+/);
  const wholeWords = whole.toLowerCase().split(/\s+/);
  if (partWords.length >= wholeWords.length) return false;
  for (let start = 0; start + partWords.length <= wholeWords.length; start += 1) {
    if (partWords.every((word, offset) => wholeWords[start + offset] === word)) return true;
  }
  return false;
}
