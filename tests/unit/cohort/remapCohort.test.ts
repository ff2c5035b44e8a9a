import { describe, expect, it } from 'vitest';
import { importCohort } from '../../../src/core/cohort/importCohort.ts';
import { indexMap, remapCohort } from '../../../src/core/cohort/remapCohort.ts';
import { cohortToEvents } from '../../../src/core/cohort/cohortToEvents.ts';
import { readPathway } from '../helpers.ts';

const pathway = readPathway('pathway-data/coventry/pathway.json');
const csv = [
  'journey_id,date,service,activity,concerns,age_band',
  'A,2020-01-01,school,concern,self_harm;low_mood,14-15',
  'A,2020-01-05,gp,referral,,14-15',
  'A,2020-02-01,ed,admission,self_harm,14-15',
  'B,2020-01-02,gp,concern,low_mood,11-13',
  'C,2020-01-03,school,concern,,16-17',
  'C,2020-01-09,gp,referral,,16-17',
].join('\n');

function cohort() {
  const r = importCohort('t.csv', csv, pathway);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.value;
}

const ids = pathway.services.map((s) => s.id as string);
const concernIds = pathway.concerns.map((c) => c.id as string);

describe('remapCohort', () => {
  it('maps by key: entries renamed or moved keep their events', () => {
    const c = cohort();
    const reversed = [...ids].reverse();
    const out = remapCohort(c, indexMap(ids, reversed), indexMap(concernIds, concernIds));
    expect(out.droppedEvents).toBe(0);
    const events = cohortToEvents(out.cohort, { ...pathway, services: [...pathway.services].reverse() });
    expect(events.map((e) => e.service)).toEqual(cohortToEvents(c, pathway).map((e) => e.service));
  });

  it('leaves out events at a removed service, and a journey left with none, keeping the rest in order', () => {
    const c = cohort();
    const kept = ids.filter((id) => id !== 'gp');
    const out = remapCohort(c, indexMap(ids, kept), indexMap(concernIds, concernIds));
    expect(out.droppedEvents).toBe(3);
    expect(out.droppedJourneys).toBe(1);
    expect(out.cohort.journeyIds).toEqual(['A', 'C']);
    const services = pathway.services.filter((s) => s.id !== 'gp');
    const events = cohortToEvents(out.cohort, { ...pathway, services });
    expect(events.map((e) => `${e.journey}:${e.service}:${e.row}:${e.concerns.join(';')}`)).toEqual([
      'A:school:2:self_harm;low_mood',
      'A:ed:4:self_harm',
      'C:school:6:',
    ]);
    expect(events.map((e) => e.attributes.age_band)).toEqual(['14-15', '14-15', '16-17']);
  });

  it('drops a removed concern code from its events, keeping the events', () => {
    const c = cohort();
    const kept = concernIds.filter((id) => id !== 'low_mood');
    const out = remapCohort(c, indexMap(ids, ids), indexMap(concernIds, kept));
    expect(out.droppedEvents).toBe(0);
    const events = cohortToEvents(out.cohort, {
      ...pathway,
      concerns: pathway.concerns.filter((x) => x.id !== 'low_mood'),
    });
    expect(events.map((e) => e.concerns.join(';'))).toEqual(['self_harm', '', 'self_harm', '', '', '']);
  });
});
