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
  /\b(News|Post|Times|Journal|Herald|Tribune|Reuters|AP|AFP|BBC|CNN|NBC|ABC|CBS|Fox|MSNBC|Politico|Breitbart|Novosti|TASS|RT|Sputnik|Xinhua|Agency|Press|Institute|University|Committee|Commission|Department|Ministry|Party|Council|Bureau|Office|Administration|Campaign|Foundation|Association|Center|Centre|Inc|Corp|Company|Group|Bank|Court|Congress|Senate|House|Capital|Guardian|Telegraph|Monitor|Gazette|Magazine|Network|Radio|Television|TV|Union|Federation|Nations|Organisation|Organization|Authority|Parliament|Government|Kremlin|Pentagon|Army|Navy|Convention|Caucus)\b/;

// Words an organisation's name continues after with "of": "Bank of England", "Union of Greek Shipowners".
const ORGANISATION_HEADS =
  /^(?:Union|Federation|Association|Confederation|Chamber|Bank|University|College|Institute|Ministry|Department|Office|Council|Commission|Committee|Court|House|Church|Academy|Society|League|Organisation|Organization|Party|Parliament|Assembly|Bureau|Board|Agency|Authority|Order|Republic|Kingdom|Museum|School|Center|Centre|Foundation|Fund)$/;

// Titles before a name are not part of it: "Senator Elizabeth Warren" is "Elizabeth Warren".
const TITLES = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sen', 'sen.', 'senator', 'rep', 'rep.', 'representative',
  'gov', 'gov.', 'governor', 'president', 'minister', 'secretary', 'mayor', 'judge', 'general', 'gen.', 'chancellor',
  'prime', 'former', 'candidate', 'nominee', 'speaker', 'leader', 'ambassador', 'director', 'chairman', 'professor',
]);

/**
 * Nationality and regional adjectives ("Russian", "Greek", "Western") and the
 * nouns for their people. Capitalised like names, but they describe a speaker
 * ("Greek officials", "the Russian foreign ministry") rather than name one.
 */
const DEMONYM_ADJECTIVES = [
  'afghan', 'albanian', 'algerian', 'american', 'angolan', 'argentine', 'argentinian', 'armenian', 'australian', 'austrian',
  'azerbaijani', 'bahraini', 'bangladeshi', 'belarusian', 'belgian', 'bolivian', 'bosnian', 'brazilian', 'british', 'bulgarian',
  'burmese', 'cambodian', 'cameroonian', 'canadian', 'chadian', 'chilean', 'chinese', 'colombian', 'congolese', 'croatian',
  'cuban', 'cypriot', 'czech', 'danish', 'dutch', 'ecuadorian', 'egyptian', 'emirati', 'english', 'eritrean', 'estonian',
  'ethiopian', 'filipino', 'finnish', 'french', 'georgian', 'german', 'ghanaian', 'greek', 'guatemalan', 'haitian',
  'honduran', 'hungarian', 'icelandic', 'indian', 'indonesian', 'iranian', 'iraqi', 'irish', 'israeli', 'italian',
  'ivorian', 'jamaican', 'japanese', 'jordanian', 'kazakh', 'kenyan', 'korean', 'kosovan', 'kuwaiti', 'kyrgyz', 'latvian',
  'lebanese', 'libyan', 'lithuanian', 'luxembourgish', 'macedonian', 'malaysian', 'malian', 'maltese', 'mexican',
  'moldovan', 'mongolian', 'montenegrin', 'moroccan', 'mozambican', 'namibian', 'nepalese', 'nigerian', 'nigerien',
  'norwegian', 'omani', 'pakistani', 'palestinian', 'panamanian', 'paraguayan', 'peruvian', 'polish', 'portuguese',
  'qatari', 'romanian', 'russian', 'rwandan', 'saudi', 'scottish', 'senegalese', 'serbian', 'singaporean', 'slovak',
  'slovenian', 'somali', 'spanish', 'sudanese', 'swedish', 'swiss', 'syrian', 'taiwanese', 'tajik', 'tanzanian', 'thai',
  'tibetan', 'tunisian', 'turkish', 'turkmen', 'ugandan', 'ukrainian', 'uruguayan', 'uzbek', 'venezuelan', 'vietnamese',
  'welsh', 'yemeni', 'zambian', 'zimbabwean',
  'african', 'arab', 'asian', 'baltic', 'balkan', 'caucasian', 'european', 'kurdish', 'latin', 'nordic', 'scandinavian',
  'soviet', 'western', 'eastern', 'northern', 'southern', 'allied', 'gulf', 'pacific', 'atlantic', 'mediterranean',
];
// The people of a nation, where they are not the adjective plus "s" ("Greeks", "Russians").
const DEMONYM_NOUNS = ['britons', 'brits', 'danes', 'englishmen', 'finns', 'frenchmen', 'irishmen', 'kurds', 'poles', 'scots', 'swedes', 'turks', 'westerners', 'easterners', 'northerners', 'southerners', 'europeans', 'arabs'];
const DEMONYMS = new Set([...DEMONYM_ADJECTIVES, ...DEMONYM_ADJECTIVES.map((adjective) => `${adjective}s`), ...DEMONYM_NOUNS]);

/** True for a nationality or regional adjective or the noun for its people: "Greek", "Russians", "African-American". */
export function isDemonym(word: string): boolean {
  return word.toLowerCase().split('-').every((part) => DEMONYMS.has(part));
}

/**
 * Words that qualify a title before a name ("Foreign Minister Sergei Lavrov",
 * "Turkish President Recep Tayyip Erdogan"). Stripped only when a title follows,
 * so "Foreign Office" and "Defence Ministry" stay whole.
 */
const TITLE_QUALIFIERS = new Set([
  'foreign', 'defence', 'defense', 'interior', 'finance', 'economy', 'justice', 'health', 'energy', 'trade', 'deputy',
  'vice', 'acting', 'interim', 'attorney', 'surgeon', 'lieutenant', 'lt.', 'col.', 'maj.', 'adm.', 'retired', 'major', 'supreme',
  'senate', 'house', 'majority', 'minority', 'air', 'force', 'army', 'navy', 'marine', 'state', 'home', 'first', 'chief', 'senior', 'top', 'u.s.', 'us', 'uk', 'eu',
]);

// A party before a person's name labels them ("Democrat Hillary Clinton"), but starts a body's name
// ("Republican National Convention", "Democratic Party").
const PARTY_LABELS = new Set(['democrat', 'republican', 'libertarian']);

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

/**
 * The first word of a name after the titles leading it, with any nationality or
 * office word before a title ("Turkish President Recep Tayyip Erdogan",
 * "Foreign Minister Sergei Lavrov"): from `first` when no title leads.
 */
function firstWordAfterTitles(tokens: Token[], first: number, last: number): number {
  let afterTitle = first;
  for (let k = first; k < last; k++) {
    const word = tokens[k]!.lower;
    if (TITLES.has(word)) afterTitle = k + 1;
    else if (!isDemonym(word) && !TITLE_QUALIFIERS.has(word)) break;
  }
  if (afterTitle === first && PARTY_LABELS.has(tokens[first]!.lower) && first < last) {
    const rest = tokens.slice(first + 1, last + 1).map((token) => token.text).join(' ');
    if (!ORGANISATION_WORDS.test(rest) && !rest.startsWith('National ')) return first + 1;
  }
  return afterTitle;
}

/** "May" after a given name is a surname ("Theresa May"), not the month. */
function continuesName(tokens: Token[], last: number, to: number): boolean {
  const next = tokens[last + 1]!;
  const after = last + 2 <= to ? tokens[last + 2] : undefined;
  return next.text === 'May' && !NEVER_NAME_POS.has(next.pos) && isNameToken(tokens[last]!) && !/^\d/.test(after?.text ?? '');
}

/** "Holtz-Eakin" split by the tokenizer at the hyphen stays one name. */
function joinsHyphenatedName(tokens: Token[], last: number, to: number): boolean {
  const hyphen = tokens[last + 1]!;
  const rest = last + 2 <= to ? tokens[last + 2] : undefined;
  return hyphen.text === '-' && rest !== undefined && hyphen.start === tokens[last]!.end && rest.start === hyphen.end && isNameToken(rest);
}

/**
 * An organisation's name runs on through "of" ("Union of Greek Shipowners",
 * "Bank of England", "Ministry of the Interior"), so its last words are not
 * taken for a separate name.
 */
function joinsOrganisationName(tokens: Token[], first: number, last: number, to: number): boolean {
  if (tokens[last + 1]!.lower !== 'of' || !ORGANISATION_HEADS.test(tokens[last]!.text)) return false;
  const nameAt = tokens[last + 2]?.text === 'the' ? last + 3 : last + 2;
  return nameAt <= to && tokens[nameAt] !== undefined && isNameToken(tokens[nameAt]!) && tokens[first]!.sentence === tokens[nameAt]!.sentence;
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
      if (isNameToken(next) || continuesName(tokens, last, to)) last++;
      else if (joinsHyphenatedName(tokens, last, to)) last += 2;
      else if (NAME_PARTICLES.has(next.text) && tokens[last + 2] && last + 2 <= to && isNameToken(tokens[last + 2]!)) last += 2;
      else if (joinsOrganisationName(tokens, i, last, to)) last += tokens[last + 2]!.text === 'the' ? 3 : 2;
      else break;
    }
    const first = firstWordAfterTitles(tokens, i, last);
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
      // An untitled name after a preposition is more often a place ("in Paris", "from Russian President
      // Vladimir Putin" is not); a titled one is a person even there ("a mentor to Mr. Obama").
      afterPreposition: !TITLES.has(tokens[i]!.lower) && i > 0 && tokens[i - 1]!.pos === 'ADP' && tokens[i - 1]!.lower !== 'by',
    });
    i = last + 1;
  }
  return names;
}
