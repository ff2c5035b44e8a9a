import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError } from '../../../src/cli/io.ts';
import { parseRenderArgs, renderCommand, type RenderValues } from '../../../src/cli/render.ts';
import { cohortPeriod } from '../../../src/core/analysis/cohortMeta.ts';
import { periodOf } from '../../../src/core/figure/cohortInfo.ts';
import { UNSUPPRESSED_WARNING } from '../../../src/core/disclosure/disclosureSettings.ts';
import { readFigureMetadata } from '../../../src/core/figure/figureMetadata.ts';
import { ok } from '../../../src/core/problems.ts';
import { root } from '../helpers.ts';
import { cohortFromCsvText } from './coventryCohort.ts';
import { coventry } from './figureFixtures.ts';
import { pdfPageSizes } from './pdfText.ts';
import { visibleText } from './svgText.ts';

const dir = mkdtempSync(join(tmpdir(), 'pathway-lens-render-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const base: RenderValues = {
  pathway: join(root, 'pathway-data/coventry'),
  cohort: join(root, 'pathway-data/coventry/cohort.csv'),
};
// The tests' own CSV reader, so that they do not depend on the importer being written in parallel.
const deps = {
  loadCohort: (file: string, text: string) => ok(cohortFromCsvText(text, coventry, file)),
  log: () => undefined,
  now: new Date(0),
};

describe('render command', () => {
  it('writes an SVG with alt-text and CSV sidecars, suppressed and labelled synthetic by default', async () => {
    const lines: string[] = [];
    const out = join(dir, 'figure.svg');
    const { files } = await renderCommand(
      {
        ...base,
        out,
        alt: join(dir, 'figure.txt'),
        csv: join(dir, 'figure.csv'),
        title: 'Board paper figure',
      },
      { ...deps, log: (l) => lines.push(l) },
    );
    expect(files).toEqual([out, join(dir, 'figure.txt'), join(dir, 'figure.csv')]);
    const svg = readFileSync(out, 'utf8');
    const text = visibleText(svg).join(' ');
    expect(text).toContain('Board paper figure');
    expect(text).toContain('SYNTHETIC DATA — not real children');
    expect(text).toContain('<5 journeys');
    expect(readFigureMetadata(svg)).toMatchObject({
      pathway: { id: 'coventry' },
      parameters: { windowDays: 28, horizonDays: 365 },
      disclosure: { suppress: true, roundTo: 0 },
      cohort: { name: 'cohort.csv', synthetic: true, period: 'January 2019 to July 2020' },
    });
    expect(readFileSync(join(dir, 'figure.txt'), 'utf8')).toMatch(/^Board paper figure\. A map of/);
    expect(readFileSync(join(dir, 'figure.csv'), 'utf8')).toMatch(/^kind,service,label,level,agency/);
    expect(lines.join('\n')).toMatch(/Wrote .*figure\.svg.*counts below 5 suppressed, synthetic data/);
  });

  it('takes W, H, rounding and the page size from its options', async () => {
    const out = join(dir, 'portrait.svg');
    const { figure } = await renderCommand(
      { ...base, out, window: '14', horizon: '180', round: '5', size: 'portrait' },
      deps,
    );
    expect(figure.metadata).toMatchObject({
      size: 'a4-portrait',
      parameters: { windowDays: 14, horizonDays: 180 },
      disclosure: { roundTo: 5 },
    });
    expect(readFileSync(out, 'utf8')).toContain('viewBox="0 0 210 297"');
  });

  it('writes PNG and PDF by extension', async () => {
    const png = join(dir, 'figure.png');
    const pdf = join(dir, 'figure.pdf');
    await renderCommand({ ...base, out: png }, deps);
    await renderCommand({ ...base, out: pdf, size: 'a4-portrait' }, deps);
    expect(readFileSync(png).readUInt32BE(16)).toBe(3508);
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString('ascii')).toBe('%PDF-');
    expect(await pdfPageSizes(bytes)).toEqual([{ width: 595.28, height: 841.89 }]);
  });

  it('--no-suppress warns, on stderr and on the figure', async () => {
    const lines: string[] = [];
    const { figure } = await renderCommand(
      { ...base, out: join(dir, 'open.svg'), suppress: false },
      { ...deps, log: (l) => lines.push(l) },
    );
    expect(visibleText(figure.svg)).toContain(UNSUPPRESSED_WARNING);
    expect(lines[0]).toMatch(/^Warning: small-number suppression is off/);
  });

  it('reports bad options as usage errors', async () => {
    const bad: [RenderValues, RegExp][] = [
      [{ ...base }, /--out .* is required/],
      [{ ...base, out: join(dir, 'x.jpg') }, /must end in \.svg, \.png or \.pdf/],
      [{ ...base, out: join(dir, 'x.svg'), size: 'a3' }, /--size must be a4-landscape or a4-portrait/],
      [{ ...base, out: join(dir, 'x.svg'), round: '10' }, /--round must be 5/],
      [{ ...base, out: join(dir, 'x.svg'), window: '-1' }, /window must be a whole number/],
      [{ ...base, out: join(dir, 'x.svg'), cohort: undefined }, /--cohort <file> is required/],
    ];
    for (const [values, message] of bad) {
      const e: unknown = await renderCommand(values, deps).then(
        () => undefined,
        (x: unknown) => x,
      );
      expect(e).toBeInstanceOf(CliError);
      expect((e as CliError).message).toMatch(message);
    }
  });

  it('--split-date and --split-column draw the "before / after" figure, and refuse a split they cannot make', async () => {
    const lines: string[] = [];
    const { figure } = await renderCommand(
      { ...base, out: join(dir, 'compare.svg'), splitDate: '2019-06-01' },
      { ...deps, log: (l) => lines.push(l) },
    );
    expect(figure.metadata.comparison?.groups).toEqual([
      { label: 'before 2019-06-01', journeys: '6' },
      { label: 'from 2019-06-01', journeys: '<5' },
    ]);
    expect(readFileSync(join(dir, 'compare.svg'), 'utf8')).toBe(figure.svg);
    expect(lines[0]).toMatch(/"from 2019-06-01" has fewer than 5 journeys/);
    const bad: [RenderValues, RegExp][] = [
      [
        { splitDate: '2030-01-01' },
        /^cohort\.csv: --split-date: no journey starts on or after 2030-01-01: the journeys' first events run from 2019-01-07 to 2019-10-28/,
      ],
      [{ splitDate: '1/1/2020' }, /"1\/1\/2020" is not a date; give the split date as YYYY-MM-DD/],
      [
        { splitColumn: 'school_year' },
        /--split-column: the cohort has no column "school_year"; it can be split by age_band/,
      ],
      [{ splitColumn: 'age_band' }, /the figure shows two groups side by side, and the split made 3/],
      [{ splitColumn: 'age_band', splitDate: '2019-06-01' }, /give one split/],
      [{ splitDate: '2019-06-01', size: 'a4-portrait' }, /is A4 landscape: two maps side by side/],
      [{ splitDate: '2019-06-01', concern: ['self_harm'] }, /filters .* are not applied to it/],
    ];
    for (const [values, message] of bad) {
      const e: unknown = await renderCommand({ ...base, out: join(dir, 'x.svg'), ...values }, deps).then(
        () => undefined,
        (x: unknown) => x,
      );
      expect(e).toBeInstanceOf(CliError);
      expect((e as CliError).message).toMatch(message);
    }
    expect(parseRenderArgs(['--split-date', '2020-01-01', '--split-column', 'x'])).toMatchObject({
      splitDate: '2020-01-01',
      splitColumn: 'x',
    });
  });

  it('uses the cohort importer when no loader is given', async () => {
    const { figure } = await renderCommand(
      { ...base, out: join(dir, 'imported.svg') },
      { log: () => undefined, now: new Date(0) },
    );
    expect(figure.metadata.summary.journeys).toBe('10');
    expect(figure.metadata.summary.missedPointsByService).toEqual({ school: '≥5', gp: '<5', vcs: '<5' });
  });
});

describe('render command line', () => {
  it('reads --suppress / --no-suppress and the other options', () => {
    expect(
      parseRenderArgs([
        '--pathway',
        'p',
        '--cohort',
        'c.csv',
        '--out',
        'f.pdf',
        '--no-suppress',
        '--size',
        'a4-portrait',
      ]),
    ).toMatchObject({
      pathway: 'p',
      cohort: 'c.csv',
      out: 'f.pdf',
      suppress: false,
      size: 'a4-portrait',
    });
    expect(parseRenderArgs(['--suppress']).suppress).toBe(true);
    expect(parseRenderArgs([]).suppress).toBeUndefined();
    expect(() => parseRenderArgs(['--suppress', '--no-suppress'])).toThrow(CliError);
    expect(() => parseRenderArgs(['--colour', 'red'])).toThrow(/Unknown option/);
  });

  it('gives the period of a cohort', () => {
    const cohort = cohortFromCsvText(
      readFileSync(join(root, 'pathway-data/coventry/cohort.csv'), 'utf8'),
      coventry,
      'c.csv',
    );
    expect(periodOf(cohort.timeBase, cohortPeriod(cohort))).toEqual({
      periodStart: '2019-01-07',
      periodEnd: '2020-07-06',
    });
  });
});
