import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCohortClient } from '../../../src/ui/data/cohortClient.ts';
import type { WorkerLike } from '../../../src/ui/data/cohortClientTypes.ts';
import type { CohortMeta } from '../../../src/core/analysis/cohortMeta.ts';
import type { JourneyTable } from '../../../src/core/analysis/journeyIndex.ts';
import type { ViewRequest } from '../../../src/core/analysis/viewAnalyser.ts';
import type { JourneyDetail, JourneyListModel } from '../../../src/core/analysis/viewModel.ts';
import {
  CohortController,
  type AnalysisInput,
  type JourneyChoice,
} from '../../../src/ui/data/cohortController.ts';
import { CohortService } from '../../../src/worker/cohortService.ts';
import type { OverlayModel } from '../../../src/core/analysis/viewModel.ts';
import type { FromWorker, ToWorker } from '../../../src/worker/protocol.ts';
import { readPathway, root, rule } from '../helpers.ts';

const pathway = readPathway('pathway-data/coventry/pathway.json');
const shipped = readFileSync(`${root}pathway-data/coventry/cohort.csv`, 'utf8');
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The real worker logic behind a fake Worker: messages cross asynchronously, as they would. */
function inProcessWorker(): WorkerLike & { sent: ToWorker[] } {
  const listeners: ((event: MessageEvent<FromWorker>) => void)[] = [];
  const service = new CohortService((m) => {
    setTimeout(() => {
      for (const l of listeners) l({ data: m } as MessageEvent<FromWorker>);
    }, 0);
  });
  const sent: ToWorker[] = [];
  return {
    sent,
    postMessage(message: ToWorker) {
      sent.push(message);
      setTimeout(() => void service.handle(message), 0);
    },
    addEventListener(type: string, listener: unknown) {
      if (type === 'message') listeners.push(listener as (event: MessageEvent<FromWorker>) => void);
    },
    terminate() {
      listeners.length = 0;
    },
  };
}

/** A worker that answers only when told to, to play answers out of order. */
function manualWorker() {
  const listeners: ((event: MessageEvent<FromWorker>) => void)[] = [];
  const sent: ToWorker[] = [];
  const worker: WorkerLike = {
    postMessage(message: ToWorker) {
      sent.push(message);
    },
    addEventListener(type: string, listener: unknown) {
      if (type === 'message') listeners.push(listener as (event: MessageEvent<FromWorker>) => void);
    },
    terminate() {},
  };
  const answer = (m: FromWorker) => {
    for (const l of listeners) l({ data: m } as MessageEvent<FromWorker>);
  };
  return { worker, sent, answer };
}

const overlay = (key: string): OverlayModel => ({
  key,
  parameters: rule(28, 365),
  timings: false,
  summary: {} as OverlayModel['summary'],
  computeMs: 1,
});

const request = (windowDays = 28): ViewRequest => ({
  parameters: rule(windowDays, 365),
  filter: {},
  focus: null,
  throughService: null,
  timings: false,
  variantLimit: 5,
});

const loadedMessage = (id: number): FromWorker => ({
  type: 'loaded',
  id,
  meta: {} as CohortMeta,
  table: {} as JourneyTable,
  ms: 1,
});

describe('cohortClient', () => {
  it('starts the worker on first use and sends it the pathway first', () => {
    const { worker, sent } = manualWorker();
    let started = 0;
    const client = createCohortClient(pathway, () => {
      started++;
      return worker;
    });
    expect(started).toBe(0);
    client.analyse(request(), { onOverlay: () => undefined, onList: () => undefined });
    expect(started).toBe(1);
    expect(sent.map((m) => m.type)).toEqual(['init', 'analyse']);
  });

  it('ignores an older analysis that finishes after a newer request', () => {
    const { worker, sent, answer } = manualWorker();
    const client = createCohortClient(pathway, () => worker);
    const seen: string[] = [];
    const handlers = { onOverlay: (o: OverlayModel) => seen.push(o.key), onList: () => undefined };
    client.analyse(request(), handlers);
    client.analyse(request(7), handlers);
    const [first, second] = sent.filter((m) => m.type === 'analyse');
    if (!first || !second) throw new Error('two requests expected');
    answer({ type: 'overlay', id: second.id, overlay: overlay('new') });
    answer({ type: 'overlay', id: first.id, overlay: overlay('old') });
    expect(seen).toEqual(['new']);
  });

  it('drops what was asked before a new cohort was accepted, and says a list is stale once it is', async () => {
    const { worker, sent, answer } = manualWorker();
    const client = createCohortClient(pathway, () => worker);
    const seen: string[] = [];
    const lists: (() => boolean)[] = [];
    const details: (string | undefined)[] = [];
    client.analyse(request(), {
      onOverlay: (o) => seen.push(o.key),
      onList: (_, current) => lists.push(current),
    });
    client.journey(0, rule(28, 365), (d) => details.push(d?.id));
    const analyse = sent.find((m) => m.type === 'analyse');
    const journey = sent.find((m) => m.type === 'journey');
    answer({
      type: 'list',
      id: analyse?.id ?? -1,
      list: {} as JourneyListModel,
    });
    expect(lists[0]?.()).toBe(true);
    // A new cohort is accepted: answers about the old one no longer count, and the list is stale.
    const loading = client.load('b.csv', 'y', { synthetic: false });
    const load = sent.filter((m) => m.type === 'load').pop();
    answer(loadedMessage(load?.id ?? -1));
    await loading;
    expect(lists[0]?.()).toBe(false);
    answer({ type: 'overlay', id: analyse?.id ?? -1, overlay: overlay('old cohort') });
    answer({ type: 'journey', id: journey?.id ?? -1, detail: { id: 'C01' } as JourneyDetail });
    expect(seen).toEqual([]);
    expect(details).toEqual([]);
  });

  it('gives only the newest journey, and resolves a superseded load as cancelled', async () => {
    const { worker, sent, answer } = manualWorker();
    const client = createCohortClient(pathway, () => worker);
    const details: (string | undefined)[] = [];
    client.journey(0, rule(28, 365), (d) => details.push(d?.id));
    client.journey(1, rule(28, 365), (d) => details.push(d?.id));
    const [a, b] = sent.filter((m) => m.type === 'journey');
    answer({ type: 'journey', id: a?.id ?? -1, detail: { id: 'C01' } as JourneyDetail });
    answer({ type: 'journey', id: b?.id ?? -1, detail: { id: 'C02' } as JourneyDetail });
    expect(details).toEqual(['C02']);

    const first = client.load('a.csv', 'x', { synthetic: false });
    const second = client.load('b.csv', 'y', { synthetic: false });
    expect(await first).toEqual({ ok: false, problems: [], cancelled: true });
    expect(sent.some((m) => m.type === 'cancel')).toBe(true);
    const load = sent.filter((m) => m.type === 'load').pop();
    answer({
      type: 'loadFailed',
      id: load?.id ?? -1,
      problems: [{ code: 'PL200', message: 'empty' }],
      cancelled: false,
    });
    expect(await second).toMatchObject({ ok: false, cancelled: false });
  });
});

const view = (windowDays = 28): AnalysisInput => ({
  parameters: rule(windowDays, 365),
  filter: {},
  focus: null,
  throughService: null,
  timings: false,
});
const journeyOf = (journeyId: string | null, windowDays = 28): JourneyChoice => ({
  journeyId,
  parameters: rule(windowDays, 365),
});

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 50 && !check(); i++) await tick();
  expect(check()).toBe(true);
}

describe('CohortController with the worker logic', () => {
  it('loads the shipped cohort, shows what the view asks, and keeps it when a file is refused', async () => {
    const worker = inProcessWorker();
    const controller = new CohortController(
      pathway,
      createCohortClient(pathway, () => worker),
    );
    const accepted: string[] = [];
    controller.onAccepted((meta) => accepted.push(meta.file));
    // The view is known before the cohort: the controller asks for it once the cohort is accepted.
    controller.show(view(), journeyOf(null));
    expect(await controller.loadText('coventry/cohort.csv', shipped, true)).toBe(true);
    expect(controller.store.get().meta).toMatchObject({ journeys: 10, synthetic: true });
    await until(() => controller.store.get().list !== null);
    expect(controller.store.get().overlay?.summary.missedPointsByService).toEqual({
      school: 11,
      gp: 3,
      vcs: 1,
    });
    expect(controller.store.get().list?.rows.map((r) => r.id)).toHaveLength(10);

    // The same view again asks the worker nothing.
    const asked = worker.sent.length;
    controller.show(view(), journeyOf(null));
    expect(worker.sent.length).toBe(asked);

    const refused = await controller.loadText(
      'bad.csv',
      'journey_id,day,service,activity\nX,0,moon,concern\n',
      false,
    );
    expect(refused).toBe(false);
    expect(controller.store.get().refused?.problems[0]).toMatchObject({
      file: 'bad.csv',
      row: 2,
      column: 'service',
    });
    expect(controller.store.get().meta?.file).toBe('coventry/cohort.csv');
    expect(controller.store.get().overlay?.summary.journeys).toBe(10);
    expect(accepted).toEqual(['coventry/cohort.csv']);

    // A journey's detail comes; a new W keeps it until the new one; another journey clears it at once.
    controller.show(view(), journeyOf('C03'));
    await until(() => controller.store.get().detail?.id === 'C03');
    controller.show(view(7), journeyOf('C03', 7));
    expect(controller.store.get().detail?.id).toBe('C03');
    controller.show(view(7), journeyOf('C04', 7));
    expect(controller.store.get().detail).toBeNull();
    await until(() => controller.store.get().detail?.id === 'C04');
    controller.show(view(7), journeyOf(null, 7));
    expect(controller.store.get().detail).toBeNull();

    // Another cohort under the same view: its own numbers are shown, not the previous cohort's.
    const other = readFileSync(`${root}tests/fixtures/cohorts/explorer-valid.csv`, 'utf8');
    expect(await controller.loadText('explorer-valid.csv', other, false)).toBe(true);
    // At no moment do the previous cohort's numbers stand beside the new cohort's.
    expect(controller.store.get().overlay).toBeNull();
    expect(controller.store.get().list).toBeNull();
    await until(() => controller.store.get().overlay?.summary.journeys === 3);
    await until(() => controller.store.get().list?.rows.length === 3);
    controller.dispose();
  });
});
