/** Capitalised words that start sentences or name no one. */
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'in', 'on', 'at', 'but', 'and', 'or', 'if', 'as', 'for',
  'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'its', 'there', 'here', 'when', 'while',
  'after', 'before', 'since', 'also', 'however', 'meanwhile', 'according', 'asked', 'speaking', 'yesterday', 'today',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'source', 'sources', 'officials',
  'experts', 'observers', 'analysts', 'critics', 'some', 'many', 'one', 'two', 'both', 'other', 'others', 'police',
]);

/** Lower-case particles inside names: Charles de Gaulle, Ursula von der Leyen. */
const NAME_PARTICLE = String.raw`(?:de|da|di|du|del|della|der|den|van|von|bin|ibn|al|el|la|le)`;
const PARTICLE_WORD = new RegExp(`^${NAME_PARTICLE}$`);
const NAME_WORD = String.raw`\p{Lu}[\p{L}’'-]*\.?`;

/** A run of capitalised words, possibly with particles: a candidate proper name. */
export const PROPER_NAME = String.raw`${NAME_WORD}(?:\s+(?:${NAME_PARTICLE}\s+)*${NAME_WORD})*`;

/**
 * True when words are a plausible proper name: every word capitalised (or a
 * particle such as "de"), and not led by a function word ("A source", "The").
 */
export function isPlausibleName(candidate: string): boolean {
  const words = candidate.trim().split(/\s+/);
  if (words[0] === undefined || words[0] === '' || NOT_NAMES.has(words[0].toLowerCase())) return false;
  return words.every((word) => /^\p{Lu}/u.test(word) || PARTICLE_WORD.test(word));
}

const LEADING_NAME = new RegExp(`^${PROPER_NAME}`, 'u');

/** The proper name a longer reference starts with: "Smith, the mayor" → "Smith". */
export function leadingName(reference: string): string | null {
  let result = leadingNames.get(reference);
  if (result === undefined) {
    const match = LEADING_NAME.exec(reference.trim());
    const name = match ? trimNonNameWords(match[0].replace(/\.$/, '')) : '';
    result = isPlausibleName(name) ? name : null;
    if (leadingNames.size >= MAX_NAMES) leadingNames.clear();
    leadingNames.set(reference, result);
  }
  return result;
}

/** N-FIRSTREF asks for the leading name of the same speakers on every check. */
const leadingNames = new Map<string, string | null>();

/** Drops a leading function word a regex may have taken for part of a name ("The Reuters" → "Reuters"). */
export function trimNonNameWords(candidate: string): string {
  const words = candidate.trim().split(/\s+/);
  while (words.length > 1 && NOT_NAMES.has(words[0]!.toLowerCase())) words.shift();
  return words.join(' ');
}

/** Names are compared many times per check (every rule, every mention); the normal form is memoised. */
const normalised = new Map<string, string>();
/** Names come from the article and the source list; past this many a memo starts over. */
const MAX_NAMES = 5000;

export function normaliseName(name: string): string {
  let result = normalised.get(name);
  if (result === undefined) {
    result = computeNormalisedName(name);
    if (normalised.size >= MAX_NAMES) normalised.clear();
    normalised.set(name, result);
  }
  return result;
}

function computeNormalisedName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/['’]s$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The surname: the name without its first given name ("Marine Le Pen" → "Le Pen"). */
export function surnameOf(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  return words.length > 1 ? words.slice(1).join(' ') : fullName.trim();
}

/** Two references name the same person or body: equal, or one is the other's surname. */
export function sameReferent(a: string, b: string): boolean {
  return sameNormalisedReferent(normaliseName(a), normaliseName(b));
}

/** sameReferent for names already normalised: for callers comparing one name with many. */
export function sameNormalisedReferent(x: string, y: string): boolean {
  if (x === '' || y === '') return false;
  if (x === y) return true;
  return endsWithWord(x, y) || endsWithWord(y, x);
}

/** Whether text ends with a space and then word; compared in place, as people are compared pairwise on every check. */
function endsWithWord(text: string, word: string): boolean {
  const at = text.length - word.length;
  return at > 0 && text.charCodeAt(at - 1) === SPACE && text.endsWith(word);
}

const SPACE = 32;
