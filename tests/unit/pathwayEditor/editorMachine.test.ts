import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { servicesByLane } from '../../../src/core/pathway/serviceSlots.ts';
import { validatePathway } from '../../../src/core/pathway/validatePathway.ts';
import { formatProblem } from '../../../src/core/problems.ts';
import {
  canSave,
  editorMachine,
  hasUnsavedChanges,
  HISTORY_LIMIT,
  type EditorEvent,
} from '../../../src/core/pathwayEditor/editorMachine.ts';
import type { PathwayEdit } from '../../../src/core/pathwayEditor/pathwayEdits.ts';
import { analysisKeyOf } from '../../../src/core/pathwayEditor/editDraft.ts';
import { readPathway } from '../helpers.ts';

const coventry = readPathway('pathway-data/coventry/pathway.json');

function start() {
  const actor = createActor(editorMachine, { input: { pathway: coventry } }).start();
  const ctx = () => actor.getSnapshot().context;
  const p = () => ctx().present.pathway;
  const edit = (e: PathwayEdit, coalesce?: string) => {
    actor.send({ type: 'edit', edit: e, coalesce } satisfies EditorEvent);
  };
  return { actor, ctx, p, edit };
}

const service = (pathway: typeof coventry, id: string) => pathway.services.find((s) => s.id === id);
const laneIds = (pathway: typeof coventry, lane: number) =>
  (servicesByLane(pathway)[lane] ?? []).map((s) => s.id);

describe('editorMachine', () => {
  it('starts valid, with nothing to undo and the ids as keys', () => {
    const { ctx } = start();
    expect(ctx().problems).toEqual([]);
    expect(canSave(ctx())).toBe(true);
    expect(ctx().past).toEqual([]);
    expect(ctx().present.serviceKeys).toEqual(coventry.services.map((s) => s.id));
    expect(hasUnsavedChanges(ctx())).toBe(false);
  });

  it('renames a service, tags it, and undoes and redoes each step', () => {
    const { actor, ctx, p, edit } = start();
    const first = coventry.services[0];
    if (!first) throw new Error('no service');
    edit({ kind: 'service.set', service: first.id, field: 'label', value: 'Family doctor' });
    edit({ kind: 'service.tag', service: first.id, tag: 'crisis', on: true });
    expect(service(p(), first.id)?.label).toBe('Family doctor');
    expect(service(p(), first.id)?.tags).toContain('crisis');
    actor.send({ type: 'undo' });
    expect(service(p(), first.id)?.tags).not.toContain('crisis');
    expect(service(p(), first.id)?.label).toBe('Family doctor');
    actor.send({ type: 'undo' });
    expect(p()).toBe(coventry);
    actor.send({ type: 'undo' }); // nothing left: ignored
    expect(p()).toBe(coventry);
    actor.send({ type: 'redo' });
    actor.send({ type: 'redo' });
    expect(service(p(), first.id)?.tags).toContain('crisis');
    expect(ctx().future).toEqual([]);
  });

  it('merges typing in one field into one undo step, and a new edit clears redo', () => {
    const { actor, ctx, p, edit } = start();
    for (const value of ['C', 'Co', 'Cov']) edit({ kind: 'meta.set', field: 'title', value }, 'title');
    expect(ctx().past).toHaveLength(1);
    expect(p().title).toBe('Cov');
    actor.send({ type: 'undo' });
    expect(p().title).toBe(coventry.title);
    expect(ctx().future).toHaveLength(1);
    edit({ kind: 'meta.set', field: 'area', value: 'Here' });
    expect(ctx().future).toHaveLength(0);
  });

  it('validates live with the schema messages and blocks saving until fixed', () => {
    const { ctx, edit } = start();
    const id = coventry.services[2]?.id ?? '';
    edit({ kind: 'service.set', service: id, field: 'label', value: '  ' }, 'label');
    expect(canSave(ctx())).toBe(false);
    const messages = ctx().problems.map(formatProblem);
    expect(messages).toEqual([
      expect.stringMatching(/^pathway\.json: services\[2\]\.label: .*must not be empty/),
    ]);
    edit({ kind: 'service.set', service: id, field: 'label', value: 'Back' }, 'label');
    expect(canSave(ctx())).toBe(true);
  });

  it('adds a route (once), and removes it', () => {
    const { ctx, p, edit } = start();
    const [a, b] = coventry.services;
    if (!a || !b) throw new Error('no services');
    const count = coventry.routes.length;
    edit({ kind: 'route.add', from: b.id, to: a.id, activity: 'referral' });
    expect(p().routes).toHaveLength(count + 1);
    expect(p().routes.at(-1)).toEqual({ from: b.id, to: a.id, activity: 'referral' });
    edit({ kind: 'route.add', from: b.id, to: a.id, activity: 'referral' });
    expect(ctx().refused).toMatch(/already has this route/);
    expect(p().routes).toHaveLength(count + 1);
    edit({ kind: 'route.add', from: a.id, to: a.id });
    expect(ctx().refused).toMatch(/two different services/);
    edit({ kind: 'route.remove', index: count });
    expect(p().routes).toHaveLength(count);
    expect(ctx().refused).toBeNull();
  });

  it('adds a service with a fresh id and a new key, and removes one with its routes', () => {
    const { ctx, p, edit } = start();
    const level = coventry.levels[0]?.id ?? '';
    edit({ kind: 'service.add', level, label: 'GP' });
    const added = p().services.at(-1);
    expect(added?.id).toMatch(/^gp(_\d+)?$/);
    expect(coventry.services.some((s) => s.id === added?.id)).toBe(false);
    expect(ctx().present.serviceKeys.at(-1)).toBe('new:1');
    expect(canSave(ctx())).toBe(true);
    const busy = coventry.services.find((s) => coventry.routes.some((r) => r.from === s.id));
    if (!busy) throw new Error('no route');
    edit({ kind: 'service.remove', service: busy.id });
    expect(p().services.some((s) => s.id === busy.id)).toBe(false);
    expect(p().routes.some((r) => r.from === busy.id || r.to === busy.id)).toBe(false);
    expect(ctx().present.serviceKeys).not.toContain(busy.id);
    expect(ctx().present.serviceKeys).toHaveLength(p().services.length);
    expect(validatePathway(p()).ok).toBe(true);
  });

  it('moves a service within its level and to another level, in the map order', () => {
    const { p, edit } = start();
    const lane = laneIds(coventry, 1);
    const last = lane.at(-1) ?? '';
    edit({ kind: 'service.move', service: last, level: coventry.levels[1]?.id ?? '', index: 0 });
    expect(laneIds(p(), 1)).toEqual([last, ...lane.slice(0, -1)]);
    edit({ kind: 'service.move', service: last, level: coventry.levels[0]?.id ?? '', index: 1 });
    expect(laneIds(p(), 0)[1]).toBe(last);
    expect(service(p(), last)?.level).toBe(coventry.levels[0]?.id);
    expect(laneIds(p(), 1)).toEqual(lane.slice(0, -1));
  });

  it('refuses to remove a level that has services, and removes an empty one', () => {
    const { ctx, p, edit } = start();
    edit({ kind: 'level.remove', level: coventry.levels[0]?.id ?? '' });
    expect(ctx().refused).toMatch(/^move its \d+ services? to another level first\.$/);
    edit({ kind: 'level.add', label: 'Aftercare' });
    expect(p().levels.at(-1)).toEqual({ id: 'aftercare', label: 'Aftercare' });
    edit({ kind: 'level.move', level: 'aftercare', index: 0 });
    expect(p().levels[0]?.id).toBe('aftercare');
    edit({ kind: 'level.remove', level: 'aftercare' });
    expect(p().levels).toEqual(coventry.levels);
  });

  it('sets agency, description, audit notes and targets; adds and removes concern codes', () => {
    const { ctx, p, edit } = start();
    const id = coventry.services[0]?.id ?? '';
    edit({ kind: 'service.set', service: id, field: 'agency', value: 'NHS' });
    edit({ kind: 'service.set', service: id, field: 'description', value: 'First contact.' });
    edit({ kind: 'service.audit', service: id, part: 'worriedAbout', items: ['Waits'] });
    edit({ kind: 'service.targets', service: id, targets: [{ label: 'Seen within 48 hours', hours: 48 }] });
    const s = service(p(), id);
    expect(s?.agency).toBe('NHS');
    expect(s?.description).toBe('First contact.');
    expect(s?.audit?.worriedAbout).toEqual(['Waits']);
    expect(s?.targets).toEqual([{ label: 'Seen within 48 hours', hours: 48 }]);
    edit({ kind: 'service.targets', service: id, targets: [{ label: 'Soon', hours: -1 }] });
    expect(ctx().problems.map((x) => x.column)).toEqual(['services[0].targets[0].hours']);
    edit({ kind: 'concern.add', label: 'Self harm' });
    const added = p().concerns.at(-1);
    expect(added?.label).toBe('Self harm');
    expect(ctx().present.concernKeys.at(-1)).toMatch(/^new:/);
    edit({ kind: 'concern.remove', concern: added?.id ?? '' });
    expect(p().concerns).toHaveLength(coventry.concerns.length);
  });

  it('marks the present saved, and starts over on load', () => {
    const { actor, ctx, edit } = start();
    edit({ kind: 'meta.set', field: 'area', value: 'Elsewhere' });
    expect(hasUnsavedChanges(ctx())).toBe(true);
    actor.send({ type: 'saved' });
    expect(hasUnsavedChanges(ctx())).toBe(false);
    actor.send({ type: 'undo' });
    expect(hasUnsavedChanges(ctx())).toBe(true);
    const other = { ...coventry, id: 'other' };
    actor.send({ type: 'load', pathway: other, notes: ['Discovered 3 services'] });
    expect(ctx().present.pathway).toBe(other);
    expect(ctx().notes).toEqual(['Discovered 3 services']);
    expect(ctx().past).toEqual([]);
  });

  it('keeps at most HISTORY_LIMIT steps', () => {
    const { ctx, edit } = start();
    for (let i = 0; i < HISTORY_LIMIT + 5; i++)
      edit({ kind: 'meta.set', field: 'version', value: String(i) });
    expect(ctx().past).toHaveLength(HISTORY_LIMIT);
  });
});

describe('the valid draft', () => {
  it('stays the newest valid one while the present is invalid', () => {
    const { actor, ctx, edit } = start();
    const id = coventry.services[0]?.id ?? '';
    edit({ kind: 'service.set', service: id, field: 'label', value: 'A' }, 'l');
    const good = ctx().present;
    expect(ctx().valid).toBe(good);
    edit({ kind: 'service.set', service: id, field: 'label', value: '' }, 'l2');
    expect(ctx().valid).toBe(good);
    actor.send({ type: 'undo' });
    expect(ctx().valid).toBe(good);
    actor.send({ type: 'undo' });
    expect(ctx().valid.pathway).toBe(coventry);
  });
});

describe('analysisKeyOf', () => {
  it('changes with tags, routes and removals, not with names, notes or order within a level', () => {
    const { ctx, edit } = start();
    const key = () => analysisKeyOf(ctx().present);
    const first = key();
    const id = coventry.services[0]?.id ?? '';
    edit({ kind: 'service.set', service: id, field: 'label', value: 'Renamed' });
    edit({ kind: 'service.audit', service: id, part: 'workingWell', items: ['Good'] });
    edit({ kind: 'meta.set', field: 'title', value: 'Another' });
    expect(key()).toBe(first);
    edit({ kind: 'service.tag', service: id, tag: 'crisis', on: true });
    const tagged = key();
    expect(tagged).not.toBe(first);
    edit({ kind: 'route.add', from: id, to: coventry.services[1]?.id ?? '', activity: 'did_not_attend' });
    expect(key()).not.toBe(tagged);
  });
});
