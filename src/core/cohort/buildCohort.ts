import type { Pathway } from '../pathway/types.ts';
import type { Result } from '../problems.ts';
import { CohortBuilder, type BuildOptions } from './cohortBuilder.ts';
import { normalizeColumnName, type RawRow, type RowSource } from './rows.ts';
import type { Cohort } from './types.ts';

export type { BuildOptions };

/**
 * Validates rows from any reader against a pathway and builds the columnar `Cohort` (see CohortBuilder for
 * the rules). `source` is either a list of plain rows — the columns are then the union of their keys in
 * order of first appearance — or a streaming reader that feeds a sink. Never throws for bad input.
 */
export function buildCohort(source: RowSource, pathway: Pathway, opts: BuildOptions): Result<Cohort> {
  const builder = new CohortBuilder(pathway, opts);
  if ('feed' in source) {
    if (builder.begin(source.columns, source.headerRow ?? 1)) source.feed(builder);
    return builder.finish();
  }
  const rows: readonly RawRow[] = source;
  const index = new Map<string, number>();
  const columns: string[] = [];
  for (const r of rows) {
    for (const key of Object.keys(r.fields)) {
      const name = normalizeColumnName(key);
      if (!index.has(name)) {
        index.set(name, columns.length);
        columns.push(name);
      }
    }
  }
  if (rows.length === 0 || !builder.begin(columns, 1)) return builder.finish();
  const cells: string[] = new Array<string>(columns.length).fill('');
  for (const r of rows) {
    if (builder.stopped) break;
    cells.fill('');
    for (const [key, value] of Object.entries(r.fields)) {
      const i = index.get(normalizeColumnName(key));
      if (i !== undefined) cells[i] = value;
    }
    builder.push(r.row, cells, columns.length);
  }
  return builder.finish();
}
