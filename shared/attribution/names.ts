import { isQuoteMark } from './quotes';
import type { Token } from './tokens';

/** A run of capitalised proper-noun tokens: "Marine Le Pen", "RIA Novosti", "the BBC" → "BBC". */
export interface NameMention {
  first: number;
  last: number;
  text: string;
  organisation: boolean;
  /** Follows a preposition ("in Paris", "to Moscow"): a place or an object, rarely a speaker. */
  afterPreposition: boolean;
}

// Lower-case particles that stay inside a name ("Charles de Gaulle", "Le Pen").
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'du', 'la', 'le', 'al', 'bin', 'da', 'di']);

const ORGANISATION_WORDS =
  /\b(News|Post|Times|Journal|Herald|Tribune|Reuters|AP|AFP|BBC|CNN|NBC|ABC|CBS|Fox|MSNBC|Politico|Breitbart|Novosti|TASS|RT|Sputnik|Xinhua|Agency|Press|Institute|University|Committee|Commission|Department|Ministry|Party|Council|Bureau|Office|Administration|Campaign|Foundation|Association|Center|Centre|Inc|Corp|Company|Group|Bank|Court|Congress|Senate|House|Capital|Guardian|Telegraph|Monitor|Gazette|Magazine|Network|Radio|Television|TV)\b/;

// Titles before a name are not part of it: "Senator Elizabeth Warren" is "Elizabeth Warren".
const TITLES = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sen', 'sen.', 'senator', 'rep', 'rep.', 'representative',
  'gov', 'gov.', 'governor', 'president', 'minister', 'secretary', 'mayor', 'judge', 'general', 'gen.', 'chancellor',
  'prime', 'former', 'candidate', 'nominee', 'speaker', 'leader', 'ambassador', 'director', 'chairman', 'professor',
]);

// Capitalised words that are never who said something.
const NOT_NAMES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'i',
]);

// Capitalised function words ("The", "But", "He") start sentences and quotations, not names.
const NEVER_NAME_POS = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'ADV', 'VERB', 'NUM', 'PUNCT', 'INTJ']);

function isNameToken(token: Token): boolean {
  if (NOT_NAMES.has(token.lower) || NEVER_NAME_POS.has(token.pos)) return false;
  return (token.pos === 'PROPN' || /^\p{Lu}[\p{L}'’.-]*$/u.test(token.text)) && /^\p{Lu}/u.test(token.text);
}

/** Proper-name runs within tokens[from..to], skipping a capitalised first word of a sentence that is not a proper noun. */
export function findNames(text: string, tokens: Token[], from: number, to: number): NameMention[] {
  const names: NameMention[] = [];
  let i = from;
  while (i <= to) {
    const token = tokens[i]!;
    const sentenceStart = i === 0 || tokens[i - 1]!.sentence !== token.sentence || isQuoteMark(tokens[i - 1]!.text);
    // A capital "The" inside a sentence belongs to the name: "reported by The Washington Post".
    const titleThe = token.text === 'The' && !sentenceStart && i + 1 <= to && isNameToken(tokens[i + 1]!);
    if (!titleThe && (!isNameToken(token) || (sentenceStart && token.pos !== 'PROPN'))) {
      i++;
      continue;
    }
    let last = i;
    while (last + 1 <= to) {
      const next = tokens[last + 1]!;
      if (isNameToken(next)) last++;
      else if (NAME_PARTICLES.has(next.text) && tokens[last + 2] && last + 2 <= to && isNameToken(tokens[last + 2]!)) last += 2;
      else break;
    }
    let first = i;
    while (first < last && TITLES.has(tokens[first]!.lower)) first++;
    if (TITLES.has(tokens[first]!.lower)) {
      i = last + 1;
      continue;
    }
    const nameText = text.slice(tokens[first]!.start, tokens[last]!.end);
    names.push({
      first,
      last,
      text: nameText,
      organisation: ORGANISATION_WORDS.test(nameText) || /^\p{Lu}{2,}$/u.test(nameText),
      afterPreposition: first > 0 && tokens[first - 1]!.pos === 'ADP' && tokens[first - 1]!.lower !== 'by',
    });
    i = last + 1;
  }
  return names;
}
