import { activities, type Pathway } from '../pathway/types.ts';
import { fail, problem, type Result } from '../problems.ts';
import { cohortTarget } from './cohortBuilder.ts';
import { XesReader } from './xesReader.ts';
import { xesFlatRows } from './xesRows.ts';
import type { XesAttribute, XesAttributes, XesLog } from './xesTypes.ts';
import type { ImportJob, ImportOptions, ReadJob, TargetFactory } from './rows.ts';
import type { Cohort } from './types.ts';

/**
 * How an XES event becomes a cohort row (CONTRACT §2):
 * - journey: the trace's `concept:name`;
 * - time: the event's `time:timestamp` (converted to UTC; a time without zone is read as UTC);
 * - service: the event's `service` attribute; without one, the event's `concept:name` must name a service
 *   (its id or label, any case). A `concept:name` that names the same service as `service` is dropped;
 * - activity: the event's `activity` attribute; else, when `service` was given, a `concept:name` that is an
 *   activity; else the `lifecycle:transition`: schedule → referral, start → contact, complete → contact,
 *   withdraw → declined; no transition at all counts as `complete` (the XES default) → contact. Other
 *   transitions (suspend, resume, …) are errors asking for an `activity` attribute;
 * - `concerns` (a string of codes separated by ; or |, or a list of strings) and `note` as in the CSV;
 * - every other event or trace attribute becomes a column named by its key (lower case), its value as
 *   written; a trace attribute is constant along the journey, so it becomes a journey attribute;
 * - log-level attributes are ignored, except `synthetic` (true marks the cohort synthetic);
 *   extensions, globals and classifiers are ignored. Events outside a trace are errors (no journey).
 */
export const LIFECYCLE_ACTIVITY: Readonly<Record<string, (typeof activities)[number]>> = {
  schedule: 'referral',
  start: 'contact',
  complete: 'contact',
  withdraw: 'declined',
};

export type XesImportOptions = ImportOptions;

const CHUNK = 1 << 18;

function attrText(a: XesAttribute): string {
  if (a.type === 'list' || a.type === 'container') return (a.items ?? []).map((i) => i.value).join(';');
  return a.value;
}

function lowerKeys(attrs: XesAttributes): Map<string, XesAttribute> {
  const out = new Map<string, XesAttribute>();
  for (const [k, v] of attrs) {
    const key = k.trim().toLowerCase();
    if (!out.has(key)) out.set(key, v);
  }
  return out;
}

/** Maps a log read by `readXesEvents` onto a pathway, building the cohort. */
export function xesToCohort(log: XesLog, pathway: Pathway, opts: XesImportOptions = {}): Result<Cohort> {
  return xesToRows(log, cohortTarget(pathway), opts);
}

/** Writes the events of a log read by `readXesEvents` as rows into any target (see `RowTarget`). */
export function xesToRows<T>(log: XesLog, target: TargetFactory<T>, opts: XesImportOptions = {}): Result<T> {
  const file = opts.file;
  const logSynthetic = log.attributes.get('synthetic');
  const builder = target({
    ...opts,
    format: 'xes',
    synthetic:
      opts.synthetic === true ||
      (logSynthetic !== undefined && /^(?:true|1)$/.test(logSynthetic.value.trim())),
    columnLabels: { journey_id: 'concept:name', date: 'time:timestamp' },
    expectedRows: log.eventCount,
  });
  if (log.eventCount === 0) {
    builder.addProblem(
      problem('PL200', 'the log has no events; a cohort needs at least one <event> in a <trace>.', {
        file,
        row: 1,
      }),
    );
    return builder.finish();
  }

  interface Row {
    line: number;
    journey: string;
    date: string;
    service: string;
    activity: string;
    /** The trace's attributes: one map shared by all its events (not copied per event). */
    trace: Map<string, XesAttribute>;
    /** The event's own other attributes, which win over the trace's. */
    rest: Map<string, XesAttribute>;
  }
  const rows: Row[] = [];
  const columns = ['journey_id', 'date', 'service', 'activity'];
  const index = new Map(columns.map((c, i) => [c, i]));
  const addColumn = (key: string) => {
    if (!index.has(key)) {
      index.set(key, columns.length);
      columns.push(key);
    }
  };

  for (const ev of log.events) {
    builder.addProblem(
      problem(
        'PL202',
        'this event is outside any <trace>, so it has no journey; put it inside a <trace> whose concept:name is the journey id.',
        {
          file,
          row: ev.line,
          column: '<event>',
        },
      ),
    );
  }

  for (const trace of log.traces) {
    const tattrs = lowerKeys(trace.attributes);
    const name = tattrs.get('concept:name');
    if (!name || name.value.trim() === '') {
      if (trace.events.length > 0)
        builder.addProblem(
          problem('PL202', 'the trace has no concept:name; it names the journey (a pseudonym such as C01).', {
            file,
            row: trace.line,
            column: 'concept:name',
          }),
        );
      continue;
    }
    tattrs.delete('concept:name');
    for (const key of tattrs.keys()) addColumn(key);
    for (const ev of trace.events) {
      const attrs = lowerKeys(ev.attributes);
      // Not a copy of the trace's attributes per event: a trace of 2,000 attributes and 20,000 events
      // (a 2 MB file) took 1.3 GB that way before the column limit could refuse it.
      const rest = new Map<string, XesAttribute>();
      const take = (key: string) => {
        const a = attrs.get(key);
        attrs.delete(key);
        return a;
      };
      const time = take('time:timestamp');
      const serviceAttr = take('service');
      const activityAttr = take('activity');
      const conceptName = attrs.get('concept:name');
      let service: string;
      if (serviceAttr) {
        service = serviceAttr.value;
        // A concept:name that repeats the event's service is only its label.
        const named = conceptName ? builder.resolveService(conceptName.value) : -1;
        if (named >= 0 && named === builder.resolveService(service)) attrs.delete('concept:name');
      } else if (conceptName && builder.resolveService(conceptName.value) >= 0) {
        service = conceptName.value;
        attrs.delete('concept:name');
      } else {
        const message = conceptName
          ? `${builder.serviceMessage(conceptName.value).replace(/\.$/, '')}; the event has no service attribute, so its concept:name must name a service.`
          : 'the event has neither a service attribute nor a concept:name naming a service.';
        builder.addProblem(
          problem('PL202', message, { file, row: ev.line, column: conceptName ? 'concept:name' : 'service' }),
        );
        continue;
      }
      let activity: string;
      if (activityAttr) {
        activity = activityAttr.value;
      } else if (
        serviceAttr &&
        conceptName &&
        (activities as readonly string[]).includes(conceptName.value.trim().toLowerCase())
      ) {
        activity = conceptName.value;
        attrs.delete('concept:name');
      } else {
        const transition = take('lifecycle:transition');
        const t = transition ? transition.value.trim().toLowerCase() : 'complete';
        const mapped = LIFECYCLE_ACTIVITY[t];
        if (!mapped) {
          builder.addProblem(
            problem(
              'PL202',
              `${JSON.stringify(transition?.value ?? '')} has no pathway activity; give the event an activity attribute (allowed: ${activities.join(', ')}), or use schedule (referral), start or complete (contact), withdraw (declined).`,
              { file, row: ev.line, column: 'lifecycle:transition' },
            ),
          );
          continue;
        }
        activity = mapped;
      }
      for (const [k, v] of attrs) {
        rest.set(k, v);
        addColumn(k);
      }
      rows.push({
        line: ev.line,
        journey: name.value,
        date: time ? time.value : '',
        service,
        activity,
        trace: tattrs,
        rest,
      });
    }
  }

  if (!builder.begin(columns, 1)) return builder.finish();
  const cells = new Array<string>(columns.length).fill('');
  for (const r of rows) {
    if (builder.stopped) break;
    cells.fill('');
    cells[0] = r.journey;
    cells[1] = r.date;
    cells[2] = r.service;
    cells[3] = r.activity;
    for (const attrs of [r.trace, r.rest]) {
      for (const [k, a] of attrs) {
        const i = index.get(k);
        if (i !== undefined) cells[i] = attrText(a);
      }
    }
    builder.push(r.line, cells, columns.length);
  }
  return builder.finish();
}

/** Starts an XES import that runs a slice at a time (see `ImportJob`): reading the XML is the sliced part. */
export function createXesImport(text: string, pathway: Pathway, opts: XesImportOptions = {}): ImportJob {
  return createXesReader(text, cohortTarget(pathway), opts);
}

/** The XES reader of `createXesImport`, writing its events as rows into any target (see `RowTarget`). */
export function createXesReader<T>(
  text: string,
  target: TargetFactory<T>,
  opts: XesImportOptions = {},
): ReadJob<T> {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const reader = new XesReader({ file: opts.file, maxProblems: opts.maxProblems });
  let pos = start;
  let outcome: Result<T> | undefined;
  const total = Math.max(1, text.length - start);
  return {
    get progress() {
      return outcome ? 1 : 0.9 * ((pos - start) / total);
    },
    step(budget = CHUNK) {
      if (outcome) return true;
      if (pos < text.length && !reader.isStopped()) {
        const end = Math.min(text.length, pos + Math.max(1, Math.min(budget, text.length)));
        reader.write(text.slice(pos, end));
        pos = end;
        if (pos < text.length && !reader.isStopped()) return false;
      }
      const read = reader.close().result();
      outcome = !read.ok
        ? fail(read.problems)
        : opts.flatXes
          ? xesFlatRows(read.value, target, opts)
          : xesToRows(read.value, target, opts);
      return true;
    },
    result() {
      if (!outcome) throw new Error('ImportJob.result() called before the job finished');
      return outcome;
    },
  };
}

/** Imports an XES event log as a cohort in one go. */
export function importXes(text: string, pathway: Pathway, opts: XesImportOptions = {}): Result<Cohort> {
  const job = createXesImport(text, pathway, opts);
  while (!job.step(Number.POSITIVE_INFINITY));
  return job.result();
}
