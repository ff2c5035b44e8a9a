import { showValue as show } from '../cohort/cellMessages.ts';
import { activities, type Pathway } from '../pathway/types.ts';
import { problem, type Problem } from '../problems.ts';
import type { OverlayProblemEntry } from './overlayTypes.ts';

const rows = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'row' : 'rows'}`;
const where = (e: OverlayProblemEntry) =>
  e.firstRow === null ? rows(e.rows) : `${rows(e.rows)}, first row ${e.firstRow}`;

const EMPTY: Readonly<Record<string, string>> = {
  journey_id: 'every row needs a journey id (a pseudonym such as C01)',
  t: 'every row needs a time',
  row_no: 'every row needs its row number (the file order, which orders rows of the same time)',
  service: 'every row needs a service',
  activity: 'every row needs an activity',
};

export interface OverlayProblemOptions {
  readonly file?: string | undefined;
  readonly pathway: Pathway;
  /** How messages name a column when the source calls it otherwise (e.g. `t` → `date`). */
  readonly columnNames?: Readonly<Record<string, string>> | undefined;
}

/**
 * The problems the SQL script found (grouped by column and distinct value), as the importer words them:
 * one message per column listing its unknown values with how many rows have each, then what is allowed.
 */
export function overlayProblems(
  entries: readonly OverlayProblemEntry[],
  opts: OverlayProblemOptions,
): Problem[] {
  const { file, pathway } = opts;
  const name = (c: string) => opts.columnNames?.[c] ?? c;
  const out: Problem[] = [];
  const say = (column: string, row: number | null, message: string) =>
    out.push(problem('PL413', message, { file, row: row ?? undefined, column: name(column) }));
  const byColumn = new Map<string, OverlayProblemEntry[]>();
  for (const e of entries) {
    if (e.column === 'order') {
      say(
        'row_no',
        e.firstRow,
        `${rows(e.rows)} have the same journey, time and row number as another row (first row ${e.firstRow ?? '?'}); row_no must tell apart the rows of one journey.`,
      );
    } else if (e.value === '') {
      say(e.column, e.firstRow, `is empty in ${where(e)}; ${EMPTY[e.column] ?? 'a value is needed'}.`);
    } else {
      byColumn.set(e.column, [...(byColumn.get(e.column) ?? []), e]);
    }
  }
  const allowed: Readonly<Record<string, [string, string]>> = {
    service: ['service', `${pathway.services.map((s) => s.id).join(', ')} (service labels are accepted too)`],
    activity: ['activity', activities.join(', ')],
    concerns: [
      'concern code',
      `${pathway.concerns.map((c) => c.id).join(', ')} (separate several with ; or |)`,
    ],
  };
  for (const [column, list] of byColumn) {
    const [what, ok] = allowed[column] ?? ['value', 'see CONTRACT §8'];
    const shown = list
      .slice(0, 10)
      .map((e) => `${show(e.value)} (${where(e)})`)
      .join(', ');
    const more = list.length > 10 ? ` and ${list.length - 10} more` : '';
    const of = column === 'activity' ? '' : ` of pathway ${pathway.id}`;
    const head =
      list.length === 1
        ? `${shown} is not ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what}${of}`
        : `${list.length} values are not ${what}s${of}: ${shown}${more}`;
    say(column, list[0]?.firstRow ?? null, `${head}; allowed: ${ok}.`);
  }
  return out;
}
