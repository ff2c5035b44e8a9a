import type { JourneyId } from '../pathway/types.ts';
import { finishAttributes, type AttributeState } from './attributeColumns.ts';
import type { EventColumns } from './eventColumns.ts';
import { orderEvents, reorder, reorderConcerns, reorderNotes } from './orderEvents.ts';
import type { Cohort } from './types.ts';

/** What the validator read: the events in file order, and what the cohort says about itself. */
export interface ReadEvents {
  readonly file: string;
  readonly format: Cohort['format'];
  readonly timeBase: Cohort['timeBase'];
  readonly synthetic: boolean;
  readonly journeyIds: readonly string[];
  readonly events: EventColumns;
  /** Events read (the columns may be longer). */
  readonly n: number;
  readonly noteAt: readonly number[];
  readonly noteText: readonly string[];
  readonly attributes: readonly AttributeState[];
}

/**
 * The columnar `Cohort` from validated events: grouped by journey (in the order of their first row) and
 * ordered by time within each (orderEvents.ts), every column put in that order.
 */
export function assembleCohort(r: ReadEvents): Cohort {
  const { n, events: ev } = r;
  // Every reader pushes rows in file order; only an import profile's paired starts come late. In order,
  // reading order is row order, so the row needs no looking at (the usual, fast case).
  let inOrder = true;
  const row = ev.row;
  for (let e = 1; e < n && inOrder; e++) if ((row[e] ?? 0) < (row[e - 1] ?? 0)) inOrder = false;
  const order = orderEvents(ev.journey, ev.time, inOrder ? undefined : row, n, r.journeyIds.length);
  const { concernStart, concernCodes } = reorderConcerns(
    order,
    ev.concernStart,
    ev.concernCodes,
    ev.concernCount,
  );
  return {
    file: r.file,
    format: r.format,
    timeBase: r.timeBase,
    synthetic: r.synthetic,
    journeyIds: (order.journeys
      ? Array.from(order.journeys, (j) => r.journeyIds[j] ?? '')
      : r.journeyIds) as JourneyId[],
    journeyStart: order.journeyStart,
    time: reorder(order, ev.time, new Float64Array(n)),
    service: reorder(order, ev.service, new Uint16Array(n)),
    activity: reorder(order, ev.activity, new Uint8Array(n)),
    concernStart,
    concernCodes,
    row: reorder(order, ev.row, new Int32Array(n)),
    notes: reorderNotes(order, r.noteAt, r.noteText),
    attributes: finishAttributes(
      r.attributes,
      (codes) => reorder(order, codes, new Uint32Array(n)),
      order.journeyStart,
      inOrder ? undefined : row,
      n,
    ),
  };
}
