import { activities, type Pathway } from '../pathway/types.ts';
import { problem, type Problem } from '../problems.ts';
import { showValue } from './cellMessages.ts';
import { nearestIds, type NamedId } from './nearest.ts';
import { ValueTally } from './valueTally.ts';

/** How the bad cells' problems are worded: the file, the pathway, the user's names for columns. */
export interface BadCellContext {
  readonly pathway: Pathway;
  readonly file: string | undefined;
  readonly label: (column: string) => string;
  /** The time column is `date` (ISO dates), not `day`. */
  readonly isDate: boolean;
  /** Rows came through an import profile: unknown values are values the profile does not map. */
  readonly profile: boolean;
  /** Columns in the header (for rows with more cells). */
  readonly columns: number;
}

/** A phrase for one value and for several. */
type Phrases = readonly [string, string];

const ACTIVITY_NAMES: readonly NamedId[] = activities.map((a) => ({ id: a, names: [a] }));
const ISO_ALLOWED =
  'allowed: a date such as 2020-03-14 or a date-time such as 2020-03-14T09:30:00+01:00 (zone optional, UTC when absent).';
const DAY_ALLOWED = 'allowed: an integer day offset such as 0, 14 or -30.';
const DAY_FIRST = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:$|[ T])/;

/** `row 2`, or `412 rows, first row 2`. */
function rowsOf(t: { readonly count: number; readonly first: number }): string {
  return t.count === 1 ? `row ${t.first}` : `${t.count.toLocaleString('en-GB')} rows, first row ${t.first}`;
}

/** `"a" (412 rows, first row 2; did you mean x?), "b" (row 7) and 3 more values` */
function listValues(tally: ValueTally, most: number, suggest?: (v: string) => string[]): string {
  const values = tally.values();
  const shown = values.slice(0, most).map((t) => {
    const near = suggest?.(t.value) ?? [];
    const hint = near.length > 0 ? `; did you mean ${near.join(' or ')}?` : '';
    return `${showValue(t.value)} (${rowsOf(t)}${hint})`;
  });
  const restValues = tally.distinct - Math.min(most, values.length);
  const more =
    restValues > 0
      ? ` and ${restValues.toLocaleString('en-GB')} more value${restValues === 1 ? '' : 's'}`
      : '';
  return `${shown.join(', ')}${more}`;
}

/**
 * The cells that failed validation, tallied by column and distinct value while rows are read, and turned
 * into one problem per column at the end: `"x" is not a service … (412 rows, first row 2; did you mean
 * crisis_line?)`, or `3 values are not services …: "a" (…), "b" (…)`. A value seen once keeps the message
 * it always had, at its row.
 */
export class BadCells {
  readonly emptyJourney = new ValueTally(1);
  readonly emptyTime = new ValueTally(1);
  readonly emptyService = new ValueTally(1);
  readonly emptyActivity = new ValueTally(1);
  /** Not a date (or not a whole number of days). */
  readonly time = new ValueTally();
  /** Shaped like an ISO date, but not a real calendar date or time. */
  readonly unrealTime = new ValueTally();
  readonly service = new ValueTally();
  readonly activity = new ValueTally();
  readonly concern = new ValueTally();
  readonly synthetic = new ValueTally();
  /** Rows with more cells than the header (value: the row's cell count). */
  readonly extraCells = new ValueTally();

  /** The problems, one per column and kind (none when every cell was good). */
  problems(ctx: BadCellContext): Problem[] {
    const out: Problem[] = [];
    const add = (tally: ValueTally, column: string | undefined, message: string) => {
      if (tally.empty) return;
      out.push(problem('PL202', message, { file: ctx.file, row: tally.firstRow, column }));
    };
    const ranges = (t: ValueTally) =>
      t.rows === 1 ? '' : ` in ${rowsOf({ count: t.rows, first: t.firstRow })}`;
    const { pathway } = ctx;
    add(
      this.extraCells,
      undefined,
      this.extraCells.rows === 1
        ? `the row has ${this.extraCells.values()[0]?.value ?? ''} cells but the header has ${ctx.columns} columns; quote cells that contain the delimiter.`
        : `${this.extraCells.rows.toLocaleString('en-GB')} rows have more cells than the header's ${ctx.columns} columns (first row ${this.extraCells.firstRow}); quote cells that contain the delimiter.`,
    );
    add(
      this.emptyJourney,
      ctx.label('journey_id'),
      `is empty${ranges(this.emptyJourney)}; every row needs a journey id (a pseudonym such as C01).`,
    );
    const timeColumn = ctx.label(ctx.isDate ? 'date' : 'day');
    const what = ctx.isDate
      ? 'an ISO 8601 date (2020-03-14) or date-time (2020-03-14T09:30:00Z)'
      : 'an integer day offset (e.g. 0, 14 or -30)';
    add(this.emptyTime, timeColumn, `is empty${ranges(this.emptyTime)}; give ${what}.`);
    const allowedTime = ctx.isDate ? ISO_ALLOWED : DAY_ALLOWED;
    const notTime: Phrases = ctx.isDate
      ? ['is not an ISO 8601 date', 'are not ISO 8601 dates']
      : ['is not a whole number of days', 'are not whole numbers of days'];
    const dayFirst = this.time.values().some((t) => DAY_FIRST.test(t.value))
      ? ' They look like day-first dates (such as 14/03/2020): read the file with an import profile whose time.format says so, e.g. "dd/MM/yyyy HH:mm" (CONTRACT §5).'
      : '';
    add(this.time, timeColumn, this.sentence(this.time, notTime, `; ${allowedTime}${dayFirst}`, 5));
    const unreal = ['is not a real calendar date or time', 'are not real calendar dates or times'] as const;
    add(this.unrealTime, timeColumn, this.sentence(this.unrealTime, unreal, `; ${ISO_ALLOWED}`, 5));

    const services: NamedId[] = pathway.services.map((s) => ({ id: s.id, names: [s.id, s.label] }));
    const serviceIds = pathway.services.map((s) => s.id).join(', ');
    const notService: Phrases = ctx.profile
      ? ['is not mapped to a service', 'are not mapped to services']
      : [`is not a service of pathway ${pathway.id}`, `are not services of pathway ${pathway.id}`];
    const serviceTail = ctx.profile
      ? `; map ${this.service.distinct === 1 ? 'it' : 'them'} in the profile's "services" to a service of pathway ${pathway.id} (${serviceIds}; labels are accepted too), or give "*" a default ("drop" or a service id).`
      : `; allowed: ${serviceIds} (service labels are accepted too).`;
    add(
      this.emptyService,
      ctx.label('service'),
      `is empty${ranges(this.emptyService)}; allowed: ${serviceIds} (service labels are accepted too).`,
    );
    add(
      this.service,
      ctx.label('service'),
      this.sentence(this.service, notService, serviceTail, 10, (v) => nearestIds(v, services)),
    );

    const notActivity: Phrases = ctx.profile
      ? ['is not mapped to an activity', 'are not mapped to activities']
      : ['is not an activity', 'are not activities'];
    const activityTail = ctx.profile
      ? `; map ${this.activity.distinct === 1 ? 'it' : 'them'} in the profile's "activities" to one of ${activities.join(', ')}, or give "*" a default ("drop" or an activity).`
      : `; allowed: ${activities.join(', ')}.${this.activity.distinct >= 3 ? ' If this column names what happened in a process-mining log, read the file with an import profile that maps it (CONTRACT §5).' : ''}`;
    add(
      this.emptyActivity,
      ctx.label('activity'),
      `is empty${ranges(this.emptyActivity)}; allowed: ${activities.join(', ')}.`,
    );
    add(
      this.activity,
      ctx.label('activity'),
      this.sentence(this.activity, notActivity, activityTail, 10, (v) => nearestIds(v, ACTIVITY_NAMES)),
    );

    const concerns: NamedId[] = pathway.concerns.map((c) => ({ id: c.id, names: [c.id, c.label] }));
    const notConcern: Phrases = ctx.profile
      ? ['is not mapped to a concern code', 'are not mapped to concern codes']
      : [`is not a concern code of pathway ${pathway.id}`, `are not concern codes of pathway ${pathway.id}`];
    const concernIds = pathway.concerns.map((c) => c.id).join(', ');
    const concernTail = ctx.profile
      ? `; map ${this.concern.distinct === 1 ? 'it' : 'them'} in the profile's "concerns.values" to one of ${concernIds}, or give "*" a default ("ignore", "drop" or a code).`
      : `; allowed: ${concernIds} (separate several with ; or |).`;
    add(
      this.concern,
      ctx.label('concerns'),
      this.sentence(this.concern, notConcern, concernTail, 10, (v) => nearestIds(v, concerns)),
    );
    add(
      this.synthetic,
      ctx.label('synthetic'),
      this.sentence(
        this.synthetic,
        ['is not allowed', 'are not allowed'],
        '; allowed: true, yes, false, no (or empty).',
        10,
      ),
    );
    return out;
  }

  /**
   * `"x" is not … (412 rows, first row 2); allowed …` for one value (seen once: no parenthesis, the
   * problem's row says where), `3 values are not …: "a" (…), "b" (…); allowed …` for several.
   */
  private sentence(
    tally: ValueTally,
    [one, many]: Phrases,
    tail: string,
    most: number,
    suggest?: (v: string) => string[],
  ): string {
    const values = tally.values();
    const only = values[0];
    if (tally.distinct === 1 && only) {
      const near = suggest?.(only.value) ?? [];
      const hint = near.length > 0 ? `did you mean ${near.join(' or ')}?` : '';
      const where = only.count === 1 ? '' : rowsOf(only);
      const paren = [where, hint].filter(Boolean).join('; ');
      const shown = showValue(only.value);
      return `${shown} ${one}${paren ? ` (${paren})` : ''}${tail}`;
    }
    return `${tally.distinct.toLocaleString('en-GB')} values ${many}: ${listValues(tally, most, suggest)}${tail}`;
  }
}
