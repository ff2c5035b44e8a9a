import { describe, expect, it } from 'vitest';
import { CohortController } from '../../../src/ui/data/cohortController.ts';
import type { CohortClient } from '../../../src/ui/data/cohortClientTypes.ts';
import { readPathway } from '../helpers.ts';

/**
 * A file over the size limit is refused before a byte of it is read, with a message that says the limit,
 * and the cohort already loaded is untouched (the worker is never asked).
 */
describe('CohortController size limit', () => {
  it('refuses a file over the limit without reading it or asking the worker', async () => {
    const pathway = readPathway('pathway-data/coventry/pathway.json');
    let asked = 0;
    const client = new Proxy({} as CohortClient, {
      get: () => () => {
        asked++;
        throw new Error('the worker must not be asked');
      },
    });
    const controller = new CohortController(pathway, client);
    let read = false;
    const huge = {
      name: 'huge.csv',
      size: 250 * 1024 * 1024,
      arrayBuffer: () => {
        read = true;
        return Promise.resolve(new ArrayBuffer(0));
      },
    } as unknown as File;
    expect(await controller.loadFile(huge)).toBe(false);
    expect(read).toBe(false);
    expect(asked).toBe(0);
    const refused = controller.store.get().refused;
    expect(refused?.fileName).toBe('huge.csv');
    expect(refused?.problems).toEqual([
      {
        code: 'PL204',
        file: 'huge.csv',
        message: 'the file is 250 MB; the limit is 200 MB. Split the cohort into smaller files.',
      },
    ]);
  });
});
