import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectAttributions } from '../../../shared/attribution';
import { checkDraft } from '../../../shared/check/check-draft';
import { createIncrementalChecker } from '../../../shared/check/incremental-checker';
import type { Draft } from '../../../shared/model/draft';
import type { SerializedNodeShape } from '../../../shared/model/lexical-json';
import { generateArticle } from '../../bench/fixtures/article';

/**
 * Words an editor might type that the rules care about, several of them
 * across paragraphs: a first reference and a later surname, a quote that
 * runs on, "the" at the end of a headline before an outlet's name, a credit
 * line, an anonymous source described in the next sentence.
 */
const SNIPPETS = [
  'According to Reuters, the talks failed on Tuesday.',
  'the',
  'Source: Capital',
  '“We will never accept any deal of this kind,” she said.',
  '“It is over. We are done here and we are leaving now,” said Maria Brennan.',
  'Brennan said on Wednesday.',
  'Sources said the deal was off.',
  'It is understood that the plan was dropped.',
  'The minister reportedly claimed victory.',
  'TASS reported the figures.',
  'A person familiar with the talks said so.',
  'She spoke because she was not authorised to speak publicly.',
  'The report could not be independently verified.',
  '“This quote runs on into the next paragraph',
  'Interview with Marine',
  'Le Pen said she would stand.',
  'BBC reported that prices fell.',
  'officials said',
  'Lindqvist',
];

type Edit =
  | { kind: 'type'; at: number; words: string }
  | { kind: 'insert'; at: number; words: string; heading: boolean }
  | { kind: 'remove'; at: number }
  | { kind: 'move'; from: number; to: number }
  | { kind: 'drop-source'; at: number }
  | { kind: 'credit'; credit: string; basedOnOtherOutlet: boolean };

const snippet = fc.constantFrom(...SNIPPETS);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('type' as const), at: fc.nat(), words: snippet }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), words: snippet, heading: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('move' as const), from: fc.nat(), to: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop-source' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('credit' as const), credit: fc.constantFrom('', 'Capital', 'Reuters'), basedOnOtherOutlet: fc.boolean() }) },
);

function textNode(text: string): SerializedNodeShape {
  return { detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 };
}

function block(type: 'paragraph' | 'heading', words: string): SerializedNodeShape {
  const extra = type === 'heading' ? { tag: 'h2' } : {};
  return { children: [textNode(words)], direction: 'ltr', format: '', indent: 0, type, version: 1, ...extra };
}

/** Types words at the end of a block's last text, as the editor's draft copy would hold it (other blocks shared). */
function typeInto(node: SerializedNodeShape, words: string): SerializedNodeShape {
  if (typeof node['text'] === 'string') return { ...node, text: `${node['text']} ${words}` };
  const children = node.children ?? [];
  if (children.length === 0) return { ...node, children: [textNode(words)] };
  return { ...node, children: children.map((child, index) => (index === children.length - 1 ? typeInto(child, words) : child)) };
}

function applyEdit(draft: Draft, change: Edit): Draft {
  const blocks = [...(draft.content.root.children ?? [])];
  const at = (index: number): number => index % Math.max(1, blocks.length);
  switch (change.kind) {
    case 'type':
      if (blocks.length > 0) blocks[at(change.at)] = typeInto(blocks[at(change.at)]!, change.words);
      break;
    case 'insert':
      blocks.splice(change.at % (blocks.length + 1), 0, block(change.heading ? 'heading' : 'paragraph', change.words));
      break;
    case 'remove':
      if (blocks.length > 1) blocks.splice(at(change.at), 1);
      break;
    case 'move': {
      const [moved] = blocks.splice(at(change.from), 1);
      if (moved) blocks.splice(change.to % (blocks.length + 1), 0, moved);
      break;
    }
    case 'drop-source':
      return { ...draft, sources: draft.sources.filter((_, index) => index !== change.at % Math.max(1, draft.sources.length)) };
    case 'credit':
      return { ...draft, meta: { ...draft.meta, credit: change.credit, basedOnOtherOutlet: change.basedOnOtherOutlet } };
  }
  return { ...draft, content: { root: { ...draft.content.root, children: blocks } } };
}

describe('the incremental check over random edits', () => {
  it('gives exactly the findings of a full check of the same draft after every edit', () => {
    const article = generateArticle({ seed: 11, words: 450, attributions: 25 }).draft;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        const checker = createIncrementalChecker(detectAttributions);
        let draft = article;
        checker.checkDraft(draft);
        for (const change of edits) {
          draft = applyEdit(draft, change);
          expect(checker.checkDraft(draft)).toEqual(checkDraft(draft, {}, detectAttributions));
        }
      }),
      { numRuns: 25 },
    );
    // The real detector on every version of the article, twice: seconds, more on a busy machine.
  }, 120_000);
});
