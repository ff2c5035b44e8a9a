import type { Pathway } from '../pathway/types.ts';
import { fail, ok, problem, type Problem, type Result } from '../problems.ts';
import { assembleCohort } from './assembleCohort.ts';
import {
  attributeCellsProblem,
  growAttributes,
  MAX_ATTRIBUTE_CELLS,
  newAttribute,
  setAttribute,
  type AttributeState,
} from './attributeColumns.ts';
import { BadCells } from './badCells.ts';
import { serviceMessage } from './cellMessages.ts';
import { CellValues, hasExtraCells, syntheticWord, trimCell } from './cellValues.ts';
import { NO_COLUMNS, readHeader, type HeaderLayout } from './cohortHeader.ts';
import { EventColumns } from './eventColumns.ts';
import { JourneyIds } from './journeyIds.ts';
import { CohortProblems } from './cohortProblems.ts';
import type { CohortFormat, RowTarget, TargetFactory, TargetOptions } from './rows.ts';
import type { Cohort } from './types.ts';

export type BuildOptions = TargetOptions;

/** An ISO date's shape: a cell like this that does not parse is not a real date (2020-02-30). */
const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}(?:$|[T ])/;

/**
 * The one validator: takes rows from any reader (see rows.ts) and builds the columnar `Cohort`, collecting
 * every problem (up to `maxProblems`, then one PL205). Strings are interned through Maps and values are
 * written straight into growable typed arrays (EventColumns, attributeColumns.ts), so a million rows need
 * no per-row objects.
 *
 * Rules (CONTRACT §2): required columns journey_id, date or day, service, activity (cohortHeader.ts);
 * `service` is a service id or label of the pathway, `activity` one of the activities, `concerns` concern
 * ids separated by `;` or `|` (all case-insensitive; cellValues.ts); `date` is a strict ISO 8601 date or
 * date-time (zone optional, UTC when absent), `day` an integer (may be negative). `note` becomes the
 * notes map, `synthetic` marks the cohort synthetic when every row says true/yes, every other column is
 * an attribute (journey-scoped when constant within each journey). Journeys keep their order of first
 * appearance; events within a journey are sorted by time, ties keeping file order (orderEvents.ts).
 */

export class CohortBuilder implements RowTarget<Cohort> {
  private readonly pathway: Pathway;
  private readonly file: string | undefined;
  private readonly format: CohortFormat;
  private readonly optSynthetic: boolean;
  private readonly problems: CohortProblems;
  /** The cell values of §2 resolved against the pathway (readers and adapters that resolve values themselves use it). */
  readonly values: CellValues;
  private readonly ev: EventColumns;
  private readonly bad = new BadCells();
  private readonly profiled: boolean;

  private begun = false;
  private headerRow = 1;

  private ncols = 0;
  /** Where the reserved columns are (-1 when absent). */
  private col: HeaderLayout['index'] = NO_COLUMNS;
  private attrs: AttributeState[] = [];
  private readonly journeys = new JourneyIds();

  private n = 0;
  private readonly noteAt: number[] = [];
  private readonly noteText: string[] = [];
  private syntheticAll = true;

  constructor(pathway: Pathway, opts: BuildOptions) {
    this.pathway = pathway;
    this.file = opts.file;
    this.format = opts.format;
    this.problems = new CohortProblems(
      opts.file,
      Math.max(1, opts.maxProblems ?? 100),
      opts.columnLabels ?? {},
      opts.anonymity ?? true,
    );
    this.optSynthetic = opts.synthetic ?? false;
    this.values = new CellValues(pathway);
    this.ev = new EventColumns(opts.expectedRows ?? 1024);
    this.profiled = opts.profiled ?? false;
  }

  /** True once more rows cannot change the outcome (a fatal header problem, or the problem cap reached). */
  get stopped(): boolean {
    return this.problems.stopped;
  }

  /** Number of events pushed so far. */
  get rowCount(): number {
    return this.n;
  }

  /** Records a problem found by a reader (counted against maxProblems). */
  addProblem(p: Problem): void {
    this.problems.add(p);
  }

  /** Marks the import as failed for good (e.g. unreadable input); rows are ignored from now on. */
  addFatal(p: Problem): void {
    this.problems.fail(p);
  }

  /** A row with `count` cells, more than the header's columns (an adapter that reads cells itself says so). */
  noteExtraCells(row: number, count: number): void {
    this.bad.extraCells.note(String(count), row);
  }

  /** The index of a service given by id or label (case-insensitive), or -1. */
  resolveService(value: string): number {
    return this.values.service(value);
  }

  /** `"x" is not a service of pathway p; allowed: …` — shared with readers that resolve services themselves. */
  serviceMessage(value: string): string {
    return serviceMessage(this.pathway, value);
  }

  begin(columns: readonly string[], headerRow = 1): boolean {
    if (this.begun) throw new Error('CohortBuilder.begin called twice');
    this.begun = true;
    this.headerRow = headerRow;
    this.ncols = columns.length;
    const layout = readHeader(
      columns,
      this.format,
      (code, message, column) => {
        this.problems.report(code, message, headerRow, column);
      },
      (c) => this.problems.label(c),
      (name, unnamed) => {
        if (!unnamed) this.problems.scanColumnName(name, headerRow);
      },
    );
    if (!layout) {
      this.problems.fail();
      return false;
    }
    this.col = layout.index;
    this.attrs = layout.attributes.map((a) => newAttribute(a.name, a.col, a.unnamed, this.ev.cap));
    return !this.stopped;
  }

  /**
   * One row: `cells[i]` is the value of column i. `time`, when given, is the row's time already read
   * (days, NaN when the caller found it invalid and said so); the time cell is then not read.
   */
  push(row: number, cells: ArrayLike<string | undefined>, count = cells.length, time?: number): void {
    if (this.stopped) return;
    if (!this.begun) throw new Error('CohortBuilder.push called before begin');
    const e = this.n;
    const ev = this.ev;
    if (e + 1 >= ev.cap) ev.grow(e + 2);
    const attrCount = this.attrs.length;
    if (attrCount > 0 && (e + 1) * attrCount > MAX_ATTRIBUTE_CELLS) {
      this.addFatal(attributeCellsProblem(attrCount, this.file, row));
      return;
    }
    if (attrCount > 0 && e >= (this.attrs[0]?.codes.length ?? 0)) growAttributes(this.attrs, e + 1);

    const bad = this.bad;
    if (count > this.ncols && hasExtraCells(cells, this.ncols, count))
      bad.extraCells.note(String(count), row);

    // journey
    const col = this.col;
    const jid = trimCell(cells[col.journey_id]);
    let j = this.journeys.previous;
    if (jid === '') {
      bad.emptyJourney.note('', row);
      j = 0;
    } else {
      j = this.journeys.intern(jid);
      if (this.journeys.fresh) this.problems.scanCell(jid, row, 'journey_id');
    }

    // time: given by the caller (an import profile reads its own formats), or read from the cell
    let t = 0;
    if (time !== undefined) {
      t = time;
    } else {
      const isDate = col.date >= 0;
      const tv = trimCell(cells[isDate ? col.date : col.day]);
      if (tv === '') {
        bad.emptyTime.note('', row);
      } else {
        t = this.values.time(tv, isDate, e);
        if (Number.isNaN(t)) (isDate && ISO_SHAPE.test(tv) ? bad.unrealTime : bad.time).note(tv, row);
      }
    }

    // service
    const sv = trimCell(cells[col.service]);
    let s = this.values.service(sv);
    if (s < 0) {
      (sv === '' ? bad.emptyService : bad.service).note(sv, row);
      s = 0;
    }

    // activity
    const av = trimCell(cells[col.activity]);
    let a = this.values.activity(av);
    if (a < 0) {
      (av === '' ? bad.emptyActivity : bad.activity).note(av, row);
      a = 0;
    }

    // concerns
    ev.concernStart[e] = ev.concernCount;
    if (col.concerns >= 0) {
      const cv = trimCell(cells[col.concerns]);
      if (cv !== '') {
        const codes = this.values.concerns(cv);
        if (codes instanceof Uint16Array) ev.addConcerns(codes);
        else for (const code of new Set(codes)) bad.concern.note(code, row);
      }
    }
    ev.concernStart[e + 1] = ev.concernCount;

    // note
    if (col.note >= 0) {
      const note = trimCell(cells[col.note]);
      if (note !== '') {
        this.noteAt.push(e);
        this.noteText.push(note);
        this.problems.scanCell(note, row, 'note');
      }
    }

    // synthetic
    if (col.synthetic >= 0) {
      const raw = trimCell(cells[col.synthetic]);
      const word = syntheticWord(raw);
      if (word !== 'yes') this.syntheticAll = false;
      if (word === 'bad') bad.synthetic.note(raw, row);
    }

    // attributes: each distinct value is scanned once, at its first row (as checkAnonymity does)
    for (const at of this.attrs) {
      const v = trimCell(cells[at.col]);
      if (setAttribute(at, e, v)) this.problems.scanCell(v, row, at.name);
    }

    ev.journey[e] = j;
    ev.time[e] = t;
    ev.service[e] = s;
    ev.activity[e] = a;
    ev.row[e] = row;
    this.n = e + 1;
  }

  finish(): Result<Cohort> {
    if (!this.begun && this.problems.length === 0) {
      this.problems.report(
        'PL200',
        'the file is empty; a cohort needs a header row and at least one event row.',
        undefined,
      );
    }
    const found = this.bad.problems({
      pathway: this.pathway,
      file: this.file,
      label: (c) => this.problems.label(c),
      isDate: this.col.date >= 0,
      profile: this.profiled,
      columns: this.ncols,
    });
    if (this.problems.length > 0 || found.length > 0) return fail(this.problems.merged(found));
    const n = this.n;
    if (n === 0) {
      return fail([
        problem('PL200', 'the file has a header but no event rows; add one row per event.', {
          file: this.file,
          row: this.headerRow,
        }),
      ]);
    }
    return ok(
      assembleCohort({
        file: this.file ?? '',
        format: this.format,
        timeBase: this.col.date >= 0 ? 'calendar' : 'offset',
        synthetic: this.optSynthetic || (this.col.synthetic >= 0 && this.syntheticAll),
        journeyIds: this.journeys.ids,
        events: this.ev,
        n,
        noteAt: this.noteAt,
        noteText: this.noteText,
        attributes: this.attrs,
      }),
    );
  }
}

/** The target that validates rows against `pathway` into a cohort: what every import reads into. */
export function cohortTarget(pathway: Pathway): TargetFactory<Cohort> {
  return (opts) => new CohortBuilder(pathway, opts);
}
