import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectAttributions } from '../../../shared/attribution/index';
import type { DetectedAttribution, Span } from '../../../shared/attribution/index';

const slice = (text: string, span: Span | null): string | null => (span ? text.slice(span.start, span.end) : null);

/** The attributions as text, for readable expectations. */
function read(text: string): { cue: string | null; source: string | null; content: string | null; type: string; sourceName: string | null }[] {
  return detectAttributions(text).map((a: DetectedAttribution) => ({
    cue: slice(text, a.cue),
    source: slice(text, a.source),
    content: slice(text, a.content),
    type: a.type,
    sourceName: a.sourceName,
  }));
}

function withCue(text: string, cue: string): ReturnType<typeof read>[number] {
  const found = read(text).find((a) => a.cue === cue);
  expect(found, `no attribution with cue "${cue}" in ${JSON.stringify(read(text))}`).toBeDefined();
  return found!;
}

describe('detectAttributions: direct quotes', () => {
  it('finds the cue after the quote', () => {
    const text = '“We will not raise taxes on the middle class,” Clinton said on Monday.';
    expect(withCue(text, 'said')).toMatchObject({
      source: 'Clinton',
      content: '“We will not raise taxes on the middle class,”',
      type: 'direct',
      sourceName: 'Clinton',
    });
  });

  it('finds the cue before the quote', () => {
    const text = 'The governor told reporters: “The state will sue the federal government over this rule.”';
    const found = withCue(text, 'told');
    expect(found.source).toBe('The governor');
    expect(found.content).toBe('“The state will sue the federal government over this rule.”');
  });

  it('finds the cue inside a quote that it interrupts', () => {
    const text = '“This is the beginning of a long fight,” Sanders said, “and we intend to win it.”';
    const found = withCue(text, 'said');
    expect(found.source).toBe('Sanders');
    expect(found.content).toMatch(/^“This is the beginning of a long fight,”/);
  });

  it('takes a quotation the cue interrupts between sentences as one content, over the cue', () => {
    const text = '“Frankly, the bridge repairs took far longer than anyone planned,” she said. “Next year the crews will start in early spring instead.”';
    expect(withCue(text, 'said').content).toBe(text);
  });

  it("reads quotations written with two apostrophes ('') like any other", () => {
    const text = "''The bridge repairs took far longer than anyone planned,'' she said. ''Next year the crews will start in early spring.''";
    expect(withCue(text, 'said')).toMatchObject({ source: 'she', content: text });
  });

  it('does not carry a content into a quotation in the next paragraph', () => {
    const text = '“Frankly, the bridge repairs took far longer than anyone planned,” she said.\n\n“Next year the crews will start in early spring instead.”';
    expect(withCue(text, 'said').content).toBe('“Frankly, the bridge repairs took far longer than anyone planned,”');
  });

  it('reads «guillemets», „German“ and straight quotes the same way', () => {
    for (const [open, close] of [['«', '»'], ['„', '“'], ['"', '"']]) {
      const text = `${open}The talks have failed completely and will not resume,${close} the minister said.`;
      const found = withCue(text, 'said');
      expect(found.source).toBe('the minister');
      expect(found.content).toBe(`${open}The talks have failed completely and will not resume,${close}`);
      expect(found.type).toBe('direct');
    }
  });

  it('keeps a quote running into the next paragraph together', () => {
    const text =
      'Smith described the night in detail.\n\n“We heard the shots and ran for the doors. Nobody knew where to go.\n\n“Then the lights went out,” Smith said.';
    const found = withCue(text, 'said');
    expect(found.source).toBe('Smith');
    expect(found.content).toContain('Then the lights went out');
  });

  it('does not read apostrophes as quotation marks', () => {
    const text = "The voters' anger was clear, Trump's campaign manager said on Sunday.";
    const found = withCue(text, 'said');
    expect(found.type).not.toBe('direct');
  });
});

describe('detectAttributions: indirect, mixed, according to, second-hand', () => {
  it('finds reported speech with its clause', () => {
    const text = 'Senator Elizabeth Warren said that the bank should return the money to its customers.';
    const found = withCue(text, 'said');
    expect(found).toMatchObject({ source: 'Senator Elizabeth Warren', type: 'indirect', sourceName: 'Elizabeth Warren' });
    expect(found.content).toBe('that the bank should return the money to its customers');
  });

  it('marks reported speech that quotes some words as mixed', () => {
    const text = 'Le Pen said France would “never submit” to an American protectorate.';
    expect(withCue(text, 'said').type).toBe('mixed');
  });

  it('finds "according to" with an organisation or a document', () => {
    const outlet = 'The president will visit Moscow next month, according to Reuters.';
    expect(withCue(outlet, 'according to')).toMatchObject({
      source: 'Reuters',
      content: 'The president will visit Moscow next month',
      type: 'according-to',
    });
    const document = 'According to court documents, the company paid no taxes for a decade.';
    expect(withCue(document, 'According to')).toMatchObject({
      source: 'court documents',
      content: 'the company paid no taxes for a decade',
      type: 'according-to',
    });
  });

  it('gives "according to" the whole rest of a long sentence as its content', () => {
    const text =
      'Nearly a third of the county’s bus drivers still have no access to a pension plan through their employer, according to a survey by the transport union.';
    expect(withCue(text, 'according to')).toMatchObject({
      source: 'a survey by the transport union',
      content: 'Nearly a third of the county’s bus drivers still have no access to a pension plan through their employer',
    });
  });

  it('treats "was quoted as saying" as second-hand, with the quotation before it', () => {
    const text = '“We will leave the joint command,” Le Pen was quoted as saying at a news conference.';
    const found = read(text).find((a) => a.cue?.includes('quoted as'));
    expect(found).toMatchObject({ source: 'Le Pen', content: '“We will leave the joint command,”', type: 'second-hand' });
  });

  it('treats "according to X, Y said" as second-hand for Y', () => {
    const text = 'According to Ria Novosti, the minister said that the troops would stay.';
    expect(withCue(text, 'According to').type).toBe('according-to');
    expect(withCue(text, 'said')).toMatchObject({ source: 'the minister', type: 'second-hand' });
  });

  it('resolves a pronoun source to the person named before', () => {
    const text = 'Angela Merkel arrived in Washington on Tuesday. She said the alliance was stronger than ever.';
    expect(withCue(text, 'said')).toMatchObject({ source: 'She', sourceName: 'Angela Merkel' });
  });

  it('finds nothing in text without attribution', () => {
    expect(detectAttributions('The bridge was closed for repairs on Tuesday. Traffic was diverted.')).toEqual([]);
    expect(detectAttributions('')).toEqual([]);
  });
});

describe('detectAttributions: offsets', () => {
  it('gives UTF-16 offsets in text full of emoji and astral characters', () => {
    const text = '🎉🎉 Big news 𝔉𝔯𝔦𝔡𝔞𝔶! “We are thrilled 🚀🚀,” the company’s 👩‍💻 founder Ana Silva said.';
    const found = withCue(text, 'said');
    expect(found.content).toBe('“We are thrilled 🚀🚀,”');
    expect(found.source).toMatch(/Ana Silva$/);
    for (const a of detectAttributions(text)) {
      for (const span of [a.cue, a.source, a.content]) {
        if (!span) continue;
        expect(span.start).toBeLessThan(span.end);
        // No span may cut a surrogate pair in half.
        expect(/^[\uDC00-\uDFFF]/.test(text.slice(span.start))).toBe(false);
        expect(/[\uD800-\uDBFF]$/.test(text.slice(0, span.end))).toBe(false);
      }
    }
  });
});

describe('detectAttributions: the scraped wire-rewrite sample', () => {
  const text = readFileSync(new URL('../../../../shared/samples/scraped-wire-rewrite.txt', import.meta.url), 'utf8');
  const found = read(text);

  it('finds Le Pen saying what she would propose, credited to Reuters', () => {
    expect(found.find((a) => a.cue === 'said' && a.source?.includes('Marine Le Pen'))?.sourceName).toBe('Marine Le Pen');
    expect(found.find((a) => a.cue === 'according to' && a.source === 'Reuters')?.type).toBe('according-to');
  });

  it('finds what the BBC notes', () => {
    expect(found.find((a) => a.cue === 'notes')).toMatchObject({ source: 'the BBC', sourceName: 'BBC', type: 'according-to' });
  });

  it('finds "Le Pen was quoted as saying" as second-hand with its quotation', () => {
    const quoted = found.find((a) => a.cue?.includes('quoted as'));
    expect(quoted).toMatchObject({ source: 'Le Pen', type: 'second-hand' });
    expect(quoted!.content).toMatch(/^“If I am elected president/);
  });

  it('finds what Ria Novosti says she stated, resolving "she" to Le Pen', () => {
    expect(found.find((a) => a.cue === 'According to')).toMatchObject({ source: 'Ria Novosti', type: 'according-to' });
    const stated = found.find((a) => a.source === 'she herself');
    expect(stated).toMatchObject({ sourceName: 'Marine Le Pen', type: 'second-hand' });
  });
});
