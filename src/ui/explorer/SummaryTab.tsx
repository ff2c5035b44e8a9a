import { useCallback, type ReactNode } from 'react';
import type { JourneyFocus } from '../../core/analysis/journeyFocus.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import { CompareSummaryTab } from '../compare/CompareSummaryTab.tsx';
import { useCohortData } from '../data/CohortData.tsx';
import { DEFAULT_DISCLOSURE } from '../../core/disclosure/disclosureSettings.ts';
import { AggregateSummaryPanel } from '../summary/AggregateSummaryPanel.tsx';
import { useView, useViewSend } from '../state/ViewStore.tsx';
import { SummaryPanel } from '../summary/SummaryPanel.tsx';
import { Loading, NoCohort } from './tabStates.tsx';

/** The side panel's summary: the cohort in numbers; each number lists the journeys behind it. */
export function SummaryTab({ pathway }: { pathway: Pathway }): ReactNode {
  const send = useViewSend();
  const overlay = useCohortData((d) => d.overlay, null);
  const meta = useCohortData((d) => d.meta, null);
  const focus = useView((v) => v.focus);
  const comparing = useView((v) => v.compare !== null);
  const aggregate = useCohortData((d) => d.aggregate, null);
  const onFocus = useCallback(
    (f: JourneyFocus | null) => {
      send({ type: 'focus.set', focus: f, show: true });
    },
    [send],
  );
  if (!meta) return <NoCohort />;
  if (comparing) return <CompareSummaryTab pathway={pathway} />;
  if (!overlay) return <Loading />;
  if (aggregate)
    return (
      <AggregateSummaryPanel
        summary={aggregate.summary}
        pathway={pathway}
        parameters={aggregate.parameters}
        synthetic={meta.synthetic}
        disclosure={DEFAULT_DISCLOSURE}
        leadTimeJourneys={aggregate.cohort.leadTimeJourneys}
      />
    );
  return (
    <SummaryPanel
      summary={overlay.summary}
      pathway={pathway}
      cohortJourneys={meta.journeys}
      synthetic={meta.synthetic}
      parameters={overlay.parameters}
      focus={focus}
      onFocus={onFocus}
    />
  );
}
