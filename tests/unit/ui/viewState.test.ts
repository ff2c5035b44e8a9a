import { describe, expect, it } from 'vitest';
import { createActor, initialTransition, transition } from 'xstate';
import type { Days, JourneyId, ServiceId } from '../../../src/core/pathway/types.ts';
import { defaultView, viewMachine } from '../../../src/ui/state/viewMachine.ts';
import { viewFromHash, viewToHash } from '../../../src/ui/state/viewUrl.ts';

describe('viewMachine', () => {
  it('starts from the defaults, overridden by its input', () => {
    const [snapshot] = initialTransition(viewMachine, { selectedServiceId: 'gp' as ServiceId });
    expect(snapshot.context).toEqual({ ...defaultView, selectedServiceId: 'gp' });
  });

  it('selects and clears a service with pure transitions', () => {
    const [start] = initialTransition(viewMachine, {});
    const [selected, actions] = transition(viewMachine, start, { type: 'service.select', serviceId: 'school' as ServiceId });
    expect(selected.context.selectedServiceId).toBe('school');
    // Nothing but the context change: no side effect runs on a selection.
    expect(actions).toEqual([]);
    const [cleared] = transition(viewMachine, selected, { type: 'service.clear' });
    expect(cleared.context.selectedServiceId).toBeNull();
  });

  it('keeps room for the cohort, filters, parameters and journey', () => {
    const actor = createActor(viewMachine, { input: {} }).start();
    actor.send({ type: 'parameters.set', windowDays: 14 as Days });
    actor.send({ type: 'filter.set', name: 'age_band', values: ['12-15'] });
    actor.send({ type: 'journey.select', journeyId: 'C01' as JourneyId });
    expect(actor.getSnapshot().context).toMatchObject({
      windowDays: 14,
      horizonDays: 365,
      filters: { age_band: ['12-15'] },
      selectedJourneyId: 'C01',
    });
    actor.send({ type: 'filter.set', name: 'age_band', values: [] });
    expect(actor.getSnapshot().context.filters).toEqual({});
    actor.send({ type: 'filter.set', name: 'age_band', values: ['16-17'] });
    actor.send({ type: 'cohort.set', cohortId: 'cohort.csv' });
    expect(actor.getSnapshot().context).toMatchObject({ cohortId: 'cohort.csv', filters: {}, selectedJourneyId: null });
  });

  it('restores the shared part of a view without touching the rest', () => {
    const actor = createActor(viewMachine, { input: { cohortId: 'cohort.csv' } }).start();
    actor.send({ type: 'view.restore', view: viewFromHash('#service=ed&W=7') });
    expect(actor.getSnapshot().context).toMatchObject({ cohortId: 'cohort.csv', selectedServiceId: 'ed', windowDays: 7 });
  });
});

describe('viewUrl', () => {
  it('leaves defaults out of the hash', () => {
    expect(viewToHash(defaultView)).toBe('');
    expect(viewToHash({ ...defaultView, selectedServiceId: 'school' as ServiceId })).toBe('#service=school');
  });

  it('round-trips the shared view', () => {
    const view = {
      selectedServiceId: 'acute_liaison' as ServiceId,
      windowDays: 14 as Days,
      horizonDays: 180 as Days,
      selectedJourneyId: 'C07' as JourneyId,
    };
    expect(viewToHash(view)).toBe('#service=acute_liaison&W=14&H=180&journey=C07');
    expect(viewFromHash(viewToHash(view))).toEqual(view);
  });

  it('gives the defaults for a missing or malformed value', () => {
    expect(viewFromHash('')).toEqual({ selectedServiceId: null, windowDays: 28, horizonDays: 365, selectedJourneyId: null });
    expect(viewFromHash('#W=-3&H=lots&service=')).toMatchObject({ windowDays: 28, horizonDays: 365, selectedServiceId: null });
  });
});
