import { describe, expect, it } from 'vitest';
import { mobileVersionRule } from '../../../../shared/import/rules/mobile-version';
import { BODY, lines, stateOf, texts } from '../helpers';

describe('mobile-version rule', () => {
  it.each(['Exit mobile version', 'View desktop version', 'Switch to mobile site', 'View full site'])('removes "%s"', (line) => {
    const outcome = mobileVersionRule.apply(stateOf(lines(BODY, line)));
    expect(texts(outcome.state)).toEqual([BODY]);
    expect(outcome.removed).toEqual([{ ruleId: 'mobile-version', reason: 'mobile/desktop version link', text: line, origin: 1 }]);
  });

  it('keeps a sentence that mentions the mobile version', () => {
    const sentence = 'Users can exit mobile version of the app through settings.';
    expect(mobileVersionRule.apply(stateOf(lines(BODY, sentence))).removed).toEqual([]);
  });
});
