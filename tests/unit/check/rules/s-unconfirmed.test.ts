import { describe, expect, it } from 'vitest';
import { findingsOf, flagged } from '../helpers';

describe('S-UNCONFIRMED', () => {
  it('asks whether a claim resting on another outlet was confirmed', () => {
    const text = 'Russian troops have left the town, the BBC notes.';
    const findings = findingsOf('S-UNCONFIRMED', text);
    expect(flagged(text, findings)).toEqual([text]);
    expect(findings[0]!.severity).toBe('info');
    expect(findings[0]!.message).toContain('BBC’s reporting');
  });

  it('is satisfied when the paragraph says the report could not be verified', () => {
    const text = 'Russian troops have left the town, the BBC reported. The report could not be independently verified.';
    expect(findingsOf('S-UNCONFIRMED', text)).toEqual([]);
  });

  it('does not treat a syndication credit line as a claim', () => {
    const text = 'Source: Capital';
    expect(findingsOf('S-UNCONFIRMED', text)).toEqual([]);
  });

  it('is quiet for sentences resting on people rather than outlets', () => {
    const text = 'Troops have left the town, the mayor, Oleh Petrenko, said.';
    expect(findingsOf('S-UNCONFIRMED', text)).toEqual([]);
  });
});
