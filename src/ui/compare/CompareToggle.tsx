import type { ReactNode } from 'react';
import { useCohortData } from '../data/CohortData.tsx';
import { useView, useViewSend } from '../state/ViewStore.tsx';
import { defaultChoice } from './compareChoices.ts';
import '../filters/filters.css';
import './compare.css';

/**
 * "Compare groups": opens the compare mode (split by the median journey start, to begin with) in place
 * of the one map, and closes it. Pressed while comparing.
 */
export function CompareToggle(): ReactNode {
  const send = useViewSend();
  const meta = useCohortData((d) => d.meta, null);
  const comparing = useView((v) => v.compare !== null);
  return (
    <button
      type="button"
      className="segmented__option compare-toggle"
      aria-pressed={comparing}
      disabled={!meta}
      onClick={() => {
        send({ type: 'compare.set', choice: comparing ? null : defaultChoice(meta) });
      }}
    >
      Compare groups
    </button>
  );
}
