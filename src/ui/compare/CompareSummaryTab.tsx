import type { ReactNode } from 'react';
import type { Pathway } from '../../core/pathway/types.ts';
import { useCohortData, useCompareData } from '../data/CohortData.tsx';
import { hasFilters } from '../state/viewFilters.ts';
import { useView } from '../state/ViewStore.tsx';
import { CompareSummary } from './CompareSummary.tsx';
import { useComparison } from './useComparison.ts';

const FILTER_NOTE =
  'The filters on concerns and columns apply to both groups; the filters on crisis and missed points do not apply to a comparison (within a group they would make those shares all or nothing).';

/** The side panel's summary while comparing: the two groups in numbers, and the change. */
export function CompareSummaryTab({ pathway }: { pathway: Pathway }): ReactNode {
  const view = useComparison(pathway);
  const pending = useCompareData((d) => d.pending, false);
  const synthetic = useCohortData((d) => d.meta?.synthetic ?? false, false);
  const filtered = useView((v) => hasFilters(v.filters));
  if (!view)
    return <p className="side__loading">{pending ? 'Comparing…' : 'Choose how to split the cohort.'}</p>;
  return (
    <CompareSummary
      table={view.table}
      split={view.splitWords}
      parameters={view.result.comparison.parameters}
      synthetic={synthetic}
      disclosureNote={view.disclosureNote}
      filterNote={filtered ? FILTER_NOTE : null}
    />
  );
}
