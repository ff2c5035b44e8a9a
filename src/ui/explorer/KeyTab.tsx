import { useMemo, type ReactNode } from 'react';
import type { Pathway } from '../../core/pathway/types.ts';
import { DifferenceLegend } from '../compare/DifferenceLegend.tsx';
import { useComparison } from '../compare/useComparison.ts';
import { useCohortData } from '../data/CohortData.tsx';
import { Legend } from '../map/Legend.tsx';
import { overlayStats } from '../map/overlayToFlow.ts';
import { useView } from '../state/ViewStore.tsx';
import { hiddenText, useSimplifiedMap } from './useSimplifiedMap.ts';

/** The side panel's key to the map, and where the pathway comes from. */
export function KeyTab({ pathway }: { pathway: Pathway }): ReactNode {
  const overlay = useCohortData((d) => d.overlay, null);
  const mode = useView((v) => v.overlayMode);
  const journey = useView((v) => v.selectedJourneyId);
  const focus = useView((v) => v.focus);
  const hidden = hiddenText(useSimplifiedMap(pathway));
  const stats = useMemo(() => (overlay ? overlayStats(overlay.summary) : null), [overlay]);
  const difference = useView((v) => v.compare !== null && v.compareShow === 'difference');
  const comparison = useComparison(pathway);
  return (
    <>
      {difference && comparison ? (
        <DifferenceLegend from={comparison.difference.from} to={comparison.difference.to} />
      ) : null}
      <Legend
        levels={pathway.levels}
        overlay={
          overlay && stats
            ? {
                mode,
                maxJourneys: stats.maxJourneys,
                hiddenOffPathway: stats.hiddenOffPathway,
                windowDays: overlay.parameters.windowDays,
                horizonDays: overlay.parameters.horizonDays,
                windowUnit: overlay.parameters.windowUnit,
                horizonUnit: overlay.parameters.horizonUnit,
                path: journey !== null || focus?.kind === 'variant',
                rates: overlay.summary.concernsByService !== undefined,
                hidden,
              }
            : undefined
        }
      />
      <section className="about" aria-labelledby="about-title">
        <h2 id="about-title">About this pathway</h2>
        <p>{pathway.source}</p>
      </section>
    </>
  );
}
