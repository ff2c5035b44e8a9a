import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importWithProfile } from '../../../src/core/profile/importWithProfile.ts';
import {
  draftFromPreview,
  draftFromProfile,
  mapRemaining,
  profileOfDraft,
  suggestTarget,
  unmappedValues,
  withRole,
  type MappingDraft,
} from '../../../src/core/profile/preview/mappingDraft.ts';
import { parseProfile, validateProfile } from '../../../src/core/profile/parseProfile.ts';
import type { ExportPreview } from '../../../src/core/profile/preview/previewExport.ts';
import { previewExport } from '../../../src/core/profile/preview/previewExport.ts';
import { readPathway, root } from '../helpers.ts';

const pathway = readPathway('pathway-data/coventry/pathway.json');
const dir = `${root}tests/fixtures/profiles/`;
const csv = readFileSync(`${dir}camhs-export.csv`, 'utf8');
const fixtureProfile = (() => {
  const r = parseProfile(
    readFileSync(`${dir}camhs-export.profile.json`, 'utf8'),
    'camhs-export.profile.json',
  );
  if (!r.ok) throw new Error('the fixture profile is not valid');
  return r.value;
})();

function preview(): ExportPreview {
  const r = previewExport('camhs-export.csv', csv);
  if (!r.ok) throw new Error('no preview');
  return r.value;
}

/** Journeys and events of an import through a profile object (validated first). */
function importThrough(profile: unknown) {
  const valid = validateProfile(profile, 'draft.profile.json');
  if (!valid.ok) throw new Error(valid.problems.map((p) => p.message).join('; '));
  const r = importWithProfile('camhs-export.csv', csv, pathway, { profile: valid.value });
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
  const c = r.value;
  return {
    journeys: c.journeyIds,
    time: Array.from(c.time),
    service: Array.from(c.service),
    activity: Array.from(c.activity),
    concerns: Array.from(c.concernCodes),
  };
}

describe('the mapping dialog’s draft profile', () => {
  it('suggests the roles, the day-first formats, services by id or label, and flags named like concerns', () => {
    const p = preview();
    const draft = draftFromPreview(p, pathway);
    expect(draft.columns).toMatchObject({
      journey: 'Pseudo ID',
      time: 'Event date',
      service: 'Team',
      activity: 'Event',
      note: 'Comment',
    });
    expect(draft.formats[0]).toMatch(/^dd\/MM\/yyyy/);
    expect(draft.services).toMatchObject({ School: 'school', 'Rise Crisis Line': 'crisis_line' });
    // Nothing close: left for the user, not guessed.
    expect(draft.services['Admin']).toBeUndefined();
    expect(draft.activities).toMatchObject({ 'Referral received': 'referral', Assessment: 'assessment' });
    expect(draft.rest.concernColumns).toEqual({ 'Suicidal ideation': 'suicidal_ideation' });
    expect(unmappedValues(draft.services, p, 'Team').map((v) => v.value)).toContain('Admin');
  });

  it('writes a profile that validates and reads the export as the fixture profile does', () => {
    const p = preview();
    let draft: MappingDraft = draftFromPreview(p, pathway);
    // What the user does in the dialog: the fixture's maps, concerns as the fixture reads them.
    draft = {
      ...draft,
      services: { ...draft.services, ...fixtureProfile.services },
      activities: { ...draft.activities, ...fixtureProfile.activities },
      rest: { ...draft.rest, concerns: fixtureProfile.concerns },
    };
    delete (draft.services as Record<string, string>)['*'];
    delete (draft.activities as Record<string, string>)['*'];
    const written = profileOfDraft(draft);
    expect(written).toMatchObject({
      profile: 1,
      services: { '*': 'error' },
      time: { zone: 'Europe/London' },
    });
    expect(importThrough(written)).toEqual(importThrough(fixtureProfile));
    // Read back, the same profile again.
    const again = validateProfile(written);
    expect(again.ok && profileOfDraft(draftFromProfile(again.value))).toEqual(written);
  });

  it('leaves unmapped values errors, and maps all remaining to one target', () => {
    const p = preview();
    const draft = draftFromPreview(p, pathway);
    const written = validateProfile(profileOfDraft(draft));
    expect(written.ok).toBe(true);
    if (!written.ok) return;
    const r = importWithProfile('camhs-export.csv', csv, pathway, { profile: written.value });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((x) => x.message).join('\n')).toMatch(/"Admin"/);
    const all = mapRemaining(draft.services, p, 'Team', 'drop');
    expect(unmappedValues(all, p, 'Team')).toEqual([]);
    expect(all['Admin']).toBe('drop');
    expect(all['School']).toBe('school');
  });

  it('moves a column to a role, one role per column, with new suggestions', () => {
    const p = preview();
    const draft = draftFromPreview(p, pathway);
    const moved = withRole(draft, 'service', 'Event', p, pathway);
    expect(moved.columns.service).toBe('Event');
    expect(moved.columns.activity).toBeUndefined();
    // Without an activity column, activities are keyed by the service column's values.
    expect(Object.keys(moved.activities)).not.toContain('5');
    const cleared = withRole(draft, 'concerns', undefined, p, pathway);
    expect(cleared.columns.concerns).toBeUndefined();
  });

  it('suggests by exact id or label, then by a near name, and nothing when no name is close', () => {
    const known = pathway.services.map((s) => ({ id: s.id, names: [s.id, s.label] }));
    expect(suggestTarget('  SCHOOL ', known)).toBe('school');
    expect(suggestTarget('Ward 14', known)).toBe('ward14');
    expect(suggestTarget('Finance office', known)).toBeUndefined();
  });
});
