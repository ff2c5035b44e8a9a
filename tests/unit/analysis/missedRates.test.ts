import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseCohort } from '../../../src/core/analysis/analyseCohort.ts';
import { concernsAtServices, missedRates, rateText } from '../../../src/core/analysis/missedRates.ts';
import { DEFAULT_PARAMETERS } from '../../../src/core/analysis/parameters.ts';
import { summariseAnalysis, type CohortSummary } from '../../../src/core/analysis/summariseAnalysis.ts';
import { ViewAnalyser } from '../../../src/core/analysis/viewAnalyser.ts';
import { importCohort } from '../../../src/core/cohort/importCohort.ts';
import { generateCohortCsv } from '../../../src/core/generate/generateCohortCsv.ts';
import { loadPathway } from '../../../src/core/pathway/loadedPathway.ts';
import { responseActivities, type Activity } from '../../../src/core/pathway/types.ts';
import { readPathway, root } from '../helpers.ts';

const pathway = readPathway('pathway-data/coventry/pathway.json');
const loaded = loadPathway(pathway);
const csv = readFileSync(`${root}pathway-data/coventry/cohort.csv`, 'utf8');

function analysed(text: string) {
  const imported = importCohort('cohort.csv', text, pathway);
  if (!imported.ok) throw new Error('refused');
  const cohort = imported.value;
  const analysis = analyseCohort(cohort, pathway, loaded.table, DEFAULT_PARAMETERS);
  return { cohort, analysis, summary: summariseAnalysis(cohort, pathway, analysis) };
}

describe('concerns raised at each service', () => {
  it('counts the rows with a concern that are not themselves a response, as read from the CSV itself', () => {
    const { cohort, analysis } = analysed(csv);
    const [head, ...lines] = csv.trim().split(/\r?\n/);
    const cols = (head ?? '').split(',');
    const at = (name: string) => cols.indexOf(name);
    const expected: Record<string, number> = {};
    for (const line of lines) {
      const cells = line.split(',');
      const concerns = cells[at('concerns')] ?? '';
      const activity = cells[at('activity')] as Activity;
      if (concerns.trim() === '' || responseActivities.has(activity)) continue;
      const service = cells[at('service')] ?? '';
      expected[service] = (expected[service] ?? 0) + 1;
    }
    expect(concernsAtServices(cohort, pathway, analysis.included)).toEqual(expected);
  });

  it('holds every missed point of a service among its concerns (5,000 generated journeys)', () => {
    const text = [...generateCohortCsv(pathway, { journeys: 5000, seed: 3 })].join('');
    const { cohort, analysis, summary } = analysed(text);
    const concerns = concernsAtServices(cohort, pathway, analysis.included);
    for (const [service, missed] of Object.entries(summary.missedPointsByService))
      expect(missed).toBeLessThanOrEqual(concerns[service] ?? 0);
  });

  it('reaches the explorer with the overlay (the worker’s view analyser adds it)', () => {
    const { cohort, analysis } = analysed(csv);
    const view = new ViewAnalyser(loaded, cohort).analyse({
      parameters: DEFAULT_PARAMETERS,
      filter: {},
      focus: null,
      throughService: null,
      timings: false,
      variantLimit: 5,
    });
    expect(view.overlay.summary.concernsByService).toEqual(
      concernsAtServices(cohort, pathway, analysis.included),
    );
  });
});

describe('missed-point rates', () => {
  const summary = (missed: Record<string, number>, concerns: Record<string, number>): CohortSummary => ({
    ...analysed(csv).summary,
    missedPointsByService: missed,
    concernsByService: concerns,
  });

  it('gives missed points per 100 concerns with the Wilson 95% interval', () => {
    const [school] = missedRates(pathway, summary({ school: 11 }, { school: 20 }));
    expect(school).toMatchObject({ service: 'school', missed: 11, concerns: 20, rank: 1 });
    expect(school?.per100).toBeCloseTo(55, 9);
    // Wilson's interval for 11/20 (Newcombe 1998, Table I's method): 0.3421 to 0.7418.
    expect(school?.low).toBeCloseTo(34.21, 1);
    expect(school?.high).toBeCloseTo(74.18, 1);
  });

  it('ranks the worst rate first, not the most missed points, and leaves rates on fewer than 5 concerns unranked', () => {
    const rates = missedRates(
      pathway,
      summary({ school: 300, gp: 40, police: 2, vcs: 0 }, { school: 2000, gp: 100, police: 2, vcs: 50 }),
    );
    expect(rates.map((r) => [r.service, r.rank])).toEqual([
      ['gp', 1],
      ['school', 2],
      ['vcs', 3],
      ['police', null],
    ]);
    // Only early-intervention services have a rate; none without the concerns.
    expect(missedRates(pathway, { ...summary({}, {}), concernsByService: undefined })).toEqual([]);
  });

  it('writes rates as people read them', () => {
    expect(rateText(38.4)).toBe('38%');
    expect(rateText(4.46)).toBe('4.5%');
    expect(rateText(0)).toBe('0%');
  });
});
