import { closeSync, openSync, readSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import Papa from 'papaparse';
import { decodeText } from '../../core/cohort/decodeText.ts';
import { detectDelimiter } from '../../core/cohort/detectDelimiter.ts';
import { normalizeColumnName } from '../../core/cohort/rows.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import { problem, type Problem } from '../../core/problems.ts';
import {
  eventsParquetSql,
  sourceSql,
  type SourceFile,
  type SourceRoles,
} from '../../core/sql/duckdbSource.ts';
import { checkHeader } from '../../core/sql/sourceHeader.ts';
import type { BoundProfile } from '../../core/profile/bindProfile.ts';
import type { ProfileInput } from '../../core/profile/importWithProfile.ts';
import { cellText } from './cellText.ts';
import { profileSource } from './duckdbProfile.ts';

/** How a file became the `events` view: the statements, and what the messages call the time column. */
export interface PreparedSource {
  readonly statements: readonly string[];
  readonly timeColumn: 'date' | 'day' | 't';
  /** The source column marking synthetic rows, when there is one. */
  readonly synthetic: boolean;
  /** True when `pl_rows` exists (a §2 file), so times and the synthetic column can be checked. */
  readonly rows: boolean;
  /** The import profile the file is read through (its own checks of times and values replace §2's). */
  readonly profile?:
    | {
        readonly input: ProfileInput;
        readonly bound: BoundProfile;
        /** How messages name the §2 columns: by the file's own columns the profile maps to them. */
        readonly columnNames: Readonly<Record<string, string>>;
      }
    | undefined;
}

/** The first bytes of a file (its header, whatever the file's size). */
function head(path: string, bytes = 1 << 20): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

function csvSource(path: string, pathway: Pathway, profile?: ProfileInput): PreparedSource | Problem[] {
  const bytes = head(path);
  if (bytes.length === 0)
    return [
      problem('PL200', 'the file is empty; a cohort needs a header row and at least one event row.', {
        file: path,
      }),
    ];
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return [
      problem(
        'PL203',
        'the file is UTF-16 big-endian, which the DuckDB engine cannot read; save it as UTF-8.',
        { file: path },
      ),
    ];
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16' : 'utf-8';
  if (profile) return profileSource(path, bytes, encoding, pathway, profile);
  const text = decodeText(bytes).replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(text);
  const header = Papa.parse<string[]>(text, { delimiter, preview: 1 }).data[0] ?? [];
  const checked = checkHeader(header, pathway, path);
  if (!checked.ok) return checked.problems;
  const c = (i: number | undefined) => (i === undefined ? undefined : `c${i}`);
  const { roles } = checked;
  const src: SourceFile = {
    kind: 'csv',
    path,
    delimiter,
    encoding,
    columns: header.map(normalizeColumnName),
  };
  const sourceRoles: SourceRoles = {
    journey: `c${roles.journey}`,
    time: { column: `c${roles.time.index}`, base: roles.time.base },
    service: `c${roles.service}`,
    activity: `c${roles.activity}`,
    concerns: c(roles.concerns),
    synthetic: c(roles.synthetic),
  };
  return {
    statements: sourceSql(src, sourceRoles),
    timeColumn: roles.time.base,
    synthetic: roles.synthetic !== undefined,
    rows: true,
  };
}

async function parquetSource(
  con: DuckDBConnection,
  path: string,
  pathway: Pathway,
): Promise<PreparedSource | Problem[]> {
  const quoted = `'${path.replace(/'/g, "''")}'`;
  const described = await con.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${quoted})`);
  const columns = described
    .getRowObjectsJS()
    .map((r) => ({ name: cellText(r.column_name), type: cellText(r.column_type) }));
  const names = columns.map((c) => normalizeColumnName(c.name));
  const has = (n: string) => names.includes(n);
  if (has('t') && has('row_no') && !has('date') && !has('day')) {
    // Already the §8 events table: journey_id, row_no, t, service, activity[, concerns].
    const missing = ['journey_id', 'service', 'activity'].filter(
      (n) => !has(n) || columns[names.indexOf(n)]?.name !== n,
    );
    if (missing.length > 0)
      return [
        problem(
          'PL201',
          `an events file (with t and row_no) needs the columns journey_id, row_no, t, service, activity and optionally concerns, named in lower case; missing: ${missing.join(', ')}.`,
          { file: path },
        ),
      ];
    return {
      statements: eventsParquetSql(path, has('concerns')),
      timeColumn: 't',
      synthetic: false,
      rows: false,
    };
  }
  const checked = checkHeader(names, pathway, path);
  if (!checked.ok) return checked.problems;
  const { roles } = checked;
  const name = (i: number | undefined) => (i === undefined ? undefined : (columns[i]?.name as string));
  const sourceRoles: SourceRoles = {
    journey: name(roles.journey) as string,
    time: { column: name(roles.time.index) as string, base: roles.time.base },
    service: name(roles.service) as string,
    activity: name(roles.activity) as string,
    concerns: name(roles.concerns),
    synthetic: name(roles.synthetic),
  };
  return {
    statements: sourceSql({ kind: 'parquet', path, columns }, sourceRoles),
    timeColumn: roles.time.base,
    synthetic: roles.synthetic !== undefined,
    rows: true,
  };
}

/**
 * The statements that make the `events` view of a CSV or Parquet cohort (a CSV export through an import
 * profile, when given), or the problems of its header.
 */
export async function prepareSource(
  con: DuckDBConnection,
  path: string,
  pathway: Pathway,
  profile?: ProfileInput,
): Promise<PreparedSource | Problem[]> {
  const lower = path.toLowerCase();
  if ((lower.endsWith('.parquet') || lower.endsWith('.pq')) && profile)
    return [
      problem(
        'PL203',
        'an import profile (--map) reads a CSV export, as the in-process importer does; give the Parquet file the §2 column names (journey_id, date or day, service, activity, concerns), or export it as CSV.',
        { file: path },
      ),
    ];
  if (lower.endsWith('.parquet') || lower.endsWith('.pq')) return parquetSource(con, path, pathway);
  if (/\.(json|xes|xml|gz)$/.test(lower))
    return [
      problem(
        'PL203',
        'the DuckDB engine reads CSV and Parquet files; use the default engine for JSON and XES.',
        { file: path },
      ),
    ];
  return csvSource(path, pathway, profile);
}
