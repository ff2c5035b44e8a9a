import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFigureMetadata } from '../../../src/core/figure/figureMetadata.ts';
import { embedFigure, loadEmbedData } from '../../../src/ui/embed/embedFigure.ts';
import { parseEmbedHash } from '../../../src/ui/export/embedLink.ts';
import { NO_FILTERS } from '../../../src/ui/state/viewFilters.ts';
import { cohortName, periodOf } from '../../../src/core/figure/cohortInfo.ts';
import { currentFigureInput, leadTimeCount } from '../../../src/ui/export/figureInput.ts';
import type { CohortMeta } from '../../../src/core/analysis/cohortMeta.ts';
import type { JourneyTable } from '../../../src/core/analysis/journeyIndex.ts';
import type { OverlayModel } from '../../../src/core/analysis/viewModel.ts';
import type { Days } from '../../../src/core/pathway/types.ts';
import { analyse, coventry, coventryFigure } from '../figure/figureFixtures.ts';
import { smallCountsIn, svgTextNodes, svgTextRuns } from '../figure/svgText.ts';
import { root } from '../helpers.ts';

const csv = readFileSync(`${root}pathway-data/coventry/cohort.csv`, 'utf8');

function embedData() {
  const r = loadEmbedData(coventry, csv);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.value;
}

describe('the embed figure', () => {
  const data = embedData();

  it('is the same figure as the command line and the tests make, from the shipped cohort', () => {
    const f = embedFigure(data, parseEmbedHash('#/embed?W=28&H=365'));
    const m = readFigureMetadata(f.svg)!;
    expect(m.cohort).toEqual({
      name: 'cohort.csv',
      synthetic: true,
      journeys: '10',
      period: 'January 2019 to July 2020',
    });
    expect(m.parameters).toEqual({ windowDays: 28, horizonDays: 365 });
    expect(m.disclosure).toEqual({ suppress: true, roundTo: 0 });
    expect(f.svg).toBe(coventryFigure().svg);
  });

  it('follows the link: W, H, page, title, rounding and filters, suppression always on', () => {
    const f = embedFigure(
      data,
      parseEmbedHash('#/embed?W=7&H=90&size=a4-portrait&title=Board%20paper&round=5&crisis=yes&suppress=0'),
    );
    const m = readFigureMetadata(f.svg)!;
    expect(m.parameters).toEqual({ windowDays: 7, horizonDays: 90 });
    expect(m.size).toBe('a4-portrait');
    expect(m.title).toBe('Board paper');
    expect(m.disclosure).toEqual({ suppress: true, roundTo: 5 });
    expect(f.widthMm).toBe(210);
  });

  it('hides every count from 1 to 4, whatever the filters', () => {
    for (const hash of [
      '#/embed?W=28&H=365',
      '#/embed?W=0&H=30',
      '#/embed?missed=yes',
      '#/embed?crisis=no',
      '#/embed?W=60&H=3650&round=5',
    ]) {
      const f = embedFigure(data, parseEmbedHash(hash));
      const nodes = svgTextNodes(f.svg).filter((n) => n.element === 'title' || n.element === 'desc');
      expect([...nodes.map((n) => n.text), ...svgTextRuns(f.svg)].flatMap(smallCountsIn), hash).toEqual([]);
      expect(smallCountsIn(f.altText), hash).toEqual([]);
    }
  });

  it('says what the filter kept', () => {
    const all = readFigureMetadata(embedFigure(data, parseEmbedHash('#/embed')).svg)!;
    const none = readFigureMetadata(
      embedFigure(data, { ...parseEmbedHash('#/embed'), filters: { ...NO_FILTERS, reachedCrisis: false } })
        .svg,
    )!;
    expect(all.summary.journeys).toBe('10');
    expect(none.summary.journeys).toBe('0');
  });
});

describe('the figure of the explorer’s view', () => {
  const a = analyse(coventry);
  const meta: CohortMeta = {
    file: 'coventry/cohort.csv',
    format: 'csv',
    synthetic: true,
    journeys: 10,
    events: 130,
    timeBase: 'calendar',
    period: { first: Date.UTC(2019, 0, 7) / 86_400_000, last: Date.UTC(2020, 6, 6) / 86_400_000 + 0.5 },
    attributes: [],
    concerns: [],
  };
  const leadTime = new Float64Array(10).fill(NaN);
  leadTime.fill(100, 0, a.leadTimeJourneys);
  const table = {
    ids: Array.from({ length: 10 }, (_, i) => `J${String(i)}`),
    leadTime,
  } as unknown as JourneyTable;
  const overlay: OverlayModel = {
    key: 'k',
    parameters: { windowDays: 28 as Days, horizonDays: 365 as Days },
    timings: true,
    summary: a.summary,
    computeMs: 1,
  };

  it('is null until a cohort is analysed', () => {
    expect(currentFigureInput({ pathway: coventry, meta: null, table: null, overlay: null })).toBeNull();
    expect(currentFigureInput({ pathway: coventry, meta, table, overlay: null })).toBeNull();
  });

  it('gives the same figure as the command line for the unfiltered shipped cohort', async () => {
    const input = currentFigureInput({ pathway: coventry, meta, table, overlay })!;
    expect(input.cohortInfo).toEqual({
      name: 'cohort.csv',
      synthetic: true,
      journeys: 10,
      periodStart: '2019-01-07',
      periodEnd: '2020-07-06',
    });
    expect(input.leadTimeJourneys).toBe(a.leadTimeJourneys);
    const { buildPathwayFigure } = await import('../../../src/core/figure/buildPathwayFigure.ts');
    expect(buildPathwayFigure(input).svg).toBe(coventryFigure().svg);
  });

  it('leaves the lead-time count unknown when a filter narrowed the view', () => {
    const filtered = { ...overlay, summary: { ...a.summary, journeys: 6 } };
    expect(
      currentFigureInput({ pathway: coventry, meta, table, overlay: filtered })!.leadTimeJourneys,
    ).toBeUndefined();
  });

  it('names the period and the cohort', () => {
    expect(periodOf('offset', { first: -400, last: 30 })).toEqual({ periodStart: -400, periodEnd: 30 });
    expect(periodOf('calendar', null)).toEqual({});
    expect(cohortName('C:\\data\\my cohort.csv')).toBe('my cohort.csv');
    expect(leadTimeCount({ leadTime: new Float64Array([1, NaN, 0]) } as unknown as JourneyTable)).toBe(2);
  });
});
