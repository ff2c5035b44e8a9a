import type { JourneyTable } from '../../core/analysis/journeyIndex.ts';
import type { JourneyListModel, JourneyRow } from '../../core/analysis/viewModel.ts';
import type { Pathway } from '../../core/pathway/types.ts';

const NO_VALUE = 0xffffffff;

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
 * The journey list's rows (the core's `JourneyRow`) from the worker's columns: the per-cohort table and
 * the per-analysis list. Pure apart from the cache of rows and shared sub-objects.
 */
export function journeyRowsFromColumns(
  pathway: Pathway,
  table: JourneyTable,
  list: JourneyListModel,
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
  list: JourneyListModel,
  onDone: (rows: JourneyRow[]) => void,
  cancelled: () => boolean,
  sliceMs = 12,
): void {
  const rows: JourneyRow[] = new Array<JourneyRow>(list.indices.length);
  let next = 0;
  const step = () => {
    if (cancelled()) return;
    const until = performance.now() + sliceMs;
    while (next < rows.length && performance.now() < until) {
      const end = Math.min(rows.length, next + 2048);
      fillRows(pathway, table, list, rows, next, end);
      next = end;
    }
    if (next < rows.length) setTimeout(step, 0);
    else onDone(rows);
  };
  step();
}

function fillRows(
  pathway: Pathway,
  table: JourneyTable,
  list: JourneyListModel,
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
