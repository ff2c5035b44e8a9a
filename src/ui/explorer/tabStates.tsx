import type { ReactNode } from 'react';

/** What a tab shows while its part of the page loads. */
export function Loading(): ReactNode {
  return <p className="side__loading">Loading…</p>;
}

/** What a cohort tab shows before a cohort is loaded. */
export function NoCohort(): ReactNode {
  return <p className="side__empty">No cohort loaded yet.</p>;
}
