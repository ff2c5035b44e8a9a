import { NO_VALUE, type Cohort } from '../cohort/types.ts';
import type { Pathway } from '../pathway/types.ts';
import type { CohortAnalysis } from './analyseCohort.ts';
import { buildJourneyIndex, type JourneyTable } from './journeyIndex.ts';
import type { JourneyListModel, JourneyRow } from './viewModel.ts';

/** What rows are made of besides the table: which journeys, and their missed points under W and H. */
export type ListedJourneys = Pick<JourneyListModel, 'indices' | 'missedCount'>;

interface RowCaches {
  /** The last row made for each journey: reused while its missed points stay the same. */
  readonly rows: (JourneyRow | undefined)[];
  readonly concerns: Map<string, readonly string[]>;
  readonly attributes: Map<string, Readonly<Record<string, string>>>;
}

// One cache per cohort table. Journeys share their concern lists and attribute objects, and a row is
// made once and reused until W or H change its missed points, so that a new analysis of a hundred
// thousand journeys costs an array of references rather than a hundred thousand new objects (and the
// list's memoised work can see that most rows are unchanged).
const caches = new WeakMap<JourneyTable, RowCaches>();

function cacheFor(table: JourneyTable): RowCaches {
  let cache = caches.get(table);
  if (!cache) {
    cache = {
      rows: new Array<JourneyRow | undefined>(table.ids.length),
      concerns: new Map(),
      attributes: new Map(),
    };
    caches.set(table, cache);
  }
  return cache;
}

function concernsOf(
  table: JourneyTable,
  cache: RowCaches,
  concernIds: readonly string[],
  j: number,
): readonly string[] {
  const cw = table.concernWords;
  let key = '';
  for (let w = 0; w < cw; w++) key += `${String(table.concernBits[j * cw + w])},`;
  let concerns = cache.concerns.get(key);
  if (!concerns) {
    const out: string[] = [];
    concernIds.forEach((id, c) => {
      if ((((table.concernBits[j * cw + (c >>> 5)] as number) >>> (c & 31)) & 1) === 1) out.push(id);
    });
    concerns = out;
    cache.concerns.set(key, concerns);
  }
  return concerns;
}

function attributesOf(table: JourneyTable, cache: RowCaches, j: number): Readonly<Record<string, string>> {
  let key = '';
  for (const a of table.attributes) key += `${String(a.codes[j])},`;
  let attributes = cache.attributes.get(key);
  if (!attributes) {
    const out: Record<string, string> = {};
    for (const a of table.attributes) {
      const code = a.codes[j] as number;
      if (code !== NO_VALUE) out[a.name] = a.values[code] as string;
    }
    attributes = out;
    cache.attributes.set(key, attributes);
  }
  return attributes;
}

/**
 * The journey list's rows from the worker's columns: the per-cohort table and the per-analysis list.
 * The one way rows are made (the explorer's list, the stories' fixtures). Pure apart from the cache of
 * rows and shared sub-objects.
 */
export function journeyRowsFromColumns(
  pathway: Pathway,
  table: JourneyTable,
  list: ListedJourneys,
): JourneyRow[] {
  const rows: JourneyRow[] = new Array<JourneyRow>(list.indices.length);
  fillRows(pathway, table, list, rows, 0, rows.length);
  return rows;
}

/**
 * `journeyRowsFromColumns` in slices of about `sliceMs` between which the page can paint and respond,
 * for the first list of a large cohort (later lists mostly reuse cached rows and finish in one slice).
 * `onDone` is not called when `cancelled()` turns true.
 */
export function journeyRowsInSlices(
  pathway: Pathway,
  table: JourneyTable,
  list: ListedJourneys,
  onDone: (rows: JourneyRow[]) => void,
  cancelled: () => boolean,
  sliceMs = 12,
): void {
  const rows: JourneyRow[] = new Array<JourneyRow>(list.indices.length);
  let next = 0;
  const step = () => {
    if (cancelled()) return;
    const until = performance.now() + sliceMs;
    // At least one chunk per slice, so that a slice always makes progress.
    do {
      const end = Math.min(rows.length, next + 2048);
      fillRows(pathway, table, list, rows, next, end);
      next = end;
    } while (next < rows.length && performance.now() < until);
    if (next < rows.length) setTimeout(step, 0);
    else onDone(rows);
  };
  step();
}

function fillRows(
  pathway: Pathway,
  table: JourneyTable,
  list: ListedJourneys,
  rows: JourneyRow[],
  from: number,
  to: number,
): void {
  const cache = cacheFor(table);
  const concernIds = pathway.concerns.map((c) => c.id as string);
  for (let i = from; i < to; i++) {
    const j = list.indices[i] as number;
    const missed = list.missedCount[i] as number;
    const cached = cache.rows[j];
    if (cached?.missedPoints === missed) {
      rows[i] = cached;
      continue;
    }
    const lead = table.leadTime[j] as number;
    const row: JourneyRow = cached
      ? { ...cached, missedPoints: missed }
      : {
          index: j,
          id: table.ids[j] as string,
          events: table.events[j] as number,
          reachedCrisis: table.reachedCrisis[j] === 1,
          leadTimeDays: Number.isNaN(lead) ? null : lead,
          missedPoints: missed,
          offPathway: table.offPathway[j] as number,
          concerns: concernsOf(table, cache, concernIds, j),
          attributes: attributesOf(table, cache, j),
        };
    cache.rows[j] = row;
    rows[i] = row;
  }
}

/** Rows of the journeys an analysis included (its filter mask), in cohort order: the same rows the explorer lists. */
export function journeyRows(cohort: Cohort, pathway: Pathway, analysis: CohortAnalysis): JourneyRow[] {
  const { table } = buildJourneyIndex(cohort, pathway, analysis);
  const listed: number[] = [];
  for (let j = 0; j < analysis.included.length; j++) if (analysis.included[j] === 1) listed.push(j);
  const indices = Int32Array.from(listed);
  const missedCount = Int32Array.from(listed, (j) => analysis.missedCount[j] as number);
  return journeyRowsFromColumns(pathway, table, { indices, missedCount });
}
