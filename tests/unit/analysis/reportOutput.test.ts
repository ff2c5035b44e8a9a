import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseCohort } from '../../../src/core/analysis/analyseCohort.ts';
import { analysisReport } from '../../../src/core/analysis/analysisReport.ts';
import { DEFAULT_PARAMETERS } from '../../../src/core/analysis/parameters.ts';
import { reportCsvLines } from '../../../src/core/analysis/reportCsv.ts';
import { analysisReportJson } from '../../../src/core/analysis/reportJson.ts';
import { importCohort } from '../../../src/core/cohort/importCohort.ts';
import { loadPathway } from '../../../src/core/pathway/loadedPathway.ts';
import { readPathway, root } from '../helpers.ts';

const pathway = readPathway('pathway-data/coventry/pathway.json');
const loaded = loadPathway(pathway);
const text = readFileSync(`${root}pathway-data/coventry/cohort.csv`, 'utf8');
const imported = importCohort('cohort.csv', text, pathway);
if (!imported.ok) throw new Error('the shipped cohort must import');
const cohort = imported.value;

describe('the analysis report written piece by piece (CONTRACT §4)', () => {
  const analysis = analyseCohort(cohort, pathway, loaded.table, DEFAULT_PARAMETERS);
  const whole = analysisReport(cohort, pathway, analysis);

  it('joins to exactly the compact JSON of the whole report', () => {
    const pieces = [...analysisReportJson(cohort, pathway, analysis)];
    expect(pieces.length).toBeGreaterThan(whole.journeys.length); // one piece a journey, at least
    expect(pieces.join('')).toBe(`${JSON.stringify(whole)}\n`);
  });

  it('joins to exactly the pretty-printed JSON with --pretty', () => {
    const pretty = [...analysisReportJson(cohort, pathway, analysis, { pretty: true })].join('');
    expect(pretty).toBe(`${JSON.stringify(whole, null, 2)}\n`);
  });

  it('is valid JSON with an empty journey list when a filter keeps no journey', () => {
    const none = analyseCohort(cohort, pathway, loaded.table, DEFAULT_PARAMETERS, new Uint8Array(10));
    const expected = analysisReport(cohort, pathway, none);
    expect(expected.journeys).toEqual([]);
    for (const pretty of [false, true]) {
      const out = [...analysisReportJson(cohort, pathway, none, { pretty })].join('');
      expect(out).toBe(`${JSON.stringify(expected, null, pretty ? 2 : undefined)}\n`);
    }
  });

  it('writes one CSV line per journey after the header', () => {
    const lines = [...reportCsvLines(whole.journeys)];
    expect(lines).toHaveLength(11);
    expect(lines[0]).toBe(
      'journey_id,events,reached_crisis,lead_time_days,missed_points,missed_services,off_pathway_moves\n',
    );
    expect(lines[1]).toMatch(/^C01,11,yes,157,3,school,\d+\n$/);
  });
});
