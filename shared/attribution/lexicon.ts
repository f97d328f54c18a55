/**
 * Words that signal attribution. The tagger learns cues from the corpus; this
 * lexicon gives it (and the rule-based assembly) features that generalise to
 * verbs it saw rarely, and it is what the regex baseline is built from.
 */

export type CueClass = 'reporting' | 'cognition' | 'intention';

const REPORTING = [
  'say', 'tell', 'state', 'add', 'note', 'claim', 'argue', 'explain', 'insist', 'assert', 'declare', 'announce',
  'report', 'write', 'tweet', 'post', 'remark', 'comment', 'reply', 'respond', 'answer', 'ask', 'warn', 'urge',
  'suggest', 'acknowledge', 'admit', 'concede', 'confirm', 'deny', 'reveal', 'disclose', 'recall', 'recount',
  'describe', 'call', 'predict', 'promise', 'pledge', 'vow', 'accuse', 'charge', 'allege', 'contend', 'maintain',
  'stress', 'emphasize', 'emphasise', 'point', 'quote', 'cite', 'testify', 'inform', 'mention', 'observe',
  'complain', 'criticize', 'criticise', 'praise', 'blame', 'boast', 'brag', 'joke', 'quip', 'shout', 'yell',
  'scream', 'whisper', 'murmur', 'mutter', 'continue', 'conclude', 'counter', 'retort', 'rebut', 'dispute',
  'reiterate', 'repeat', 'proclaim', 'propose', 'recommend', 'demand', 'threaten', 'predict', 'forecast',
  'indicate', 'signal', 'show', 'find', 'estimate', 'project', 'caution', 'advise', 'order', 'instruct',
  'read', 'agree', 'disagree', 'question', 'dismiss', 'reject', 'brand', 'label', 'dub', 'term', 'characterize',
  'slam', 'blast', 'attack', 'defend', 'hail', 'tout', 'celebrate', 'lament', 'decry', 'condemn', 'mock',
  'ridicule', 'echo', 'speak', 'talk', 'discuss', 'address', 'pen', 'publish', 'air', 'broadcast',
];
const COGNITION = [
  'think', 'believe', 'know', 'feel', 'hope', 'fear', 'worry', 'expect', 'doubt', 'suspect', 'assume', 'consider',
  'understand', 'realize', 'realise', 'recognize', 'recognise', 'wonder', 'imagine', 'guess', 'figure', 'reckon',
  'conclude', 'decide', 'remember', 'forget', 'learn', 'see', 'view', 'regard', 'agree', 'judge', 'sense',
];
const INTENTION = ['want', 'plan', 'intend', 'aim', 'seek', 'try', 'wish', 'hope', 'mean', 'prefer', 'refuse', 'offer'];

const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says'], tell: ['told'], write: ['wrote', 'written'], think: ['thought'], know: ['knew', 'known'],
  feel: ['felt'], understand: ['understood'], find: ['found'], see: ['saw', 'seen'], speak: ['spoke', 'spoken'],
  read: ['read'], forget: ['forgot', 'forgotten'], mean: ['meant'], learn: ['learnt'], show: ['shown'],
  forecast: ['forecast'], broadcast: ['broadcast'], seek: ['sought'], pen: ['penned', 'penning'],
};

const NOUN_CUES = [
  'according', 'statement', 'statements', 'interview', 'remarks', 'comments', 'testimony', 'speech', 'report',
  'reports', 'announcement', 'claim', 'claims', 'view', 'views', 'opinion', 'warning', 'argument', 'quote',
  'tweet', 'tweets', 'letter', 'memo', 'message', 'op-ed', 'editorial', 'column', 'reportedly', 'allegedly',
];

function inflect(lemma: string): string[] {
  const forms = [lemma];
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const consonantY = /[^aeiou]y$/.test(lemma);
  forms.push(consonantY ? `${lemma.slice(0, -1)}ies` : /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`);
  forms.push(consonantY ? `${lemma.slice(0, -1)}ied` : lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`);
  forms.push(`${stem}ing`);
  return forms.concat(IRREGULAR[lemma] ?? []);
}

function buildIndex(): Map<string, CueClass> {
  const index = new Map<string, CueClass>();
  // Intention and cognition first, so a verb in two lists ends up as reporting (the stronger cue).
  for (const [cls, lemmas] of [['intention', INTENTION], ['cognition', COGNITION], ['reporting', REPORTING]] as const) {
    for (const lemma of lemmas) for (const form of inflect(lemma)) index.set(form, cls);
  }
  return index;
}

const CUE_VERBS = buildIndex();
const CUE_NOUNS = new Set(NOUN_CUES);

/** The class of speech, thought or intention verb a lowercased word form belongs to, if any. */
export function cueVerbClass(lower: string): CueClass | undefined {
  return CUE_VERBS.get(lower);
}

export function isCueNoun(lower: string): boolean {
  return CUE_NOUNS.has(lower);
}

/** Every inflected form of every reporting verb, for the regex baseline. */
export function reportingVerbForms(): string[] {
  return [...CUE_VERBS].filter(([, cls]) => cls === 'reporting').map(([form]) => form);
}

export const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);

/** Nouns that, after "the", refer back to an outlet or organisation named earlier. */
export const ORGANISATION_NOUNS = new Set([
  'newspaper', 'paper', 'agency', 'outlet', 'network', 'broadcaster', 'channel', 'magazine', 'daily', 'tabloid',
  'site', 'website', 'publication', 'company', 'firm', 'group', 'organization', 'organisation', 'ministry',
  'department', 'committee', 'campaign', 'party', 'government', 'administration', 'report', 'study', 'poll',
]);

/** Nouns that, after "the", refer back to a person named earlier ("the senator said"). */
export const PERSON_ROLE_NOUNS = new Set([
  'senator', 'president', 'candidate', 'nominee', 'minister', 'governor', 'mayor', 'congressman', 'congresswoman',
  'lawmaker', 'leader', 'chairman', 'chairwoman', 'chair', 'spokesman', 'spokeswoman', 'spokesperson', 'official',
  'secretary', 'ambassador', 'judge', 'justice', 'lawyer', 'attorney', 'prosecutor', 'general', 'commander', 'chief',
  'director', 'executive', 'founder', 'businessman', 'businesswoman', 'billionaire', 'economist', 'analyst',
  'professor', 'researcher', 'author', 'writer', 'reporter', 'journalist', 'columnist', 'editor', 'host', 'actor',
  'actress', 'singer', 'star', 'former', 'democrat', 'republican', 'politician', 'diplomat', 'chancellor', 'premier',
  'king', 'queen', 'prince', 'pope', 'man', 'woman', 'activist', 'pastor', 'representative', 'speaker', 'governor',
]);
