import { problem, type Result, ok, fail } from '../problems.ts';
import type { CohortFormat } from './rows.ts';

const BY_EXTENSION: Record<string, CohortFormat> = {
  csv: 'csv',
  tsv: 'csv',
  txt: 'csv',
  json: 'json',
  xes: 'xes',
  xml: 'xes',
};
const SPREADSHEETS = new Set(['xlsx', 'xls', 'xlsm', 'ods', 'numbers']);
const COMPRESSED = new Set(['gz', 'zip', 'bz2', 'xz', '7z']);

/**
 * The format of a cohort file: by extension (.csv/.tsv/.txt, .json, .xes/.xml), else by its first
 * non-blank character ('[' or '{' → JSON, '<' → XES, anything else → CSV). Spreadsheets and compressed
 * files get a problem that says what to do.
 */
export function detectFormat(fileName: string, text: string): Result<CohortFormat> {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  const byExt = BY_EXTENSION[ext];
  if (byExt) return ok(byExt);
  if (SPREADSHEETS.has(ext)) {
    return fail([
      problem(
        'PL203',
        `a .${ext} spreadsheet cannot be read directly; save it as CSV (UTF-8) and import that.`,
        { file: fileName },
      ),
    ]);
  }
  if (COMPRESSED.has(ext)) {
    return fail([
      problem(
        'PL203',
        `the file is compressed (.${ext}); extract the CSV, JSON or XES file and import that.`,
        { file: fileName },
      ),
    ]);
  }
  const m = /^\uFEFF?\s*(\S)/.exec(text.slice(0, 4096));
  const first = m?.[1];
  if (first === '[' || first === '{') return ok('json');
  if (first === '<') return ok('xes');
  return ok('csv');
}
