import { showValue } from '../cohort/cellMessages.ts';
import { ValueTally } from '../cohort/valueTally.ts';
import { problem, type Problem } from '../problems.ts';
import { LIFECYCLE_TRANSITIONS } from './lifecycle.ts';

/** Where the tallies' problems point: the cohort file, how the profile reads times. */
export interface TallyContext {
  readonly file: string | undefined;
  /** The time formats, as the profile gives them (none: ISO 8601), and the zone. */
  readonly formats: readonly string[];
  readonly zone: string;
  /** Rows read (pushed or not): a time format that matched none of them says so. */
  readonly rows: number;
}

function rowsOf(count: number, first: number): string {
  return count === 1 ? `row ${first}` : `${count.toLocaleString('en-GB')} rows, first row ${first}`;
}

function list(t: ValueTally, most = 5): string {
  const values = t.values();
  const shown = values.slice(0, most).map((v) => `${showValue(v.value)} (${rowsOf(v.count, v.first)})`);
  const rest = t.distinct - Math.min(most, values.length);
  return `${shown.join(', ')}${rest > 0 ? ` and ${rest.toLocaleString('en-GB')} more` : ''}`;
}

/**
 * What an import profile's reading of a file found, tallied by column and value like the validator's
 * problems (BadCells): times that match no format, unknown lifecycle values, flag cells that are neither
 * true nor false (errors), and rows left out or read by a rule (warnings, PL210).
 */
export class ProfileTallies {
  /** Per time column (the event time, the start time): cells no format reads, and empty ones. */
  readonly time = new Map<string, { bad: ValueTally; empty: ValueTally }>();
  readonly lifecycle = new ValueTally();
  /** Per flag column of `concernColumns`. */
  readonly flags = new Map<string, ValueTally>();
  /** Rows dropped by a `"*": "drop"`, per field of the profile and source column. */
  readonly dropped = new Map<string, { column: string; tally: ValueTally }>();
  /** Concern values left out by `"*": "ignore"`. */
  readonly ignored = new ValueTally();
  /** Lifecycle rows that are not events (schedule, suspend, a lone ate_abort, …), by value. */
  readonly leftOut = new ValueTally();
  /** Starts never completed (events with no duration). */
  readonly unclosed = new ValueTally(1);
  /** Completes earlier than their start (duration left empty). */
  readonly backwards = new ValueTally(1);
  gaps = 0;
  firstGap: string | undefined;

  timeTally(column: string): { bad: ValueTally; empty: ValueTally } {
    let t = this.time.get(column);
    if (!t) {
      t = { bad: new ValueTally(), empty: new ValueTally(1) };
      this.time.set(column, t);
    }
    return t;
  }

  flag(column: string): ValueTally {
    let t = this.flags.get(column);
    if (!t) {
      t = new ValueTally();
      this.flags.set(column, t);
    }
    return t;
  }

  drop(field: string, column: string, value: string, row: number): void {
    this.dropTally(field, column).note(value, row);
  }

  /** The rows a field of the profile left out ("drop"), from the source column `column`. */
  dropTally(field: string, column: string): ValueTally {
    let d = this.dropped.get(field);
    if (!d) {
      d = { column, tally: new ValueTally() };
      this.dropped.set(field, d);
    }
    return d.tally;
  }

  /** The errors, one per column. */
  problems(ctx: TallyContext, lifecycleColumn: string | undefined): Problem[] {
    const out: Problem[] = [];
    const add = (t: ValueTally, column: string | undefined, message: string) => {
      if (!t.empty) out.push(problem('PL202', message, { file: ctx.file, row: t.firstRow, column }));
    };
    const formats =
      ctx.formats.length > 0 ? ctx.formats.map((f) => JSON.stringify(f)).join(', then ') : 'ISO 8601';
    for (const [column, { bad, empty }] of this.time) {
      add(
        empty,
        column,
        `is empty${empty.rows > 1 ? ` in ${rowsOf(empty.rows, empty.firstRow)}` : ''}; every row needs a time.`,
      );
      const none = bad.rows >= ctx.rows ? 'no row matches the time format. ' : '';
      const what =
        bad.distinct === 1 ? 'does not match' : `${bad.distinct.toLocaleString('en-GB')} values do not match`;
      add(
        bad,
        column,
        `${none}${bad.distinct === 1 ? `${list(bad)} ` : ''}${what} time.format ${formats}${bad.distinct === 1 ? '' : `: ${list(bad)}`}; write the format with the tokens yyyy MM M MMM dd d HH H mm ss SSS (e.g. "dd/MM/yyyy HH:mm"), or give several to try in order, or "excel" for spreadsheet day numbers. Local times are read in ${ctx.zone}.`,
      );
    }
    add(
      this.lifecycle,
      lifecycleColumn,
      `${this.lifecycle.distinct === 1 ? `${list(this.lifecycle)} is` : `${this.lifecycle.distinct} values are`} not ${this.lifecycle.distinct === 1 ? 'a transition' : 'transitions'} of the XES standard lifecycle model${this.lifecycle.distinct === 1 ? '' : `: ${list(this.lifecycle)}`}; allowed: ${LIFECYCLE_TRANSITIONS.join(', ')} (or empty, read as complete).`,
    );
    for (const [column, t] of this.flags)
      add(
        t,
        column,
        `${list(t)} ${t.distinct === 1 ? 'is' : 'are'} not true or false; a concern flag column holds true, yes, y, 1, x or false, no, n, 0, or nothing.`,
      );
    return out;
  }

  /** The warnings (PL210): what was left out or read by a rule, one line each. */
  warnings(ctx: TallyContext, lifecycleColumn: string | undefined): Problem[] {
    const out: Problem[] = [];
    const add = (t: ValueTally, column: string | undefined, message: string) => {
      if (!t.empty) out.push(problem('PL210', message, { file: ctx.file, row: t.firstRow, column }));
    };
    for (const [field, { column, tally }] of this.dropped)
      add(
        tally,
        column,
        `${tally.rows.toLocaleString('en-GB')} row${tally.rows === 1 ? ' was' : 's were'} left out, as the profile's "${field}" says ("drop"): ${list(tally)}.`,
      );
    add(
      this.ignored,
      undefined,
      `${this.ignored.rows.toLocaleString('en-GB')} concern value${this.ignored.rows === 1 ? ' was' : 's were'} left out ("*": "ignore"): ${list(this.ignored)}.`,
    );
    add(
      this.leftOut,
      lifecycleColumn,
      `${this.leftOut.rows.toLocaleString('en-GB')} row${this.leftOut.rows === 1 ? ' is' : 's are'} not events of their own (XES lifecycle) and ${this.leftOut.rows === 1 ? 'was' : 'were'} left out: ${list(this.leftOut)}.`,
    );
    add(
      this.unclosed,
      lifecycleColumn,
      `${this.unclosed.rows.toLocaleString('en-GB')} started activit${this.unclosed.rows === 1 ? 'y was' : 'ies were'} never completed (first row ${this.unclosed.firstRow}); each is an event at its start, with no duration.`,
    );
    add(
      this.backwards,
      lifecycleColumn,
      `${this.backwards.rows.toLocaleString('en-GB')} complete${this.backwards.rows === 1 ? ' is' : 's are'} earlier than ${this.backwards.rows === 1 ? 'its' : 'their'} start (first row ${this.backwards.firstRow}); the duration is left empty.`,
    );
    out.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    if (this.gaps > 0)
      out.push(
        problem(
          'PL210',
          `${this.gaps.toLocaleString('en-GB')} local time${this.gaps === 1 ? ' falls' : 's fall'} in the hour skipped when the clocks went forward in ${ctx.zone} (e.g. ${JSON.stringify(this.firstGap ?? '')}); read with the offset before the change, i.e. as that many minutes after it.`,
          { file: ctx.file },
        ),
      );
    return out;
  }
}
