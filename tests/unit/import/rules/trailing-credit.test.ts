import { describe, expect, it } from 'vitest';
import { parseCreditLine, trailingCreditRule } from '../../../../shared/import/rules/trailing-credit';
import { BODY, lines, stateOf, texts } from '../helpers';

describe('trailing-credit rule', () => {
  it('moves "Source: Capital" into the credit and marks the draft as based on another outlet', () => {
    const outcome = trailingCreditRule.apply(stateOf(lines(BODY, 'Source: Capital')));
    expect(outcome.state.meta).toEqual({ credit: 'Capital', basedOnOtherOutlet: true });
    expect(texts(outcome.state)).toEqual([BODY]);
    expect(outcome.removed).toEqual([{ ruleId: 'trailing-credit', reason: 'syndication credit', text: 'Source: Capital', origin: 1, movedTo: 'credit' }]);
  });

  it('collects several closing credits in order', () => {
    const outcome = trailingCreditRule.apply(stateOf(lines(BODY, 'With reporting by Reuters', '(AFP)')));
    expect(outcome.state.meta.credit).toBe('Reuters; AFP');
  });

  it.each([
    ['Source: Capital', 'Capital'],
    ['With reporting by Reuters.', 'Reuters'],
    ['Additional reporting by Ana Ruiz', 'Ana Ruiz'],
    ['(Reuters)', 'Reuters'],
    ['— AP', 'AP'],
    ['Via: Kathimerini', 'Kathimerini'],
  ])('reads "%s" as crediting %s', (line, credit) => {
    expect(parseCreditLine(line)).toBe(credit);
  });

  it('keeps a last paragraph that is a sentence, and a credit-like line inside the body', () => {
    expect(parseCreditLine('Sources say the talks failed.')).toBeUndefined();
    const outcome = trailingCreditRule.apply(stateOf(lines('Source: Capital', BODY)));
    expect(outcome.removed).toEqual([]);
  });
});
