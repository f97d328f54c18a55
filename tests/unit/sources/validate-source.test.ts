import { describe, expect, it } from 'vitest';
import { validateSource } from '../../../renderer/sources/validateSource';
import type { Source } from '../../../shared/model/source';

const base: Source = {
  id: 'a1', name: 'Reuters', kind: 'wire-agency', role: '', url: '', datePublished: '', dateAccessed: '',
  stateAffiliated: false, anonymityReason: '', notes: '', ownText: '',
};

describe('validateSource', () => {
  it('accepts an outlet with a web address', () => {
    expect(validateSource({ ...base, url: 'https://www.reuters.com/world/' })).toEqual({});
  });

  it('refuses addresses that are not http(s)', () => {
    expect(validateSource({ ...base, url: 'javascript:alert(1)' }).url).toMatch(/http/);
    expect(validateSource({ ...base, url: 'reuters.com' }).url).toMatch(/http/);
  });

  it('needs a role for a person', () => {
    expect(validateSource({ ...base, kind: 'person', name: 'Marine Le Pen' }).role).toBeDefined();
    expect(validateSource({ ...base, kind: 'person', name: 'Marine Le Pen', role: 'National Rally leader' })).toEqual({});
  });

  it('needs a description and a reason for an anonymous source', () => {
    const errors = validateSource({ ...base, kind: 'anonymous', name: 'Official' });
    expect(Object.keys(errors).sort()).toEqual(['anonymityReason', 'role']);
    expect(validateSource({ ...base, kind: 'anonymous', name: 'Official', role: 'a diplomat at the talks', anonymityReason: 'not authorised to speak' })).toEqual({});
  });

  it('needs a name and well-formed dates', () => {
    expect(validateSource({ ...base, name: '  ' }).name).toBeDefined();
    expect(validateSource({ ...base, dateAccessed: '20/04/2026' }).dateAccessed).toMatch(/date/);
  });
});
