import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { DisclosureSettings } from '../core/disclosure/disclosureSettings.ts';
import { figureForCohort } from '../core/figure/figureForCohort.ts';
import type { FigureSize, FigureView, PathwayFigure } from '../core/figure/figureTypes.ts';
import type { JourneyFilter } from '../core/analysis/journeyMask.ts';
import type { Cohort } from '../core/cohort/types.ts';
import type { Pathway } from '../core/pathway/types.ts';
import { readCohortInput, type CohortLoader } from './cohortInput.ts';
import { CliError, usage } from './io.ts';
import { compareFigureForCohort } from '../core/figure/compareFigureForCohort.ts';
import { COHORT_OPTIONS, ruleParameters } from './options.ts';

/** The options of `render`, as `parseRenderArgs` reads them from the command line. */
export interface RenderValues {
  readonly pathway?: string | undefined;
  readonly cohort?: string | undefined;
  /** An import profile (CONTRACT §5) that says how to read the cohort file. */
  readonly map?: string | undefined;
  readonly out?: string | undefined;
  readonly title?: string | undefined;
  /** Default true: counts from 1 to 4 are shown as "<5". */
  readonly suppress?: boolean | undefined;
  /** "5": round counts of 5 and over to the nearest 5; "0" or absent: no rounding. */
  readonly round?: string | undefined;
  readonly window?: string | undefined;
  readonly horizon?: string | undefined;
  /** a4-landscape (default) or a4-portrait; "landscape" and "portrait" are accepted too. */
  readonly size?: string | undefined;
  /** Also write the alt text to this file. */
  readonly alt?: string | undefined;
  /** Also write the figure's numbers (CSV) to this file. */
  readonly csv?: string | undefined;
  /**
   * Label the figure as synthetic data. Default: when the cohort says so (a `synthetic` column saying
   * yes on every row, or an XES log attribute); `--no-synthetic` cannot unmark a cohort that says so.
   */
  readonly synthetic?: boolean | undefined;
  /** "frequency" (default: journeys and missed points) or "time" (median days). */
  readonly view?: string | undefined;
  /** Filters, as the explorer's: concern codes (any of them), attribute=value pairs, yes/no. */
  readonly concern?: readonly string[] | undefined;
  readonly attribute?: readonly string[] | undefined;
  readonly crisis?: string | undefined;
  readonly missed?: string | undefined;
  /** The "before / after" figure: the cohort split by the date of each journey's first event (YYYY-MM-DD). */
  readonly splitDate?: string | undefined;
  /** The "before / after" figure: the cohort split by a column with two values. */
  readonly splitColumn?: string | undefined;
}

export interface RenderDeps {
  readonly loadCohort?: CohortLoader | undefined;
  /** Where progress lines go (default: stderr, so that stdout stays clean for pipes). */
  readonly log?: ((line: string) => void) | undefined;
  /** The PDF's creation date (default: SOURCE_DATE_EPOCH when set, else now). */
  readonly now?: Date | undefined;
}

export interface RenderResult {
  readonly figure: PathwayFigure;
  readonly files: readonly string[];
}

/** Parses `render`'s arguments (everything after the word `render`). */
export function parseRenderArgs(argv: readonly string[]): RenderValues {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      ...COHORT_OPTIONS,
      out: { type: 'string', short: 'o' },
      title: { type: 'string' },
      suppress: { type: 'boolean' },
      'no-suppress': { type: 'boolean' },
      round: { type: 'string' },
      size: { type: 'string' },
      alt: { type: 'string' },
      csv: { type: 'string' },
      synthetic: { type: 'boolean' },
      'no-synthetic': { type: 'boolean' },
      view: { type: 'string' },
      concern: { type: 'string', multiple: true },
      attribute: { type: 'string', multiple: true },
      crisis: { type: 'string' },
      missed: { type: 'string' },
      'split-date': { type: 'string' },
      'split-column': { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const flag = (on: boolean | undefined, off: boolean | undefined, name: string): boolean | undefined => {
    if (on && off) throw usage(`--${name} and --no-${name} cannot both be given.`);
    return on ? true : off ? false : undefined;
  };
  return {
    pathway: values.pathway,
    cohort: values.cohort,
    map: values.map,
    out: values.out,
    title: values.title,
    suppress: flag(values.suppress, values['no-suppress'], 'suppress'),
    round: values.round,
    window: values.window,
    horizon: values.horizon,
    size: values.size,
    alt: values.alt,
    csv: values.csv,
    synthetic: flag(values.synthetic, values['no-synthetic'], 'synthetic'),
    view: values.view,
    concern: values.concern,
    attribute: values.attribute,
    crisis: values.crisis,
    missed: values.missed,
    splitDate: values['split-date'],
    splitColumn: values['split-column'],
  };
}

function figureView(view: string | undefined): FigureView {
  if (view === undefined || view === 'frequency') return 'frequency';
  if (view === 'time') return 'time';
  throw usage(`--view must be frequency (journeys and missed points) or time (median days), not ${view}.`);
}

function yesNo(value: string | undefined, name: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (value === 'yes' || value === 'no') return value === 'yes';
  throw usage(`--${name} must be yes or no, not ${value}.`);
}

/** The filter of `--concern`, `--attribute`, `--crisis` and `--missed`, checked against the pathway and cohort. */
function figureFilter(values: RenderValues, pathway: Pathway, cohort: Cohort): JourneyFilter | undefined {
  const concerns = values.concern ?? [];
  const unknown = concerns.filter((c) => !pathway.concerns.some((x) => x.id === c));
  if (unknown.length > 0)
    throw usage(
      `--concern: ${unknown.map((c) => `"${c}"`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not a concern of the pathway; it has ${pathway.concerns.map((c) => c.id).join(', ')}.`,
    );
  const attributes: Record<string, string[]> = {};
  for (const pair of values.attribute ?? []) {
    const at = pair.indexOf('=');
    const name = at > 0 ? pair.slice(0, at) : '';
    if (!name) throw usage(`--attribute must be name=value (e.g. age_band=14-15), not "${pair}".`);
    if (!cohort.attributes.some((a) => a.name === name))
      throw usage(
        `--attribute: the cohort has no column "${name}"; it has ${cohort.attributes.map((a) => a.name).join(', ') || 'no other columns'}.`,
      );
    (attributes[name] ??= []).push(pair.slice(at + 1));
  }
  const filter: JourneyFilter = {
    concerns: concerns.length > 0 ? concerns : undefined,
    attributes: Object.keys(attributes).length > 0 ? attributes : undefined,
    reachedCrisis: yesNo(values.crisis, 'crisis'),
    withMissedPoints: yesNo(values.missed, 'missed'),
  };
  return Object.values(filter).some((v) => v !== undefined) ? filter : undefined;
}

function figureSize(size: string | undefined): FigureSize {
  switch (size ?? 'a4-landscape') {
    case 'a4-landscape':
    case 'landscape':
      return 'a4-landscape';
    case 'a4-portrait':
    case 'portrait':
      return 'a4-portrait';
    default:
      throw usage(`--size must be a4-landscape or a4-portrait, not ${String(size)}.`);
  }
}

function disclosureSettings(values: RenderValues): DisclosureSettings {
  if (values.round !== undefined && values.round !== '0' && values.round !== '5') {
    throw usage(`--round must be 5 (round counts to the nearest 5) or 0 (no rounding), not ${values.round}.`);
  }
  return { suppress: values.suppress ?? true, roundTo: values.round === '5' ? 5 : 0 };
}

/** The split of a "before / after" figure, when --split-date or --split-column asks for one. */
function splitChoice(values: RenderValues): { kind: 'date' | 'column'; value: string } | undefined {
  const { splitDate, splitColumn } = values;
  if (splitDate !== undefined && splitColumn !== undefined)
    throw usage('give one split: --split-date YYYY-MM-DD or --split-column COLUMN, not both.');
  if (splitDate === undefined && splitColumn === undefined) return undefined;
  if (values.concern ?? values.attribute ?? values.crisis ?? values.missed)
    throw usage(
      'the "before / after" figure (--split-date, --split-column) draws every journey of each group: filters (--concern, --attribute, --crisis, --missed) are not applied to it; leave them out.',
    );
  return splitDate !== undefined
    ? { kind: 'date', value: splitDate }
    : { kind: 'column', value: splitColumn ?? '' };
}

/** The "before / after" figure; a split the cohort cannot make stops with its problem, naming the file. */
function compareFigure(
  input: ReturnType<typeof readCohortInput>,
  choice: { kind: 'date' | 'column'; value: string },
  options: Parameters<typeof compareFigureForCohort>[3],
): PathwayFigure {
  const r = compareFigureForCohort(input.loaded, input.cohort, choice, options);
  if (r.ok) return r.value;
  const flag = choice.kind === 'date' ? '--split-date' : '--split-column';
  throw new CliError(r.problems.map((p) => ({ ...p, file: input.name, column: flag })));
}

function creationDate(deps: RenderDeps): Date {
  if (deps.now) return deps.now;
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date();
}

/**
 * `pathway-lens render`: reads the pathway and the cohort, analyses them with W and H, builds the
 * board-paper figure with the same code as the app, and writes it as SVG, PNG or PDF (by the
 * extension of --out), with optional alt-text and CSV files beside it.
 */
export async function renderCommand(values: RenderValues, deps: RenderDeps = {}): Promise<RenderResult> {
  const log = deps.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  if (!values.out) throw usage('--out <figure.svg|figure.png|figure.pdf> is required.');
  const format = extname(values.out).toLowerCase();
  if (format !== '.svg' && format !== '.png' && format !== '.pdf') {
    throw usage(`--out must end in .svg, .png or .pdf, not "${basename(values.out)}".`);
  }
  const parameters = ruleParameters(values);
  const size = figureSize(values.size);
  const view = figureView(values.view);
  const disclosure = disclosureSettings(values);
  const input = readCohortInput(values, deps.loadCohort);
  const { loaded, cohort } = input;
  const synthetic = cohort.synthetic || (values.synthetic ?? false);
  const choice = splitChoice(values);
  if (choice && size !== 'a4-landscape')
    throw usage(
      'the "before / after" figure (--split-date, --split-column) is A4 landscape: two maps side by side keep 8 pt type; leave out --size.',
    );
  const figure = choice
    ? compareFigure(input, choice, {
        parameters,
        view,
        name: input.name,
        synthetic,
        title: values.title,
        disclosure,
      })
    : figureForCohort(loaded, cohort, {
        parameters,
        view,
        filter: figureFilter(values, loaded.pathway, cohort),
        name: input.name,
        synthetic,
        title: values.title,
        disclosure,
        size,
      });

  const files: string[] = [];
  const write = (file: string, data: string | Buffer) => {
    mkdirSync(dirname(resolve(file)), { recursive: true });
    writeFileSync(file, data);
    files.push(file);
  };
  if (format === '.svg') write(values.out, figure.svg);
  else {
    // The PNG and PDF writers (a native rasteriser, a PDF library and its fonts) load only when needed.
    const { figureToPdf, figureToPng } = await import('./figureFiles.ts');
    if (format === '.png') write(values.out, figureToPng(figure.svg, size));
    else
      write(
        values.out,
        await figureToPdf(figure, size, {
          title: figure.metadata.title,
          subject: figure.altText,
          creationDate: creationDate(deps),
        }),
      );
  }
  if (values.alt) write(values.alt, `${figure.altText}\n`);
  if (values.csv) write(values.csv, figure.csv);

  if (!disclosure.suppress)
    log('Warning: small-number suppression is off; the figure says it is not for publication.');
  for (const w of figure.warnings) log(`Warning: ${w}`);
  log(
    `Wrote ${files.join(', ')} (${size}, ${disclosure.suppress ? 'counts below 5 suppressed' : 'unsuppressed'}${synthetic ? ', synthetic data' : ''}).`,
  );
  return { figure, files };
}
