import type { ReactNode } from 'react';

/** What a tab shows while its part of the page loads. */
export function Loading(): ReactNode {
  return <p className="side__loading">Loading…</p>;
}

/** What a cohort tab shows before a cohort is loaded. */
export function NoCohort(): ReactNode {
  return <p className="side__empty">No cohort loaded yet.</p>;
}

/**
 * What a view that needs row-level journeys shows when the file open is an aggregate overlay (CONTRACT
 * §8): totals computed where the data lives, without a single journey in it.
 */
export function NoJourneys({ children }: { children: ReactNode }): ReactNode {
  return (
    <p className="side__empty" data-testid="no-journeys">
      <strong>This file has no journeys.</strong> It is an aggregate overlay: totals computed where the data
      lives. {children} Open a cohort file (one row per event) to see them.
    </p>
  );
}
