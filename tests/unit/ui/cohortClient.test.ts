import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCohortClient, type WorkerLike } from '../../../src/ui/data/cohortClient.ts';
import { CohortController } from '../../../src/ui/data/cohortController.ts';
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

describe('cohortClient', () => {
  it('starts the worker on first use and sends it the pathway first', () => {
    const { worker, sent } = manualWorker();
    let started = 0;
    const client = createCohortClient(pathway, () => {
      started++;
      return worker;
    });
    expect(started).toBe(0);
    client.analyse(
      {
        generation: 1,
        parameters: rule(28, 365),
        filter: {},
        focus: null,
        throughService: null,
        timings: false,
        variantLimit: 5,
      },
      { onOverlay: () => undefined, onList: () => undefined },
    );
    expect(started).toBe(1);
    expect(sent.map((m) => m.type)).toEqual(['init', 'analyse']);
  });

  it('ignores an older analysis that finishes after a newer request', () => {
    const { worker, sent, answer } = manualWorker();
    const client = createCohortClient(pathway, () => worker);
    const seen: string[] = [];
    const request = {
      generation: 1,
      parameters: rule(28, 365),
      filter: {},
      focus: null,
      throughService: null,
      timings: false,
      variantLimit: 5,
    };
    const handlers = { onOverlay: (o: OverlayModel) => seen.push(o.key), onList: () => undefined };
    client.analyse(request, handlers);
    client.analyse({ ...request, parameters: rule(7, 365) }, handlers);
    const [first, second] = sent.filter((m) => m.type === 'analyse');
    if (!first || !second) throw new Error('two requests expected');
    answer({ type: 'overlay', id: second.id, generation: 1, overlay: overlay('new') });
    answer({ type: 'overlay', id: first.id, generation: 1, overlay: overlay('old') });
    expect(seen).toEqual(['new']);
  });

  it('resolves a superseded journey request with null, and a superseded load as cancelled', async () => {
    const { worker, sent, answer } = manualWorker();
    const client = createCohortClient(pathway, () => worker);
    const a = client.journey(1, 0, rule(28, 365));
    const b = client.journey(1, 1, rule(28, 365));
    expect(await a).toBeNull();
    const last = sent.filter((m) => m.type === 'journey').pop();
    answer({ type: 'journey', id: last?.id ?? -1, generation: 1, detail: null });
    expect(await b).toBeNull();

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

describe('CohortController with the worker logic', () => {
  it('loads the shipped cohort, analyses it, and keeps it when a file is refused', async () => {
    const controller = new CohortController(pathway, createCohortClient(pathway, inProcessWorker));
    const accepted: string[] = [];
    controller.onAccepted((meta) => accepted.push(meta.file));
    expect(await controller.loadText('coventry/cohort.csv', shipped, true)).toBe(true);
    expect(controller.store.get().meta).toMatchObject({ journeys: 10, synthetic: true });

    controller.analyse({
      parameters: rule(28, 365),
      filter: {},
      focus: null,
      throughService: null,
      timings: false,
    });
    for (let i = 0; i < 20 && !controller.store.get().list; i++) await tick();
    expect(controller.store.get().overlay?.summary.missedPointsByService).toEqual({
      school: 11,
      gp: 3,
      vcs: 1,
    });
    expect(controller.store.get().list?.rows.map((r) => r.id)).toHaveLength(10);

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

    await controller.showJourney('C03', rule(28, 365));
    expect(controller.store.get().detail?.id).toBe('C03');
    await controller.showJourney(null, rule(28, 365));
    expect(controller.store.get().detail).toBeNull();
    controller.dispose();
  });
});
