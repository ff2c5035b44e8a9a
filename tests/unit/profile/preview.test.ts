import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guessTimeFormats, previewTimes } from '../../../src/core/profile/preview/guessTimeFormats.ts';
import { previewExport } from '../../../src/core/profile/preview/previewExport.ts';
import { roleFromName, suggestRoles } from '../../../src/core/profile/preview/suggestRoles.ts';
import { okValue, problemsOf, where } from '../cohort/helpers.ts';
import { root } from '../helpers.ts';
import { csv } from './helpers.ts';

const fixture = (name: string) => readFileSync(`${root}tests/fixtures/profiles/${name}`, 'utf8');

describe('the preview for the mapping dialog', () => {
  it('finds the header below a title row, shows the first rows and counts each column’s values', () => {
    const p = okValue(previewExport('camhs-export.csv', fixture('camhs-export.csv'), { rows: 3 }));
    expect(p.format).toBe('csv');
    expect(p.headerRow).toBe(3);
    expect(p.rowCount).toBe(23);
    expect(p.rows.map((r) => r.row)).toEqual([4, 5, 6]);
    expect(p.rows[0]?.cells.slice(0, 3)).toEqual(['P001', '14/01/2020 09:30', 'School']);
    expect(p.columns.map((c) => c.name)).toEqual([
      'Pseudo ID',
      'Event date',
      'Team',
      'Event',
      'Presenting needs',
      'Age band',
      'Suicidal ideation',
      'Comment',
    ]);
    const team = p.columns[2]!;
    expect(team).toMatchObject({ filled: 23, distinct: 11, complete: true });
    expect(team.values.slice(0, 2)).toEqual([
      { value: 'Acute liaison', count: 4, firstRow: 8 },
      { value: 'School', count: 3, firstRow: 4 },
    ]);
    expect(p.suggested).toEqual({
      journey: 'Pseudo ID',
      time: 'Event date',
      service: 'Team',
      activity: 'Event',
      concerns: 'Presenting needs',
      note: 'Comment',
    });
    expect(p.flags).toEqual(['Suicidal ideation']);
    expect(p.columns[1]?.timeFormats).toEqual(['dd/MM/yyyy HH:mm', 'dd/MM/yyyy', 'excel']);
    expect(p.isCohort).toBe(false);
  });

  it('suggests the service for a process-mining activity, and the lifecycle and instance columns', () => {
    const p = okValue(previewExport('acute-episodes.csv', fixture('acute-episodes.csv')));
    expect(p.suggested).toEqual({
      journey: 'case:concept:name',
      service: 'concept:name',
      lifecycle: 'lifecycle:transition',
      time: 'time:timestamp',
      instance: 'instance',
    });
    expect(p.flags).toEqual(['case:SelfHarm']);
    expect(p.columns.find((c) => c.name === 'time:timestamp')?.timeFormats).toEqual(['iso']);
    const disco = okValue(
      previewExport(
        'disco.csv',
        csv(
          'Case ID,Activity,Start Timestamp,Complete Timestamp,Resource',
          'C1,Triage,2020/03/14 09:00:00.000,2020/03/14 09:30:00.000,Ann',
        ),
      ),
    );
    expect(disco.suggested).toEqual({
      journey: 'Case ID',
      service: 'Activity',
      start: 'Start Timestamp',
      time: 'Complete Timestamp',
    });
    expect(disco.columns[3]?.timeFormats).toEqual(['yyyy/MM/dd HH:mm:ss.SSS']);
  });

  it('recognises a §2 cohort, whose activity is ours', () => {
    const p = okValue(
      previewExport('c.csv', csv('journey_id,date,service,activity', 'C1,2020-03-14,gp,contact')),
    );
    expect(p.isCohort).toBe(true);
    expect(p.suggested).toMatchObject({
      journey: 'journey_id',
      time: 'date',
      service: 'service',
      activity: 'activity',
    });
  });

  it('reads JSON and XES like the import does', () => {
    const json = okValue(
      previewExport(
        'e.json',
        JSON.stringify([
          { 'Pseudo ID': 'P1', Team: 'GP' },
          { 'Pseudo ID': 'P2', Team: 'GP' },
        ]),
      ),
    );
    expect(json.columns.map((c) => `${c.name}:${c.distinct}`)).toEqual(['Pseudo ID:2', 'Team:1']);
    const xes = `<log><trace><string key="concept:name" value="C1"/><event><string key="concept:name" value="Triage"/></event></trace></log>`;
    expect(okValue(previewExport('l.xes', xes)).columns.map((c) => c.name)).toEqual([
      'case:concept:name',
      'concept:name',
    ]);
  });

  it('stops counting the values of a column with more distinct values than the limit', () => {
    const rows = Array.from(
      { length: 50 },
      (_, i) => `C${i},2020-03-14T09:${String(i).padStart(2, '0')}Z,gp`,
    );
    const p = okValue(previewExport('x.csv', csv('Child,When,Team', ...rows), { distinct: 10, values: 5 }));
    expect(p.columns[0]).toMatchObject({ filled: 50, distinct: 10, complete: false });
    expect(p.columns[0]?.values).toHaveLength(5);
    expect(p.columns[2]).toMatchObject({
      distinct: 1,
      complete: true,
      values: [{ value: 'gp', count: 50, firstRow: 2 }],
    });
  });

  it('refuses what cannot be read at all, as the import does', () => {
    expect(where(problemsOf(previewExport('x.csv', 'a,b\u0000')))).toEqual(['1|-|PL203']);
    expect(where(problemsOf(previewExport('x.json', '{')))).toEqual(['-|-|PL203']);
  });
});

describe('time formats for the dialog', () => {
  it('guesses the formats that read a column, day first, several when one does not read them all', () => {
    expect(guessTimeFormats(['2020-03-14', '2020-03-15T09:30:00Z'])).toEqual(['iso']);
    expect(guessTimeFormats(['04/03/2020', '14/03/2020'])).toEqual(['dd/MM/yyyy']);
    expect(guessTimeFormats(['14-Mar-2020 09:30'])).toEqual(['dd-MMM-yyyy HH:mm']);
    expect(guessTimeFormats(['03/14/2020'])).toEqual(['MM/dd/yyyy']);
    expect(guessTimeFormats(['whenever', ''])).toEqual([]);
  });

  it('previews what each value becomes, and which values no format reads', () => {
    expect(
      previewTimes(
        ['14/03/2020 09:30', '14/07/2020 09:30', '14/07/2020', 'soon'],
        ['dd/MM/yyyy HH:mm', 'dd/MM/yyyy'],
        'Europe/London',
      ),
    ).toEqual({
      values: [
        { value: '14/03/2020 09:30', read: '2020-03-14T09:30:00Z' },
        { value: '14/07/2020 09:30', read: '2020-07-14T08:30:00Z' },
        { value: '14/07/2020', read: '2020-07-14' },
        { value: 'soon' },
      ],
      failing: ['soon'],
    });
    expect(previewTimes(['x'], ['DD/MM/yyyy'])).toHaveProperty('error');
  });
});

describe('role suggestions', () => {
  it('reads the names process-mining tools and local extracts write', () => {
    expect(roleFromName('case:concept:name')).toBe('journey');
    expect(roleFromName('Case ID')).toBe('journey');
    expect(roleFromName('Complete Timestamp')).toBe('time');
    expect(roleFromName('Activity')).toBe('service');
    expect(roleFromName('lifecycle:transition')).toBe('lifecycle');
    expect(roleFromName('Age band')).toBeUndefined();
  });

  it('gives each role to one column (the clearer name wins), and reads lifecycle words and flags from values', () => {
    expect(
      suggestRoles(['Case', 'Case ID', 'Stage', 'Urgent'], [[], [], ['start', 'complete'], ['Y', 'N']]),
    ).toEqual([undefined, 'journey', 'lifecycle', 'flag']);
  });
});
