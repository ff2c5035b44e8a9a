import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignIds, slugId, valueKey } from '../../../src/core/discover/slugId.ts';

const ID = /^[A-Za-z][A-Za-z0-9_-]*$/;

describe('slugId (CONTRACT §6)', () => {
  it('lower-cases, turns every run of other characters into one "_" and trims "_"', () => {
    expect(slugId('Rise Crisis Line')).toBe('rise_crisis_line');
    expect(slugId('UHCW  A&E')).toBe('uhcw_a_e');
    expect(slugId('  --Early-Help--  ')).toBe('early_help');
    expect(slugId('Ward 14')).toBe('ward_14');
    expect(slugId('a__b')).toBe('a_b');
    expect(slugId('École')).toBe('cole');
    expect(slugId('&&')).toBe('');
  });
});

describe('assignIds', () => {
  it('gives each value its slug when they are distinct', () => {
    expect(assignIds(['rise crisis line', 'ward 14', 'gp'], 'service')).toEqual([
      'rise_crisis_line',
      'ward_14',
      'gp',
    ]);
  });

  it('numbers values whose slugs collide, in rank order', () => {
    expect(assignIds(['a&e', 'a e', 'a-e'], 'service')).toEqual(['a_e', 'a_e_2', 'a_e_3']);
  });

  it('lets a value that is already an id keep it, even when ranked below a value with the same slug', () => {
    // The importer matches ids before labels: "a_e" must not be the id of the A&E service, or the rows
    // saying "a_e" would land there.
    expect(assignIds(['a&e', 'a_e'], 'service')).toEqual(['a_e_2', 'a_e']);
  });

  it('makes ids start with a letter and names values with an empty slug', () => {
    expect(assignIds(['2nd line', '111', '&&', '急诊', 'service'], 'service')).toEqual([
      's_2nd_line',
      's_111',
      'service_2',
      'service_3',
      'service',
    ]);
    expect(assignIds(['!!'], 'concern')).toEqual(['concern']);
  });

  it('keeps reserved ids free', () => {
    expect(assignIds(['other!', 'other services'], 'service', ['other'])).toEqual([
      'other_2',
      'other_services',
    ]);
  });

  it('always gives valid, unique ids, none equal to the key of another value (property)', () => {
    const value = fc.oneof(
      fc.constantFrom(
        'A&E',
        'a e',
        'a_e',
        'a__e',
        '_a_e_',
        'a-e',
        '2nd',
        's_2nd',
        'S 2nd',
        '',
        '&',
        'value',
        'x_2',
      ),
      fc.string({ maxLength: 6 }),
      fc.stringMatching(/^[a-z0-9_ &-]{1,6}$/),
    );
    fc.assert(
      fc.property(fc.uniqueArray(value, { selector: valueKey, maxLength: 30 }), (values) => {
        const keys = values.map(valueKey);
        const ids = assignIds(keys, 'service', ['other']);
        expect(new Set(ids).size).toBe(ids.length);
        ids.forEach((id, i) => {
          expect(id).toMatch(ID);
          expect(id).not.toBe('other');
          keys.forEach((k, j) => {
            if (j !== i) expect(id.toLowerCase()).not.toBe(k);
          });
        });
      }),
      { seed: 611, numRuns: 400 },
    );
  });
});
