import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import fc from 'fast-check';
import Papa from 'papaparse';
import { analyseCohort } from '../../../src/core/analysis/analyseCohort.ts';
import type { RuleParameters } from '../../../src/core/analysis/parameters.ts';
import { importCsv } from '../../../src/core/cohort/importCsv.ts';
import { parseIsoDate } from '../../../src/core/cohort/parseIsoDate.ts';
import { aggregateOverlay } from '../../../src/core/overlay/aggregateOverlay.ts';
import type { AggregateOverlay } from '../../../src/core/overlay/overlayTypes.ts';
import { loadPathway, type LoadedPathway } from '../../../src/core/pathway/loadedPathway.ts';
import { activities, type Days } from '../../../src/core/pathway/types.ts';
import { readPathway } from '../helpers.ts';

export const coventry: LoadedPathway = loadPathway(readPathway('pathway-data/coventry/pathway.json'));

export const params = (w: number, h: number): RuleParameters => ({
  windowDays: w as Days,
  horizonDays: h as Days,
});

/** The in-process engine's overlay of a §2 CSV (the reference every engine must match). */
export function inProcessOverlay(csv: string, loaded: LoadedPathway, p: RuleParameters): AggregateOverlay {
  const r = importCsv(csv, loaded.pathway, { file: 'cohort.csv' });
  if (!r.ok) throw new Error(r.problems.map((x) => x.message).join('\n'));
  return aggregateOverlay(r.value, loaded.pathway, analyseCohort(r.value, loaded.pathway, loaded.table, p));
}

/**
 * A §2 CSV as the §8 events table (CSV for COPY): cells trimmed, `row_no` the source row, `t` the
 * UTC time stamp of the date (day offsets from 1970-01-01), as an analyst's extract would shape it.
 */
export function eventsCsv(csv: string): string {
  const rows = Papa.parse<Record<string, string>>(csv, {
    header: true,
    skipEmptyLines: false,
    transformHeader: (h) => h.trim().toLowerCase(),
  }).data;
  const out = ['journey_id,row_no,t,service,activity,concerns'];
  rows.forEach((r, i) => {
    const cell = (k: string) => (r[k] ?? '').trim();
    if (Object.values(r).every((v) => v.trim() === '')) return;
    const days = r.day !== undefined ? Number(cell('day')) : (parseIsoDate(cell('date')) as number);
    const t = new Date(Math.round(days * 86_400_000)).toISOString().replace('Z', '');
    const q = (v: string) => `"${v.replace(/"/g, '""')}"`;
    out.push(
      [q(cell('journey_id')), i + 2, t, q(cell('service')), q(cell('activity')), q(cell('concerns'))].join(
        ',',
      ),
    );
  });
  return `${out.join('\n')}\n`;
}

const TIMES_OF_DAY = [
  '',
  'T09:00',
  'T23:30:00',
  ' 00:00+01:00',
  'T12:00:00Z',
  'T10:15:30.5+05:30',
  'T18:00-0800',
];
const CONCERNS = ['', '', 'self_harm', 'low_mood|anxiety', ' ; ', 'SELF_HARM ; eating', 'anxiety;'];

/** How a service is written: its id, its label, in capitals, or padded with spaces. */
function serviceText(sid: number, style: number): string {
  const s = coventry.pathway.services[sid % coventry.pathway.services.length]!;
  return [s.id, s.label, s.id.toUpperCase(), ` ${s.id} `][style % 4] as string;
}

function activityText(aid: number, style: number): string {
  const a = activities[aid % activities.length] as string;
  return [a, a.toUpperCase(), a.replace(/_/g, ' '), a.replace(/_/g, '-')][style % 4] as string;
}

const row = fc.record({
  journey: fc.integer({ min: 0, max: 4 }),
  day: fc.integer({ min: 0, max: 15 }),
  time: fc.integer({ min: 0, max: TIMES_OF_DAY.length - 1 }),
  kind: fc.integer({ min: 0, max: 9 }),
  service: fc.integer({ min: 0, max: 18 }),
  serviceStyle: fc.integer({ min: 0, max: 3 }),
  activity: fc.nat({ max: 8 }),
  activityStyle: fc.integer({ min: 0, max: 3 }),
  concerns: fc.integer({ min: 0, max: CONCERNS.length - 1 }),
});

/**
 * Random cohorts on the Coventry pathway: journeys interleaved in the file, many rows on the same day
 * (ties broken by file order), dates with and without times of day and zones, or day offsets; services
 * by id, label or in capitals; activities in any case, with spaces or hyphens.
 */
export const randomCohort = fc
  .record({
    rows: fc.array(row, { minLength: 1, maxLength: 60, size: 'large' }),
    dayColumn: fc.boolean(),
  })
  .map(({ rows, dayColumn }) => {
    const tagged = (tag: string) =>
      coventry.pathway.services.flatMap((s, i) => (s.tags.includes(tag) ? [i] : []));
    const crisis = tagged('crisis');
    const early = tagged('early-intervention');
    const lines = rows.map((r) => {
      // Four rows in ten at early-intervention services and three at crisis services, so that concerns
      // are missed often, and responses and crises fall on the edges of W and H.
      const sid =
        r.kind < 4
          ? (early[r.service % early.length] as number)
          : r.kind < 7
            ? (crisis[r.service % crisis.length] as number)
            : r.service;
      const date = new Date(Date.UTC(2020, 1, 1) + r.day * 86_400_000).toISOString().slice(0, 10);
      const when = dayColumn ? String(r.day - 5) : `${date}${TIMES_OF_DAY[r.time] as string}`;
      return [
        `J${r.journey}`,
        when,
        serviceText(sid, r.serviceStyle),
        activityText(r.activity < 5 ? r.activity % 2 : r.activity, r.activityStyle),
        CONCERNS[r.concerns] as string,
      ]
        .map((v) => (/[,"]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v))
        .join(',');
    });
    return `journey_id,${dayColumn ? 'day' : 'date'},service,activity,concerns\n${lines.join('\n')}\n`;
  });

export const randomParameters = fc.record({
  w: fc.integer({ min: 0, max: 12 }),
  h: fc.integer({ min: 1, max: 16 }),
});

/** One in-memory DuckDB on one thread, for tests that run many small cohorts; `close` ends it. */
export async function testDuckDb(): Promise<{ con: DuckDBConnection; close: () => void }> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const con = await instance.connect();
  return {
    con,
    close: () => {
      con.closeSync();
      instance.closeSync();
    },
  };
}
