import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftOf } from '../../../src/core/pathwayEditor/editDraft.ts';
import { applyEdit, type PathwayEdit } from '../../../src/core/pathwayEditor/pathwayEdits.ts';
import type { EditDraft } from '../../../src/core/pathwayEditor/editDraft.ts';
import { CohortService } from '../../../src/worker/cohortService.ts';
import type { AnalyseRequest, FromWorker } from '../../../src/worker/protocol.ts';
import { readPathway, root, rule } from '../helpers.ts';

const pathway = readPathway('pathway-data/coventry/pathway.json');
const shipped = readFileSync(`${root}pathway-data/coventry/cohort.csv`, 'utf8');

function harness() {
  const messages: FromWorker[] = [];
  const tasks: (() => void)[] = [];
  const service = new CohortService(
    (m) => messages.push(m),
    (t) => tasks.push(t),
  );
  void service.handle({ type: 'init', pathway });
  const flush = () => {
    while (tasks.length > 0) tasks.shift()?.();
  };
  const overlay = async (id: number) => {
    const request: AnalyseRequest = {
      type: 'analyse',
      id,
      parameters: rule(28, 365),
      filter: {},
      focus: null,
      throughService: null,
      timings: false,
      variantLimit: 5,
    };
    await service.handle(request);
    flush();
    const m = messages.find((x) => x.type === 'overlay' && x.id === id);
    if (m?.type !== 'overlay') throw new Error('no overlay');
    return m.overlay.summary;
  };
  const send = async (id: number, d: EditDraft) => {
    await service.handle({
      type: 'pathway',
      id,
      pathway: d.pathway,
      serviceKeys: d.serviceKeys,
      concernKeys: d.concernKeys,
    });
    flush();
    const m = messages.find((x) => x.type === 'repathwayed' && x.id === id);
    if (m?.type !== 'repathwayed') throw new Error('no answer');
    return m;
  };
  return { service, overlay, send, messages, flush };
}

const edit = (d: EditDraft, e: PathwayEdit): EditDraft => {
  const out = applyEdit(d, e);
  if ('refused' in out) throw new Error(out.refused);
  return out.draft;
};

describe('the worker with an edited pathway', () => {
  it('turns an off-pathway move on-pathway when its route is added, and back when it is removed', async () => {
    const { service, overlay, send } = harness();
    await service.handle({ type: 'load', id: 1, fileName: 'cohort.csv', data: shipped, synthetic: true });
    const before = await overlay(2);
    const off = before.transitions.filter((t) => !t.onPathway).sort((a, b) => b.journeys - a.journeys)[0];
    if (!off) throw new Error('the shipped cohort has no off-pathway move');
    const added = edit(draftOf(pathway), { kind: 'route.add', from: off.from, to: off.to });
    const answer = await send(3, added);
    expect(answer.left).toEqual({ events: 0, journeys: 0 });
    expect(answer.cohort?.meta.journeys).toBe(before.journeys);
    const after = await overlay(4);
    const same = after.transitions.find((t) => t.from === off.from && t.to === off.to);
    expect(same?.onPathway).toBe(true);
    expect(same?.journeys).toBe(off.journeys);
    await send(5, draftOf(pathway));
    const undone = (await overlay(6)).transitions.find((t) => t.from === off.from && t.to === off.to);
    expect(undone?.onPathway).toBe(false);
  });

  it('keeps events at a renamed and moved service, and leaves out events at a removed one until it is back', async () => {
    const { service, overlay, send } = harness();
    await service.handle({ type: 'load', id: 1, fileName: 'cohort.csv', data: shipped, synthetic: true });
    const before = await overlay(2);
    const [a, b] = [...pathway.services].sort(
      (x, y) => (before.serviceJourneys[y.id] ?? 0) - (before.serviceJourneys[x.id] ?? 0),
    );
    if (!a || !b) throw new Error('no services');
    let d = edit(draftOf(pathway), { kind: 'service.set', service: a.id, field: 'label', value: 'Renamed' });
    d = edit(d, { kind: 'service.move', service: a.id, level: pathway.levels.at(-1)?.id ?? '', index: 0 });
    d = edit(d, { kind: 'service.remove', service: b.id });
    const answer = await send(3, d);
    expect(answer.left.events).toBeGreaterThan(0);
    const after = await overlay(4);
    expect(after.serviceJourneys[a.id]).toBe(before.serviceJourneys[a.id]);
    expect(after.serviceJourneys[b.id]).toBeUndefined();
    expect(after.events).toBe(before.events - answer.left.events);
    expect(after.journeys).toBe(before.journeys - answer.left.journeys);
    const back = await send(5, draftOf(pathway));
    expect(back.left.events).toBe(0);
    expect((await overlay(6)).events).toBe(before.events);
  });

  it('applies only the newest of edits that came while it was busy', async () => {
    const { service, messages, flush } = harness();
    await service.handle({ type: 'load', id: 1, fileName: 'cohort.csv', data: shipped, synthetic: true });
    let d = draftOf(pathway);
    for (let i = 0; i < 3; i++) {
      d = edit(d, { kind: 'concern.add', label: `Code ${String(i)}` });
      await service.handle({
        type: 'pathway',
        id: 10 + i,
        pathway: d.pathway,
        serviceKeys: d.serviceKeys,
        concernKeys: d.concernKeys,
      });
    }
    flush();
    const answers = messages.filter((m) => m.type === 'repathwayed');
    expect(answers.map((m) => m.id)).toEqual([12]);
  });

  it('answers with no cohort before one is loaded, and then loads files against the edited pathway', async () => {
    const { service, send, overlay } = harness();
    const d = edit(draftOf(pathway), { kind: 'concern.add', label: 'New code' });
    expect((await send(1, d)).cohort).toBeNull();
    await service.handle({ type: 'load', id: 2, fileName: 'cohort.csv', data: shipped, synthetic: true });
    expect((await overlay(3)).journeys).toBeGreaterThan(0);
  });

  it('discovers a draft from a log and loads the log as its cohort', async () => {
    const messages: FromWorker[] = [];
    const service = new CohortService((m) => messages.push(m));
    await service.handle({ type: 'discover', id: 1, fileName: 'cohort.csv', data: shipped });
    const m = messages.find((x) => x.type === 'discovered');
    if (m?.type !== 'discovered') throw new Error(JSON.stringify(messages));
    expect(m.pathway.services.length).toBeGreaterThan(5);
    expect(m.meta.journeys).toBeGreaterThan(0);
    expect(m.notes[0]).toMatch(/^Discovered \d+ services/);
    await service.handle({ type: 'discover', id: 2, fileName: 'bad.csv', data: 'nothing,here\n' });
    const bad = messages.find((x) => x.type === 'loadFailed' && x.id === 2);
    expect(bad?.type === 'loadFailed' && bad.problems.length > 0).toBe(true);
  });
});
