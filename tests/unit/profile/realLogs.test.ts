import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseCohort } from '../../../src/core/analysis/analyseCohort.ts';
import { analysisReport } from '../../../src/core/analysis/analysisReport.ts';
import { DEFAULT_PARAMETERS } from '../../../src/core/analysis/parameters.ts';
import { cohortToEvents } from '../../../src/core/cohort/cohortToEvents.ts';
import { importCsv } from '../../../src/core/cohort/importCsv.ts';
import type { Cohort } from '../../../src/core/cohort/types.ts';
import { loadPathway } from '../../../src/core/pathway/loadedPathway.ts';
import { importWithProfile } from '../../../src/core/profile/importWithProfile.ts';
import { parseProfile } from '../../../src/core/profile/parseProfile.ts';
import { readPathway, root } from '../helpers.ts';
import { comparable, EVENTLOGS, eventLog, haveEventLogs, okValue } from '../cohort/helpers.ts';

/**
 * Real logs made elsewhere (/work/shared/eventlogs: bupaR's patients, PM4Py's running example and road
 * traffic fines), read in place through the profiles in tests/fixtures/profiles/, and compared with the
 * §2 file each profile describes. That file is written here by a deliberately plain converter — exact
 * lookups in the tables below, times copied as written, a start paired with the first later complete of
 * its key by a scan — not by the code under test.
 */
if (!haveEventLogs) console.warn(`Skipping the real event logs: ${EVENTLOGS} is not on this machine.`);

const coventry = loadPathway(readPathway('pathway-data/coventry/pathway.json'));
const profileOf = (name: string) => {
  const file = `${root}tests/fixtures/profiles/${name}.profile.json`;
  return okValue(parseProfile(readFileSync(file, 'utf8'), file));
};

interface Plain {
  readonly journey: string;
  readonly time: string;
  readonly service: string;
  readonly lifecycle?: string;
  readonly instance?: string;
  /** Source value → [service, activity], or 'drop'. */
  readonly map: (value: string) => readonly [string, string] | 'drop';
  /** Source columns kept, in the order of the file. */
  readonly keep: readonly string[];
}

const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The §2 CSV a profile describes, one line per source line (blank where no event is), written plainly. */
function plainCohortCsv(source: string, p: Plain): string {
  const [header, ...rows] = Papa.parse<string[]>(source.trim(), { skipEmptyLines: false }).data;
  const at = (name: string) => (header ?? []).indexOf(name);
  const keep = p.keep.map(at);
  const lines: string[] = new Array<string>(rows.length).fill('');
  const used = new Set<number>();
  const paired = p.lifecycle !== undefined;
  const key = (r: readonly string[]) =>
    [r[at(p.journey)], r[at(p.service)], p.instance ? r[at(p.instance)] : ''].join('|');
  rows.forEach((r, i) => {
    const mapped = p.map(r[at(p.service)] ?? '');
    const transition = paired ? r[at(p.lifecycle ?? '')] : 'complete';
    if (mapped === 'drop' || used.has(i)) return;
    let duration = '';
    if (transition === 'start') {
      const j = rows.findIndex(
        (s, k) => k > i && !used.has(k) && s[at(p.lifecycle ?? '')] === 'complete' && key(s) === key(r),
      );
      if (j >= 0) {
        used.add(j);
        const ms = Date.parse(rows[j]![at(p.time)]!) - Date.parse(r[at(p.time)]!);
        duration = String(Math.round(ms / 60_000));
      }
    }
    const kept = keep.map((k) => quote(r[k] ?? ''));
    const cells = [r[at(p.journey)]!, r[at(p.time)]!, mapped[0], mapped[1], ...kept];
    lines[i] = [...cells, ...(paired ? [duration] : [])].join(',');
  });
  const head = [
    'journey_id',
    'date',
    'service',
    'activity',
    ...p.keep.map((k) => (k === '' ? 'column_1' : k)),
  ];
  return `${[...head, ...(paired ? ['duration_minutes'] : [])].join(',')}\n${lines.join('\n')}\n`;
}

const report = (c: Cohort) =>
  analysisReport(c, coventry.pathway, analyseCohort(c, coventry.pathway, coventry.table, DEFAULT_PARAMETERS));

function compare(log: string, profileName: string, plain: Plain) {
  const text = eventLog(log);
  const viaProfile = okValue(
    importWithProfile(log, text, coventry.pathway, { profile: profileOf(profileName) }),
  );
  const written = plainCohortCsv(text, plain);
  const viaPlain = okValue(importCsv(written, coventry.pathway, { file: log }));
  expect(comparable(viaProfile)).toEqual(comparable(viaPlain));
  expect([...viaProfile.row]).toEqual([...viaPlain.row]);
  expect(report(viaProfile)).toEqual(report(viaPlain));
  return viaProfile;
}

const table =
  (t: Record<string, readonly [string, string]>, fallback?: readonly [string, string]) => (v: string) =>
    t[v] ?? fallback ?? (['', ''] as const);

describe.skipIf(!haveEventLogs)('real event logs through import profiles', () => {
  it('patients.csv (bupaR): start and complete rows paired by handling_id', () => {
    const c = compare('patients.csv', 'patients', {
      journey: 'patient',
      time: 'time',
      service: 'handling',
      lifecycle: 'registration_type',
      instance: 'handling_id',
      map: table({
        Registration: ['ed', 'contact'],
        'Triage and Assessment': ['acute_liaison', 'assessment'],
        'Blood test': ['ed', 'intervention'],
        'MRI SCAN': ['ward14', 'intervention'],
        'X-Ray': ['ward14', 'intervention'],
        'Discuss Results': ['acute_liaison', 'contact'],
        'Check-out': ['ed', 'discharge'],
      }),
      keep: ['employee'],
    });
    // 5,442 rows: 2,721 start and complete pairs, so half as many events, each with its duration.
    expect(c.time).toHaveLength(2721);
    expect(c.journeyIds).toHaveLength(500);
    expect(c.warnings).toBeUndefined();
    const first = cohortToEvents(c, coventry.pathway)[0]!;
    expect(first).toMatchObject({ journey: '1', row: 2, service: 'ed', activity: 'contact' });
    expect(first.attributes).toEqual({ employee: 'r1', duration_minutes: '58' }); // 11:41:53 to 12:40:20: 58 min 27 s
  });

  it('running-example.csv (PM4Py): the activity names the service; the Activity column is not read as ours', () => {
    const map = table({
      'register request': ['gp', 'referral'],
      'examine casually': ['rise_community', 'assessment'],
      'examine thoroughly': ['rise_community', 'assessment'],
      'check ticket': ['mash', 'contact'],
      decide: ['social_care', 'contact'],
      'reinitiate request': ['early_help', 'referral'],
      'pay compensation': ['home_treatment', 'intervention'],
      'reject request': ['social_care', 'declined'],
    });
    const c = compare('running-example.csv', 'running-example', {
      journey: 'case:concept:name',
      time: 'time:timestamp',
      service: 'concept:name',
      map,
      keep: ['', 'org:resource', 'Resource', 'Costs', 'case:creator'],
    });
    expect(c.time).toHaveLength(42);
    expect(c.attributes.map((a) => a.name)).not.toContain('activity');

    // The same log as XES, through the same profile: the same events.
    const xes = okValue(
      importWithProfile('running-example.xes', eventLog('running-example.xes'), coventry.pathway, {
        profile: profileOf('running-example'),
      }),
    );
    const byJourney = (x: Cohort) =>
      Object.fromEntries(
        x.journeyIds.map((id) => [
          id,
          cohortToEvents(x, coventry.pathway)
            .filter((e) => e.journey === id)
            .map((e) => `${e.time.toFixed(6)} ${e.service} ${e.activity}`),
        ]),
      );
    expect(byJourney(xes)).toEqual(byJourney(c));
  });

  it('roadtraffic100traces.csv (PM4Py): all completes, offsets in the times, "*" defaults and a dropped activity', () => {
    const c = compare('roadtraffic100traces.csv', 'roadtraffic', {
      journey: 'case:concept:name',
      time: 'time:timestamp',
      service: 'concept:name',
      lifecycle: 'lifecycle:transition',
      map: (v) =>
        v === 'Payment'
          ? 'drop'
          : table({ 'Create Fine': ['police', 'concern'], 'Send Fine': ['police', 'contact'] }, [
              'social_care',
              v === 'Add penalty' ? 'contact' : 'referral',
            ])(v),
      keep: ['amount', 'vehicleClass', 'points'],
    });
    expect(c.journeyIds).toHaveLength(100);
    expect(c.warnings?.[0]?.message).toBe(
      '58 rows were left out, as the profile\'s "services" says ("drop"): "Payment" (58 rows, first row 5).',
    );
  });
});
