import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../shared/check/run-check';
import { CheckSettingsSchema, defaultCheckSettings } from '../../../shared/check/settings';
import { DEFAULT_STATE_AFFILIATED_OUTLETS } from '../../../shared/model/preferences';
import { articleFromPlainText } from '../../../shared/document/plain-text';
import { checkText } from './helpers';

const text = 'It is noted that the talks failed, according to Reuters.\n\n“We will not accept any deal that abandons our allies,” the statement read.';

describe('runCheck', () => {
  it('runs every rule and returns findings in reading order with counts', () => {
    const result = runCheck({ article: articleFromPlainText(text) });
    const starts = result.findings.map((finding) => finding.range?.start ?? Infinity);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(
      expect.arrayContaining(['S-VAGUE', 'S-OUTLET', 'S-UNCONFIRMED', 'Q-SPEAKER']),
    );
    expect(result.counts).toEqual({
      error: result.findings.filter((finding) => finding.severity === 'error').length,
      warning: result.findings.filter((finding) => finding.severity === 'warning').length,
      info: result.findings.filter((finding) => finding.severity === 'info').length,
    });
  });

  it('applies the house severities and disabled rules', () => {
    const settings = { severities: { 'S-VAGUE': 'error' as const }, disabledRules: ['S-OUTLET' as const] };
    const findings = checkText(text, { settings });
    expect(findings.find((finding) => finding.ruleId === 'S-VAGUE')?.severity).toBe('error');
    expect(findings.some((finding) => finding.ruleId === 'S-OUTLET')).toBe(false);
  });

  it('keeps a rule’s cap below a raised severity: scare quotes stay info', () => {
    const settings = { severities: { 'Q-SPEAKER': 'error' as const } };
    const [finding] = checkText('The plan was called “ambitious” by some.', { settings }).filter((item) => item.ruleId === 'Q-SPEAKER');
    expect(finding?.severity).toBe('info');
  });

  it('refuses malformed input with a zod error', () => {
    expect(() => runCheck({ article: { text: 'short', paragraphs: [{ start: 0, end: 50 }] } })).toThrow(/outside the text/);
    expect(() => runCheck({ article: articleFromPlainText(text), settings: { disabledRules: ['NO-SUCH-RULE' as never] } })).toThrow();
  });
});

describe('check settings', () => {
  it('defaults to the rules table and the preferences’ state-affiliated list', () => {
    const settings = defaultCheckSettings();
    expect(settings).toEqual({ severities: {}, disabledRules: [], stateAffiliatedOutlets: DEFAULT_STATE_AFFILIATED_OUTLETS, minQuoteWords: 5 });
  });

  it('rejects unknown keys and unknown severities', () => {
    expect(CheckSettingsSchema.safeParse({ severity: {} }).success).toBe(false);
    expect(CheckSettingsSchema.safeParse({ severities: { 'S-VAGUE': 'fatal' } }).success).toBe(false);
  });
});
