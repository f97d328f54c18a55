import { describe, expect, it } from 'vitest';
import { findingsOf, flagged } from '../helpers';

describe('V-NEUTRAL', () => {
  it('suggests "said" for loaded attribution verbs', () => {
    const text = 'The minister claimed that the figures were wrong. “We did nothing illegal,” Berg insisted.';
    const findings = findingsOf('V-NEUTRAL', text);
    expect(flagged(text, findings)).toEqual(['claimed', 'insisted']);
    expect(findings.map((finding) => finding.fix)).toEqual([
      { kind: 'replace-text', label: 'Write “said”', range: findings[0]!.range, replacement: 'said' },
      { kind: 'replace-text', label: 'Write “said”', range: findings[1]!.range, replacement: 'said' },
    ]);
    expect(findings[0]!.severity).toBe('info');
  });

  it('keeps the tense: "claims" becomes "says"', () => {
    const text = 'Berg claims that the figures are wrong.';
    expect(findingsOf('V-NEUTRAL', text)[0]?.fix).toMatchObject({ replacement: 'says' });
  });

  it('flags non-speech verbs used as attribution', () => {
    const text = '“We will win this,” she smiled.';
    const [finding] = findingsOf('V-NEUTRAL', text);
    expect(finding?.message).toContain('not a way of speaking');
  });

  it('leaves the same words alone where they attribute nothing', () => {
    const text = 'He was admitted to hospital on Monday. The crowd laughed and the band played on.';
    expect(findingsOf('V-NEUTRAL', text)).toEqual([]);
  });
});
