import { hasExtraCells, trimCell } from '../cohort/cellValues.ts';
import { normalizeColumnName, type RowTarget } from '../cohort/rows.ts';
import type { Pathway } from '../pathway/types.ts';
import { ok, type Problem, type Result } from '../problems.ts';
import { bindProfile, checkTargets, type BoundProfile } from './bindProfile.ts';
import { OpenInstances, transitionOf } from './lifecycle.ts';
import { profileFormats } from './parseProfile.ts';
import type { ImportProfile } from './profileSchema.ts';
import { ProfileTallies } from './profileTallies.ts';
import { DROP, ProfileValues, type KnownValues } from './profileValues.ts';
import { TimeReader } from './timeReader.ts';

/** Cell `i` of a row, trimmed; empty when the profile maps no column (-1). */
function cellAt(cells: ArrayLike<string | undefined>, i: number): string {
  return i < 0 ? '' : trimCell(cells[i]);
}

/** How many rows may come before the header (a title row, a blank row) in an export. */
const HEADER_SEARCH_ROWS = 10;

interface Open {
  readonly row: number;
  readonly time: number;
  readonly cells: string[];
}

/**
 * What a profile's rows are written into: the one validator (`CohortBuilder`), or discovery's collector of
 * values. It takes the row's time as read by the profile (days; NaN when the profile found it invalid and
 * said so), and may count rows that had more cells than the header.
 */
export interface ProfileInner<T> extends RowTarget<T> {
  push(row: number, cells: ArrayLike<string | undefined>, count?: number, time?: number): void;
  noteExtraCells?(row: number, count: number): void;
}

/**
 * The import profile's adapter (CONTRACT §5): it sits between a reader (CSV, JSON, XES) and the one
 * validator, and hands the validator the §2 rows the profile describes — journey_id, date or day, service,
 * activity, concerns, note, kept columns and, for paired lifecycles, duration_minutes — so that a file read
 * with a profile gives exactly the cohort of the §2 file its mappings describe. Row numbers stay the
 * source's; rows left out are counted in warnings. Values are mapped first by the profile's maps, then
 * read as §2 reads them (ids and labels), then by the map's "*". Times are read by the profile's formats.
 */
export class ProfileRows<T> implements RowTarget<T> {
  private bound: BoundProfile | undefined;
  private readonly values: ProfileValues;
  private readonly times: TimeReader;
  private readonly tallies = new ProfileTallies();
  private readonly open = new OpenInstances<Open>();
  private out: string[] = [];
  private ncols = 0;
  private rows = 0;
  private failed = false;
  /**
   * While the header is searched for below a title: the row that names most of the profile's columns,
   * against which the profile is bound (and its missing columns reported) if no row names the journey.
   */
  private candidate: { columns: readonly string[]; names: readonly string[]; score: number } | undefined;
  private searched = 0;
  /** The time column holds integer day offsets (columns.day), not dates. */
  private readonly dayOffsets: boolean;

  /**
   * `known` says which values the inner target reads as they are; `pathway`, when there is one, is what
   * the profile's target ids are checked against (discovery has none yet); `attach` puts warnings on the
   * outcome.
   */
  constructor(
    private readonly builder: ProfileInner<T>,
    private readonly known: KnownValues,
    private readonly profile: ImportProfile,
    private readonly where: { readonly file: string | undefined; readonly profileFile: string | undefined },
    pathway?: Pathway,
    /** Puts the import's warnings on the outcome (a cohort keeps them in `warnings`). */
    private readonly attach?: (value: T, warnings: Problem[]) => T,
  ) {
    this.values = new ProfileValues(profile, known);
    this.dayOffsets = profile.columns.day !== undefined;
    const times = TimeReader.compile(profileFormats(profile), profile.time?.zone ?? 'UTC');
    // A profile is validated before it gets here (parseProfile); a bad format reads no row.
    this.times = 'error' in times ? (TimeReader.compile([], 'UTC') as TimeReader) : times;
    const targets = pathway ? checkTargets(profile, pathway, where.profileFile) : [];
    if (targets.length > 0) this.fail(targets);
  }

  resolveService(value: string): number {
    return this.builder.resolveService(value);
  }

  serviceMessage(value: string): string {
    return this.builder.serviceMessage(value);
  }

  get stopped(): boolean {
    return this.failed || this.builder.stopped;
  }

  addProblem(p: Problem): void {
    this.builder.addProblem(p);
  }

  addFatal(p: Problem): void {
    this.builder.addFatal(p);
  }

  private fail(problems: readonly Problem[]): void {
    for (const p of problems) this.builder.addProblem(p);
    this.failed = true;
  }

  begin(columns: readonly string[], headerRow = 1, names: readonly string[] = columns): boolean {
    if (this.failed) return false;
    return this.tryHeader(columns, names, headerRow) || this.searchOn(columns, names);
  }

  /** Binds the profile to a header that has its journey column; false when this row is not the header. */
  private tryHeader(columns: readonly string[], names: readonly string[], row: number): boolean {
    if (!columns.includes(normalizeColumnName(this.profile.columns.journey))) return false;
    const bound = bindProfile(this.profile, columns, names, this.where);
    if (Array.isArray(bound)) {
      this.fail(bound);
      return false;
    }
    this.bound = bound;
    this.ncols = columns.length;
    this.out = new Array<string>(bound.out.length).fill('');
    return this.builder.begin(bound.out, row);
  }

  /** A row above the header (a title): keep looking for a while, then report against the likeliest row. */
  private searchOn(columns: readonly string[], names: readonly string[]): boolean {
    // A profile built in code (the mapping dialog) may hold roles set to undefined.
    const roles: Readonly<Record<string, string | undefined>> = this.profile.columns;
    const named = Object.values(roles)
      .filter((n) => n !== undefined)
      .map(normalizeColumnName);
    const score = named.filter((n) => columns.includes(n)).length;
    if (!this.candidate || score > this.candidate.score) this.candidate = { columns, names, score };
    if (++this.searched <= HEADER_SEARCH_ROWS) return true;
    const bound = bindProfile(this.profile, this.candidate.columns, this.candidate.names, this.where);
    this.fail(Array.isArray(bound) ? bound : []);
    return false;
  }

  push(row: number, cells: ArrayLike<string | undefined>, count = cells.length): void {
    if (this.stopped) return;
    const b = this.bound;
    if (!b) {
      const raw = Array.from({ length: count }, (_, i) => cells[i] ?? '');
      const names = raw.map(normalizeColumnName);
      if (names.every((n) => n === '')) return;
      if (!this.tryHeader(names, raw, row)) this.searchOn(names, raw);
      return;
    }
    this.rows++;
    if (count > this.ncols && hasExtraCells(cells, this.ncols, count))
      this.builder.noteExtraCells?.(row, count);
    const { roles } = b;
    const p = this.profile;
    const serviceRaw = cellAt(cells, roles.service);
    const service = this.values.service(serviceRaw);
    if (service === DROP) {
      this.tallies.drop('services', p.columns.service, serviceRaw, row);
      return;
    }
    const activityRaw = roles.activity >= 0 ? cellAt(cells, roles.activity) : serviceRaw;
    const activity = this.values.activity(activityRaw);
    if (activity === DROP) {
      this.tallies.drop('activities', p.columns.activity ?? p.columns.service, activityRaw, row);
      return;
    }
    const concerns = this.concerns(cells, row);
    if (concerns === DROP) return;
    const transition = roles.lifecycle >= 0 ? transitionOf(cellAt(cells, roles.lifecycle)) : 'complete';
    if (transition === undefined) {
      this.tallies.lifecycle.note(cellAt(cells, roles.lifecycle), row);
      return;
    }
    if (transition === 'inside' || transition === 'not-event') {
      this.tallies.leftOut.note(cellAt(cells, roles.lifecycle).toLowerCase(), row);
      return;
    }

    const timeColumn = roles.day >= 0 ? roles.day : roles.time;
    let time = this.time(cellAt(cells, timeColumn), row, p.columns.time ?? p.columns.day ?? '');
    const out = this.out;
    if (b.outDuration >= 0) out[b.outDuration] = '';
    if (roles.start >= 0) {
      const startText = cellAt(cells, roles.start);
      if (startText !== '') {
        const start = this.time(startText, row, p.columns.start ?? '');
        if (!Number.isNaN(start) && !Number.isNaN(time)) out[b.outDuration] = this.duration(start, time, row);
        time = start;
      }
    }
    out[0] = cellAt(cells, roles.journey);
    out[2] = service;
    out[3] = activity;
    if (b.outConcerns >= 0) out[b.outConcerns] = concerns;
    if (b.outNote >= 0) out[b.outNote] = cellAt(cells, roles.note);
    let k = b.outKeep;
    for (const kept of b.keep) out[k++] = cellAt(cells, kept.col);

    if (roles.lifecycle >= 0) {
      const key = `${out[0]}\u0000${this.serviceKey(service)}\u0000${cellAt(cells, roles.instance)}`;
      if (transition === 'start') {
        this.open.add(key, { row, time, cells: out.slice() });
        return;
      }
      const started = this.open.take(key);
      if (started) {
        if (!Number.isNaN(time) && !Number.isNaN(started.time))
          started.cells[b.outDuration] = this.duration(started.time, time, row);
        this.builder.push(started.row, started.cells, started.cells.length, started.time);
        return;
      }
      if (transition === 'abort') {
        this.tallies.leftOut.note('ate_abort (nothing started)', row);
        return;
      }
    }
    this.builder.push(row, out, out.length, time);
  }

  /** What pairs lifecycle rows: the service's index when the target knows it, else its text. */
  private serviceKey(service: string): string {
    return this.known.service(service) ? String(this.builder.resolveService(service)) : service.toLowerCase();
  }

  /** A time cell read by the profile's formats; NaN (and tallied) when empty or unreadable. */
  private time(text: string, row: number, column: string): number {
    if (text === '') {
      this.tallies.timeTally(column).empty.note('', row);
      return NaN;
    }
    const t = this.dayOffsets ? (/^[+-]?\d{1,9}$/.test(text) ? Number(text) : NaN) : this.times.read(text);
    if (Number.isNaN(t)) this.tallies.timeTally(column).bad.note(text, row);
    return t;
  }

  /** Whole minutes from `start` to `end` (days), or '' when the end comes first (counted). */
  private duration(start: number, end: number, row: number): string {
    const seconds = Math.round((end - start) * 86_400);
    if (seconds < 0) {
      this.tallies.backwards.note('', row);
      return '';
    }
    return String(Math.round(seconds / 60));
  }

  /** The §2 concerns cell of a row (codes separated by `;`), or DROP. */
  private concerns(cells: ArrayLike<string | undefined>, row: number): string | typeof DROP {
    const b = this.bound;
    if (!b || b.outConcerns < 0) return '';
    return this.values.concerns(cells, b, row, this.tallies);
  }

  finish(): Result<T> {
    const b = this.bound;
    if (b) {
      for (const started of this.open.drain()) {
        this.tallies.unclosed.note('', started.row);
        this.builder.push(started.row, started.cells, started.cells.length, started.time);
      }
    } else if (!this.failed && this.candidate) {
      const bound = bindProfile(this.profile, this.candidate.columns, this.candidate.names, this.where);
      this.fail(Array.isArray(bound) ? bound : []);
    }
    this.tallies.gaps = this.times.gaps;
    this.tallies.firstGap = this.times.firstGap;
    const ctx = {
      file: this.where.file,
      formats: profileFormats(this.profile),
      zone: this.profile.time?.zone ?? 'UTC',
      rows: this.rows,
    };
    for (const p of this.tallies.problems(ctx, this.profile.columns.lifecycle)) this.builder.addProblem(p);
    const result = this.builder.finish();
    if (!result.ok) return result;
    const warnings = this.tallies.warnings(ctx, this.profile.columns.lifecycle);
    return warnings.length > 0 && this.attach ? ok(this.attach(result.value, warnings)) : result;
  }
}
