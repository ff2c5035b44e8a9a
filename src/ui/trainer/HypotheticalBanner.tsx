import type { ReactNode } from 'react';

/** The banner over the map during a what-if: says in words that this is not what happened. */
export function HypotheticalBanner({
  realStepNumber,
  onBack,
}: {
  realStepNumber: number;
  onBack: () => void;
}): ReactNode {
  return (
    // A region of its own: in the presenter view it sits between the header and the main content.
    <section className="hypo-banner" data-testid="hypothetical-banner" aria-label="Hypothetical branch">
      <p>
        <strong>Hypothetical</strong> — a what-if branch from step {realStepNumber}. This is not what happened
        to this child.
      </p>
      <button type="button" onClick={onBack} aria-keyshortcuts="Escape">
        Back to the real case
      </button>
    </section>
  );
}
