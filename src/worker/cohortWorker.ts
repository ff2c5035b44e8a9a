/// <reference lib="webworker" />
/**
 * The cohort worker: imports and analyses off the main thread, so that a file of a hundred thousand
 * journeys never freezes the page. All the logic is in `CohortService`; this file only connects it to
 * the worker's messages. Started by `src/ui/data/cohortClient.ts`.
 */
import { CohortService } from './cohortService.ts';
import { transferablesOf, type FromWorker, type ToWorker } from './protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

const service = new CohortService((message: FromWorker) => {
  self.postMessage(message, transferablesOf(message));
});

self.onmessage = (event: MessageEvent<ToWorker>) => {
  void service.handle(event.data);
};
