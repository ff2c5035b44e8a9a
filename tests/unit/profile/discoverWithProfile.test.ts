import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { discoverPathway } from '../../../src/core/discover/discoverPathway.ts';
import { parseProfile } from '../../../src/core/profile/parseProfile.ts';
import { okValue } from '../cohort/helpers.ts';
import { root } from '../helpers.ts';

const read = (name: string) => readFileSync(`${root}tests/fixtures/profiles/${name}`, 'utf8');
const profile = (text: string) => ({
  profile: okValue(parseProfile(text, 'x.profile.json')),
  file: 'x.profile.json',
});

describe('discover through an import profile (CONTRACT §6 with --map)', () => {
  it('makes one service per value after the profile’s maps, pairing lifecycles as the import does', () => {
    const d = okValue(
      discoverPathway('acute-episodes.csv', read('acute-episodes.csv'), {
        profile: profile(read('acute-episodes.profile.json')),
        minJourneys: 1,
      }),
    );
    expect(d.journeys).toBe(6);
    expect(d.events).toBe(15); // 28 rows: pairs are one event, schedule/suspend/resume/withdraw left out
    expect(d.pathway.services.map((s) => s.id).sort()).toEqual([
      'acute_liaison',
      'ed',
      'gp',
      'home_treatment',
      'school',
      'ward14',
    ]);
    expect(d.pathway.concerns.map((c) => c.id)).toEqual(['self_harm']);
  });

  it('keeps the export’s own values as services where the profile maps none', () => {
    const spec = JSON.parse(read('acute-episodes.profile.json')) as Record<string, unknown>;
    delete spec.services;
    const d = okValue(
      discoverPathway('acute-episodes.csv', read('acute-episodes.csv'), {
        profile: profile(JSON.stringify(spec)),
        minJourneys: 1,
      }),
    );
    expect(d.pathway.services.map((s) => `${s.id}:${s.label}`)).toContain(
      'liaison_assessment:Liaison assessment',
    );
    expect(d.cohort.time).toHaveLength(15);
  });
});
