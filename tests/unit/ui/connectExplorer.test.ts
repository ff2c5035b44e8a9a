import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { CohortMeta } from '../../../src/core/analysis/cohortMeta.ts';
import type { Days, JourneyId } from '../../../src/core/pathway/types.ts';
import type {
  AnalysisInput,
  CohortController,
  JourneyChoice,
} from '../../../src/ui/data/cohortController.ts';
import type { DeviceData } from '../../../src/ui/persistence/device.ts';
import type { Settings } from '../../../src/ui/persistence/settings.ts';
import { connectExplorer } from '../../../src/ui/state/connectExplorer.ts';
import { viewMachine } from '../../../src/ui/state/viewMachine.ts';
import { readPathway } from '../helpers.ts';

const pathway = readPathway('pathway-data/coventry/pathway.json');

/** A controller and a device that record what the connection tells them. */
function fakes() {
  const shown: { analysis: AnalysisInput; journey: JourneyChoice }[] = [];
  let accept: ((meta: CohortMeta) => void) | undefined;
  let disposed = 0;
  const controller = {
    show: (analysis: AnalysisInput, journey: JourneyChoice) => shown.push({ analysis, journey }),
    onAccepted: (listener: (meta: CohortMeta) => void) => {
      accept = listener;
    },
    dispose: () => {
      disposed++;
    },
  } as unknown as CohortController;
  const saved: Settings[] = [];
  const acceptedByDevice: unknown[] = [];
  let started = 0;
  const device = {
    saveSettings: (s: Settings) => saved.push(s),
    accepted: (c: unknown) => acceptedByDevice.push(c),
    startCohort: () => {
      started++;
      return Promise.resolve();
    },
  } as unknown as DeviceData;
  return {
    controller,
    device,
    shown,
    saved,
    acceptedByDevice,
    accept: (meta: CohortMeta) => accept?.(meta),
    started: () => started,
    disposed: () => disposed,
  };
}

describe('connectExplorer: the one subscription between the view and the rest', () => {
  it('tells the controller what the view shows, at once and on every change', () => {
    const actor = createActor(viewMachine, { input: { windowDays: 14 as Days } }).start();
    const f = fakes();
    const disconnect = connectExplorer({
      actor,
      pathway,
      controller: f.controller,
      device: f.device,
      syncUrl: false,
      loadShipped: () => Promise.resolve(true),
    });
    expect(f.shown).toHaveLength(1);
    expect(f.shown[0]?.analysis.parameters.windowDays).toBe(14);
    expect(f.started()).toBe(1);

    actor.send({ type: 'concerns.set', concerns: ['self_harm'] });
    // Both a service and a journey: the user asked to combine them.
    actor.send({ type: 'combine.set', on: true });
    actor.send({ type: 'service.select', serviceId: 'gp' as never });
    actor.send({ type: 'journey.select', journeyId: 'C03' as JourneyId });
    const last = f.shown.at(-1);
    expect(last?.analysis).toMatchObject({ filter: { concerns: ['self_harm'] }, throughService: 'gp' });
    expect(last?.journey).toEqual({ journeyId: 'C03', parameters: { windowDays: 14, horizonDays: 365 } });

    // A service the pathway does not have (an old link) narrows nothing.
    actor.send({ type: 'service.select', serviceId: 'moon' as never });
    expect(f.shown.at(-1)?.analysis.throughService).toBeNull();

    disconnect();
    expect(f.disposed()).toBe(1);
    actor.send({ type: 'parameters.set', windowDays: 7 as Days });
    expect(f.shown.at(-1)?.analysis.parameters.windowDays).toBe(14);
  });

  it('saves the settings when they change, not on every change of the view', () => {
    const actor = createActor(viewMachine, { input: {} }).start();
    const f = fakes();
    connectExplorer({
      actor,
      pathway,
      controller: f.controller,
      device: f.device,
      syncUrl: false,
      loadShipped: () => Promise.resolve(true),
    });
    expect(f.saved).toHaveLength(1);
    actor.send({ type: 'sideTab.set', tab: 'legend' });
    actor.send({ type: 'journeys.search', search: 'C0' });
    expect(f.saved).toHaveLength(1);
    actor.send({ type: 'overlay.mode', mode: 'time' });
    actor.send({ type: 'filter.set', name: 'age_band', values: ['14-15'] });
    expect(f.saved.map((s) => [s.overlayMode, s.filters])).toEqual([
      ['frequency', {}],
      ['time', {}],
      ['time', { age_band: ['14-15'] }],
    ]);
  });

  it('keeps the linked view for the first cohort and resets it for the next', () => {
    const actor = createActor(viewMachine, {
      input: { selectedJourneyId: 'C01' as JourneyId },
    }).start();
    const f = fakes();
    connectExplorer({
      actor,
      pathway,
      controller: f.controller,
      device: f.device,
      syncUrl: false,
      loadShipped: () => Promise.resolve(true),
    });
    f.accept({ file: 'a.csv' } as CohortMeta);
    expect(actor.getSnapshot().context.selectedJourneyId).toBe('C01');
    f.accept({ file: 'b.csv' } as CohortMeta);
    expect(actor.getSnapshot().context.selectedJourneyId).toBeNull();
    expect(f.acceptedByDevice).toHaveLength(2);
  });
});
