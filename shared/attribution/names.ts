import type { Token } from './tokens';

/** A run of capitalised proper-noun tokens: "Marine Le Pen", "RIA Novosti", "the BBC" → "BBC". */
export interface NameMention {
  first: number;
  last: number;
  text: string;
  organisation: boolean;
}

// Lower-case particles that stay inside a name ("Charles de Gaulle", "Le Pen").
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'du', 'la', 'le', 'al', 'bin', 'da', 'di']);

const ORGANISATION_WORDS =
  /\b(News|Post|Times|Journal|Herald|Tribune|Reuters|AP|AFP|BBC|CNN|NBC|ABC|CBS|Fox|MSNBC|Politico|Breitbart|Novosti|TASS|RT|Sputnik|Xinhua|Agency|Press|Institute|University|Committee|Commission|Department|Ministry|Party|Council|Bureau|Office|Administration|Campaign|Foundation|Association|Center|Centre|Inc|Corp|Company|Group|Bank|Court|Congress|Senate|House|Capital|Guardian|Telegraph|Monitor|Gazette|Magazine|Network|Radio|Television|TV)\b/;

function isNameToken(token: Token): boolean {
  return (token.pos === 'PROPN' || /^\p{Lu}[\p{L}'’.-]*$/u.test(token.text)) && /^\p{Lu}/u.test(token.text);
}

/** Proper-name runs within tokens[from..to], skipping a capitalised first word of a sentence that is not a proper noun. */
export function findNames(text: string, tokens: Token[], from: number, to: number): NameMention[] {
  const names: NameMention[] = [];
  let i = from;
  while (i <= to) {
    const token = tokens[i]!;
    const sentenceStart = i === 0 || tokens[i - 1]!.sentence !== token.sentence;
    if (!isNameToken(token) || (sentenceStart && token.pos !== 'PROPN')) {
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
    const nameText = text.slice(tokens[i]!.start, tokens[last]!.end);
    names.push({ first: i, last, text: nameText, organisation: ORGANISATION_WORDS.test(nameText) || /^\p{Lu}{2,}$/u.test(nameText) });
    i = last + 1;
  }
  return names;
}
