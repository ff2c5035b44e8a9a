import type { Pathway } from '../pathway/types.ts';
import { problem, type Result } from '../problems.ts';
import { cohortTarget } from './cohortBuilder.ts';
import {
  normalizeColumnName,
  type ImportJob,
  type ImportOptions,
  type ReadJob,
  type RowTarget,
  type TargetFactory,
} from './rows.ts';
import type { Cohort } from './types.ts';

export type JsonImportOptions = ImportOptions;

const SLICE_ROWS = 50_000;

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/** The line and column of a character offset, for JSON syntax errors. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Starts a JSON import (see `ImportJob`): the file is an array of objects, one per event, whose keys are
 * the CSV's column names (matched ignoring case and surrounding spaces). Values may be strings, numbers,
 * booleans or null (empty); `concerns` may also be an array of codes. Row numbers are index + 2, so that
 * they match the same events written as CSV. Parsing is one `JSON.parse`; the rows are then sliced.
 */
export function createJsonImport(text: string, pathway: Pathway, opts: JsonImportOptions = {}): ImportJob {
  return createJsonReader(text, cohortTarget(pathway), opts);
}

/** The JSON reader of `createJsonImport`, writing its rows into any target (see `RowTarget`). */
export function createJsonReader<T>(
  text: string,
  target: TargetFactory<T>,
  opts: JsonImportOptions = {},
): ReadJob<T> {
  const file = opts.file;
  let outcome: Result<T> | undefined;
  let builder: RowTarget<T> | undefined;
  let data: readonly unknown[] = [];
  let columns: string[] = [];
  let index = new Map<string, number>();
  let cells: string[] = [];
  let next = 0;

  const done = (): true => {
    outcome = (builder ?? target({ ...opts, format: 'json' })).finish();
    return true;
  };

  const start = (): boolean => {
    builder = target({ ...opts, format: 'json' });
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (body.trim() === '') return false;
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      const at = /position (\d+)/.exec(msg);
      const where = at ? ` (line ${lineOf(body, Number(at[1]))})` : '';
      builder.addFatal(problem('PL203', `the file is not valid JSON${where}: ${msg}`, { file }));
      return false;
    }
    if (!Array.isArray(parsed)) {
      builder.addFatal(
        problem(
          'PL203',
          `the JSON file must be an array of objects, one per event (e.g. [{"journey_id": "C01", "date": "2020-03-14", …}]), but it is ${describe(parsed)}.`,
          { file },
        ),
      );
      return false;
    }
    data = parsed as unknown[];
    builder = target({ ...opts, format: 'json', expectedRows: data.length });
    index = new Map();
    columns = [];
    const names: string[] = [];
    for (const el of data) {
      if (el === null || typeof el !== 'object' || Array.isArray(el)) continue;
      for (const key of Object.keys(el)) {
        const name = normalizeColumnName(key);
        if (!index.has(name)) {
          index.set(name, columns.length);
          columns.push(name);
          names.push(key);
        }
      }
    }
    cells = new Array<string>(columns.length).fill('');
    if (data.length === 0) return false;
    return builder.begin(columns, 1, names);
  };

  const push = (el: unknown, row: number, b: RowTarget<T>) => {
    if (el === null || typeof el !== 'object' || Array.isArray(el)) {
      b.addProblem(
        problem(
          'PL202',
          `element ${row - 2} is ${describe(el)}; each element must be an object such as {"journey_id": "C01", …}.`,
          {
            file,
            row,
          },
        ),
      );
      return;
    }
    cells.fill('');
    const seen = new Set<number>();
    let good = true;
    for (const [key, v] of Object.entries(el as Record<string, unknown>)) {
      const i = index.get(normalizeColumnName(key)) ?? -1;
      const name = columns[i] ?? key;
      if (seen.has(i)) {
        b.addProblem(
          problem(
            'PL202',
            'the key appears twice in this object (keys are compared ignoring case and surrounding spaces).',
            { file, row, column: name },
          ),
        );
        good = false;
        continue;
      }
      seen.add(i);
      let s: string;
      if (typeof v === 'string') s = v;
      else if (typeof v === 'number' && Number.isFinite(v)) s = String(v);
      else if (typeof v === 'boolean') s = v ? 'true' : 'false';
      else if (v === null || v === undefined) s = '';
      else if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number'))
        s = v.join(';');
      else {
        b.addProblem(
          problem('PL202', `is ${describe(v)}; a value must be a string or a number.`, {
            file,
            row,
            column: name,
          }),
        );
        good = false;
        continue;
      }
      cells[i] = s;
    }
    if (good) b.push(row, cells, columns.length);
  };

  return {
    get progress() {
      return outcome ? 1 : data.length === 0 ? 0 : 0.2 + (0.8 * next) / data.length;
    },
    step(budget = SLICE_ROWS) {
      if (outcome) return true;
      if (!builder) {
        if (!start()) return done();
      }
      const b = builder;
      if (!b) return done();
      const end = Math.min(data.length, next + Math.max(1, budget));
      for (; next < end && !b.stopped; next++) push(data[next], next + 2, b);
      return next >= data.length || b.stopped ? done() : false;
    },
    result() {
      if (!outcome) throw new Error('ImportJob.result() called before the job finished');
      return outcome;
    },
  };
}

/** Imports a JSON cohort (an array of event objects) in one go. */
export function importJson(text: string, pathway: Pathway, opts: JsonImportOptions = {}): Result<Cohort> {
  const job = createJsonImport(text, pathway, opts);
  while (!job.step(Number.POSITIVE_INFINITY));
  return job.result();
}
