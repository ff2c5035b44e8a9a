import { describe, expect, it } from 'vitest';
import { tagText } from '../../../src/ui/common/tags.ts';
import { serviceAriaLabel } from '../../../src/ui/map/describe.ts';
import { serviceDetails } from '../../../src/ui/panel/serviceDetails.ts';
import { readPathway } from '../helpers.ts';

describe('serviceDetails', () => {
  const pathway = readPathway('tests/fixtures/pathways/minimal.json');

  it('lists the routes in and out with the service at the other end', () => {
    const gp = serviceDetails(pathway, 'gp');
    expect(gp?.level?.label).toBe('Universal');
    expect(gp?.routesIn.map((r) => [r.service.id, r.activity])).toEqual([
      ['school', 'referral'],
      ['ed', 'contact'],
    ]);
    expect(gp?.routesOut.map((r) => [r.service.id, r.activity])).toEqual([['ed', undefined]]);
  });

  it('is undefined for an id the pathway does not have', () => {
    expect(serviceDetails(pathway, 'nowhere')).toBeUndefined();
  });
});

describe('describe', () => {
  it('reads tags as words and puts the key tags first', () => {
    expect(tagText('early-intervention')).toBe('early intervention');
    expect(
      serviceAriaLabel(
        { label: 'GP', tags: ['nhs', 'crisis', 'early-intervention'] },
        { label: 'Universal' },
      ),
    ).toBe('GP — Universal — early intervention, crisis');
    expect(serviceAriaLabel({ label: 'MASH', tags: ['safeguarding'] }, { label: 'Safeguarding' })).toBe(
      'MASH — Safeguarding',
    );
  });
});
