import { describe, expect, it } from 'vitest';
import coventryJson from '../../pathway-data/coventry/pathway.json';
import csv from '../../pathway-data/coventry/cohort.csv?raw';
import { validatePathway } from '../../src/core/pathway/validatePathway.ts';
import { createCohortClient } from '../../src/ui/data/cohortClient.ts';
import type { CohortClient } from '../../src/ui/data/cohortClientTypes.ts';
import type { OverlayModel } from '../../src/core/analysis/viewModel.ts';
import type { Days } from '../../src/core/pathway/types.ts';
import type { ViewRequest } from '../../src/core/analysis/viewAnalyser.ts';

/**
 * The cohort worker in a real browser: a real module Worker, real transfers, real progress messages.
 * The same code paths as the app, without the React screens around them.
 */
const parsed = validatePathway(coventryJson);
if (!parsed.ok) throw new Error('the Coventry pathway is invalid');
const pathway = parsed.value;

function analyse(client: CohortClient, windowDays = 28): Promise<OverlayModel> {
  return new Promise((resolve, reject) => {
    const request: ViewRequest = {
      parameters: { windowDays: windowDays as Days, horizonDays: 365 as Days },
      filter: {},
      focus: null,
      throughService: null,
      timings: false,
      variantLimit: 10,
    };
    client.analyse(request, {
      onOverlay: (o) => resolve(o),
      onList: () => undefined,
      onError: (m) => reject(new Error(m)),
    });
  });
}

describe('the cohort worker in Chromium', () => {
  it('loads the synthetic cohort with progress, analyses it, and keeps it when a broken file is refused', async () => {
    const client = createCohortClient(pathway);
    const progress: number[] = [];
    const loaded = await client.load('cohort.csv', csv, {
      synthetic: true,
      onProgress: (f) => progress.push(f),
    });
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.meta).toMatchObject({ journeys: 10, events: 130, synthetic: true, format: 'csv' });
    const overlay = await analyse(client);
    expect(overlay.summary.missedPoints).toBe(15);
    expect(overlay.summary.missedPointsByService).toEqual({ school: 11, gp: 3, vcs: 1 });

    const broken = await client.load(
      'broken.csv',
      'journey_id,date,service,activity\nX,2020-02-30,school,refer\n',
      {
        synthetic: false,
      },
    );
    expect(broken.ok).toBe(false);
    if (!broken.ok) {
      expect(broken.problems.map((p) => `${p.file ?? ''}:${p.row ?? ''}:${p.column ?? ''}`)).toEqual([
        'broken.csv:2:date',
        'broken.csv:2:activity',
      ]);
    }
    // The cohort loaded before is still there, and W still matters.
    const again = await analyse(client, 0);
    expect(again.parameters.windowDays).toBe(0);
    expect(again.summary.journeys).toBe(10);
    client.dispose();
  });
});
