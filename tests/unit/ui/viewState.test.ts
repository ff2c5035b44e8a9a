import { describe, expect, it } from 'vitest';
import { createActor, initialTransition, transition } from 'xstate';
import type { Days, JourneyId, ServiceId } from '../../../src/core/pathway/types.ts';
import { viewMachine } from '../../../src/ui/state/viewMachine.ts';
import { defaultView, type ViewState } from '../../../src/ui/state/viewState.ts';
import { defaultSettings } from '../../../src/ui/persistence/settings.ts';
import { NO_FILTERS } from '../../../src/ui/state/viewFilters.ts';
import { viewFromHash, viewToHash } from '../../../src/ui/state/viewUrl.ts';

describe('viewMachine', () => {
  it('starts from the defaults, overridden by its input', () => {
    const [snapshot] = initialTransition(viewMachine, { selectedServiceId: 'gp' as ServiceId });
    expect(snapshot.context).toEqual({ ...defaultView, selectedServiceId: 'gp' });
  });

  it('selects and clears a service with pure transitions', () => {
    const [start] = initialTransition(viewMachine, {});
    const [selected, actions] = transition(viewMachine, start, {
      type: 'service.select',
      serviceId: 'school' as ServiceId,
    });
    expect(selected.context.selectedServiceId).toBe('school');
    // Nothing but the context change: no side effect runs on a selection.
    expect(actions).toEqual([]);
    const [cleared] = transition(viewMachine, selected, { type: 'service.clear' });
    expect(cleared.context.selectedServiceId).toBeNull();
  });

  it('keeps the filters, parameters and journey, and resets them for a new cohort', () => {
    const actor = createActor(viewMachine, { input: {} }).start();
    actor.send({ type: 'parameters.set', windowDays: 14 as Days });
    actor.send({ type: 'filter.set', name: 'age_band', values: ['12-15'] });
    actor.send({ type: 'journey.select', journeyId: 'C01' as JourneyId });
    expect(actor.getSnapshot().context).toMatchObject({
      windowDays: 14,
      horizonDays: 365,
      filters: { attributes: { age_band: ['12-15'] } },
      selectedJourneyId: 'C01',
    });
    actor.send({ type: 'filter.set', name: 'age_band', values: [] });
    expect(actor.getSnapshot().context.filters.attributes).toEqual({});
    actor.send({ type: 'filter.set', name: 'age_band', values: ['16-17'] });
    actor.send({ type: 'concerns.set', concerns: ['self_harm'] });
    actor.send({ type: 'focus.set', focus: { kind: 'missed' }, show: true });
    expect(actor.getSnapshot().context.sideTab).toBe('journeys');
    actor.send({ type: 'cohort.accepted', keepView: true });
    expect(actor.getSnapshot().context).toMatchObject({
      filters: { concerns: ['self_harm'] },
      focus: { kind: 'missed' },
    });
    actor.send({ type: 'cohort.accepted' });
    expect(actor.getSnapshot().context).toMatchObject({
      filters: NO_FILTERS,
      focus: null,
      selectedJourneyId: null,
      windowDays: 14,
    });
  });

  it('holds the timeline mode and the journey list’s sort and search', () => {
    const actor = createActor(viewMachine, { input: {} }).start();
    actor.send({ type: 'timeline.mode', mode: 'lookback' });
    actor.send({ type: 'journeys.sort', sort: { key: 'missed', direction: 'descending' } });
    actor.send({ type: 'journeys.search', search: 'self' });
    expect(actor.getSnapshot().context).toMatchObject({
      timelineMode: 'lookback',
      journeySort: { key: 'missed', direction: 'descending' },
      journeySearch: 'self',
    });
    // None of them is in a link.
    expect(viewToHash(actor.getSnapshot().context)).toBe('');
  });

  it('applies settings: their column filters replace the view’s, other filters stay', () => {
    const actor = createActor(viewMachine, {
      input: { filters: { ...NO_FILTERS, concerns: ['self_harm'], attributes: { sex: ['F'] } } },
    }).start();
    actor.send({ type: 'settings.apply', settings: defaultSettings });
    expect(actor.getSnapshot().context).toMatchObject({
      filters: { concerns: ['self_harm'], attributes: {} },
      windowDays: 28,
      overlayMode: 'frequency',
    });
  });

  it('keeps one selection at a time: a service, a journey or a number replaces the others unless combining', () => {
    const actor = createActor(viewMachine, { input: {} }).start();
    const selection = () => {
      const c = actor.getSnapshot().context;
      return [c.selectedServiceId, c.selectedJourneyId, c.focus?.kind ?? null];
    };
    actor.send({ type: 'service.select', serviceId: 'school' as ServiceId });
    expect(selection()).toEqual(['school', null, null]);
    actor.send({ type: 'journey.select', journeyId: 'C04' as JourneyId });
    expect(selection()).toEqual([null, 'C04', null]);
    actor.send({ type: 'focus.set', focus: { kind: 'variant', services: ['school', 'gp'] } });
    expect(selection()).toEqual([null, null, 'variant']);
    actor.send({ type: 'service.select', serviceId: 'gp' as ServiceId });
    expect(selection()).toEqual(['gp', null, null]);
    // Combining is the user's choice: then selections add up, and clearing one leaves the others.
    actor.send({ type: 'combine.set', on: true });
    actor.send({ type: 'journey.select', journeyId: 'C04' as JourneyId });
    actor.send({ type: 'focus.set', focus: { kind: 'missed' } });
    expect(selection()).toEqual(['gp', 'C04', 'missed']);
    actor.send({ type: 'journey.select', journeyId: null });
    expect(selection()).toEqual(['gp', null, 'missed']);
    actor.send({ type: 'selection.clear' });
    expect(selection()).toEqual([null, null, null]);
  });

  it('keeps the map detail within 0 to 100 percent, and the presentation scale', () => {
    const actor = createActor(viewMachine, { input: {} }).start();
    actor.send({ type: 'detail.set', services: 140 });
    actor.send({ type: 'detail.set', moves: -3 });
    expect(actor.getSnapshot().context.detail).toEqual({ services: 100, moves: 0 });
    actor.send({ type: 'detail.set', services: 42.4 });
    expect(actor.getSnapshot().context.detail).toEqual({ services: 42, moves: 0 });
    actor.send({ type: 'presentation.set', on: true });
    expect(actor.getSnapshot().context.presentation).toBe(true);
  });

  it('restores the shared part of a view without touching the rest', () => {
    const actor = createActor(viewMachine, { input: { journeySearch: 'C0' } }).start();
    actor.send({ type: 'view.restore', view: viewFromHash('#service=ed&W=7') });
    expect(actor.getSnapshot().context).toMatchObject({
      journeySearch: 'C0',
      selectedServiceId: 'ed',
      windowDays: 7,
    });
  });
});

/** The view without what a link does not carry (the journey list's and the timeline's own choices). */
type Own = 'timelineMode' | 'journeySort' | 'journeySearch' | 'combine' | 'openedPathway';
function sharedPart(view: ViewState): Omit<ViewState, Own> {
  const own = new Set(['timelineMode', 'journeySort', 'journeySearch', 'combine', 'openedPathway']);
  return Object.fromEntries(Object.entries(view).filter(([key]) => !own.has(key))) as Omit<ViewState, Own>;
}

describe('viewUrl', () => {
  it('leaves defaults out of the hash', () => {
    expect(viewToHash(defaultView)).toBe('');
    // Selecting a service opens its details: the link leaves that tab out too.
    expect(viewToHash({ ...defaultView, selectedServiceId: 'school' as ServiceId, sideTab: 'service' })).toBe(
      '#service=school',
    );
    expect(viewToHash({ ...defaultView, selectedServiceId: 'school' as ServiceId })).toBe(
      '#service=school&tab=summary',
    );
  });

  it('round-trips the shared view', () => {
    const view = {
      ...defaultView,
      selectedServiceId: 'acute_liaison' as ServiceId,
      windowDays: 14 as Days,
      horizonDays: 180 as Days,
      selectedJourneyId: 'C07' as JourneyId,
      sideTab: 'journeys' as const,
    };
    expect(viewToHash(view)).toBe('#service=acute_liaison&W=14&H=180&journey=C07');
    expect(viewFromHash(viewToHash(view))).toEqual(sharedPart(view));
  });

  it('round-trips filters, focus and display choices', () => {
    const view = {
      ...defaultView,
      filters: {
        concerns: ['self_harm', 'low_mood'],
        attributes: { age_band: ['14-15', '16-17'], 'school year': ['Y10'] },
        reachedCrisis: false,
        withMissedPoints: true,
      },
      focus: { kind: 'variant', services: ['school', 'gp', 'ed'] } as const,
      overlayMode: 'time' as const,
      mainView: 'table' as const,
      sideTab: 'journeys' as const,
      detail: { services: 60, moves: 35 },
      presentation: true,
    };
    const hash = viewToHash(view);
    expect(hash).toContain('services=60&moves=35&present=yes');
    expect(hash).toContain('concern=self_harm&concern=low_mood');
    expect(hash).toContain('crisis=no&missed=yes');
    expect(viewFromHash(hash)).toEqual(sharedPart(view));
    for (const focus of [
      { kind: 'crisis', reached: true },
      { kind: 'missed' },
      { kind: 'missedAt', service: 'school' },
      { kind: 'missedByAgency', agency: 'Education' },
      { kind: 'leadTime' },
      { kind: 'target', service: 'acute_liaison', met: false },
      { kind: 'target', service: 'acute_liaison', met: null },
    ] as const) {
      expect(viewFromHash(viewToHash({ ...defaultView, focus })).focus).toEqual(focus);
    }
  });

  it('writes W and H in hours as hours, and reads them back', () => {
    const view = { ...defaultView, windowDays: 0.25 as Days, windowUnit: 'hours' as const };
    expect(viewToHash(view)).toBe('#W=6h');
    expect(viewFromHash('#W=6h&H=48h')).toMatchObject({
      windowDays: 0.25,
      windowUnit: 'hours',
      horizonDays: 2,
      horizonUnit: 'hours',
    });
    // 24 hours is not 1 day in the link: the unit the user chose is kept.
    expect(viewToHash({ ...defaultView, horizonDays: 1 as Days, horizonUnit: 'hours' })).toBe('#H=24h');
    expect(viewToHash({ ...defaultView, windowUnit: 'hours' })).toBe('#W=672h');
    // Beyond the limits, or not whole hours: the default.
    expect(viewFromHash('#W=9000h&H=0h')).toMatchObject({
      windowDays: 28,
      windowUnit: 'days',
      horizonDays: 365,
      horizonUnit: 'days',
    });
    const next = transition(viewMachine, initialTransition(viewMachine, {})[0], {
      type: 'parameters.set',
      windowDays: 0.5 as Days,
      windowUnit: 'hours',
    })[0].context;
    expect(next).toMatchObject({ windowDays: 0.5, windowUnit: 'hours', horizonUnit: 'days' });
  });

  it('gives the defaults for a missing or malformed value', () => {
    expect(viewFromHash('')).toEqual(sharedPart(defaultView));
    expect(viewFromHash('#W=-3&H=lots&service=')).toMatchObject({
      windowDays: 28,
      horizonDays: 365,
      selectedServiceId: null,
    });
    expect(viewFromHash('#W=400&H=0&focus=bogus&show=pie')).toMatchObject({
      windowDays: 28,
      horizonDays: 365,
      focus: null,
      overlayMode: 'frequency',
    });
  });
});
