import { describe, expect, it } from 'vitest';
import { datelineRule, parseDateline } from '../../../../shared/import/rules/dateline';
import { stateOf, texts } from '../helpers';

describe('dateline rule', () => {
  it('moves "PARIS, April 13 (Reuters) -" into the dateline and the agency into the credit', () => {
    const outcome = datelineRule.apply(stateOf('PARIS, April 13 (Reuters) - Marine Le Pen said on Wednesday that she would propose closer ties.'));
    expect(outcome.state.meta).toEqual({ dateline: 'PARIS, April 13', credit: 'Reuters', basedOnOtherOutlet: true });
    expect(texts(outcome.state)).toEqual(['Marine Le Pen said on Wednesday that she would propose closer ties.']);
    expect(outcome.removed).toEqual([{ ruleId: 'dateline', reason: 'dateline', text: 'PARIS, April 13 (Reuters) -', origin: 0, movedTo: 'dateline' }]);
  });

  it('reads a dateline without an agency', () => {
    expect(parseDateline('NEW YORK — Stocks fell sharply on Monday.')).toMatchObject({ dateline: 'NEW YORK', agency: undefined });
  });

  it('does not take a sentence opening with an acronym for a dateline', () => {
    expect(parseDateline('EU - China talks resume on Monday.')).toBeUndefined();
    expect(parseDateline('France’s far-right candidate said on Wednesday.')).toBeUndefined();
  });

  it('does not replace a credit another rule found', () => {
    const state = { ...stateOf('ATHENS (AP) — The government fell.'), meta: { credit: 'Capital' } };
    expect(datelineRule.apply(state).state.meta.credit).toBe('Capital');
  });
});
