import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseCohort } from '../../../src/core/analysis/analyseCohort.ts';
import { analysisReport } from '../../../src/core/analysis/analysisReport.ts';
import { DEFAULT_PARAMETERS } from '../../../src/core/analysis/parameters.ts';
import { importCohort } from '../../../src/core/cohort/importCohort.ts';
import type { Cohort } from '../../../src/core/cohort/types.ts';
import { loadPathway } from '../../../src/core/pathway/loadedPathway.ts';
import { formatProblem } from '../../../src/core/problems.ts';
import { importWithProfile } from '../../../src/core/profile/importWithProfile.ts';
import { parseProfile } from '../../../src/core/profile/parseProfile.ts';
import { readPathway, root } from '../helpers.ts';
import { comparable, okValue } from '../cohort/helpers.ts';

/**
 * The exports written for this project (tests/fixtures/profiles/), each with its profile and the §2 file
 * it describes, written by hand: `<name>.csv`, `<name>.profile.json`, `<name>.cohort.csv`. The §2 file keeps
 * the export's row numbers (a blank line where the profile leaves a row out), so that reports name the
 * rows of the user's own file and the two give the same JSON.
 */
const dir = `${root}tests/fixtures/profiles/`;
const coventry = loadPathway(readPathway('pathway-data/coventry/pathway.json'));
const read = (name: string) => readFileSync(dir + name, 'utf8');

function throughProfile(name: string): Cohort {
  const profile = okValue(parseProfile(read(`${name}.profile.json`), `${name}.profile.json`));
  return okValue(importWithProfile(`${name}.csv`, read(`${name}.csv`), coventry.pathway, { profile }));
}
const report = (c: Cohort) =>
  analysisReport(c, coventry.pathway, analyseCohort(c, coventry.pathway, coventry.table, DEFAULT_PARAMETERS));

describe.each([
  [
    'camhs-export',
    'day-first UK dates, team names, NHS attendance codes, presenting needs, a flag column, a title row and a BOM',
  ],
  [
    'acute-episodes',
    'XES column names, start and complete rows paired per instance, nested instances, local times',
  ],
])('%s (%s)', (name) => {
  const viaProfile = throughProfile(name);
  const plain = okValue(importCohort(`${name}.cohort.csv`, read(`${name}.cohort.csv`), coventry.pathway));

  it('gives the cohort of the §2 file it describes', () => {
    expect(comparable(viaProfile)).toEqual(comparable(plain));
    expect([...viaProfile.row]).toEqual([...plain.row]);
  });

  it('gives the same analysis (CONTRACT §4)', () => {
    const r = report(viaProfile);
    expect(r).toEqual(report(plain));
    expect(r.summary.missedPoints).toBeGreaterThan(0);
  });
});

describe('what the exports needed', () => {
  it('camhs-export: rows dropped by the maps, a concern ignored, a local time in the skipped hour', () => {
    expect(throughProfile('camhs-export').warnings?.map(formatProblem)).toEqual([
      'camhs-export.csv:9: 1 concern value was left out ("*": "ignore"): "Sleep" (row 9). [PL210]',
      'camhs-export.csv:14: Team: 1 row was left out, as the profile\'s "services" says ("drop"): "Admin" (row 14). [PL210]',
      'camhs-export.csv:21: Event: 1 row was left out, as the profile\'s "activities" says ("drop"): "4" (row 21). [PL210]',
      'camhs-export.csv: 1 local time falls in the hour skipped when the clocks went forward in Europe/London (e.g. "29/03/2020 01:30"); read with the offset before the change, i.e. as that many minutes after it. [PL210]',
    ]);
  });

  it('acute-episodes: lifecycle rows that are not events, and a start never completed', () => {
    expect(throughProfile('acute-episodes').warnings?.map((w) => w.message)).toEqual([
      '4 rows are not events of their own (XES lifecycle) and were left out: "schedule" (row 3), "suspend" (row 10), "resume" (row 11), "withdraw" (row 20).',
      '1 started activity was never completed (first row 13); each is an event at its start, with no duration.',
    ]);
  });
});
