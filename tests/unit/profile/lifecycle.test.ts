import { describe, expect, it } from 'vitest';
import { cohortToEvents } from '../../../src/core/cohort/cohortToEvents.ts';
import { transitionOf } from '../../../src/core/profile/lifecycle.ts';
import { formatProblem } from '../../../src/core/problems.ts';
import { comparable, okValue, pathway, problemsOf, where } from '../cohort/helpers.ts';
import { csv, plain, withProfile } from './helpers.ts';

const HEADER = 'case,activity,transition,timestamp,instance';
const spec = (instance = true) => ({
  columns: {
    journey: 'case',
    time: 'timestamp',
    service: 'activity',
    lifecycle: 'transition',
    ...(instance ? { instance: 'instance' } : {}),
  },
  activities: { '*': 'contact' },
});
/** What each event is: service, row, duration. */
const shape = (text: string, instance = true) => {
  const c = okValue(withProfile(text, spec(instance)));
  return cohortToEvents(c, pathway).map(
    (e) => `${e.service}@${e.row}:${e.attributes.duration_minutes ?? '-'}`,
  );
};

describe('lifecycle: start and complete rows become one event (XES standard lifecycle model)', () => {
  it('pairs a start with the next complete of the same journey, service and instance, timed at the start', () => {
    const text = csv(
      HEADER,
      'C1,gp,start,2020-03-14T09:00Z,a',
      'C1,gp,start,2020-03-14T09:10Z,b',
      'C1,gp,complete,2020-03-14T09:40Z,b',
      'C1,gp,complete,2020-03-14T10:00Z,a',
    );
    expect(shape(text)).toEqual(['gp@2:60', 'gp@3:30']);
    const same = csv(
      'journey_id,date,service,activity,duration_minutes',
      'C1,2020-03-14T09:00Z,gp,contact,60',
      'C1,2020-03-14T09:10Z,gp,contact,30',
      '',
      '',
    );
    expect(comparable(okValue(withProfile(text, spec())))).toEqual(comparable(okValue(plain(same))));
  });

  it('pairs nested instances with no instance column first in, first out', () => {
    const text = csv(
      HEADER,
      'C1,gp,start,2020-03-14T09:00Z,',
      'C1,gp,start,2020-03-14T09:10Z,',
      'C1,gp,complete,2020-03-14T09:40Z,',
      'C1,gp,complete,2020-03-14T10:00Z,',
    );
    expect(shape(text, false)).toEqual(['gp@2:40', 'gp@3:50']);
  });

  it('keeps a lone complete as an event, and a row without a transition as a complete', () => {
    const text = csv(
      HEADER,
      'C1,gp,complete,2020-03-14T09:00Z,',
      'C1,school,,2020-03-15T09:00Z,',
      'C1,school,complete,2020-03-16T09:00Z,x',
    );
    expect(shape(text)).toEqual(['gp@2:-', 'school@3:-', 'school@4:-']);
  });

  it('keeps a start never completed as an event with no duration, and says so', () => {
    const text = csv(HEADER, 'C1,gp,start,2020-03-14T09:00Z,a', 'C1,school,complete,2020-03-15T09:00Z,a');
    expect(shape(text)).toEqual(['gp@2:-', 'school@3:-']);
    const c = okValue(withProfile(text, spec()));
    expect(c.warnings?.map(formatProblem)).toEqual([
      'export.csv:2: transition: 1 started activity was never completed (first row 2); each is an event at its start, with no duration. [PL210]',
    ]);
  });

  it('pairs across journeys kept apart, and keeps journeys in the order of their first row', () => {
    // C2 starts (row 2) before C1 appears (row 3), but its event is only complete at row 4.
    const text = csv(
      HEADER,
      'C2,gp,start,2020-03-14T09:00Z,',
      'C1,gp,start,2020-03-14T09:00Z,',
      'C2,gp,complete,2020-03-14T09:30Z,',
      'C1,gp,complete,2020-03-14T09:45Z,',
    );
    const c = okValue(withProfile(text, spec(false)));
    expect(c.journeyIds).toEqual(['C2', 'C1']);
    expect(
      cohortToEvents(c, pathway).map((e) => `${e.journey}@${e.row}:${e.attributes.duration_minutes}`),
    ).toEqual(['C2@2:30', 'C1@3:45']);
  });

  it('keeps equal times in row order although a paired start is handed on late', () => {
    const text = csv(
      HEADER,
      'C1,school,start,2020-03-14T09:00Z,s',
      'C1,ed,start,2020-03-14T09:00Z,e',
      'C1,ed,complete,2020-03-14T10:00Z,e',
      'C1,school,complete,2020-03-14T09:30Z,s',
    );
    expect(shape(text)).toEqual(['school@2:30', 'ed@3:60']);
  });

  it('closes an instance with ate_abort, leaves out suspend, resume, schedule, withdraw, autoskip, pi_abort', () => {
    const text = csv(
      HEADER,
      'C1,gp,schedule,2020-03-13T09:00Z,a',
      'C1,gp,start,2020-03-14T09:00Z,a',
      'C1,gp,suspend,2020-03-14T09:05Z,a',
      'C1,gp,resume,2020-03-14T09:10Z,a',
      'C1,gp,ate_abort,2020-03-14T09:20Z,a',
      'C1,gp,withdraw,2020-03-15T09:00Z,b',
      'C1,gp,autoskip,2020-03-15T09:00Z,c',
      'C1,gp,PI_ABORT,2020-03-16T09:00Z,',
      'C1,gp,ate-abort,2020-03-17T09:00Z,d',
    );
    expect(shape(text)).toEqual(['gp@3:20']);
    const c = okValue(withProfile(text, spec()));
    expect(c.warnings?.[0]?.message).toBe(
      '7 rows are not events of their own (XES lifecycle) and were left out: "schedule" (row 2), "suspend" (row 4), "resume" (row 5), "withdraw" (row 7), "autoskip" (row 8) and 2 more.',
    );
  });

  it('refuses other transitions clearly, once per value', () => {
    const text = csv(
      HEADER,
      'C1,gp,begin,2020-03-14T09:00Z,',
      'C1,gp,begin,2020-03-15T09:00Z,',
      'C1,gp,done,2020-03-16T09:00Z,',
    );
    const p = problemsOf(withProfile(text, spec()));
    expect(where(p)).toEqual(['2|transition|PL202']);
    expect(p[0]!.message).toBe(
      '2 values are not transitions of the XES standard lifecycle model: "begin" (2 rows, first row 2), "done" (row 4); allowed: start, complete, ate_abort, suspend, resume, schedule, assign, reassign, withdraw, autoskip, manualskip, pi_abort (or empty, read as complete).',
    );
  });

  it('leaves the duration empty when a complete comes before its start, and says so', () => {
    const text = csv(HEADER, 'C1,gp,start,2020-03-14T09:00Z,a', 'C1,gp,complete,2020-03-14T08:00Z,a');
    expect(shape(text)).toEqual(['gp@2:-']);
    expect(okValue(withProfile(text, spec())).warnings?.[0]?.message).toMatch(
      /^1 complete is earlier than its start/,
    );
  });

  it('knows the transitions of the standard model in any case', () => {
    expect(transitionOf(' Complete ')).toBe('complete');
    expect(transitionOf('ATE_ABORT')).toBe('abort');
    expect(transitionOf('manualskip')).toBe('not-event');
    expect(transitionOf('__proto__')).toBeUndefined();
  });
});
