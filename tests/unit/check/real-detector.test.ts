import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../shared/check/check-draft';
import type { Finding } from '../../../shared/check/finding';
import type { Source } from '../../../shared/model/source';
import { editorState, paragraph, text } from '../document/lexical-fixtures';
import { makeDraft } from './draft-fixture';
import { makeSource } from './helpers';

/** Checks paragraphs as a draft with the project's own attribution detector. */
function checkParagraphs(paragraphs: string[], sources: Source[] = []) {
  const result = checkDraft(makeDraft({ content: editorState(...paragraphs.map((words) => paragraph(text(words)))), sources }));
  const words = (finding: Finding): string => (finding.range ? result.document.text.slice(finding.range.start, finding.range.end) : '');
  return { findings: result.findings, words };
}

describe('the check with the attribution detector', () => {
  it('tells two speakers in one paragraph apart and names them', () => {
    const { findings } = checkParagraphs([
      '“We will cut taxes for every working family,” Anna Berg said. “That promise has been broken three times before,” Lars Holm replied.',
    ]);
    const [finding] = findings.filter((item) => item.ruleId === 'Q-ONESPEAKER');
    expect(finding?.message).toContain('both Anna Berg and Lars Holm');
  });

  it('flags a surname the detector sees as a speaker before the full name is introduced', () => {
    const { findings, words } = checkParagraphs([
      'Le Pen said on Tuesday she would stay in the European Union.',
      'France’s far-right presidential candidate, Marine Le Pen, said she would propose closer ties with Russia.',
    ]);
    expect(findings.filter((item) => item.ruleId === 'N-FIRSTREF').map(words)).toEqual(['Le Pen']);
  });

  it('offers to link what a registered person said to their source record', () => {
    const smith = makeSource({ id: 'jane-smith', name: 'Jane Smith', kind: 'person', role: 'mayor of Brno' });
    const { findings } = checkParagraphs(['The mayor of Brno, Jane Smith, toured the site on Monday.', 'Smith said the bridge would reopen in May.'], [smith]);
    const unlinked = findings.find((item) => item.ruleId === 'S-UNLINKED');
    expect(unlinked?.fix).toMatchObject({ kind: 'link-passage', sourceId: 'jane-smith' });
  });

  it('notes a contentious accusation resting on the one person who made it', () => {
    const { findings, words } = checkParagraphs(['The opposition leader, Anna Berg, accused the mayor of fraud on Monday.']);
    const single = findings.filter((item) => item.ruleId === 'A-SINGLE');
    expect(single.map(words)).toEqual(['accused']);
    expect(single[0]!.message).toContain('Anna Berg');
  });

  it('stays quiet on a correctly attributed wire sentence', () => {
    const { findings } = checkParagraphs([
      'France’s far-right presidential candidate, Marine Le Pen, said on Wednesday that as soon as the war ended she would propose closer ties between NATO and Russia.',
    ]);
    expect(findings).toEqual([]);
  });
});
