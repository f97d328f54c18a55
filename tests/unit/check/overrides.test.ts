import { describe, expect, it } from 'vitest';
import { applyOverrides } from '../../../shared/check/overrides';
import { countBySeverity } from '../../../shared/check/run-check';
import type { CheckOverride } from '../../../shared/model/draft';
import { checkText, makeSource } from './helpers';

const override = (ruleId: string, passage: string): CheckOverride => ({
  ruleId,
  passage,
  reason: 'Established historical fact, house style allows it',
  by: 'Desk editor',
  at: '2026-11-29T01:00:00.000Z',
});

describe('applyOverrides', () => {
  const text = 'It is recalled that France left NATO’s military wing in 1967.';
  const findings = checkText(text);

  it('marks a finding overridden when rule and passage match, and stops counting it', () => {
    const result = applyOverrides(findings, text, [], [override('S-VAGUE', 'It is recalled that')]);
    const vague = result.find((finding) => finding.ruleId === 'S-VAGUE');
    expect(vague?.overridden).toEqual({ reason: 'Established historical fact, house style allows it', by: 'Desk editor', at: '2026-11-29T01:00:00.000Z' });
    expect(countBySeverity(result).warning).toBe(countBySeverity(findings).warning - 1);
  });

  it('lets the override lapse when the passage changes', () => {
    const edited = 'It is recalled that France left NATO’s integrated command in 1967.';
    const still = applyOverrides(checkText(edited), edited, [], [override('S-VAGUE', 'It is recalled that')]);
    expect(still.find((finding) => finding.ruleId === 'S-VAGUE')?.overridden).toBeDefined();
    const reworded = 'It is noted that France left NATO’s military wing in 1967.';
    const lapsed = applyOverrides(checkText(reworded), reworded, [], [override('S-VAGUE', 'It is recalled that')]);
    expect(lapsed.find((finding) => finding.ruleId === 'S-VAGUE')?.overridden).toBeUndefined();
  });

  it('does not apply an override for another rule', () => {
    const result = applyOverrides(findings, text, [], [override('V-NEUTRAL', 'It is recalled that')]);
    expect(result.every((finding) => finding.overridden === undefined)).toBe(true);
  });

  it('pins findings about the source list to the source’s name', () => {
    const memo = makeSource({ id: 'memo', name: 'Council memo', kind: 'document', url: 'https://example.org/m', dateAccessed: '2026-01-01' });
    const unused = checkText(text, { sources: [memo] }).filter((finding) => finding.ruleId === 'SRC-UNUSED');
    const result = applyOverrides(unused, text, [memo], [override('SRC-UNUSED', 'Council memo')]);
    expect(result[0]?.overridden?.by).toBe('Desk editor');
  });
});
