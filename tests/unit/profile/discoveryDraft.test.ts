import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  discoveredServices,
  discoveryDraft,
  profileOfDiscovery,
} from '../../../src/core/profile/preview/discoveryDraft.ts';
import { withRole } from '../../../src/core/profile/preview/mappingDraft.ts';
import { validateProfile } from '../../../src/core/profile/parseProfile.ts';
import { previewExport } from '../../../src/core/profile/preview/previewExport.ts';
import { discoverInWorker } from '../../../src/worker/discoverInWorker.ts';
import { cli } from '../cli/runCli.ts';
import { EVENTLOGS, haveEventLogs, okValue } from '../cohort/helpers.ts';
import { root } from '../helpers.ts';
import { csv } from './helpers.ts';

const camhsPath = 'tests/fixtures/profiles/camhs-export.csv';
const pm4pyPath = `${EVENTLOGS}/running-example.csv`;
const camhs = readFileSync(`${root}${camhsPath}`, 'utf8');
const preview = (name: string, text: string) => okValue(previewExport(name, text));

describe('the mapping dialog’s discovery mode: roles and time only', () => {
  it('suggests the roles and the day-first formats, and maps no value', () => {
    const draft = discoveryDraft(preview('camhs-export.csv', camhs));
    expect(draft.columns).toMatchObject({ journey: 'Pseudo ID', time: 'Event date', service: 'Team' });
    expect(draft.formats[0]).toBe('dd/MM/yyyy HH:mm');
    expect(draft.services).toEqual({});
    expect(draft.activities).toEqual({});
  });

  it('writes a valid profile with no services map and every other activity read as contact', () => {
    const draft = discoveryDraft(preview('camhs-export.csv', camhs));
    const profile = profileOfDiscovery(draft);
    expect(profile).not.toHaveProperty('services');
    expect(profile.activities).toEqual({ '*': 'contact' });
    expect(profile.columns).toMatchObject({ journey: 'Pseudo ID', time: 'Event date', service: 'Team' });
    expect(okValue(validateProfile(profile, 'x.profile.json')).columns.service).toBe('Team');
  });

  it('suggests no values when a role changes (there is no pathway to map them onto)', () => {
    const p = preview('camhs-export.csv', camhs);
    const draft = withRole(discoveryDraft(p), 'service', 'Comment', p, undefined);
    expect(draft.columns.service).toBe('Comment');
    expect(draft.services).toEqual({});
    expect(draft.activities).toEqual({});
    const timed = withRole(draft, 'time', 'Pseudo ID', p, undefined);
    expect(timed.columns.time).toBe('Pseudo ID');
    expect(timed.formats).toEqual(draft.formats); // no format reads the ids: the old ones stay
  });

  it('says how many service values there are, and how many merge into other beyond 40', () => {
    const p = preview('camhs-export.csv', camhs);
    expect(discoveredServices(p, 'Team')).toMatchObject({ distinct: 11, kept: 11, merged: 0 });
    expect(discoveredServices(p, undefined)).toBeUndefined();
    const rows = Array.from(
      { length: 45 },
      (_, i) => `J${String(i % 3)},2020-01-${String((i % 28) + 1).padStart(2, '0')},Team ${String(i)}`,
    );
    const many = preview('many.csv', csv('Child,When,Team', ...rows));
    expect(discoveredServices(many, 'Team')).toMatchObject({
      distinct: 45,
      kept: 40,
      merged: 5,
      other: 'other',
    });
  });
});

describe('the dialog’s profile discovers what pathway-lens discover --map does', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pl-discovery-'));

  /** The draft the app's worker discovers with the dialog's profile, and the one the command line writes. */
  async function both(logPath: string, logName: string) {
    const text = readFileSync(logPath.startsWith('/') ? logPath : `${root}${logPath}`, 'utf8');
    const profileText = JSON.stringify(profileOfDiscovery(discoveryDraft(preview(logName, text))));
    const profileFile = join(dir, `${logName}.profile.json`);
    writeFileSync(profileFile, profileText);
    const inApp = okValue(
      discoverInWorker({
        type: 'discover',
        id: 1,
        fileName: logPath,
        data: text,
        profile: { text: profileText, fileName: profileFile },
      }),
    ).discovery.pathway;
    const out = join(dir, `${logName}.pathway.json`);
    const r = await cli('discover', '--cohort', logPath, '--map', profileFile, '--out', out);
    expect(r.stderr).toMatch(/^Discovered/);
    expect(r.code).toBe(0);
    return { inApp, cli: JSON.parse(readFileSync(out, 'utf8')) as unknown };
  }

  it('on a CAMHS-style export: the same services, levels, routes and concerns', async () => {
    const { inApp, cli: fromCli } = await both(camhsPath, 'camhs-export.csv');
    expect(inApp.services.map((s) => s.label)).toContain('UHCW A&E');
    expect(inApp.services).toHaveLength(11);
    expect(fromCli).toEqual(JSON.parse(JSON.stringify(inApp)));
  });

  it.skipIf(!haveEventLogs)('on the PM4Py running example: one service per activity name', async () => {
    const { inApp, cli: fromCli } = await both(pm4pyPath, 'running-example.csv');
    expect(inApp.services.map((s) => s.id).sort()).toEqual([
      'check_ticket',
      'decide',
      'examine_casually',
      'examine_thoroughly',
      'pay_compensation',
      'register_request',
      'reinitiate_request',
      'reject_request',
    ]);
    expect(fromCli).toEqual(JSON.parse(JSON.stringify(inApp)));
  });
});
