import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { analyseCohort } from '../../../src/core/analysis/analyseCohort.ts';
import { analysisReport } from '../../../src/core/analysis/analysisReport.ts';
import { DEFAULT_PARAMETERS } from '../../../src/core/analysis/parameters.ts';
import { loadPathway } from '../../../src/core/pathway/loadedPathway.ts';
import { parsePathway } from '../../../src/core/pathway/validatePathway.ts';
import { importWithProfile } from '../../../src/core/profile/importWithProfile.ts';
import { parseProfile, validateProfile } from '../../../src/core/profile/parseProfile.ts';
import { previewExport } from '../../../src/core/profile/preview/previewExport.ts';
import { root } from '../helpers.ts';
import { assertProblemsShape, assertResultShape, expectNotPolluted } from './invariants.ts';
import { at, mutate, mutations } from './mutations.ts';

/**
 * Fuzzing import profiles (issue 10), as the importers are fuzzed (fuzz.test.ts): mutated profile files,
 * random values planted in a valid profile, and mutated exports read through valid profiles give a
 * profile, a cohort or catalogued problems — never an exception. Seeded, so a failure reproduces.
 */
const RUNS = {
  seed: Number(process.env.FUZZ_SEED ?? 42),
  numRuns: Number(process.env.FUZZ_RUNS ?? 200),
} as const;

const read = (path: string) => readFileSync(root + path, 'utf8');
const coventryResult = parsePathway(read('pathway-data/coventry/pathway.json'));
if (!coventryResult.ok) throw new Error('Coventry pathway invalid');
const coventry = coventryResult.value;
const { table } = loadPathway(coventry);

const pairs = ['camhs-export', 'acute-episodes'].map((name) => ({
  name,
  export: read(`tests/fixtures/profiles/${name}.csv`),
  profileText: read(`tests/fixtures/profiles/${name}.profile.json`),
}));

function importChecked(name: string, text: string, profileText: string) {
  const profile = parseProfile(profileText, 'x.profile.json');
  if (!profile.ok) {
    assertProblemsShape(profile.problems);
    return;
  }
  const r = importWithProfile(name, text, coventry, { profile: profile.value, file: 'x.profile.json' });
  assertResultShape(r, coventry);
  if (r.ok) analysisReport(r.value, coventry, analyseCohort(r.value, coventry, table, DEFAULT_PARAMETERS));
}

describe('fuzzing import profiles (fast-check, seed 42)', () => {
  afterAll(() => {
    expectNotPolluted();
  });

  it('mutated profile files give a profile or problems', () => {
    fc.assert(
      fc.property(fc.constantFrom(...pairs), mutations, (pair, list) => {
        importChecked(`${pair.name}.csv`, pair.export, mutate(pair.profileText, list));
      }),
      RUNS,
    );
  });

  it('random JSON values planted anywhere in a valid profile', () => {
    function plant(doc: unknown, choices: readonly number[], value: unknown): unknown {
      if (choices.length === 0 || doc === null || typeof doc !== 'object') return value;
      const keys = Object.keys(doc);
      if (keys.length === 0) return value;
      const [first = 0, ...rest] = choices;
      const key = keys[Math.min(keys.length - 1, Math.floor(first * keys.length))]!;
      const copy: Record<string, unknown> = Array.isArray(doc)
        ? ([...doc] as unknown as Record<string, unknown>)
        : { ...doc };
      copy[key] = plant((doc as Record<string, unknown>)[key], rest, value);
      return copy;
    }
    const hostile = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom<unknown>(
        '__proto__',
        'x'.repeat(10_000),
        'drop',
        'ignore',
        '*',
        'dd/MM/yyyy',
        'excel',
        [],
        {},
      ),
    );
    fc.assert(
      fc.property(fc.constantFrom(...pairs), fc.array(at, { maxLength: 4 }), hostile, (pair, path, value) => {
        const doc = plant(JSON.parse(pair.profileText), path, value);
        const v = validateProfile(doc, 'x.profile.json');
        if (!v.ok) assertProblemsShape(v.problems);
        else importChecked(`${pair.name}.csv`, pair.export, JSON.stringify(doc));
      }),
      RUNS,
    );
  });

  it('mutated exports through valid profiles, and their previews', () => {
    fc.assert(
      fc.property(fc.constantFrom(...pairs), mutations, (pair, list) => {
        const text = mutate(pair.export, list);
        importChecked(`${pair.name}.csv`, text, pair.profileText);
        const p = previewExport(`${pair.name}.csv`, text);
        if (!p.ok) assertProblemsShape(p.problems);
      }),
      RUNS,
    );
  });
});
