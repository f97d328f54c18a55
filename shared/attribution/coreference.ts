import { ORGANISATION_NOUNS, PERSON_ROLE_NOUNS, PERSONAL_PRONOUNS } from './lexicon';
import type { NameMention } from './names';
import { findNames, isDemonym } from './names';
import type { TokenSpan } from './spans';
import type { Token } from './tokens';

/**
 * Resolves what a source refers to. A source containing a proper name is that
 * name ("Republican nominee Donald Trump" → "Donald Trump"). A pronoun or a
 * definite description ("she", "the senator", "the newspaper") points back to
 * the most recent earlier name of the right kind: an organisation for "it" and
 * for outlet or institution nouns, a person otherwise. Names are looked for in
 * all the text before the source, not just in other sources, because a person
 * is often introduced in a sentence that attributes nothing.
 */
const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves']);

const QUALIFIED_POS = new Set(['NOUN', 'ADJ']);

export class SourceNameResolver {
  private readonly names: NameMention[];

  constructor(private readonly text: string, private readonly tokens: Token[]) {
    this.names = tokens.length > 0 ? findNames(text, tokens, 0, tokens.length - 1) : [];
  }

  isOrganisation(name: string): boolean {
    return this.names.some((n) => n.text === name && n.organisation);
  }

  resolve(source: TokenSpan): string | null {
    const own = this.names.filter((n) => n.first >= source.first && n.last <= source.last);
    const modifiers = own.filter((n) => this.isModifier(n, source));
    const named = own.filter((n) => !modifiers.includes(n));
    const head = this.headName(named, source);
    if (head) return this.fullForm(head);
    const words = this.tokens.slice(source.first, source.last + 1).map((t) => t.lower);
    const headWord = words[words.length - 1] ?? '';
    // "The Russian foreign ministry" names its own body; it does not point back to the last organisation named.
    if (modifiers.length > 0 && ORGANISATION_NOUNS.has(headWord)) return this.text.slice(this.tokens[modifiers[0]!.first]!.start, this.tokens[source.last]!.end);
    // "she", and "she herself"
    const isPronoun = PERSONAL_PRONOUNS.has(words[0] ?? '') && words.every((w) => PERSONAL_PRONOUNS.has(w) || REFLEXIVES.has(w));
    const pronoun = isPronoun ? words[0]! : headWord;
    const isDescription =
      (words[0] === 'the' || words[0] === 'this' || words[0] === 'that') && (PERSON_ROLE_NOUNS.has(headWord) || ORGANISATION_NOUNS.has(headWord));
    if (!isPronoun && !isDescription) return this.text.slice(this.tokens[source.first]!.start, this.tokens[source.last]!.end);
    if (pronoun === 'i' || pronoun === 'we' || pronoun === 'you') return null;
    const wantOrganisation = pronoun === 'it' || ORGANISATION_NOUNS.has(headWord);
    for (let k = this.names.length - 1; k >= 0; k--) {
      const name = this.names[k]!;
      // "African-American" is no one "he" can refer to.
      if (name.last >= source.first || name.afterPreposition || isDemonym(name.text)) continue;
      if (name.organisation === wantOrganisation || pronoun === 'they') return this.fullForm(name);
    }
    return null;
  }

  /**
   * The name a source phrase is about. The first comma-separated part that
   * holds a name wins, as what follows it describes it ("Maria Kostopoulou, head
   * of the Union of Greek Shipowners"); within it the last name is the head
   * ("Republican nominee Donald Trump", "Trump's manager Kellyanne Conway").
   * A name that only qualifies another (after a preposition, in brackets, or the
   * owner in "Gary Johnson's doctor") is the head only when no other name is.
   */
  private headName(named: NameMention[], source: TokenSpan): NameMention | undefined {
    const part = (name: NameMention) => this.commaPart(source, name.first);
    const heads = named.filter((name) => !this.isQualifying(name, source) && !named.some((other) => other.first > name.last && part(other) === part(name) && this.isPossessive(other, source)));
    const firstPart = heads.length > 0 ? part(heads[0]!) : -1;
    return heads.filter((name) => part(name) === firstPart).at(-1) ?? named.at(-1);
  }

  /** Which comma-separated part of the source a token is in, brackets not counted. */
  private commaPart(source: TokenSpan, index: number): number {
    let part = 0;
    for (let k = source.first; k < index; k++) if (this.tokens[k]!.text === ',') part++;
    return part;
  }

  /**
   * A single word that describes the speaker rather than names it: a nationality
   * ("Greek officials", "the Russian foreign ministry") or a capitalised first word
   * of a sentence ("Recent polls"), followed by the noun it qualifies.
   */
  private isModifier(name: NameMention, source: TokenSpan): boolean {
    const next = this.tokens[name.last + 1];
    // The noun or adjective after it shows it qualifies; "Johnson himself" and "Member of" do not.
    if (name.first !== name.last || name.last >= source.last || next === undefined || !/^\p{Ll}/u.test(next.text) || !QUALIFIED_POS.has(next.pos)) return false;
    const word = this.tokens[name.first]!;
    const startsSentence = name.first === 0 || this.tokens[name.first - 1]!.sentence !== word.sentence;
    return isDemonym(word.text) || startsSentence;
  }

  /** "Ukraine" in "Ukraine's foreign minister Dmytro Kuleba". */
  private isPossessive(name: NameMention, source: TokenSpan): boolean {
    const next = this.tokens[name.last + 1];
    return name.last < source.last && next !== undefined && /^['’]s?$/.test(next.lower);
  }

  /** After a preposition ("head of the Union") until a comma starts a new part, or in brackets ("Roy Cooper (D)"). */
  private isQualifying(name: NameMention, source: TokenSpan): boolean {
    let afterPreposition = false;
    let brackets = 0;
    for (let k = source.first; k < name.first; k++) {
      const token = this.tokens[k]!;
      if (token.text === ',') afterPreposition = false;
      else if (token.text === '(') brackets++;
      else if (token.text === ')') brackets = Math.max(0, brackets - 1);
      else if (token.pos === 'ADP' && token.lower !== 'by') afterPreposition = true;
    }
    return afterPreposition || brackets > 0 || this.isPossessive(name, source);
  }

  /** A later short reference ("Le Pen") as the fuller name it was introduced with ("Marine Le Pen"). */
  private fullForm(name: NameMention): string {
    const longer = this.names.findLast((n) => n.first < name.first && n.text.length > name.text.length && n.text.endsWith(` ${name.text}`));
    return longer ? longer.text : name.text;
  }
}
