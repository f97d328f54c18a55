import { ORGANISATION_NOUNS, PERSON_ROLE_NOUNS, PERSONAL_PRONOUNS } from './lexicon';
import type { NameMention } from './names';
import { findNames } from './names';
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
    // The last name is the head of the phrase: "Republican nominee Donald Trump", "Trump's manager Kellyanne Conway".
    if (own.length > 0) return this.fullForm(own[own.length - 1]!);
    const words = this.tokens.slice(source.first, source.last + 1).map((t) => t.lower);
    const head = words[words.length - 1] ?? '';
    // "she", and "she herself"
    const isPronoun = PERSONAL_PRONOUNS.has(words[0] ?? '') && words.every((w) => PERSONAL_PRONOUNS.has(w) || REFLEXIVES.has(w));
    const pronoun = isPronoun ? words[0]! : head;
    const isDescription =
      (words[0] === 'the' || words[0] === 'this' || words[0] === 'that') && (PERSON_ROLE_NOUNS.has(head) || ORGANISATION_NOUNS.has(head));
    if (!isPronoun && !isDescription) return this.text.slice(this.tokens[source.first]!.start, this.tokens[source.last]!.end);
    if (pronoun === 'i' || pronoun === 'we' || pronoun === 'you') return null;
    const wantOrganisation = pronoun === 'it' || ORGANISATION_NOUNS.has(head);
    for (let k = this.names.length - 1; k >= 0; k--) {
      const name = this.names[k]!;
      if (name.last >= source.first || name.afterPreposition) continue;
      if (name.organisation === wantOrganisation || pronoun === 'they') return this.fullForm(name);
    }
    return null;
  }

  /** A later short reference ("Le Pen") as the fuller name it was introduced with ("Marine Le Pen"). */
  private fullForm(name: NameMention): string {
    const longer = this.names.findLast((n) => n.first < name.first && n.text.length > name.text.length && n.text.endsWith(` ${name.text}`));
    return longer ? longer.text : name.text;
  }
}
