import type { SourceKind } from '../../model/source';

/** Words that make a capitalised name a body rather than a person ("the Interior Ministry", "NATO"). */
const ORGANISATION_WORDS =
  /\b(?:Ministry|Ministries|Party|Council|Commission|Committee|University|Department|Agency|Office|Police|Government|Parliament|Senate|Congress|Court|Bank|Company|Inc|Corp|Ltd|Group|Association|Institute|Union|Army|Navy|Forces|Kremlin|White House|Foundation|Federation|Organisation|Organization|Authority|Board|Bureau|Service|Secretariat|Embassy|Campaign|Coalition|Alliance|Nations|Fund|Programme|Program|Movement|Front|Assembly|Cabinet|Guard|Command|Tribunal|League|Society|Trust|Centre|Center|Network|Airlines|Airways|Holdings|Red Cross|Red Crescent)\b/;
const ACRONYM = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,5})$/u;
/**
 * States and the capitals that stand for their governments ("Russia has
 * opposed", "Washington said"): bodies, not people, but too vague to propose
 * as a source on their own. The most-cited ones only.
 */
const STATES_AND_CAPITALS = new Set(
  [
    'Russia', 'Ukraine', 'China', 'India', 'Japan', 'Iran', 'Iraq', 'Israel', 'Syria', 'Turkey', 'Türkiye', 'Greece', 'Cyprus',
    'France', 'Germany', 'Italy', 'Spain', 'Portugal', 'Poland', 'Hungary', 'Romania', 'Bulgaria', 'Serbia', 'Croatia', 'Albania',
    'Austria', 'Switzerland', 'Belgium', 'Netherlands', 'Denmark', 'Sweden', 'Norway', 'Finland', 'Ireland', 'Estonia', 'Latvia',
    'Lithuania', 'Moldova', 'Georgia', 'Armenia', 'Azerbaijan', 'Kazakhstan', 'Britain', 'Great Britain', 'United Kingdom', 'UK',
    'United States', 'US', 'U.S.', 'USA', 'America', 'Canada', 'Mexico', 'Brazil', 'Argentina', 'Venezuela', 'Colombia', 'Cuba',
    'Egypt', 'Libya', 'Tunisia', 'Algeria', 'Morocco', 'Sudan', 'Ethiopia', 'Nigeria', 'Kenya', 'South Africa', 'Lebanon',
    'Saudi Arabia', 'Qatar', 'Yemen', 'Afghanistan', 'Pakistan', 'Bangladesh', 'Indonesia', 'Vietnam', 'Thailand', 'Philippines',
    'Australia', 'New Zealand', 'North Korea', 'South Korea', 'Taiwan', 'Belarus', 'Europe',
    'Moscow', 'Kyiv', 'Kiev', 'Beijing', 'Washington', 'London', 'Paris', 'Berlin', 'Brussels', 'Ankara', 'Athens', 'Tehran',
    'Jerusalem', 'Tokyo', 'Seoul', 'Pyongyang', 'Taipei', 'Rome', 'Madrid', 'Warsaw', 'Budapest', 'Minsk', 'Nicosia', 'Damascus',
    'Baghdad', 'Cairo', 'Riyadh', 'Doha', 'Islamabad', 'New Delhi', 'Delhi', 'Ottawa', 'Canberra', 'Vienna', 'Bucharest', 'Sofia',
    'Belgrade', 'Tbilisi', 'Yerevan', 'Baku', 'Caracas', 'Havana', 'Brasilia', 'Beirut', 'Amman',
    // US states speak for their governments the same way ("Ohio sued"); Virginia and Carolina are given names too often.
    'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Hawaii', 'Idaho',
    'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota',
    'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina',
    'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas',
    'Utah', 'Vermont', 'West Virginia', 'Wisconsin', 'Wyoming',
  ].map((name) => name.toLowerCase()),
);

/** Seats of government that name a specific body ("the Kremlin said", "the White House said"): proposed as organisations. */
const SEATS_OF_GOVERNMENT = new Set(
  ['Kremlin', 'Pentagon', 'White House', 'Downing Street', 'Elysee', 'Élysée', 'Elysee Palace', 'Élysée Palace', 'Quai d’Orsay', 'Quai d\'Orsay'].map((name) =>
    name.toLowerCase(),
  ),
);

function withoutArticle(name: string): string {
  return name.trim().replace(/^the\s+/i, '');
}

/** A country or capital standing for its government: "Russia" in "Russia said", "Washington" in "Washington warned". */
export function isStateOrCapital(name: string): boolean {
  return STATES_AND_CAPITALS.has(withoutArticle(name).toLowerCase());
}

/** Person or organisation, from the shape of a name the detector found as a source. */
export function kindOfName(name: string): Extract<SourceKind, 'person' | 'organisation'> {
  const trimmed = withoutArticle(name);
  const lower = trimmed.toLowerCase();
  return ORGANISATION_WORDS.test(trimmed) || ACRONYM.test(trimmed) || STATES_AND_CAPITALS.has(lower) || SEATS_OF_GOVERNMENT.has(lower) ? 'organisation' : 'person';
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
