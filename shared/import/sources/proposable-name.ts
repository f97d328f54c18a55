import { isDemonym } from '../../attribution/names';
import { ORGANISATION_NOUNS, PERSON_ROLE_NOUNS } from '../../attribution/lexicon';
import { isStateOrCapital } from './name-kind';

/**
 * Nouns for kinds of people and bodies that wire copy cites without naming
 * anyone ("Negotiators said", "Residents say", "Security sources"). They are
 * attributions, but nothing an editor could list in a Sources box. The role
 * nouns the detector resolves back to a named person are added from its lexicon.
 */
const GENERIC_SPEAKER_NOUNS = new Set([
  ...PERSON_ROLE_NOUNS,
  ...ORGANISATION_NOUNS,
  'negotiator', 'resident', 'witness', 'protester', 'protestor', 'demonstrator', 'investigator', 'authority', 'source',
  'expert', 'observer', 'critic', 'legislator', 'scientist', 'doctor', 'medic', 'rescuer', 'activist', 'campaigner',
  'organiser', 'organizer', 'villager', 'local', 'citizen', 'voter', 'worker', 'employee', 'staff', 'trader', 'dealer',
  'banker', 'investor', 'farmer', 'fisherman', 'fishermen', 'shipowner', 'officer', 'soldier', 'troop', 'militant', 'rebel',
  'insurgent', 'separatist', 'supporter', 'opponent', 'member', 'envoy', 'mediator', 'monitor', 'inspector', 'regulator',
  'aide', 'adviser', 'advisor', 'insider', 'people', 'family', 'families', 'relative', 'parent', 'student', 'teacher', 'nurse',
  'survivor', 'victim', 'refugee', 'migrant', 'passenger', 'fan', 'user', 'customer', 'consumer', 'shopper', 'commentator',
  'pundit', 'pollster', 'historian', 'environmentalist', 'union', 'state', 'country', 'nation', 'neighbour', 'neighbor',
  'ally', 'allies', 'partner', 'donor', 'creditor', 'lender', 'police', 'spokespeople', 'person',
  'men', 'women', 'operator', 'manager', 'owner', 'producer', 'maker', 'exporter', 'importer', 'buyer', 'seller', 'agent',
  'broker', 'developer', 'strategist', 'planner', 'delegate', 'delegation', 'participant', 'mp', 'mps',
]);

/** Words that only qualify such a noun: "senior officials", "security sources", "local residents". */
const GENERIC_QUALIFIERS = new Set([
  'senior', 'top', 'local', 'foreign', 'government', 'security', 'military', 'intelligence', 'industry', 'health', 'state',
  'federal', 'regional', 'other', 'several', 'some', 'many', 'most', 'few', 'former', 'opposition', 'rescue', 'emergency',
  'aid', 'company', 'party', 'western', 'diplomatic', 'ruling', 'independent', 'international', 'eu', 'un', 'us', 'u.s.',
  'nato', 'central', 'democratic', 'defence', 'defense', 'energy', 'financial', 'market', 'oil', 'shipping', 'police',
]);

/**
 * Bodies a nationality adjective makes specific ("the Russian foreign
 * ministry", "the Greek coast guard"): proposable, unlike a bare country
 * or "the Greek government", which say no more than "Greece".
 */
const INSTITUTION_NOUNS = new Set([
  'ministry', 'department', 'committee', 'embassy', 'consulate', 'army', 'navy', 'military', 'parliament', 'police', 'guard',
  'bank', 'office', 'cabinet', 'presidency', 'court', 'prosecutor', 'prosecutors', 'regulator', 'agency', 'commission', 'council',
]);

/** "negotiators" → "negotiator", "authorities" → "authority", "fishermen" stays (listed as is). */
function singularForms(word: string): string[] {
  const forms = [word];
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('s')) forms.push(word.slice(0, -1));
  return forms;
}

function isGenericWord(word: string): boolean {
  const lower = word.toLowerCase();
  return isDemonym(lower) || GENERIC_QUALIFIERS.has(lower) || singularForms(lower).some((form) => GENERIC_SPEAKER_NOUNS.has(form));
}

function isPluralSpeakerNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return isDemonym(lower) || singularForms(lower).some((form) => form !== lower && GENERIC_SPEAKER_NOUNS.has(form)) || /(?:people|men|women|staff|police)$/.test(lower);
}

/** The party and state after a US politician's name ("D-Mass"), which the detector can take for a name. */
const PARTY_AND_STATE = /^[DRI]-\p{Lu}/u;

/** A country's government under another name: "the Greek Government" says no more than "Greece". */
const GOVERNMENT_NOUNS = new Set(['government', 'administration', 'authorities', 'state', 'leadership', 'regime']);

function wordsOf(name: string): string[] {
  return name.trim().replace(/^the\s+/i, '').split(/\s+/).filter((word) => word !== '');
}

/**
 * Whether a source the detector resolved is worth proposing: a named person,
 * organisation or outlet, not a kind of speaker ("Negotiators", "Greek
 * Shipowners"), a nationality ("Greek", "Russians") or a country or capital
 * speaking for its government ("Russia said"), which an editor would not add
 * to the Sources box.
 */
export function isProposableSourceName(name: string): boolean {
  const words = wordsOf(name);
  if (words.length === 0 || isStateOrCapital(name) || PARTY_AND_STATE.test(name)) return false;
  if (!words.every(isGenericWord)) return true;
  // Common words capitalised as one body's name still name it: "European Union", "Foreign Ministry", "Security Council".
  const head = words[words.length - 1]!.toLowerCase();
  return (
    words.length > 1 &&
    words.every((word) => /^\p{Lu}/u.test(word)) &&
    !isPluralSpeakerNoun(head) &&
    !PERSON_ROLE_NOUNS.has(head) &&
    !GOVERNMENT_NOUNS.has(head)
  );
}

/**
 * "Russian Foreign Ministry" for the detector's "the Russian foreign ministry":
 * a nationality and an institution, which names a body though written in lower case.
 * Undefined for anything else.
 */
export function nationalInstitutionName(phrase: string): string | undefined {
  const words = wordsOf(phrase);
  if (words.length < 2 || !isDemonym(words[0]!) || !INSTITUTION_NOUNS.has(words[words.length - 1]!.toLowerCase())) return undefined;
  if (!words.slice(1).every((word) => /^[\p{L}-]+$/u.test(word))) return undefined;
  return words.map((word) => `${word[0]!.toUpperCase()}${word.slice(1)}`).join(' ');
}
