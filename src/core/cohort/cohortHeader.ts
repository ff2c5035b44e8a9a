import type { ProblemCode } from '../problems.ts';
import type { CohortFormat } from './rows.ts';

/** Columns with a meaning of their own (CONTRACT §2); every other column is an attribute. */
export const RESERVED = [
  'journey_id',
  'date',
  'day',
  'service',
  'activity',
  'concerns',
  'note',
  'synthetic',
] as const;
export type Reserved = (typeof RESERVED)[number];
export const REQUIRED_HINT = 'required: journey_id, date or day, service, activity';
/**
 * Every column but the reserved ones costs 4 bytes per event, so a hostile header of 200,000 columns (a
 * 1.4 MB file) used to take 19 GB: at most this many columns are read.
 */
export const MAX_COLUMNS = 1000;

/** Where each reserved column is (-1 when absent), and the attribute columns in file order. */
export interface HeaderLayout {
  readonly index: Readonly<Record<Reserved, number>>;
  readonly attributes: readonly { readonly name: string; readonly col: number; readonly unnamed: boolean }[];
}

/** `The file has: a, b, c.` — the file's own columns, for a message about a missing one. */
function fileColumns(columns: readonly string[]): string {
  const named = columns.filter((c) => c !== '');
  if (named.length === 0) return 'The header has no column names.';
  const shown = named.slice(0, 20).map((c) => (c.length > 40 ? `${c.slice(0, 37)}…` : c));
  const more = named.length > 20 ? ` and ${named.length - 20} more` : '';
  return `The file has: ${shown.join(', ')}${more}.`;
}

/** Names that process-mining tools write (XES keys, PM4Py, Disco), as normalised column names. */
const PROCESS_MINING = new Set([
  'case:concept:name',
  'concept:name',
  'time:timestamp',
  'lifecycle:transition',
  'org:resource',
  'case id',
  'case_id',
  'caseid',
  'complete timestamp',
  'start timestamp',
  'activity instance id',
]);

/** The columns that say a file is a process-mining event log (none for a cohort). */
export function processMiningColumns(columns: readonly string[]): string[] {
  return columns.filter((c) => PROCESS_MINING.has(c) || c.startsWith('case:'));
}

/** The layout before a header is read: no column. */
export const NO_COLUMNS: HeaderLayout['index'] = {
  journey_id: -1,
  date: -1,
  day: -1,
  service: -1,
  activity: -1,
  concerns: -1,
  note: -1,
  synthetic: -1,
};

/** How the header reader reports: the builder's problem list, with its file and column labels. */
export interface HeaderReport {
  (code: ProblemCode, message: string, column?: string): void;
}

/**
 * Reads a header (normalised column names, in file order): the reserved columns, the attributes, and the
 * problems of the header itself — too many columns, a name twice, a required column missing, both `date`
 * and `day`. `onAttribute` sees each attribute column as it is found (the anonymity guard checks its name
 * there, so that problems stay in column order). Returns undefined when rows cannot be read at all.
 */
export function readHeader(
  columns: readonly string[],
  format: CohortFormat,
  report: HeaderReport,
  label: (column: string) => string,
  onAttribute: (name: string, unnamed: boolean) => void,
): HeaderLayout | undefined {
  if (columns.length > MAX_COLUMNS) {
    report(
      'PL202',
      `the file has ${columns.length.toLocaleString('en-GB')} columns; at most ${MAX_COLUMNS.toLocaleString('en-GB')} are allowed (${REQUIRED_HINT}, plus attributes such as age_band). Remove the columns the analysis does not need${format === 'csv' ? ', or check the delimiter' : ''}.`,
    );
    return undefined;
  }
  const seen = new Map<string, number>();
  const attributes: { name: string; col: number; unnamed: boolean }[] = [];
  columns.forEach((raw, i) => {
    const name = raw === '' ? `column_${i + 1}` : raw;
    const first = seen.get(name);
    if (first !== undefined) {
      report(
        'PL202',
        `the column appears twice (columns ${first + 1} and ${i + 1}); column names are compared ignoring case and surrounding spaces.`,
        name,
      );
      return;
    }
    seen.set(name, i);
    if ((RESERVED as readonly string[]).includes(name)) return;
    attributes.push({ name, col: i, unnamed: raw === '' });
    onAttribute(name, raw === '');
  });
  const at = (name: Reserved) => seen.get(name) ?? -1;
  // A literal, so that every layout has one shape (the builder reads it for every row).
  const index: Record<Reserved, number> = {
    journey_id: at('journey_id'),
    date: at('date'),
    day: at('day'),
    service: at('service'),
    activity: at('activity'),
    concerns: at('concerns'),
    note: at('note'),
    synthetic: at('synthetic'),
  };
  let fatal = false;
  const has = fileColumns(columns);
  const missing = (['journey_id', 'service', 'activity'] as const).filter((name) => index[name] < 0);
  const mining = processMiningColumns(columns);
  if (missing.includes('journey_id') && mining.length > 0) {
    report(
      'PL201',
      `the file looks like a process-mining event log (${mining.join(', ')}), not a cohort (${REQUIRED_HINT}). A process-mining "activity" names what happened, not one of the nine activity types, so it is not read as one: say which column is which with an import profile (--map profile.json on the command line; CONTRACT §5). ${has}`,
    );
    return undefined;
  }
  // Several missing columns: an export of the user's own, which a profile can read.
  const own =
    missing.length >= 2
      ? ' If the file is an export of your own, say which column is which with an import profile (--map profile.json on the command line; CONTRACT §5).'
      : '';
  for (const name of missing) {
    const more = name === missing[0] ? own : '';
    report('PL201', `the column "${label(name)}" is missing; ${REQUIRED_HINT}. ${has}${more}`, label(name));
    fatal = true;
  }
  if (index.date < 0 && index.day < 0) {
    report(
      'PL201',
      `the file needs a "date" column (ISO 8601 dates) or a "day" column (integer day offsets); ${REQUIRED_HINT}. ${has}`,
      label('date'),
    );
    fatal = true;
  } else if (index.date >= 0 && index.day >= 0) {
    report(
      'PL202',
      'the file has both a "date" and a "day" column; keep one of them (date: ISO 8601 dates; day: integer day offsets).',
      'day',
    );
    fatal = true;
  }
  return fatal ? undefined : { index, attributes };
}
