import { activities, type Activity, type Pathway } from '../pathway/types.ts';
import type { AttributeColumn, Cohort, TimeBase } from './types.ts';
import { NO_VALUE } from './types.ts';

export interface PlainEvent {
  readonly journey: string;
  /** Days (calendar days since 1970-01-01, or offsets). */
  readonly time: number;
  readonly service: string;
  readonly activity: Activity;
  readonly concerns?: readonly string[];
  readonly note?: string;
  readonly row?: number;
  readonly attributes?: Readonly<Record<string, string>>;
}

/**
 * Builds a cohort from already valid plain events (tests, the generator, the trainer's what-if).
 * Ids must exist in the pathway: this is not the importer and does not validate user input — it throws
 * on an unknown id because that is a programming error.
 */
export function cohortFromEvents(
  events: readonly PlainEvent[],
  pathway: Pathway,
  options: { file?: string; timeBase?: TimeBase; synthetic?: boolean } = {},
): Cohort {
  const serviceIndex = new Map(pathway.services.map((s, i) => [s.id as string, i]));
  const concernIndex = new Map(pathway.concerns.map((c, i) => [c.id as string, i]));
  const activityIndex = new Map(activities.map((a, i) => [a as string, i]));
  const order: string[] = [];
  const byJourney = new Map<string, { e: PlainEvent; i: number }[]>();
  events.forEach((e, i) => {
    let list = byJourney.get(e.journey);
    if (!list) {
      list = [];
      byJourney.set(e.journey, list);
      order.push(e.journey);
    }
    list.push({ e, i });
  });
  const n = events.length;
  const time = new Float64Array(n);
  const service = new Uint16Array(n);
  const activity = new Uint8Array(n);
  const row = new Int32Array(n);
  const concernStart = new Int32Array(n + 1);
  const codes: number[] = [];
  const notes = new Map<number, string>();
  const journeyStart = new Int32Array(order.length + 1);
  const attrNames = [...new Set(events.flatMap((e) => Object.keys(e.attributes ?? {})))];
  const attrValues = attrNames.map(() => new Map<string, number>());
  const attrCodes = attrNames.map(() => new Uint32Array(n).fill(NO_VALUE));
  let k = 0;
  order.forEach((id, j) => {
    journeyStart[j] = k;
    const list = (byJourney.get(id) ?? []).slice().sort((a, b) => a.e.time - b.e.time || a.i - b.i);
    for (const { e, i } of list) {
      const s = serviceIndex.get(e.service);
      const a = activityIndex.get(e.activity);
      if (s === undefined || a === undefined)
        throw new Error(
          `cohortFromEvents: unknown ${s === undefined ? `service ${e.service}` : `activity ${e.activity}`}`,
        );
      time[k] = e.time;
      service[k] = s;
      activity[k] = a;
      row[k] = e.row ?? i + 2;
      concernStart[k] = codes.length;
      for (const c of e.concerns ?? []) {
        const ci = concernIndex.get(c);
        if (ci === undefined) throw new Error(`cohortFromEvents: unknown concern ${c}`);
        codes.push(ci);
      }
      if (e.note) notes.set(k, e.note);
      attrNames.forEach((name, ai) => {
        const v = e.attributes?.[name];
        if (v === undefined || v === '') return;
        const values = attrValues[ai] as Map<string, number>;
        let code = values.get(v);
        if (code === undefined) values.set(v, (code = values.size));
        (attrCodes[ai] as Uint32Array)[k] = code;
      });
      k++;
    }
  });
  journeyStart[order.length] = k;
  concernStart[n] = codes.length;
  const attributes: AttributeColumn[] = attrNames.map((name, ai) => {
    const c = attrCodes[ai] as Uint32Array;
    let scope: 'journey' | 'event' = 'journey';
    for (let j = 0; j < order.length && scope === 'journey'; j++) {
      for (let e = (journeyStart[j] as number) + 1; e < (journeyStart[j + 1] as number); e++) {
        if (c[e] !== c[journeyStart[j] as number]) {
          scope = 'event';
          break;
        }
      }
    }
    return { name, scope, values: [...(attrValues[ai] as Map<string, number>).keys()], codes: c };
  });
  return {
    file: options.file ?? '<events>',
    format: 'json',
    timeBase: options.timeBase ?? 'offset',
    synthetic: options.synthetic ?? false,
    journeyIds: order as unknown as Cohort['journeyIds'],
    journeyStart,
    time,
    service,
    activity,
    concernStart,
    concernCodes: Uint16Array.from(codes),
    row,
    notes,
    attributes,
  };
}
