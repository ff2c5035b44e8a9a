import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import type { Pathway, ServiceId } from '../../../src/core/pathway/types.ts';
import { kindOfFile } from '../../../src/ui/pathways/fileKind.ts';
import { viewMachine, type ViewEvent } from '../../../src/ui/state/viewMachine.ts';
import { viewFromHash, viewToHash } from '../../../src/ui/state/viewUrl.ts';
import { defaultView } from '../../../src/ui/state/viewState.ts';

const opened = { id: 'testville', title: 'Testville' } as unknown as Pathway;

function run(...events: ViewEvent[]) {
  let [snapshot] = initialTransition(viewMachine, {});
  for (const e of events) [snapshot] = transition(viewMachine, snapshot, e);
  return snapshot.context;
}

describe('the pathway in the view', () => {
  it('opens a pathway from a file, names it in the link, and resets what was chosen on the other map', () => {
    const view = run(
      { type: 'service.select', serviceId: 'school' as ServiceId },
      { type: 'concerns.set', concerns: ['self_harm'] },
      { type: 'pathway.open', pathway: opened },
    );
    expect(view).toMatchObject({ pathwayId: 'testville', openedPathway: opened, selectedServiceId: null });
    expect(view.filters.concerns).toEqual([]);
    expect(viewToHash(view)).toBe('#pathway=testville');
    expect(viewToHash(defaultView)).toBe('');
    expect(viewFromHash('#pathway=testville&W=7').pathwayId).toBe('testville');
    expect(viewFromHash('#W=7').pathwayId).toBe('coventry');
  });

  it('choosing a bundled pathway puts the opened one aside; the same choice again changes nothing', () => {
    const view = run(
      { type: 'pathway.open', pathway: opened },
      { type: 'pathway.choose', pathwayId: 'coventry' },
    );
    expect(view).toMatchObject({ pathwayId: 'coventry', openedPathway: null });
    const kept = run(
      { type: 'service.select', serviceId: 'gp' as ServiceId },
      { type: 'pathway.choose', pathwayId: 'coventry' },
    );
    expect(kept.selectedServiceId).toBe('gp');
  });

  it('a link naming another pathway than the opened one shows that one; its own id keeps the file', () => {
    const same = run(
      { type: 'pathway.open', pathway: opened },
      { type: 'view.restore', view: viewFromHash('#pathway=testville') },
    );
    expect(same.openedPathway).toBe(opened);
    const other = run(
      { type: 'pathway.open', pathway: opened },
      { type: 'view.restore', view: viewFromHash('#W=3') },
    );
    expect(other).toMatchObject({ pathwayId: 'coventry', openedPathway: null, windowDays: 3 });
  });
});

describe('kindOfFile', () => {
  it('tells a pathway, a profile and a cohort apart from the name and the first characters', () => {
    expect(kindOfFile('pathway.json', '\uFEFF  {\n  "id": "x", "levels": []')).toBe('pathway');
    expect(kindOfFile('mine.json', '{ "profile": 1, "columns": {} }')).toBe('profile');
    expect(kindOfFile('export.PROFILE.json', '')).toBe('profile');
    expect(kindOfFile('events.json', '[{"journey_id": "C1"}]')).toBe('cohort');
    expect(kindOfFile('events.csv', 'journey_id,date,service,activity')).toBe('cohort');
    expect(kindOfFile('log.xes', '<?xml version="1.0"?><log>')).toBe('cohort');
    // An aggregate overlay (CONTRACT §8) opens where a cohort does.
    expect(kindOfFile('overlay.json', '{"overlay":1,"pathway":"coventry","parameters":{}}')).toBe('cohort');
    // "profile" as a value, not the format's version field: still a pathway.
    expect(kindOfFile('p.json', '{ "id": "profile", "title": "x" }')).toBe('pathway');
  });
});
