import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../../src/core/profile/parseProfile.ts';
import { CohortService } from '../../../src/worker/cohortService.ts';
import type { FromWorker } from '../../../src/worker/protocol.ts';
import { readPathway, root } from '../helpers.ts';

const pathway = readPathway('pathway-data/coventry/pathway.json');
const dir = `${root}tests/fixtures/profiles/`;
const csv = readFileSync(`${dir}camhs-export.csv`, 'utf8');
const profile = (() => {
  const r = parseProfile(readFileSync(`${dir}camhs-export.profile.json`, 'utf8'));
  if (!r.ok) throw new Error('bad fixture');
  return r.value;
})();

function service() {
  const messages: FromWorker[] = [];
  const s = new CohortService((m) => messages.push(m));
  void s.handle({ type: 'init', pathway });
  return { s, messages };
}

describe('the cohort worker and the mapping dialog', () => {
  it('previews an export: its columns, first rows and distinct values, from text or bytes', async () => {
    const { s, messages } = service();
    await s.handle({
      type: 'preview',
      id: 1,
      fileName: 'camhs-export.csv',
      data: new TextEncoder().encode(csv).buffer,
    });
    const m = messages.find((x) => x.type === 'previewed');
    expect(m?.type === 'previewed' && m.id).toBe(1);
    if (m?.type !== 'previewed') return;
    expect(m.preview.headerRow).toBe(3);
    expect(m.preview.isCohort).toBe(false);
    expect(m.preview.columns.find((c) => c.name === 'Team')?.values.map((v) => v.value)).toContain('Admin');
  });

  it('refuses a file it cannot read at all, with the problems', async () => {
    const { s, messages } = service();
    await s.handle({ type: 'preview', id: 2, fileName: 'x.csv', data: '' });
    expect(messages.at(-1)).toMatchObject({ type: 'previewFailed', id: 2 });
  });

  it('loads an export through a profile; without it the same file is refused for its columns', async () => {
    const { s, messages } = service();
    await s.handle({ type: 'load', id: 3, fileName: 'camhs-export.csv', data: csv, synthetic: false });
    const refused = messages.find((x) => x.type === 'loadFailed');
    expect(refused?.type === 'loadFailed' && refused.problems.map((p) => p.code)).toContain('PL201');
    await s.handle({
      type: 'load',
      id: 4,
      fileName: 'camhs-export.csv',
      data: csv,
      synthetic: false,
      profile: { profile, file: 'camhs-export.profile.json' },
    });
    const loaded = messages.find((x) => x.type === 'loaded');
    expect(loaded?.type === 'loaded' && loaded.id).toBe(4);
    if (loaded?.type === 'loaded') expect(loaded.meta.journeys).toBeGreaterThan(0);
  });
});
