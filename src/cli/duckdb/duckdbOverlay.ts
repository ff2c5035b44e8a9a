import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { RuleParameters } from '../../core/analysis/parameters.ts';
import { showValue as show } from '../../core/cohort/cellMessages.ts';
import { daysFromCivil } from '../../core/cohort/parseIsoDate.ts';
import { overlayProblems } from '../../core/overlay/overlayProblems.ts';
import type { AggregateOverlay, OverlayProblemEntry } from '../../core/overlay/overlayTypes.ts';
import { readOverlay } from '../../core/overlay/readOverlay.ts';
import type { LoadedPathway } from '../../core/pathway/loadedPathway.ts';
import { fail, ok, problem, type Problem, type Result } from '../../core/problems.ts';
import { badTimesSql, duckdbMacros, syntheticSql } from '../../core/sql/duckdbSource.ts';
import { overlaySql } from '../../core/sql/overlaySql.ts';
import type { ProfileInput } from '../../core/profile/importWithProfile.ts';
import { profileCellProblems, profileFindings } from './duckdbProfile.ts';
import { cellText } from './cellText.ts';
import { prepareSource, type PreparedSource } from './duckdbSource.ts';

export interface DuckDbOptions {
  readonly loaded: LoadedPathway;
  readonly file: string;
  readonly parameters: RuleParameters;
  /** DuckDB's memory limit (e.g. "4GB"); DuckDB's default (80% of memory) when absent. */
  readonly memoryLimit?: string | undefined;
  /** An import profile (CONTRACT §5) the CSV is read through, compiled to SQL. */
  readonly profile?: ProfileInput | undefined;
  /** Told the reading's warnings (rows a profile left out, …), as the importer would attach them. */
  readonly onWarning?: ((warning: Problem) => void) | undefined;
}

/** Times that are not ISO dates (or day offsets), grouped by value, worded as the importer words them. */
async function timeProblems(con: DuckDBConnection, file: string, column: 'date' | 'day'): Promise<Problem[]> {
  const rows = (await con.runAndReadAll(badTimesSql)).getRowObjectsJS();
  if (rows.length === 0) return [];
  const entries = rows.map((r) => ({ value: cellText(r.value), n: Number(r.n), first: Number(r.first_row) }));
  const out: Problem[] = [];
  const where = (e: { n: number; first: number }) =>
    `${e.n} ${e.n === 1 ? 'row' : 'rows'}, first row ${e.first}`;
  const empty = entries.find((e) => e.value === '');
  const what =
    column === 'date'
      ? 'an ISO 8601 date (2020-03-14) or date-time (2020-03-14T09:30:00Z)'
      : 'an integer day offset (e.g. 0, 14 or -30)';
  if (empty)
    out.push(
      problem('PL202', `is empty in ${where(empty)}; give ${what}.`, { file, row: empty.first, column }),
    );
  const bad = entries.filter((e) => e.value !== '');
  if (bad.length > 0) {
    const list = bad
      .slice(0, 10)
      .map((e) => `${show(e.value)} (${where(e)})`)
      .join(', ');
    const more = bad.length > 10 ? ' and more' : '';
    const allowed =
      column === 'date'
        ? 'a date such as 2020-03-14 or a date-time such as 2020-03-14T09:30:00+01:00 (zone optional, UTC when absent)'
        : 'an integer day offset such as 0, 14 or -30';
    const noun = column === 'date' ? 'ISO 8601 date' : 'whole number of days';
    const head =
      bad.length === 1
        ? `${list} is not ${column === 'date' ? 'an' : 'a'} ${noun}`
        : `these values are not ${noun}s: ${list}${more}`;
    out.push(problem('PL202', `${head}; allowed: ${allowed}.`, { file, row: bad[0]?.first, column }));
  }
  return out;
}

async function syntheticFlag(con: DuckDBConnection, file: string): Promise<Result<boolean>> {
  const [r] = (await con.runAndReadAll(syntheticSql)).getRowObjectsJS();
  const bad = Number(r?.bad ?? 0);
  if (bad > 0)
    return fail([
      problem(
        'PL202',
        `${bad} ${bad === 1 ? 'row has' : 'rows have'} a value that is not allowed (first row ${cellText(r?.first_bad)}); allowed: true, yes, false, no (or empty).`,
        { file, row: Number(r?.first_bad), column: 'synthetic' },
      ),
    ]);
  return ok(r?.all_yes === true);
}

/** Days since 1970-01-01 of an ISO date (a cohort given in day offsets gets its period back in days). */
const dayOf = (iso: string | number | null) =>
  typeof iso === 'string'
    ? daysFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)))
    : iso;

async function analyse(
  con: DuckDBConnection,
  src: PreparedSource,
  opts: DuckDbOptions,
): Promise<Result<AggregateOverlay>> {
  const { file, loaded } = opts;
  for (const s of [...duckdbMacros(), ...src.statements]) await con.run(s);
  // The CSV's rows are in the table by now, in file order (rowid); the analysis needs no order of its
  // own, and without it DuckDB holds less in memory.
  await con.run('SET preserve_insertion_order = false');
  const problems: Problem[] = [];
  let synthetic = false;
  if (src.profile) {
    const found = await profileFindings(con, file, src.profile.bound, src.profile.input);
    problems.push(...found.problems);
    for (const w of found.warnings) opts.onWarning?.(w);
  } else if (src.rows && src.timeColumn !== 't')
    problems.push(...(await timeProblems(con, file, src.timeColumn)));
  if (src.synthetic) {
    const flag = await syntheticFlag(con, file);
    if (flag.ok) synthetic = flag.value;
    else problems.push(...flag.problems);
  }
  const sql = overlaySql(loaded, { dialect: 'duckdb', parameters: opts.parameters });
  const text = String((await con.runAndReadAll(sql)).getRows()[0]?.[0]);
  const raw = JSON.parse(text) as { problems?: OverlayProblemEntry[]; summary?: { events: number } };
  if (raw.problems) {
    // Times are reported above, value by value; the script only knows that they are missing.
    const entries = src.rows ? raw.problems.filter((e) => e.column !== 't') : raw.problems;
    const columnNames = { ...src.profile?.columnNames, t: src.timeColumn, row_no: 'row' };
    problems.push(
      ...(src.profile
        ? profileCellProblems(entries, {
            file,
            pathway: loaded.pathway,
            columnNames,
            isDate: src.timeColumn === 'date',
          })
        : overlayProblems(entries, { file, pathway: loaded.pathway, columnNames })),
    );
  }
  if (problems.length > 0) return fail(problems);
  if (raw.summary?.events === 0)
    return fail([
      problem('PL200', 'the file has a header but no event rows; add one row per event.', { file, row: 1 }),
    ]);
  const read = readOverlay(text, file, loaded.pathway);
  if (!read.ok) return read;
  const o = read.value;
  const cohort =
    src.timeColumn === 'day'
      ? { ...o.cohort, periodStart: dayOf(o.cohort.periodStart), periodEnd: dayOf(o.cohort.periodEnd) }
      : o.cohort;
  return ok({ ...o, cohort: synthetic ? { ...cohort, synthetic: true } : cohort });
}

/** `duckdbOverlay` on an open connection (tests reuse one database for many cohorts). */
export async function duckdbOverlayOn(
  con: DuckDBConnection,
  opts: DuckDbOptions,
): Promise<Result<AggregateOverlay>> {
  try {
    const src = await prepareSource(con, opts.file, opts.loaded.pathway, opts.profile);
    if (Array.isArray(src)) return fail(src);
    return await analyse(con, src, opts);
  } catch (e) {
    const message = (e as Error).message.split('\n')[0] ?? String(e);
    return fail([problem('PL203', `DuckDB could not read the file: ${message}`, { file: opts.file })]);
  }
}

/**
 * The aggregate overlay of a CSV or Parquet cohort, computed by DuckDB with the same SQL script the
 * warehouse runs: the file is never read into this process, so its size is bounded by DuckDB (which
 * spills to a temporary folder), not by JavaScript's memory. Never throws for bad input.
 */
export async function duckdbOverlay(opts: DuckDbOptions): Promise<Result<AggregateOverlay>> {
  const temp = mkdtempSync(join(tmpdir(), 'pathway-lens-duckdb-'));
  const removeTemp = () => {
    rmSync(temp, { recursive: true, force: true });
  };
  // What DuckDB spilled can be gigabytes: removed even when the run is interrupted.
  const interrupted = (signal: NodeJS.Signals) => {
    removeTemp();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  const config: Record<string, string> = { temp_directory: temp };
  if (opts.memoryLimit) config.memory_limit = opts.memoryLimit;
  try {
    const instance = await DuckDBInstance.create(':memory:', config);
    const con = await instance.connect();
    try {
      return await duckdbOverlayOn(con, opts);
    } finally {
      con.closeSync();
      instance.closeSync();
    }
  } catch (e) {
    // A memory limit DuckDB does not understand, for instance.
    return fail([
      problem('PL203', `DuckDB could not start: ${(e as Error).message.split('\n')[0] ?? ''}`, {
        file: opts.file,
      }),
    ]);
  } finally {
    process.off('SIGINT', interrupted).off('SIGTERM', interrupted);
    removeTemp();
  }
}
