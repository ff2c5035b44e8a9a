import { describe, expect, it } from 'vitest';
import { analyseCohort } from '../../../src/core/analysis/analyseCohort.ts';
import { journeyMask, refineMask, type JourneyFilter } from '../../../src/core/analysis/journeyMask.ts';
import { DEFAULT_PARAMETERS } from '../../../src/core/analysis/parameters.ts';
import { ViewAnalyser } from '../../../src/core/analysis/viewAnalyser.ts';
import { loadPathway } from '../../../src/core/pathway/loadedPathway.ts';
import { readCoventryCohort } from '../figure/coventryCohort.ts';
import { coventry } from '../figure/figureFixtures.ts';

const request = (filter: JourneyFilter) => ({
  parameters: DEFAULT_PARAMETERS,
  filter,
  focus: null,
  throughService: null,
  timings: false,
  variantLimit: 5,
});

describe('ViewAnalyser: what a figure of the filtered journeys needs', () => {
  const loaded = loadPathway(coventry);
  const cohort = readCoventryCohort(coventry);
  const analyser = new ViewAnalyser(loaded, cohort);

  it.each<[string, JourneyFilter]>([
    ['no filter', {}],
    ['self-harm', { concerns: ['self_harm'] }],
    ['with missed points', { withMissedPoints: true }],
    ['age 14-15, no missed points', { attributes: { age_band: ['14-15'] }, withMissedPoints: false }],
  ])('sends the number of filtered journeys with a lead time: %s', (_, filter) => {
    const { overlay } = analyser.analyse(request(filter));
    const mask = journeyMask(cohort, coventry, filter);
    const analysis = analyseCohort(cohort, coventry, loaded.table, DEFAULT_PARAMETERS, mask);
    refineMask(analysis, filter);
    let expected = 0;
    for (let j = 0; j < cohort.journeyIds.length; j++)
      if (analysis.included[j] === 1 && !Number.isNaN(analysis.leadTime[j])) expected++;
    expect(overlay.leadTimeJourneys).toBe(expected);
    expect(overlay.leadTimeJourneys).toBeLessThanOrEqual(overlay.summary.journeys);
  });
});
