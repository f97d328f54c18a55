import { describe, expect, it } from 'vitest';
import { isProposableSourceName, nationalInstitutionName } from '../../../shared/import/sources/proposable-name';

describe('which resolved source names are worth proposing', () => {
  it('keeps named people, organisations and seats of government', () => {
    for (const name of ['Maria Kostopoulou', 'Le Pen', 'United Nations', 'European Union', 'Foreign Ministry', 'Security Council', 'Kremlin', 'the White House']) {
      expect(isProposableSourceName(name), name).toBe(true);
    }
  });

  it('drops kinds of speakers, however they are capitalised', () => {
    for (const name of ['Negotiators', 'Officials', 'Analysts', 'Diplomats', 'Residents', 'Authorities', 'Senior Officials', 'Security Sources', 'Greek Shipowners', 'Ministry']) {
      expect(isProposableSourceName(name), name).toBe(false);
    }
  });

  it('drops nationalities and the people of a nation', () => {
    for (const name of ['Greek', 'Russian', 'Western', 'Americans', 'Russians', 'African-American', 'Central European']) {
      expect(isProposableSourceName(name), name).toBe(false);
    }
  });

  it('drops a country, capital or state standing for its government, and a government named by nationality', () => {
    for (const name of ['Russia', 'the United States', 'Kyiv', 'Washington', 'Ohio', 'Greek Government']) {
      expect(isProposableSourceName(name), name).toBe(false);
    }
  });

  it('drops the party-and-state label after a US politician’s name', () => {
    expect(isProposableSourceName('D-Mass')).toBe(false);
  });
});

describe('bodies named by a nationality and an institution', () => {
  it('capitalises the body’s name', () => {
    expect(nationalInstitutionName('the Russian foreign ministry')).toBe('Russian Foreign Ministry');
    expect(nationalInstitutionName('Greek coast guard')).toBe('Greek Coast Guard');
  });

  it('is not a body when the noun is a kind of person or a government', () => {
    expect(nationalInstitutionName('Greek officials')).toBeUndefined();
    expect(nationalInstitutionName('the Greek government')).toBeUndefined();
    expect(nationalInstitutionName('Trump campaign')).toBeUndefined();
  });
});
