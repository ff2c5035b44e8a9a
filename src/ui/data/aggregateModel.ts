import type { OverlayModel } from '../../core/analysis/viewModel.ts';
import type { AggregateOverlay } from '../../core/overlay/overlayTypes.ts';
import type { Days } from '../../core/pathway/types.ts';

/** The overlay of an aggregate overlay file: its summary as the analysis would give it, W and H its own. */
export function aggregateModel(aggregate: AggregateOverlay): OverlayModel {
  return {
    key: 'aggregate',
    parameters: {
      windowDays: aggregate.parameters.windowDays as Days,
      horizonDays: aggregate.parameters.horizonDays as Days,
    },
    timings: true,
    summary: aggregate.summary,
    leadTimeJourneys: aggregate.cohort.leadTimeJourneys,
    computeMs: 0,
  };
}
