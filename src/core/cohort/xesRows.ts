import type { Result } from '../problems.ts';
import { normalizeColumnName, type ImportOptions, type TargetFactory } from './rows.ts';
import type { XesAttribute, XesEvent, XesLog } from './xesTypes.ts';

function text(a: XesAttribute): string {
  if (a.type === 'list' || a.type === 'container') return (a.items ?? []).map((i) => i.value).join(';');
  return a.value;
}

/**
 * An XES log as plain rows, for an import profile: one row per event (its row number is the line of the
 * <event>), a trace's attributes as columns named `case:<key>` (the names PM4Py gives them when it writes
 * a log as CSV, so one profile reads a log's CSV and XES alike), an event's attributes by their key.
 * Events outside any trace have empty `case:` columns. (`xesToRows` maps events onto §2 instead.)
 */
export function xesFlatRows<T>(log: XesLog, target: TargetFactory<T>, opts: ImportOptions = {}): Result<T> {
  const logSynthetic = log.attributes.get('synthetic');
  const sink = target({
    ...opts,
    format: 'xes',
    synthetic:
      opts.synthetic === true ||
      (logSynthetic !== undefined && /^(?:true|1)$/.test(logSynthetic.value.trim())),
    expectedRows: log.eventCount,
  });
  const index = new Map<string, number>();
  const columns: string[] = [];
  const names: string[] = [];
  const add = (key: string) => {
    const name = normalizeColumnName(key);
    if (!index.has(name)) {
      index.set(name, columns.length);
      columns.push(name);
      names.push(key);
    }
  };
  for (const trace of log.traces) {
    for (const key of trace.attributes.keys()) add(`case:${key}`);
    for (const ev of trace.events) for (const key of ev.attributes.keys()) add(key);
  }
  for (const ev of log.events) for (const key of ev.attributes.keys()) add(key);
  if (!sink.begin(columns, 1, names)) return sink.finish();
  const cells = new Array<string>(columns.length).fill('');
  const put = (key: string, a: XesAttribute) => {
    const i = index.get(normalizeColumnName(key));
    if (i !== undefined) cells[i] = text(a);
  };
  const push = (ev: XesEvent, trace?: ReadonlyMap<string, XesAttribute>) => {
    cells.fill('');
    if (trace) for (const [key, a] of trace) put(`case:${key}`, a);
    for (const [key, a] of ev.attributes) put(key, a);
    sink.push(ev.line, cells, columns.length);
  };
  for (const trace of log.traces) {
    for (const ev of trace.events) {
      if (sink.stopped) return sink.finish();
      push(ev, trace.attributes);
    }
  }
  for (const ev of log.events) if (!sink.stopped) push(ev);
  return sink.finish();
}
