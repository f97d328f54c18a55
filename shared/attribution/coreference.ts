import { ORGANISATION_NOUNS, PERSONAL_PRONOUNS } from './lexicon';
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
    if (own.length > 0) return own.map((n) => n.text).join(', ');
    const words = this.tokens.slice(source.first, source.last + 1).map((t) => t.lower);
    const head = words[words.length - 1] ?? '';
    const isPronoun = words.length === 1 && PERSONAL_PRONOUNS.has(head);
    const isDescription = words[0] === 'the' || words[0] === 'this' || words[0] === 'that';
    if (!isPronoun && !isDescription) return this.text.slice(this.tokens[source.first]!.start, this.tokens[source.last]!.end);
    if (head === 'i' || head === 'we' || head === 'you') return null;
    const wantOrganisation = head === 'it' || ORGANISATION_NOUNS.has(head);
    for (let k = this.names.length - 1; k >= 0; k--) {
      const name = this.names[k]!;
      if (name.last >= source.first) continue;
      if (name.organisation === wantOrganisation || head === 'they') return name.text;
    }
    return null;
  }
}
