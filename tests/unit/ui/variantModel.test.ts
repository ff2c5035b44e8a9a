import { describe, expect, it } from 'vitest';
import {
  journeyCount,
  variantKey,
  variantSteps,
  variantText,
} from '../../../src/ui/journeys/variantModel.ts';
import { coventryFixture } from '../../../src/ui/testing/cohortFixture.ts';

const { pathway } = coventryFixture;
const variant = { services: ['school', 'gp', 'ed', 'ward14'], journeys: 3, journeyIndices: [0, 4, 7] };

describe('variants', () => {
  it('keys a variant by its services', () => {
    expect(variantKey(variant)).toBe('school>gp>ed>ward14');
    expect(new Set(coventryFixture.variants.map(variantKey)).size).toBe(coventryFixture.variants.length);
  });

  it('names the steps with their kind of service', () => {
    expect(variantSteps(variant, pathway).map((s) => [s.label, s.kind])).toEqual([
      ['School', 'early'],
      ['GP (primary care)', 'early'],
      ['Emergency department (UHCW)', 'crisis'],
      ["Ward 14 (UHCW children's ward)", 'crisis'],
    ]);
  });

  it('says the route in words', () => {
    expect(variantText(variant, pathway)).toBe(
      "School → GP (primary care) → Emergency department (UHCW) → Ward 14 (UHCW children's ward) — 3 journeys",
    );
    expect(journeyCount(1)).toBe('1 journey');
    expect(journeyCount(12_000)).toBe('12,000 journeys');
  });
});
