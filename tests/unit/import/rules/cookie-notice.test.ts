import { describe, expect, it } from 'vitest';
import { cookieNoticeRule } from '../../../../shared/import/rules/cookie-notice';
import { BODY, lines, stateOf, texts } from '../helpers';

describe('cookie-notice rule', () => {
  it('removes the notice and its buttons', () => {
    const notice = 'We use cookies to give you the best experience on our website. By continuing to use this site you agree to our cookie policy.';
    const outcome = cookieNoticeRule.apply(stateOf(lines(notice, 'Accept all', 'Manage settings', BODY)));
    expect(texts(outcome.state)).toEqual([BODY]);
    expect(outcome.removed.map((line) => line.text)).toEqual([notice, 'Accept all', 'Manage settings']);
  });

  it('keeps an article paragraph about cookies and a lone "Accept" on a page without a notice', () => {
    const article = 'Regulators said on Monday that websites must let users reject tracking as easily as they accept it, under the new rules.';
    const outcome = cookieNoticeRule.apply(stateOf(lines(BODY, article, 'Accept')));
    expect(outcome.removed).toEqual([]);
  });
});
