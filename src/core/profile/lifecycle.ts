/**
 * The XES standard lifecycle model (IEEE 1849, lifecycle extension, model "standard"): the transitions an
 * activity instance goes through. An import profile with a lifecycle column reads them as CONTRACT §5 says:
 * - `start` opens an instance; the next `complete` of the same journey, service and instance (when an
 *   instance column is mapped) closes it: the two rows are ONE event, timed at the start, its duration
 *   kept. Starts of one key are closed first-in, first-out: with no instance column, two starts then two
 *   completes (nested or overlapping instances) pair as first start with first complete.
 * - a `complete` with no open start is an event of its own (XES: most logs record only completes); so is
 *   a row with an empty lifecycle cell (XES's default transition is complete).
 * - `ate_abort` (the activity was stopped after it started) closes the open instance like a complete; with
 *   none open it is left out.
 * - `suspend` and `resume` happen inside an instance: no event of their own, left out.
 * - `schedule`, `assign`, `reassign`, `withdraw`, `autoskip`, `manualskip` and `pi_abort` say that an
 *   activity was planned, given to someone, withdrawn or skipped, not that it happened: left out.
 * - a start never closed is an event at its start with no duration.
 * Rows left out are counted in a warning (PL210). Any other value is an error that lists these.
 */
export type Transition = 'start' | 'complete' | 'abort' | 'inside' | 'not-event';

const BY_NAME: Readonly<Record<string, Transition>> = {
  '': 'complete',
  start: 'start',
  complete: 'complete',
  ate_abort: 'abort',
  suspend: 'inside',
  resume: 'inside',
  schedule: 'not-event',
  assign: 'not-event',
  reassign: 'not-event',
  withdraw: 'not-event',
  autoskip: 'not-event',
  manualskip: 'not-event',
  pi_abort: 'not-event',
};

export const LIFECYCLE_TRANSITIONS = Object.keys(BY_NAME).filter(Boolean);

/** The transition of a lifecycle cell (any case; `-` or a space read as `_`), or undefined when unknown. */
export function transitionOf(cell: string): Transition | undefined {
  const key = cell
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return Object.hasOwn(BY_NAME, key) ? BY_NAME[key] : undefined;
}

/** Activity instances started and not yet closed, by key (journey, service, instance), oldest first. */
export class OpenInstances<T> {
  private readonly open = new Map<string, T[]>();

  add(key: string, item: T): void {
    const list = this.open.get(key);
    if (list) list.push(item);
    else this.open.set(key, [item]);
  }

  /** The oldest open instance of `key`, removed; undefined when none is open. */
  take(key: string): T | undefined {
    const list = this.open.get(key);
    if (!list) return undefined;
    const item = list.shift();
    if (list.length === 0) this.open.delete(key);
    return item;
  }

  /** Every instance still open, removed. */
  drain(): T[] {
    const all = [...this.open.values()].flat();
    this.open.clear();
    return all;
  }
}
